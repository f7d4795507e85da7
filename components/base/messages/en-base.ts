/**
 * The English UI strings of the base, `<aims-assessment>` and `<aims-questionnaire>`: built in. The
 * strings of the risk matrix, SoA table and scorecard live beside those elements and join the catalog
 * when their module loads (`addEnglish`), so a page with only a questionnaire does not carry them.
 * A key ending in `One` is the singular of the key without it (`pluralKey` in `../i18n.ts` picks it).
 */
export const base = {
  contents: 'Sections',
  progress: 'Progress',
  progressText: '{percent}% answered',
  sectionDone: '{percent}% answered',
  step: 'Section {number} of {total}',
  previous: 'Previous',
  next: 'Next',
  finish: 'Finish',
  required: 'required',
  errorRequired: 'Please answer this question.',
  errorJustify: 'Please explain why.',
  errorRange: 'Please enter a number from {min} to {max}.',
  errorSummary: '{count} questions need attention.',
  errorSummaryOne: '{count} question needs attention.',
  errorAction: 'This change was not accepted: {problem}',
  justification: 'Why? (required)',
  showLevels: 'What do the levels mean?',
  evidenceDocumentation: 'Auditors will ask for documentation.',
  evidenceOperation: 'Auditors will ask to see it operating.',
  recommendation: 'Recommendation',
  notes: 'Comment and evidence',
  notesCount: 'Comment and evidence ({count})',
  comment: 'Comment',
  remove: 'Remove {name}',
  uploading: 'Saving {name}…',
  uploadFailed: 'Could not store {name}: {problem}',
  noQuestions: 'No questions to answer in this section.',
  loading: 'Loading the assessment…',
  storageError:
    'Your answers cannot be saved in this browser ({problem}). ' +
    'Keep this page open; you can keep working.',
  storageReadError:
    'Some saved answers could not be read and were left out ({problem}). ' +
    'Everything else is loaded, and saving works.',
  noSession: 'No assessment to show.',
} as const satisfies Record<string, string>;
