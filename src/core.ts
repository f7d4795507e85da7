/**
 * `aimskit/core`: model, logic, scoring and io. No DOM, no store; runs in Node 20 and in browsers.
 */
export * from './model/index.js';
export * from './logic/index.js';
export * from './session/index.js';
export * from './scoring/index.js';
export * from './io/index.js';
