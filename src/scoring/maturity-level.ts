/**
 * The names of the maturity levels (docs/scoring.md, "Maturity levels"): a maturity figure 0..5 is
 * read as the level it has reached, named by the definition's own maturity scale when it has one.
 * A module of its own: only the scorecard's bars read it.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { Text } from '../model/primitives.js';

/** The six maturity levels' values on the 0..1 scale: level n is worth n / 5. */
const LEVEL_VALUES = [0, 0.2, 0.4, 0.6, 0.8, 1] as const;

/** Two option values that differ by less than this are the same level. */
const SAME_VALUE = 1e-9;

/**
 * The labels of levels 0 … 5: those of the definition's first scale whose scored options (neither
 * N/A nor Don't know) are exactly the six levels, worth 0, 0.2, 0.4, 0.6, 0.8 and 1 in that order.
 * Null when no scale is one (a pack answered yes / partly / no has no level names).
 */
export function maturityLevelNames(definition: AssessmentDefinition): readonly Text[] | null {
  for (const scale of definition.scales ?? []) {
    const scored = scale.options.filter((option) => !option.na && !option.unknown);
    const isMaturityScale =
      scored.length === LEVEL_VALUES.length &&
      scored.every(
        (option, level) =>
          option.value !== undefined && Math.abs(option.value - LEVEL_VALUES[level]!) < SAME_VALUE,
      );
    if (isMaturityScale) return scored.map((option) => option.label);
  }
  return null;
}

/**
 * The level a maturity figure (0..5, one decimal, as the scorecard gives it) has reached: its whole
 * part, so 2.9 has reached level 2 and 3.0 level 3. Figures outside 0..5 are clamped.
 */
export function maturityLevel(maturity: number): number {
  const reached = Math.floor(maturity + SAME_VALUE);
  return Math.min(LEVEL_VALUES.length - 1, Math.max(0, reached));
}
