/**
 * What a readiness report shows beyond the scorecard: each area (requirement group or tag) with its
 * target, and the reasons a response is not ready for a certification audit. Same sums as `score()`.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import { compile, listAdd, tally, type Sums } from './compile.js';
import { figures } from './score.js';
import type { Scorecard } from './types.js';

export interface AreaScore {
  readonly id: string;
  /** As in the scorecard's `groups` / `tags`: 0..100 with one decimal, null when nothing counts. */
  readonly readiness: number | null;
  readonly maturity: number | null;
  /** The weight-averaged target of the area's counted questions on the same 0..100 scale (100·Σw·t / Σw). */
  readonly target: number | null;
  readonly targetMaturity: number | null;
}

export interface AreaScores {
  /** Per requirement group (clauses 4 … 10, objectives A.2 … A.10), in scorecard order. */
  readonly groups: readonly AreaScore[];
  /** Per tag (theme), in scorecard order. */
  readonly tags: readonly AreaScore[];
}

const area = (id: string, s: Sums): AreaScore => {
  const t = figures(s.t, s.d);
  return { id, ...figures(s.n, s.d), target: t.readiness, targetMaturity: t.maturity };
};

/** Readiness and target per requirement group and per tag, over the visible, scored, non-N/A questions. */
export function scoreAreas(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): AreaScores {
  const t = tally(definition, response, visible);
  return {
    groups: t.c.groups.map((id, i) => area(id, t.groups[i]!)),
    tags: t.c.tags.map((id, i) => area(id, t.tags[i]!)),
  };
}

/** Why a scorecard is not `certificationReady`. */
export type CertificationGap =
  /** Some visible questions are unanswered. */
  | { readonly reason: 'incomplete'; readonly unanswered: number }
  /** A mandatory clause has visible questions below their target (their ids, biggest gap first). */
  | {
      readonly reason: 'clause-below-target';
      readonly requirement: string;
      readonly questions: readonly string[];
    }
  /** No visible, scored, non-N/A question assesses a clause. */
  | { readonly reason: 'no-clauses' };

/**
 * The reasons a scorecard is not ready for certification; empty exactly when `certificationReady` is
 * true. Clauses are listed in the order of their biggest gap.
 */
export function certificationGaps(
  definition: AssessmentDefinition,
  scorecard: Scorecard,
): CertificationGap[] {
  const o = scorecard.overall;
  if (o.certificationReady) return [];
  const out: CertificationGap[] = [];
  if (o.answered < o.visible)
    out.push({ reason: 'incomplete', unanswered: o.visible - o.answered });
  const cqs = compile(definition).questions.filter((q) => q.clause);
  const clause = new Set(cqs.map((q) => q.q.id));
  const byReq = new Map<string, string[]>();
  for (const g of scorecard.gaps) {
    if (clause.has(g.question) && g.requirement !== null) listAdd(byReq, g.requirement, g.question);
  }
  for (const [requirement, questions] of byReq)
    out.push({ reason: 'clause-below-target', requirement, questions });
  // score() is not ready only when incomplete, a clause question is below target, or no clause counts
  // (a clause counts when it has a readiness, which only its questions give it; a weight-0 clause question
  // gives none, hence the fallback).
  const clauses = new Set(cqs.map((q) => q.q.requirement));
  const counted =
    byReq.size > 0 || scorecard.requirements.some((r) => clauses.has(r.id) && r.readiness !== null);
  if (!out.length || !counted) out.push({ reason: 'no-clauses' });
  return out;
}
