/**
 * The English strings of the panel `<aims-assessment>` shows for a rejected definition; added to
 * the catalog by ./definition-errors.ts when the panel loads.
 */
export const definitionErrorsEn = {
  definitionError: 'This assessment cannot be shown',
  definitionErrorIntro: 'The assessment definition has {count} problems:',
  definitionErrorIntroOne: 'The assessment definition has {count} problem:',
} as const;
