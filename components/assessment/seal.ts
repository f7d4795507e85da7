/**
 * What `<aims-assessment>` loads on its first `submit()`: sealing a response. The element imports
 * this module lazily and this module imports `src/io/envelope.ts` statically, so no module is
 * imported both ways (a module that is would stay in its static importers' chunk).
 */
import type { AssessmentDefinition } from '../../src/model/definition.js';
import type { AssessmentResponse } from '../../src/model/response.js';
import { createEnvelope, sealedPlan, type Envelope } from '../../src/io/envelope.js';

/**
 * The envelope of a response, with its action plan sealed beside it when the response records
 * actions (so the receiver's `verifyEnvelope` re-derives the plan's states too).
 */
export function sealResponse(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
): Promise<Envelope> {
  return createEnvelope(definition, response, { plan: sealedPlan(definition, response) });
}
