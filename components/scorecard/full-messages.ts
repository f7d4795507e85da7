/**
 * The strings only the full report shows (keys `scorecard…`): the certification verdict and its
 * gates, the crosswalk, risk and SoA sections. A module of its own, added to the catalog by
 * ./full-sections.ts when those sections load: the compact scorecard never loads them.
 */
export const scorecardFullEn = {
  scorecardCertReady: 'Ready for a certification audit',
  scorecardCertNotReady: 'Not yet ready for a certification audit',
  scorecardGatesOpen: '{open} of {total} checks are open:',
  scorecardOpenAnswered: '{count} questions are not answered yet',
  scorecardOpenAnsweredOne: '{count} question is not answered yet',
  scorecardOpenClauses: '{count} clause requirements are below their target',
  scorecardOpenClausesOne: '{count} clause requirement is below its target',
  scorecardOpenControls: '{count} applicable controls are below their target',
  scorecardOpenControlsOne: '{count} applicable control is below its target',
  scorecardOpenUndecided: '{count} controls have no decision in the Statement of Applicability',
  scorecardOpenUndecidedOne: '{count} control has no decision in the Statement of Applicability',
  scorecardOpenUnjustified: '{count} controls are excluded without a justification',
  scorecardOpenUnjustifiedOne: '{count} control is excluded without a justification',
  scorecardOpenRisks:
    '{count} risks above the appetite have no accepted residual risk (who accepted it, and when)',
  scorecardOpenRisksOne:
    '{count} risk above the appetite has no accepted residual risk (who accepted it, and when)',
  scorecardReasonNoClauses: 'No mandatory clause has been assessed.',
  scorecardInterpretation: 'Our interpretation, not an official mapping.',
  scorecardTarget: 'Requirement',
  scorecardNotCovered: 'not covered',
  scorecardLevel: 'Level',
  scorecardInherent: 'Inherent',
  scorecardResidual: 'Residual',
  scorecardAboveAppetite: '{count} risks above the appetite ({appetite}).',
  scorecardAboveAppetiteOne: '{count} risk above the appetite ({appetite}).',
  scorecardSoaText:
    '{decided} of {total} controls decided, {justified} justified, {implemented} implemented.',
  scorecardSoaComplete: 'Complete',
  scorecardSoaIncomplete: 'Not complete yet',
  scorecardNoVerdict: 'Indicative only: this short assessment gives no certification verdict.',
  scorecardFullChecks: 'A full assessment would also check:',
  scorecardGateAnswered: 'Every question is answered.',
  scorecardGateClauses: 'Every clause requirement is at its target.',
  scorecardGateControls: 'Every applicable Annex A control is at its target.',
  scorecardGateSoaDecided: 'Every control is decided in the Statement of Applicability.',
  scorecardGateSoaJustified: 'Every excluded control is justified.',
  scorecardGateInternalAudit: 'An internal audit cycle is done.',
  scorecardGateManagementReview: 'A management review is held.',
  scorecardGateRisks: 'Every risk above the appetite has its residual risk accepted.',
  scorecardReasonNoControls:
    'The assessment has no Annex A controls, so there is no Statement of Applicability.',
  scorecardReasonAuditNone: 'No internal audit (clause 9.2) has been assessed.',
  scorecardReasonAudit: 'No internal audit cycle is done yet: clause 9.2 is below its target.',
  scorecardReasonReviewNone: 'No management review (clause 9.3) has been assessed.',
  scorecardReasonReview: 'No management review is held yet: clause 9.3 is below its target.',
} as const satisfies Record<`scorecard${string}`, string>;
