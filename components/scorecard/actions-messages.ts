/**
 * The strings of the scorecard's next actions (./actions-view.ts), added to the catalog when that
 * module loads; the states and counts are the action plan's own strings.
 */
export const scorecardActionsEn = {
  scorecardNextActions: 'Next actions',
  scorecardAllActions: 'Action plan: every open item',
  scorecardOpenPlan: 'Open the action plan',
  scorecardNoActions: 'Nothing to do: every item of the plan is closed.',
} as const satisfies Record<`scorecard${string}`, string>;
