/**
 * Risk levels: `grid[likelihoodIndex][impactIndex]` indexes `levels` (low to high). Residual falls back
 * to inherent; a risk exceeds appetite when its residual level is above the appetite level.
 */
import type { AssessmentDefinition, RiskMatrix } from '../model/definition.js';
import type { AssessmentResponse, Risk } from '../model/response.js';
import type { RiskScore } from './types.js';
import { defaultRiskMatrix } from '../content/risk-matrix.js';

/**
 * The built-in 5×5 matrix used when a definition has no `riskMatrix` (likelihood rare … almost-certain,
 * impact negligible … severe, levels very-low … very-high, appetite medium). It is the content packs'
 * matrix, kept in one place (src/content/risk-matrix.ts).
 */
export const DEFAULT_RISK_MATRIX: RiskMatrix = defaultRiskMatrix;

/** The definition's matrix, or the built-in default. */
export const riskMatrixOf = (def: AssessmentDefinition): RiskMatrix => def.riskMatrix ?? DEFAULT_RISK_MATRIX;

function levelIndex(m: RiskMatrix, likelihood: string | undefined, impact: string | undefined): number {
  const l = m.likelihood.findIndex((e) => e.id === likelihood);
  const i = m.impact.findIndex((e) => e.id === impact);
  const level = l < 0 || i < 0 ? undefined : m.grid[l]?.[i];
  return level !== undefined && level < m.levels.length ? level : -1;
}

/** The level id of a likelihood × impact cell, or null when either id is unknown to the matrix. */
export function riskLevel(matrix: RiskMatrix, likelihoodId: string, impactId: string): string | null {
  const k = levelIndex(matrix, likelihoodId, impactId);
  return k < 0 ? null : matrix.levels[k]!.id;
}

/** One risk's inherent and residual level, and whether the residual level is above appetite. */
export function assessRisk(matrix: RiskMatrix, risk: Risk): RiskScore {
  const inh = levelIndex(matrix, risk.likelihood, risk.impact);
  const res = levelIndex(matrix, risk.residualLikelihood ?? risk.likelihood, risk.residualImpact ?? risk.impact);
  const appetite = matrix.levels.findIndex((e) => e.id === matrix.appetite);
  return {
    id: risk.id,
    inherent: inh < 0 ? null : matrix.levels[inh]!.id,
    residual: res < 0 ? null : matrix.levels[res]!.id,
    exceedsAppetite: res >= 0 && appetite >= 0 && res > appetite,
  };
}

/**
 * Where a risk sits on the grid in one view: `[likelihoodIndex, impactIndex]` into the matrix axes, or null
 * when an id is unknown to the matrix. The residual view falls back to the inherent ids, per axis.
 */
export function riskCell(matrix: RiskMatrix, risk: Risk, view: 'inherent' | 'residual'): readonly [number, number] | null {
  const r = view === 'residual';
  const l = matrix.likelihood.findIndex((e) => e.id === ((r && risk.residualLikelihood) || risk.likelihood));
  const i = matrix.impact.findIndex((e) => e.id === ((r && risk.residualImpact) || risk.impact));
  return l < 0 || i < 0 ? null : [l, i];
}

export interface RiskSummary {
  readonly matrix: RiskMatrix;
  /** One entry per risk, in register order. */
  readonly risks: readonly RiskScore[];
  /** Risks per cell, `[likelihoodIndex][impactIndex]`, for the matrix view. */
  readonly cells: { readonly inherent: readonly (readonly number[])[]; readonly residual: readonly (readonly number[])[] };
  /** Risks per level id (every level present, 0 when none). */
  readonly levels: { readonly inherent: Readonly<Record<string, number>>; readonly residual: Readonly<Record<string, number>> };
  /** How many risks exceed appetite. */
  readonly exceedingAppetite: number;
  /** Risks whose likelihood or impact is unknown to the matrix (not counted in cells or levels). */
  readonly unplaced: readonly string[];
}

/** Everything the risk matrix and register views need, computed once. */
export function summarizeRisks(definition: AssessmentDefinition, response: AssessmentResponse): RiskSummary {
  const m = riskMatrixOf(definition);
  const zeroGrid = () => m.likelihood.map(() => m.impact.map(() => 0));
  const zeroLevels = () => Object.fromEntries(m.levels.map((e) => [e.id, 0])) as Record<string, number>;
  const cells = { inherent: zeroGrid(), residual: zeroGrid() };
  const levels = { inherent: zeroLevels(), residual: zeroLevels() };
  const unplaced: string[] = [];
  const risks = (response.risks ?? []).map((r) => {
    const s = assessRisk(m, r);
    const place = (kind: 'inherent' | 'residual', level: string | null) => {
      const at = riskCell(m, r, kind);
      if (level === null || !at) return false;
      cells[kind][at[0]]![at[1]]!++;
      levels[kind][level]!++;
      return true;
    };
    const a = place('inherent', s.inherent);
    const b = place('residual', s.residual);
    if (!a || !b) unplaced.push(r.id);
    return s;
  });
  return { matrix: m, risks, cells, levels, exceedingAppetite: risks.filter((r) => r.exceedsAppetite).length, unplaced };
}
