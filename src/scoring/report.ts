/**
 * What a readiness report shows beyond the scorecard: each area (requirement group or tag) with
 * its target, and the reasons a response is not ready for a certification audit. Same sums as
 * `score()`.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import { listAdd, tally, type Sums } from './compile.js';
import { figures, score } from './score.js';
import type { CertificationGate, Scorecard } from './types.js';

export interface AreaScore {
  readonly id: string;
  /** As in the scorecard's `groups` / `tags`: 0..100 with one decimal, null when nothing counts. */
  readonly readiness: number | null;
  readonly maturity: number | null;
  /**
   * The weight-averaged target of the area's counted questions, on the same 0..100 scale
   * (100·Σw·t / Σw).
   */
  readonly target: number | null;
  readonly targetMaturity: number | null;
}

export interface AreaScores {
  /** Per requirement group (clauses 4 … 10, objectives A.2 … A.10), in scorecard order. */
  readonly groups: readonly AreaScore[];
  /** Per tag (theme), in scorecard order. */
  readonly tags: readonly AreaScore[];
}

const area = (id: string, sums: Sums): AreaScore => {
  const target = figures(sums.target, sums.weight);
  return {
    id,
    ...figures(sums.earned, sums.weight),
    target: target.readiness,
    targetMaturity: target.maturity,
  };
};

/**
 * Readiness and target per requirement group and per tag, over the visible, scored, non-N/A
 * questions.
 */
export function scoreAreas(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): AreaScores {
  const counts = tally(definition, response, visible);
  return {
    groups: counts.compiled.groups.map((id, index) => area(id, counts.groups[index]!)),
    tags: counts.compiled.tags.map((id, index) => area(id, counts.tags[index]!)),
  };
}

/** Why a scorecard is not `certificationReady` (one entry per open gate; see `scorecard.gates`). */
export type CertificationGap =
  /** Some visible questions are unanswered (gate `answered`). */
  | { readonly reason: 'incomplete'; readonly unanswered: number }
  /** A mandatory clause has visible questions below their target (their ids, biggest gap first). */
  | {
      readonly reason: 'clause-below-target';
      readonly requirement: string;
      readonly questions: readonly string[];
    }
  /** No visible, scored, non-N/A question assesses a clause. */
  | { readonly reason: 'no-clauses' }
  /** Any other open gate (controls, SoA, internal audit, management review, risks). */
  | { readonly reason: 'gate'; readonly gate: CertificationGate }
  /** The definition gives no certification verdict (`metadata.certificationVerdict: "none"`). */
  | { readonly reason: 'no-verdict' };

/**
 * The reasons a scorecard is not ready for certification, read from its `gates`; empty exactly
 * when `certificationReady` is true. Clauses are listed in the order of their biggest gap.
 */
export function certificationGaps(
  _definition: AssessmentDefinition,
  scorecard: Scorecard,
): CertificationGap[] {
  if (!scorecard.overall.certificationVerdict) return [{ reason: 'no-verdict' }];
  const reasons: CertificationGap[] = [];
  for (const gate of scorecard.gates) {
    if (gate.closed) continue;
    if (gate.id === 'answered') {
      reasons.push({ reason: 'incomplete', unanswered: gate.questions.length });
    } else if (gate.id === 'clauses' && gate.reason === 'not-assessed') {
      reasons.push({ reason: 'no-clauses' });
    } else if (gate.id === 'clauses') {
      const perClause = new Map<string, string[]>();
      const gapOf = new Map(scorecard.gaps.map((gap) => [gap.question, gap.requirement]));
      for (const question of gate.questions) listAdd(perClause, gapOf.get(question)!, question);
      for (const [requirement, questions] of perClause)
        reasons.push({ reason: 'clause-below-target', requirement, questions });
    } else reasons.push({ reason: 'gate', gate });
  }
  return reasons;
}

/**
 * The certification gates of a response (the scorecard's `gates`): each closed, or open with why
 * and where it is fixed. Empty when the definition gives no verdict.
 */
export const certificationGates = (
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): readonly CertificationGate[] => score(definition, response, visible).gates;
