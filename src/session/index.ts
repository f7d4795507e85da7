/** The session: the one state container every element shares. Re-exported by `aimskit/core`. */
export * from './types.js';
export * from './store-types.js';
export { createSession, openSession, type SessionOptions } from './session.js';
export { mergeResponses } from './merge.js';
export { missingJustifications } from '../model/parse-response.js';
