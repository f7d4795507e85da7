/**
 * The default 5×5 risk scale: five likelihoods, five impacts, five levels, the grid and the
 * appetite. It is all the arithmetic needs: scoring and response checks read only this module, so a
 * page that never shows a risk does not load the words (src/content/default-risk-matrix.ts adds
 * them).
 *
 * A cell's level grows with how far along both axes it sits, except that severe harm is never
 * within appetite: a rare but severe risk (grave or irreversible harm to people) rates at least
 * high, so it always needs a treatment, or a decision to accept it that someone signs.
 */
import type { RiskScale } from './definition.js';

export const LIKELIHOODS = ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'] as const;
export const IMPACTS = ['negligible', 'minor', 'moderate', 'major', 'severe'] as const;
export const LEVELS = ['very-low', 'low', 'medium', 'high', 'very-high'] as const;

/** Level index for a likelihood index plus an impact index (0 … 8). */
const BY_SUM = [0, 0, 1, 1, 2, 3, 3, 4, 4] as const;
/** The lowest level a severe impact rates: high, above the appetite (medium). */
const SEVERE_FLOOR = 3;

function levelFor(likelihoodIndex: number, impactIndex: number): number {
  const level = BY_SUM[likelihoodIndex + impactIndex]!;
  const severe = IMPACTS[impactIndex] === 'severe';
  return severe ? Math.max(level, SEVERE_FLOOR) : level;
}

const idsOf = (ids: readonly string[]) => ids.map((id) => ({ id }));

/** The default matrix's ids, grid and appetite: what levels and appetite are computed from. */
export const defaultRiskScale: RiskScale = {
  likelihood: idsOf(LIKELIHOODS),
  impact: idsOf(IMPACTS),
  levels: idsOf(LEVELS),
  grid: LIKELIHOODS.map((_, likelihoodIndex) =>
    IMPACTS.map((__, impactIndex) => levelFor(likelihoodIndex, impactIndex)),
  ),
  appetite: 'medium',
};
