/**
 * The English strings of a question's notes panel; added to the catalog by ./notes-panel.ts when
 * the panel loads.
 */
export const notesPanelEn = {
  attach: 'Attach evidence files',
  dropHint: 'or drop files here',
} as const;
