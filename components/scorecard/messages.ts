/**
 * The English UI strings of `<aims-scorecard>` (keys `scorecard…`); the element adds them to the
 * catalog when it loads.
 */
export const scorecardEn = {
  scorecardReport: 'Readiness report',
  scorecardDate: 'As of {date}',
  scorecardSummary: 'Summary',
  scorecardReadiness: 'Overall readiness',
  scorecardFigureText: '{value} of 100, {band}',
  scorecardOf100: '{value} of 100',
  scorecardNotScored: 'Not scored yet',
  scorecardCompletion: '{percent} answered ({answered} of {total} questions)',
  scorecardCertReady: 'Ready for a certification audit',
  scorecardCertNotReady: 'Not yet ready for a certification audit',
  scorecardReasonIncomplete: '{count} questions are not answered yet.',
  scorecardReasonIncompleteOne: '{count} question is not answered yet.',
  scorecardReasonClause: 'Clause {clause} is below its target.',
  scorecardReasonNoClauses: 'No mandatory clause has been assessed.',
  scorecardStage1: 'Stage 1 audit: documentation',
  scorecardStage2: 'Stage 2 audit: operation',
  scorecardAreas: 'Results by area',
  scorecardGroupBy: 'Group by',
  scorecardByGroup: 'Clauses and objectives',
  scorecardByTag: 'Themes',
  scorecardNoAreas: 'This assessment has no areas to show.',
  scorecardMaturity: 'Maturity {value} of 5',
  scorecardAreaText: 'Maturity {value} of 5, target {target}',
  scorecardRadar:
    'Radar chart of the maturity per area (filled) against the target (dashed); the figures are listed above.',
  scorecardGaps: 'Top gaps',
  scorecardNoGaps: 'No gaps: every question meets its target.',
  scorecardGapText: 'Now {value}, target {target}',
  scorecardGapUnanswered: 'Not answered, target {target}',
  scorecardCrosswalks: 'Other frameworks',
  scorecardInterpretation: 'Our interpretation, not an official mapping.',
  scorecardTarget: 'Requirement',
  scorecardNotCovered: 'not covered',
  scorecardRisks: 'Risks',
  scorecardLevel: 'Level',
  scorecardInherent: 'Inherent',
  scorecardResidual: 'Residual',
  scorecardAboveAppetite: '{count} risks above the appetite ({appetite}).',
  scorecardAboveAppetiteOne: '{count} risk above the appetite ({appetite}).',
  scorecardSoa: 'Statement of Applicability',
  scorecardSoaText:
    '{decided} of {total} controls decided, {justified} justified, {implemented} implemented.',
  scorecardSoaComplete: 'Complete',
  scorecardSoaIncomplete: 'Not complete yet',
  scorecardShare: 'Share result',
  scorecardCopied: 'Link copied',
  scorecardCopyByHand: 'Copy the link below to share the result.',
  scorecardShareFailed: 'No link could be made: {problem}',
  scorecardLink: 'Link to the result',
  scorecardPrint: 'Print or save as PDF',
  scorecardCta: 'Get the full assessment',
  scorecardBandEarly: 'Early',
  scorecardBandDeveloping: 'Developing',
  scorecardBandAdvanced: 'Advanced',
  scorecardBandReady: 'Ready',
} as const satisfies Record<`scorecard${string}`, string>;

/**
 * The strings of the certification gates (keys `scorecard…`), added to the catalog with the full
 * report's sections when they load (./full-sections.ts): the compact scorecard never shows them.
 */
export const scorecardGatesEn = {
  scorecardNoVerdict: 'Indicative only: this short assessment gives no certification verdict.',
  scorecardFullChecks: 'A full assessment would also check:',
  scorecardGateAnswered: 'Every question is answered.',
  scorecardGateClauses: 'Every clause requirement is at its target.',
  scorecardGateControls: 'Every applicable Annex A control is at its target.',
  scorecardGateSoaDecided: 'Every control is decided in the Statement of Applicability.',
  scorecardGateSoaJustified: 'Every excluded control is justified.',
  scorecardGateInternalAudit: 'An internal audit cycle is done.',
  scorecardGateManagementReview: 'A management review is held.',
  scorecardGateRisks: 'No risk above the appetite lacks an accepted treatment.',
  scorecardGoFirst: 'Go to the first one',
  scorecardReasonControl: 'Control {control} is below its target.',
  scorecardReasonUndecided: 'Controls without a decision in the Statement of Applicability:',
  scorecardReasonUnjustified: 'Controls excluded without a justification:',
  scorecardReasonNoControls:
    'The assessment has no Annex A controls, so there is no Statement of Applicability.',
  scorecardReasonAuditNone: 'No internal audit (clause 9.2) has been assessed.',
  scorecardReasonAudit: 'No internal audit cycle is done yet: clause 9.2 is below its target.',
  scorecardReasonReviewNone: 'No management review (clause 9.3) has been assessed.',
  scorecardReasonReview: 'No management review is held yet: clause 9.3 is below its target.',
  scorecardReasonRisks:
    'Risks above the appetite without an accepted treatment (treatment "accept" and an owner):',
} as const satisfies Record<`scorecard${string}`, string>;

/**
 * The strings of the documented information register (keys `scorecardDoc…`), added to the catalog
 * with the full report's sections when they load (./full-sections.ts).
 */
export const scorecardDocumentsEn = {
  scorecardDocuments: 'Documented information',
  scorecardDocumentsText:
    'The documents and records a certification body asks for at Stage 1, and what your answers and attached evidence show about each.',
  scorecardDocId: 'Id',
  scorecardDocTitle: 'Document',
  scorecardDocDescription: 'Description',
  scorecardDocRequirements: 'Requirements',
  scorecardDocStatus: 'Status',
  scorecardDocExcludedControls: 'Excluded controls',
  scorecardDocQuestions: 'Questions',
  scorecardDocEvidence: 'Evidence files',
  scorecardDocInPlace: 'In place',
  scorecardDocEvidenceMissing: 'Evidence missing',
  scorecardDocPartial: 'Partly in place',
  scorecardDocMissing: 'Missing',
  scorecardDocNotApplicable: 'Not applicable',
  scorecardDocCount: '{status}: {count}',
  scorecardDocExcluded: 'Excluded in the Statement of Applicability: {controls}',
  scorecardDocNotShown:
    'No question is shown for your scope: decide the control in the Statement of Applicability.',
  scorecardDocDownload: 'Download register (CSV)',
} as const satisfies Record<`scorecardDoc${string}`, string>;
