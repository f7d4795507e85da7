/**
 * Risk levels: `grid[likelihoodIndex][impactIndex]` indexes `levels` (low to high). Residual falls
 * back to inherent; a risk exceeds appetite when its residual level is above the appetite level.
 */
import type { AssessmentDefinition, RiskMatrix, RiskScale } from '../model/definition.js';
import type { AssessmentResponse, Risk } from '../model/response.js';
import type { RiskScore } from './types.js';
import { defaultRiskMatrix } from '../content/default-risk-matrix.js';
import { defaultRiskScale } from '../model/default-risk-scale.js';

/**
 * The built-in 5×5 matrix used when a definition has no `riskMatrix` (likelihood rare …
 * almost-certain, impact negligible … severe, levels very-low … very-high, appetite medium). It is
 * the content packs' matrix, kept in one place (src/content/default-risk-matrix.ts, its scale in
 * src/model/default-risk-scale.ts).
 */
export const DEFAULT_RISK_MATRIX: RiskMatrix = defaultRiskMatrix;

/** The definition's matrix, or the built-in default. */
export const riskMatrixOf = (def: AssessmentDefinition): RiskMatrix =>
  def.riskMatrix ?? DEFAULT_RISK_MATRIX;

/**
 * The definition's matrix, or the default's scale: the ids, grid and appetite levels are computed
 * from (`score()` reads this, so a page that shows no risk view does not load the matrix's words).
 */
export const riskScaleOf = (def: AssessmentDefinition): RiskScale =>
  def.riskMatrix ?? defaultRiskScale;

type View = 'inherent' | 'residual';
const VIEWS = ['inherent', 'residual'] as const;

/**
 * Where a risk sits on the grid in one view: `[likelihoodIndex, impactIndex]` into the matrix axes,
 * or null when an id is unknown to the matrix. The residual view falls back to the inherent ids,
 * per axis.
 */
export function riskCell(
  matrix: RiskScale,
  risk: Risk,
  view: View,
): readonly [number, number] | null {
  const residual = view === 'residual';
  const likelihood = (residual && risk.residualLikelihood) || risk.likelihood;
  const impact = (residual && risk.residualImpact) || risk.impact;
  const row = matrix.likelihood.findIndex((entry) => entry.id === likelihood);
  const column = matrix.impact.findIndex((entry) => entry.id === impact);
  return row < 0 || column < 0 ? null : [row, column];
}

/** The level index of a cell (-1 when there is no cell or the grid names no level). */
const levelAt = (matrix: RiskScale, cell: readonly [number, number] | null): number => {
  if (!cell) return -1;
  const [row, column] = cell;
  const level = matrix.grid[row]?.[column] ?? -1;
  return level < matrix.levels.length ? level : -1;
};

/** The level id of a likelihood × impact cell, or null when either id is unknown to the matrix. */
export const riskLevel = (
  matrix: RiskScale,
  likelihoodId: string,
  impactId: string,
): string | null =>
  matrix.levels[
    levelAt(
      matrix,
      riskCell(matrix, { likelihood: likelihoodId, impact: impactId } as Risk, 'inherent'),
    )
  ]?.id ?? null;

/**
 * Has someone accepted the risk's residual level? Only when the acceptance names who accepted it
 * (`acceptedBy`, not blank) and when (`acceptedAt`): ISO/IEC 42001 6.1.3 asks that the residual
 * risks be accepted by the management that may accept them. A risk above the appetite keeps the
 * certification gate `risks` open until then, whatever its treatment.
 */
export const residualAccepted = (risk: Risk): boolean =>
  !!risk.acceptedBy?.trim() && !!risk.acceptedAt;

/** One risk's inherent and residual level, and whether the residual level is above appetite. */
export function assessRisk(matrix: RiskScale, risk: Risk): RiskScore {
  const inherent = levelAt(matrix, riskCell(matrix, risk, 'inherent'));
  const residual = levelAt(matrix, riskCell(matrix, risk, 'residual'));
  const appetite = matrix.levels.findIndex((level) => level.id === matrix.appetite);
  return {
    id: risk.id,
    inherent: matrix.levels[inherent]?.id ?? null,
    residual: matrix.levels[residual]?.id ?? null,
    exceedsAppetite: appetite >= 0 && residual > appetite,
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
  const matrix = riskMatrixOf(definition);
  const grid = () => matrix.likelihood.map(() => matrix.impact.map(() => 0));
  const zero = (): Record<string, number> =>
    Object.fromEntries(matrix.levels.map((level) => [level.id, 0]));
  const cells = { inherent: grid(), residual: grid() };
  const levels = { inherent: zero(), residual: zero() };
  const unplaced: string[] = [];
  const risks = (response.risks ?? []).map((risk) => {
    let placed = true;
    for (const view of VIEWS) {
      const cell = riskCell(matrix, risk, view);
      const level = levelAt(matrix, cell);
      if (!cell || level < 0) {
        placed = false;
        continue;
      }
      const [row, column] = cell;
      cells[view][row]![column]!++;
      levels[view][matrix.levels[level]!.id]!++;
    }
    if (!placed) unplaced.push(risk.id);
    return assessRisk(matrix, risk);
  });
  return {
    matrix,
    risks,
    cells,
    levels,
    exceedingAppetite: risks.filter((r) => r.exceedsAppetite).length,
    unplaced,
  };
}
