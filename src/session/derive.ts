/**
 * What the session derives from a response: the visible questions (src/scoring/visibility) and the
 * scorecard (src/scoring), and the figures the elements show beside them (the SoA, the risk
 * summary, the scores per area, the certification gaps, evidence readiness). One binding place: the
 * session never computes a number itself (src/scoring does, docs/scoring.md), and no element
 * re-derives one.
 *
 * The figures are computed on first use and kept per (definition, response) pair, by identity: a
 * snapshot's response is replaced, never mutated, so a render, a second element or a print of the
 * same snapshot reads the figures already computed, and a new response computes them afresh.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import { visibleQuestions } from '../scoring/visibility.js';
import { score, type Scorecard } from '../scoring/index.js';
import { evidenceReadiness, type EvidenceReadiness } from '../scoring/evidence.js';
import {
  certificationGaps,
  scoreAreas,
  type AreaScores,
  type CertificationGap,
} from '../scoring/report.js';
import { summarizeRisks, type RiskSummary } from '../scoring/risk.js';
import { soaCompleteness, type SoaCompleteness, type SoaEntry } from '../scoring/soa.js';
import { deriveSoa } from '../scoring/soa-entries.js';

export const deriveVisible = (
  definition: AssessmentDefinition,
  response: AssessmentResponse,
): ReadonlySet<string> => visibleQuestions(definition, response);

export const deriveScorecard = (
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible: ReadonlySet<string>,
): Scorecard => score(definition, response, visible);

/** What the figures are derived from: a session snapshot, or the same four parts. */
export interface DerivationSource {
  readonly definition: AssessmentDefinition;
  readonly response: AssessmentResponse;
  /** The questions visible under `response` (the snapshot's `visible`). */
  readonly visible: ReadonlySet<string>;
  /** `score(definition, response, visible)` (the snapshot's `scorecard`). */
  readonly scorecard: Scorecard;
}

/** Everything a readiness report shows beyond the scorecard itself. */
export interface ReportFigures {
  readonly areas: AreaScores;
  readonly certificationGaps: readonly CertificationGap[];
  readonly evidence: EvidenceReadiness;
  readonly risks: RiskSummary;
  readonly soa: readonly SoaEntry[];
  readonly soaCompleteness: SoaCompleteness;
}

/**
 * A derivation kept per definition and response: computed on first use, then read back while the
 * response is current. (One cache per figure, so a page that shows only risks bundles only them.)
 */
export function perResponse<Figure>(
  compute: (source: DerivationSource) => Figure,
): (source: DerivationSource) => Figure {
  const byDefinition = new WeakMap<AssessmentDefinition, WeakMap<AssessmentResponse, Figure>>();
  return (source) => {
    let byResponse = byDefinition.get(source.definition);
    if (!byResponse) {
      byResponse = new WeakMap();
      byDefinition.set(source.definition, byResponse);
    }
    if (byResponse.has(source.response)) return byResponse.get(source.response)!;
    const figure = compute(source);
    byResponse.set(source.response, figure);
    return figure;
  };
}

/** The Statement of Applicability, control by control (`deriveSoa`). */
export const soaOf = /* @__PURE__ */ perResponse((source): readonly SoaEntry[] =>
  deriveSoa(source.definition, source.response, source.visible),
);
/** How far the SoA is from complete (`soaCompleteness`). */
export const soaCompletenessOf = /* @__PURE__ */ perResponse((source) =>
  soaCompleteness(soaOf(source)),
);
/** Risks per cell and level, and those above the appetite (`summarizeRisks`). */
export const riskSummaryOf = /* @__PURE__ */ perResponse((source) =>
  summarizeRisks(source.definition, source.response),
);
/** Readiness and target per requirement group and per tag (`scoreAreas`). */
export const areaScoresOf = /* @__PURE__ */ perResponse((source) =>
  scoreAreas(source.definition, source.response, source.visible),
);
/** Why the response is not ready for certification (`certificationGaps`). */
export const certificationGapsOf = /* @__PURE__ */ perResponse(
  (source): readonly CertificationGap[] => certificationGaps(source.definition, source.scorecard),
);
/** Stage 1 (documentation) and Stage 2 (operation) readiness (`evidenceReadiness`). */
export const evidenceReadinessOf = /* @__PURE__ */ perResponse((source) =>
  evidenceReadiness(source.definition, source.response, source.visible),
);

/** Every figure of a readiness report at once (each computed once per response). */
export const reportOf = (source: DerivationSource): ReportFigures => ({
  areas: areaScoresOf(source),
  certificationGaps: certificationGapsOf(source),
  evidence: evidenceReadinessOf(source),
  risks: riskSummaryOf(source),
  soa: soaOf(source),
  soaCompleteness: soaCompletenessOf(source),
});
