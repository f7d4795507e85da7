/**
 * The English strings of the scorecard's ISMS section (keys `scorecardIsms…`): a module of their
 * own, imported only by the full report's sections (./full-sections.ts), so a page that shows the
 * compact scorecard or none never loads them.
 */
export const scorecardIsmsEn = {
  scorecardIsms: 'What your ISO/IEC 27001 ISMS brings',
  scorecardIsmsCertified:
    'Your scope names a certified ISO/IEC 27001 information security management system (ISMS). ' +
    'Its processes cover part of the AI management system:',
  scorecardIsmsImplemented:
    'Your scope names an ISO/IEC 27001 information security management system (ISMS), not ' +
    'certified. Its processes cover part of the AI management system:',
  scorecardIsmsReuse: 'Reuse as it is: {count} clause requirements',
  scorecardIsmsReuseOne: 'Reuse as it is: {count} clause requirement',
  scorecardIsmsExtend: 'Extend with the AI scope: {count} clause requirements',
  scorecardIsmsExtendOne: 'Extend with the AI scope: {count} clause requirement',
  scorecardIsmsNew: 'New for the AI management system: {count} clause requirements',
  scorecardIsmsNewOne: 'New for the AI management system: {count} clause requirement',
  scorecardIsmsCounterpart: 'ISO/IEC 27001 clause',
  scorecardIsmsNoCounterpart: 'none',
} as const satisfies Record<`scorecardIsms${string}`, string>;
