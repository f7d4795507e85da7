/**
 * Parsing at the border: `parseDefinition`, `safeParseDefinition`.
 * Shape checks come from the zod schema `DefinitionSchema`; cross-reference and ISO checks from
 * `checkDefinition`. Both run in one pass, so one call reports every problem: a missing `version`
 * does not hide an unknown scale. Only where the shape is too broken for the cross-reference checks
 * to read it (say `sections` is not a list) do they wait until the shape is fixed
 * (docs/definitions.md).
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
  issues = [...issues, ...crossReferenceIssues(json, issues)];
  return issues.length
    ? { success: false, issues }
    : { success: true, data: json as AssessmentDefinition };
}

/**
 * The cross-reference checks of `json`. On a definition with shape problems they run as far as its
 * structure allows: a problem already reported at the same path is not repeated, and when the
 * structure cannot be read at all the checks report nothing (the shape problems say what to fix).
 */
function crossReferenceIssues(json: unknown, shapeIssues: readonly AimsIssue[]): AimsIssue[] {
  if (shapeIssues.length === 0) return checkDefinition(json as AssessmentDefinition);
  const reported = new Set(shapeIssues.map((issue) => issue.path));
  try {
    return checkDefinition(json as AssessmentDefinition).filter(
      (issue) => !reported.has(issue.path),
    );
  } catch {
    return [];
  }
}

/** Validates a definition; throws a `DefinitionError` listing every problem by path. */
export function parseDefinition(json: unknown): AssessmentDefinition {
  const result = safeParseDefinition(json);
  if (!result.success) throw new DefinitionError(result.issues);
  return result.data;
}
