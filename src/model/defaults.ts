/**
 * The defaults of a definition that content packs also write out (plain data, no schema: a module
 * that imports only this stays free of zod, so `aimskit/content` loads without the validator).
 */
import type { Band } from './definition.js';

export const DEFAULT_TARGET = 0.6;
export const DEFAULT_BANDS: readonly Band[] = [
  { id: 'early', min: 0 },
  { id: 'developing', min: 40 },
  { id: 'advanced', min: 70 },
  { id: 'ready', min: 90 },
];
