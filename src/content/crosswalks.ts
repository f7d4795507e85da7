/** Crosswalks from ISO/IEC 42001 to the EU AI Act and the NIST AI RMF: filled in by the content work. */
import type { Framework, Mapping } from '../model/definition.js';

export const frameworks: Framework[] = [];
export const mappings: Mapping[] = [];
