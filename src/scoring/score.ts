/**
 * `score(definition, response)`: every number of the scorecard, exactly as docs/scoring.md defines
 * it.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import { bandsOf } from '../model/accessors.js';
import { listAdd, tally, type CompiledDefinition, type Sums, type Tally } from './compile.js';
import { assessRisk, riskScaleOf } from './risk.js';
import { gatesOf, givesVerdict } from './gates.js';
import type {
  CrosswalkTargetScore,
  Gap,
  RequirementScore,
  RequirementStatus,
  Rollup,
  Scorecard,
  SectionScore,
} from './types.js';

/** Rounds a figure to one decimal: `Math.round(x × 10) / 10`. */
export const round1 = (figure: number): number => Math.round(figure * 10) / 10;

/** Unrounded readiness `100 × Σ w·v / Σ w`, or null when Σ w is 0. */
export const rawReadiness = (earned: number, weight: number): number | null =>
  weight > 0 ? (100 * earned) / weight : null;

/** Maturity 0..5 with one decimal, from the unrounded readiness. */
export const maturityOf = (raw: number | null): number | null =>
  raw === null ? null : round1(raw / 20);

/** The last band whose `min` ≤ the (rounded) readiness; null when readiness is null. */
export function bandOf(definition: AssessmentDefinition, readiness: number | null): string | null {
  if (readiness === null) return null;
  let band: string | null = null;
  for (const candidate of bandsOf(definition)) if (candidate.min <= readiness) band = candidate.id;
  return band;
}

/**
 * Does a question's value meet its target? The one rule of a gap (a visible scored non-N/A
 * question whose value is below its target); the gates and the documented information register
 * read it too.
 */
export const meetsTarget = (value: number, target: number): boolean => value >= target;

/** Tolerance for comparing sums of binary fractions (r ≥ 100·t is tested as Σ w·v ≥ Σ w·t − ε). */
const EPSILON = 1e-9;

/**
 * Status from readiness against the weight-averaged target: `implemented` when r ≥ 100·t, `partial`
 * when 0 < r < 100·t, `planned` when r = 0 or nothing is scored.
 */
export function statusOf(sums: Sums): Exclude<RequirementStatus, 'not-applicable'> {
  if (sums.weight <= 0) return 'planned';
  if (sums.earned >= sums.target - EPSILON) return 'implemented';
  return sums.earned > 0 ? 'partial' : 'planned';
}

/** Readiness (one decimal, null when Σ w is 0) and maturity of Σ w·v over Σ w. */
export const figures = (
  earned: number,
  weight: number,
): { readiness: number | null; maturity: number | null } => {
  const raw = rawReadiness(earned, weight);
  return { readiness: raw === null ? null : round1(raw), maturity: maturityOf(raw) };
};

// The rollups below are built as one literal each, without a spread: a scorecard has hundreds.

/** `{id, readiness, maturity}` of a sum. */
const rollup = (id: string, sums: Sums): Rollup => {
  const { readiness, maturity } = figures(sums.earned, sums.weight);
  return { id, readiness, maturity };
};

/** A section's rollup with its completion (1 when nothing in it is visible). */
const sectionScore = (id: string, sums: Sums): SectionScore => {
  const { readiness, maturity } = figures(sums.earned, sums.weight);
  const completion = sums.visible ? sums.answered / sums.visible : 1;
  return { id, readiness, maturity, completion };
};

/** A requirement's rollup with its status (`not-applicable` when all it counts is N/A). */
const requirementScore = (id: string, sums: Sums): RequirementScore => {
  const { readiness, maturity } = figures(sums.earned, sums.weight);
  const status = !sums.counted && sums.notApplicable ? 'not-applicable' : statusOf(sums);
  return { id, readiness, maturity, status };
};

/** Biggest gap first; question ids are unique, so ties break by id. */
const byGap = (left: Gap, right: Gap): number =>
  right.gap - left.gap || (left.question < right.question ? -1 : 1);

/** The gaps: visible, scored, non-N/A questions below their target, biggest gap first. */
function gapsOf(counts: Tally): Gap[] {
  const gaps: Gap[] = [];
  counts.compiled.questions.forEach((compiled, index) => {
    const worth = counts.worth[index];
    if (!counts.visible[index] || !compiled.scored || worth === 'na') return;
    const value = worth ?? 0;
    if (meetsTarget(value, compiled.target)) return;
    gaps.push({
      question: compiled.question.id,
      requirement: compiled.question.requirement ?? null,
      gap: Math.round((compiled.target - value) * compiled.weight * 1e4) / 1e4,
      target: compiled.target,
      value,
      answered: counts.answered[index] === 1,
    });
  });
  return gaps.sort(byGap);
}

/** Readiness per crosswalk target, keyed by framework. */
function crosswalksOf(compiled: CompiledDefinition, counts: Tally) {
  const crosswalks = new Map<string, CrosswalkTargetScore[]>();
  for (const target of compiled.crosswalks) {
    let earned = 0;
    let weight = 0;
    for (const requirement of target.requirements) {
      earned += counts.requirements[requirement]!.earned;
      weight += counts.requirements[requirement]!.weight;
    }
    listAdd(crosswalks, target.framework, {
      target: target.target,
      readiness: figures(earned, weight).readiness,
      requirements: target.requirementIds,
    });
  }
  return Object.fromEntries(crosswalks);
}

/**
 * The scorecard of a response. `visible` (ids from `visibleQuestions`) may be passed when the
 * caller has it already; otherwise it is computed. The definition should have passed
 * `parseDefinition`.
 */
export function score(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): Scorecard {
  const counts = tally(definition, response, visible);
  const { compiled, overall } = counts;
  const gaps = gapsOf(counts);
  const completion = overall.visible ? overall.answered / overall.visible : 1;
  const all = figures(overall.earned, overall.weight);
  const matrix = riskScaleOf(definition);
  const risks = (response.risks ?? []).map((risk) => assessRisk(matrix, risk));
  const gates = gatesOf(definition, response, counts, gaps, risks);
  const verdict = givesVerdict(definition);
  return {
    overall: {
      ...all,
      completion,
      band: bandOf(definition, all.readiness),
      certificationReady: verdict && gates.every((gate) => gate.closed),
      certificationVerdict: verdict,
      visible: overall.visible,
      answered: overall.answered,
    },
    sections: compiled.sections.map((id, index) => sectionScore(id, counts.sections[index]!)),
    groups: compiled.groups.map((id, index) => rollup(id, counts.groups[index]!)),
    requirements: compiled.requirements.map((id, index) =>
      requirementScore(id, counts.requirements[index]!),
    ),
    tags: compiled.tags.map((id, index) => rollup(id, counts.tags[index]!)),
    gaps,
    crosswalks: crosswalksOf(compiled, counts),
    risks,
    gates,
  };
}
