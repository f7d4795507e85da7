/**
 * Checks beyond shape: unique ids, references, ISO rules, conditions. Filled in by the definition model work.
 */
import type { AssessmentDefinition } from './definition.js';
import type { AimsIssue } from './issues.js';

export function checkDefinition(_def: AssessmentDefinition): AimsIssue[] {
  return [];
}
