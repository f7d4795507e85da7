/**
 * The strict parse of a response: every problem fails it, the AI system inventory included. Kept
 * apart from ./parse-response.ts (the piece-by-piece checker the session uses) so that a page that
 * only edits a response, the questionnaire, does not load it or the inventory's schema; sealing,
 * verifying, share links and the CLI do.
 */
import type { AssessmentDefinition } from './definition.js';
import type { AssessmentResponse } from './response.js';
import { AimsValidationError, type AimsIssue } from './issues.js';
import type { SafeParseResult } from './parse.js';
import { checkResponse, indexDefinition } from './parse-response.js';
import { checkAiSystems, checkSystemLinks } from './ai-system.js';
import { checkActions } from './action.js';

/**
 * A response that does not fit its definition. (Here rather than in ./issues.ts: only the strict
 * parse and sealing throw it, and the pages that only edit a response load neither.)
 */
export class ResponseError extends AimsValidationError {
  constructor(issues: readonly AimsIssue[]) {
    super('Invalid assessment response', issues);
    this.name = 'ResponseError';
  }
}

/** Validates a response (JSON value) against its definition; never throws. */
export function safeParseResponse(
  json: unknown,
  definition: AssessmentDefinition,
): SafeParseResult<AssessmentResponse> {
  const { issues, response } = checkResponse(indexDefinition(definition), json, true);
  // (checkResponse made sure `systems` is a list; its entries are checked here)
  if (response?.systems) issues.push(...checkAiSystems(response.systems).issues);
  if (response) issues.push(...checkSystemLinks(response));
  // (and the recorded actions of the plan, the same way)
  if (response?.actions) issues.push(...checkActions(response.actions).issues);
  return issues.length
    ? { success: false, issues }
    : { success: true, data: json as AssessmentResponse };
}

/**
 * Validates a response against its definition; throws a `ResponseError` listing every problem by
 * path.
 */
export function parseResponse(json: unknown, definition: AssessmentDefinition): AssessmentResponse {
  const result = safeParseResponse(json, definition);
  if (!result.success) throw new ResponseError(result.issues);
  return result.data;
}
