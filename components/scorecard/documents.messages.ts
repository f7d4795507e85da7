/**
 * The English UI strings of the documented information register of `<aims-scorecard>` (keys
 * `scorecardDoc…`), added to the catalog with the full report's sections when they load
 * (./full-sections.ts). A module of their own, so the first load of a scorecard does not carry
 * them.
 */
export const scorecardDocumentsEn = {
  scorecardDocuments: 'Documented information',
  scorecardDocumentsText:
    'The documents and records a certification body asks for at Stage 1, and what your ' +
    'answers and attached evidence show about each.',
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
    'No question is shown for your scope: decide the control in the Statement of ' +
    'Applicability.',
  scorecardDocDownload: 'Download register (CSV)',
} as const satisfies Record<`scorecardDoc${string}`, string>;
