/**
 * `score(definition, response)`: every number of the scorecard, exactly as docs/scoring.md defines it.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import { bandsOf } from '../model/accessors.js';
import { listAdd, tally, type Sums } from './compile.js';
import { assessRisk, riskMatrixOf } from './risk.js';
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
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Unrounded readiness `100 × Σ w·v / Σ w`, or null when Σ w is 0. */
export const rawReadiness = (n: number, d: number): number | null => (d > 0 ? (100 * n) / d : null);

/** Maturity 0..5 with one decimal, from the unrounded readiness. */
export const maturityOf = (raw: number | null): number | null =>
  raw === null ? null : round1(raw / 20);

/** The last band whose `min` ≤ the (rounded) readiness; null when readiness is null. */
export function bandOf(def: AssessmentDefinition, readiness: number | null): string | null {
  if (readiness === null) return null;
  let band: string | null = null;
  for (const b of bandsOf(def)) if (b.min <= readiness) band = b.id;
  return band;
}

/** Tolerance for comparing sums of binary fractions (r ≥ 100·t is tested as Σ w·v ≥ Σ w·t − ε). */
const EPSILON = 1e-9;

/**
 * Status from readiness against the weight-averaged target: `implemented` when r ≥ 100·t, `partial`
 * when 0 < r < 100·t, `planned` when r = 0 or nothing is scored.
 */
export function statusOf(s: Sums): Exclude<RequirementStatus, 'not-applicable'> {
  if (s.d <= 0) return 'planned';
  if (s.n >= s.t - EPSILON) return 'implemented';
  return s.n > 0 ? 'partial' : 'planned';
}

/** Readiness (one decimal, null when Σ w is 0) and maturity of Σ w·v over Σ w. */
export const figures = (
  n: number,
  d: number,
): { readiness: number | null; maturity: number | null } => {
  const raw = rawReadiness(n, d);
  return { readiness: raw === null ? null : round1(raw), maturity: maturityOf(raw) };
};

/** `{id, readiness, maturity}`, then `k: x` when given: one object built in place (no spread; a scorecard has hundreds). */
const rollup = <R extends Rollup = Rollup>(id: string, s: Sums, k?: string, x?: unknown): R => {
  const r: Record<string, unknown> = { id, ...figures(s.n, s.d) };
  if (k) r[k] = x;
  return r as unknown as R;
};

/**
 * The scorecard of a response. `visible` (ids from `visibleQuestions`) may be passed when the caller
 * has it already; otherwise it is computed. The definition should have passed `parseDefinition`.
 */
export function score(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): Scorecard {
  const t = tally(definition, response, visible);
  const { c, overall: o } = t;
  let clauses = 0;
  let clausesMet = true;
  const gaps: Gap[] = [];
  c.questions.forEach((cq, i) => {
    const v = t.worth[i];
    if (!t.visible[i] || !cq.scored || v === 'na') return;
    const x = v ?? 0;
    if (cq.clause) (clauses++, (clausesMet &&= x >= cq.t));
    if (x < cq.t) {
      gaps.push({
        question: cq.q.id,
        requirement: cq.q.requirement ?? null,
        gap: Math.round((cq.t - x) * cq.w * 1e4) / 1e4,
        target: cq.t,
        value: x,
        answered: t.answered[i] === 1,
      });
    }
  });
  gaps.sort((a, b) => b.gap - a.gap || (a.question < b.question ? -1 : 1)); // question ids are unique
  const completion = o.v ? o.a / o.v : 1;
  const all = figures(o.n, o.d);
  const crosswalks = new Map<string, CrosswalkTargetScore[]>();
  for (const x of c.crosswalks) {
    let n = 0;
    let d = 0;
    for (const r of x.reqs) ((n += t.requirements[r]!.n), (d += t.requirements[r]!.d));
    listAdd(crosswalks, x.framework, {
      target: x.target,
      readiness: figures(n, d).readiness,
      requirements: x.reqIds,
    });
  }
  const matrix = riskMatrixOf(definition);
  return {
    overall: {
      ...all,
      completion,
      band: bandOf(definition, all.readiness),
      certificationReady: completion === 1 && clauses > 0 && clausesMet,
      visible: o.v,
      answered: o.a,
    },
    sections: c.sections.map((id, i) => {
      const s = t.sections[i]!;
      return rollup<SectionScore>(id, s, 'completion', s.v ? s.a / s.v : 1);
    }),
    groups: c.groups.map((id, i) => rollup(id, t.groups[i]!)),
    requirements: c.requirements.map((id, i) => {
      const s = t.requirements[i]!;
      return rollup<RequirementScore>(
        id,
        s,
        'status',
        !s.c && s.na ? 'not-applicable' : statusOf(s),
      );
    }),
    tags: c.tags.map((id, i) => rollup(id, t.tags[i]!)),
    gaps,
    crosswalks: Object.fromEntries(crosswalks),
    risks: (response.risks ?? []).map((r) => assessRisk(matrix, r)),
  };
}
