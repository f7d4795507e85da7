/**
 * Audit-stage readiness: Stage 1 looks at documentation, Stage 2 at operation. Each is readiness
 * (same formula) over the visible scored questions whose `evidence` is `documentation` or
 * `operation`.
 */
import type { AssessmentDefinition, EvidenceKind } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import { tally } from './compile.js';
import { figures } from './score.js';

export interface EvidenceStage {
  readonly stage: 1 | 2;
  readonly readiness: number | null;
  readonly maturity: number | null;
  /** Visible scored questions of this kind (N/A included). */
  readonly questions: number;
  /** Of those, how many have at least one evidence file attached. */
  readonly withEvidence: number;
}

export interface EvidenceReadiness {
  readonly documentation: EvidenceStage;
  readonly operation: EvidenceStage;
}

/** Running sums of one audit stage. */
interface StageSums {
  earned: number;
  weight: number;
  questions: number;
  withEvidence: number;
}

const emptyStage = (): StageSums => ({ earned: 0, weight: 0, questions: 0, withEvidence: 0 });

const stageOf = (stage: 1 | 2, sums: StageSums): EvidenceStage => ({
  stage,
  ...figures(sums.earned, sums.weight),
  questions: sums.questions,
  withEvidence: sums.withEvidence,
});

export function evidenceReadiness(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): EvidenceReadiness {
  const counts = tally(definition, response, visible);
  const stages: Record<EvidenceKind, StageSums> = {
    documentation: emptyStage(),
    operation: emptyStage(),
  };
  counts.compiled.questions.forEach((compiled, index) => {
    const kind: EvidenceKind | undefined = compiled.question.evidence;
    if (!kind || !counts.visible[index] || !compiled.scored) return;
    const sums = stages[kind];
    sums.questions++;
    if (counts.answers[index]?.evidence?.length) sums.withEvidence++;
    const worth = counts.worth[index];
    if (worth === 'na') return;
    sums.earned += compiled.weight * (worth ?? 0);
    sums.weight += compiled.weight;
  });
  return {
    documentation: stageOf(1, stages.documentation),
    operation: stageOf(2, stages.operation),
  };
}
