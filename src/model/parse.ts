/**
 * Parsing at the border: `parseDefinition`, `safeParseDefinition`.
 * Shape checks come from the zod schema; cross-reference and ISO checks from `checkDefinition`.
 */
import { DefinitionSchema, type AssessmentDefinition } from './definition.js';
import { DefinitionError, fromZodIssues, type AimsIssue } from './issues.js';
import { checkDefinition } from './check-definition.js';

export type SafeParseResult<T> = { success: true; data: T } | { success: false; issues: AimsIssue[] };

/** Validates a definition (JSON value); returns `{ success, data | issues }` and never throws. */
export function safeParseDefinition(json: unknown): SafeParseResult<AssessmentDefinition> {
  let shape;
  try {
    shape = DefinitionSchema.safeParse(json);
  } catch (e) {
    return { success: false, issues: [{ path: '', message: `could not be read: ${(e as Error)?.message ?? String(e)}` }] };
  }
  if (!shape.success) return { success: false, issues: fromZodIssues(shape.error.issues, json) };
  const issues = checkDefinition(shape.data);
  return issues.length ? { success: false, issues } : { success: true, data: shape.data };
}

/** Validates a definition; throws a `DefinitionError` listing every problem by path. */
export function parseDefinition(json: unknown): AssessmentDefinition {
  const r = safeParseDefinition(json);
  if (!r.success) throw new DefinitionError(r.issues);
  return r.data;
}
