/**
 * The strings only the risk form shows (keys `risk…`), added to the catalog by ./risk-form.ts when
 * the form loads.
 */
export const riskFormEn = {
  riskSystems: 'AI systems it concerns (from the inventory)',
};
