/**
 * Risk levels: `grid[likelihoodIndex][impactIndex]` indexes `levels` (low to high). Residual falls back
 * to inherent; a risk exceeds appetite when its residual level is above the appetite level.
 */
import type { AssessmentDefinition, RiskMatrix } from '../model/definition.js';
import type { AssessmentResponse, Risk } from '../model/response.js';
import type { RiskScore } from './types.js';
import { defaultRiskMatrix } from '../model/default-risk-matrix.js';

/**
 * The built-in 5×5 matrix used when a definition has no `riskMatrix` (likelihood rare … almost-certain,
 * impact negligible … severe, levels very-low … very-high, appetite medium). It is the content packs'
 * matrix, kept in one place (src/content/risk-matrix.ts).
 */
export const DEFAULT_RISK_MATRIX: RiskMatrix = defaultRiskMatrix;

/** The definition's matrix, or the built-in default. */
export const riskMatrixOf = (def: AssessmentDefinition): RiskMatrix =>
  def.riskMatrix ?? DEFAULT_RISK_MATRIX;

type View = 'inherent' | 'residual';
const VIEWS = ['inherent', 'residual'] as const;

/**
 * Where a risk sits on the grid in one view: `[likelihoodIndex, impactIndex]` into the matrix axes, or null
 * when an id is unknown to the matrix. The residual view falls back to the inherent ids, per axis.
 */
export function riskCell(
  matrix: RiskMatrix,
  risk: Risk,
  view: View,
): readonly [number, number] | null {
  const r = view === 'residual';
  const l = matrix.likelihood.findIndex(
    (e) => e.id === ((r && risk.residualLikelihood) || risk.likelihood),
  );
  const i = matrix.impact.findIndex((e) => e.id === ((r && risk.residualImpact) || risk.impact));
  return l < 0 || i < 0 ? null : [l, i];
}

/** The level index of a cell (-1 when there is no cell or the grid names no level). */
const levelAt = (m: RiskMatrix, at: readonly [number, number] | null): number => {
  const k = at ? (m.grid[at[0]]?.[at[1]] ?? -1) : -1;
  return k < m.levels.length ? k : -1;
};

/** The level id of a likelihood × impact cell, or null when either id is unknown to the matrix. */
export const riskLevel = (
  matrix: RiskMatrix,
  likelihoodId: string,
  impactId: string,
): string | null =>
  matrix.levels[
    levelAt(
      matrix,
      riskCell(matrix, { likelihood: likelihoodId, impact: impactId } as Risk, 'inherent'),
    )
  ]?.id ?? null;

/** One risk's inherent and residual level, and whether the residual level is above appetite. */
export function assessRisk(matrix: RiskMatrix, risk: Risk): RiskScore {
  const [inh, res] = VIEWS.map((v) => levelAt(matrix, riskCell(matrix, risk, v))) as [
    number,
    number,
  ];
  const appetite = matrix.levels.findIndex((e) => e.id === matrix.appetite);
  return {
    id: risk.id,
    inherent: matrix.levels[inh]?.id ?? null,
    residual: matrix.levels[res]?.id ?? null,
    exceedsAppetite: appetite >= 0 && res > appetite,
  };
}

export interface RiskSummary {
  readonly matrix: RiskMatrix;
  /** One entry per risk, in register order. */
  readonly risks: readonly RiskScore[];
  /** Risks per cell, `[likelihoodIndex][impactIndex]`, for the matrix view. */
  readonly cells: {
    readonly inherent: readonly (readonly number[])[];
    readonly residual: readonly (readonly number[])[];
  };
  /** Risks per level id (every level present, 0 when none). */
  readonly levels: {
    readonly inherent: Readonly<Record<string, number>>;
    readonly residual: Readonly<Record<string, number>>;
  };
  /** How many risks exceed appetite. */
  readonly exceedingAppetite: number;
  /** Risks whose likelihood or impact is unknown to the matrix (not counted in cells or levels). */
  readonly unplaced: readonly string[];
}

/** Everything the risk matrix and register views need, computed once. */
export function summarizeRisks(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
): RiskSummary {
  const m = riskMatrixOf(definition);
  const grid = () => m.likelihood.map(() => m.impact.map(() => 0));
  const zero = () => Object.fromEntries(m.levels.map((e) => [e.id, 0])) as Record<string, number>;
  const cells = { inherent: grid(), residual: grid() },
    levels = { inherent: zero(), residual: zero() };
  const unplaced: string[] = [];
  const risks = (response.risks ?? []).map((r) => {
    let placed = true;
    for (const v of VIEWS) {
      const at = riskCell(m, r, v),
        k = levelAt(m, at);
      if (k < 0) placed = false;
      else (cells[v][at![0]]![at![1]]!++, levels[v][m.levels[k]!.id]!++);
    }
    if (!placed) unplaced.push(r.id);
    return assessRisk(m, r);
  });
  return {
    matrix: m,
    risks,
    cells,
    levels,
    exceedingAppetite: risks.filter((r) => r.exceedsAppetite).length,
    unplaced,
  };
}
