/**
 * What the session derives from a response: the visible questions (src/logic) and the scorecard
 * (src/scoring). One binding place: the session never computes a number itself (ARCHITECTURE.md rule 2).
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import { visibleQuestions } from '../scoring/visibility.js';
import { score, type Scorecard } from '../scoring/index.js';

export const deriveVisible = (
  definition: AssessmentDefinition,
  response: AssessmentResponse,
): ReadonlySet<string> => visibleQuestions(definition, response);

export const deriveScorecard = (
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible: ReadonlySet<string>,
): Scorecard => score(definition, response, visible);
