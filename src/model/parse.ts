/**
 * Parsing at the border: `parseDefinition`, `safeParseDefinition`.
 * Shape checks come from the zod schema `DefinitionSchema`; cross-reference and ISO checks from
 * `checkDefinition`.
 */
import { DefinitionSchema, type AssessmentDefinition } from './definition.js';
import { DefinitionError, validate, type AimsIssue } from './issues.js';
import { checkDefinition } from './check-definition.js';
import { MAX_DEFINITION_SIZE, measureJson } from './limits.js';

export type SafeParseResult<T> =
  { success: true; data: T } | { success: false; issues: AimsIssue[] };

/** Validates a definition (JSON value); returns `{ success, data | issues }` and never throws. */
export function safeParseDefinition(json: unknown): SafeParseResult<AssessmentDefinition> {
  const big = measureJson(json, 'the definition', MAX_DEFINITION_SIZE);
  if (big) return { success: false, issues: [big] };
  let issues;
  try {
    issues = validate(DefinitionSchema, json);
  } catch (error) {
    const message = `could not be read: ${(error as Error)?.message ?? String(error)}`;
    return { success: false, issues: [{ path: '', message }] };
  }
  if (!issues.length) issues = checkDefinition(json as AssessmentDefinition);
  return issues.length
    ? { success: false, issues }
    : { success: true, data: json as AssessmentDefinition };
}

/** Validates a definition; throws a `DefinitionError` listing every problem by path. */
export function parseDefinition(json: unknown): AssessmentDefinition {
  const result = safeParseDefinition(json);
  if (!result.success) throw new DefinitionError(result.issues);
  return result.data;
}
