/**
 * What a readiness report shows beyond the scorecard: each area (requirement group or tag) with
 * its target, and the reasons a response is not ready for a certification audit. Same sums as
 * `score()`.
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
 * The reasons a scorecard is not ready for certification; empty exactly when
 * `certificationReady` is true. Clauses are listed in the order of their biggest gap.
 */
export function certificationGaps(
  definition: AssessmentDefinition,
  scorecard: Scorecard,
): CertificationGap[] {
  const overall = scorecard.overall;
  if (overall.certificationReady) return [];
  const reasons: CertificationGap[] = [];
  if (overall.answered < overall.visible)
    reasons.push({ reason: 'incomplete', unanswered: overall.visible - overall.answered });
  const clauseQuestions = compile(definition)
    .questions.filter((compiled) => compiled.clause)
    .map((compiled) => compiled.question);
  const isClauseQuestion = new Set(clauseQuestions.map((question) => question.id));
  const belowTarget = new Map<string, string[]>();
  for (const gap of scorecard.gaps) {
    if (isClauseQuestion.has(gap.question) && gap.requirement !== null)
      listAdd(belowTarget, gap.requirement, gap.question);
  }
  for (const [requirement, questions] of belowTarget)
    reasons.push({ reason: 'clause-below-target', requirement, questions });
  // score() is not ready only when incomplete, a clause question is below target, or no clause
  // counts (a clause counts when it has a readiness, which only its questions give it; a weight-0
  // clause question gives none, hence the fallback).
  const clauses = new Set(clauseQuestions.map((question) => question.requirement));
  const counted =
    belowTarget.size > 0 ||
    scorecard.requirements.some(
      (requirement) => clauses.has(requirement.id) && requirement.readiness !== null,
    );
  if (!reasons.length || !counted) reasons.push({ reason: 'no-clauses' });
  return reasons;
}
