/**
 * The strings of the scorecard's areas (./areas-view.ts), added to the catalog when that module
 * loads.
 */
export const scorecardAreasEn = {
  scorecardGroupBy: 'Group by',
  scorecardByGroup: 'Clauses and objectives',
  scorecardByTag: 'Themes',
  scorecardNoAreas: 'This assessment has no areas to show.',
  scorecardLevelValue: '{level} ({value})',
  scorecardLevelTarget: '{reached}, target {target}',
  scorecardMaturityText: 'Maturity on the 0 to 5 scale: {body}',
  scorecardRadar:
    'Radar chart of the maturity per area (filled) against the target (dashed); the figures are listed above.',
} as const satisfies Record<`scorecard${string}`, string>;
