/**
 * Audit-stage readiness: Stage 1 looks at documentation, Stage 2 at operation. Each is readiness (same
 * formula) over the visible scored questions whose `evidence` is `documentation` or `operation`.
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

export function evidenceReadiness(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): EvidenceReadiness {
  const t = tally(definition, response, visible);
  const acc = { documentation: { n: 0, d: 0, q: 0, e: 0 }, operation: { n: 0, d: 0, q: 0, e: 0 } };
  t.c.questions.forEach((cq, i) => {
    const kind: EvidenceKind | undefined = cq.q.evidence;
    if (!kind || !t.visible[i] || !cq.scored) return;
    const s = acc[kind];
    s.q++;
    if (t.answers[i]?.evidence?.length) s.e++;
    const v = t.worth[i];
    if (v === 'na') return;
    s.n += cq.w * (v ?? 0);
    s.d += cq.w;
  });
  const stage = (n: 1 | 2, s: (typeof acc)['documentation']): EvidenceStage => ({
    stage: n,
    ...figures(s.n, s.d),
    questions: s.q,
    withEvidence: s.e,
  });
  return { documentation: stage(1, acc.documentation), operation: stage(2, acc.operation) };
}
