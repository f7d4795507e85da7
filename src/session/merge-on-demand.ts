/**
 * What a session loads when its store can tell of other tabs' writes: the two-tab merge. The
 * session imports this module lazily and this module imports ./merge.ts statically, so no module
 * is imported both ways (`aimskit/core` exports `mergeResponses` statically).
 */
export * from './merge.js';
