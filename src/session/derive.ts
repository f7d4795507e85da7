/**
 * What the session derives from a response: the visible questions (src/scoring/visibility) and the
 * scorecard (src/scoring), and the figures the elements show beside them (the SoA, the risk
 * summary, the scores per area, the certification gaps, evidence readiness). One binding place: the
 * session never computes a number itself (ARCHITECTURE.md rule 2), and no element re-derives one.
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
import { deriveSoa, soaCompleteness, type SoaCompleteness, type SoaEntry } from '../scoring/soa.js';

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

type FigureName = keyof ReportFigures;
type Computations = {
  readonly [Name in FigureName]: (source: DerivationSource) => ReportFigures[Name];
};

/** How each figure is computed (each once per definition and response). */
const COMPUTATIONS: Computations = {
  areas: (source) => scoreAreas(source.definition, source.response, source.visible),
  certificationGaps: (source) => certificationGaps(source.definition, source.scorecard),
  evidence: (source) => evidenceReadiness(source.definition, source.response, source.visible),
  risks: (source) => summarizeRisks(source.definition, source.response),
  soa: (source) => deriveSoa(source.definition, source.response, source.visible),
  soaCompleteness: (source) => soaCompleteness(figureOf(source, 'soa')),
};

/** The figures computed so far, per definition, then per response. */
const figures = new WeakMap<
  AssessmentDefinition,
  WeakMap<AssessmentResponse, Partial<ReportFigures>>
>();

/** The figures computed so far for a source's definition and response. */
function computedFor(source: DerivationSource): Partial<ReportFigures> {
  let byResponse = figures.get(source.definition);
  if (!byResponse) {
    byResponse = new WeakMap();
    figures.set(source.definition, byResponse);
  }
  let computed = byResponse.get(source.response);
  if (!computed) {
    computed = {};
    byResponse.set(source.response, computed);
  }
  return computed;
}

/** One figure of a source, computed on first use and kept while its response is current. */
function figureOf<Name extends FigureName>(
  source: DerivationSource,
  name: Name,
): ReportFigures[Name] {
  const computed = computedFor(source);
  if (!(name in computed)) computed[name] = COMPUTATIONS[name](source);
  return computed[name]!;
}

/** The Statement of Applicability, control by control (`deriveSoa`). */
export const soaOf = (source: DerivationSource): readonly SoaEntry[] => figureOf(source, 'soa');
/** How far the SoA is from complete (`soaCompleteness`). */
export const soaCompletenessOf = (source: DerivationSource): SoaCompleteness =>
  figureOf(source, 'soaCompleteness');
/** Risks per cell and level, and those above the appetite (`summarizeRisks`). */
export const riskSummaryOf = (source: DerivationSource): RiskSummary => figureOf(source, 'risks');
/** Readiness and target per requirement group and per tag (`scoreAreas`). */
export const areaScoresOf = (source: DerivationSource): AreaScores => figureOf(source, 'areas');
/** Why the response is not ready for certification (`certificationGaps`). */
export const certificationGapsOf = (source: DerivationSource): readonly CertificationGap[] =>
  figureOf(source, 'certificationGaps');
/** Stage 1 (documentation) and Stage 2 (operation) readiness (`evidenceReadiness`). */
export const evidenceReadinessOf = (source: DerivationSource): EvidenceReadiness =>
  figureOf(source, 'evidence');

/** Every figure of a readiness report at once (each computed once per response). */
export const reportOf = (source: DerivationSource): ReportFigures => ({
  areas: areaScoresOf(source),
  certificationGaps: certificationGapsOf(source),
  evidence: evidenceReadinessOf(source),
  risks: riskSummaryOf(source),
  soa: soaOf(source),
  soaCompleteness: soaCompletenessOf(source),
});
