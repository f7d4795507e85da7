/**
 * An integrator composes the model's zod schemas (exported from `aimskit/core`) into the validation
 * of their own API, as docs/server.md shows: their own zod objects around ours, our messages and
 * paths through `aimsErrorMap` and `toAimsIssues`, and the definition-aware check after the shape.
 */
import { z } from 'zod';
import { describe, it, assert } from '../harness.js';
import {
  EnvelopeSchema,
  ResponseSchema,
  aimsErrorMap,
  createEnvelope,
  emptyResponse,
  parseDefinition,
  safeParseResponse,
  toAimsIssues,
  verifyEnvelope,
} from '../../src/core.js';
import { minimalDefinition } from '../fixtures/definitions/index.js';

const definition = parseDefinition(minimalDefinition);

/** The body of the integrator's `POST /assessments`: their fields around our response. */
const SubmitBody = z.object({
  supplier: z.string().min(1),
  response: ResponseSchema,
});
/** The body of `POST /envelopes`: an envelope, and an optional note. */
const SealedBody = z.object({ envelope: EnvelopeSchema, note: z.string().optional() });

const issuesOf = (schema: z.ZodType, body: unknown) => {
  const result = schema.safeParse(body, { error: aimsErrorMap });
  return result.success ? [] : toAimsIssues(result.error.issues, ['body']);
};

describe("composing the model's schemas into an API's validation", () => {
  const response = {
    ...emptyResponse(definition),
    answers: { q: { value: 'We keep a register.' } },
  };

  it('accepts a body that fits, and the response still passes the definition-aware check', () => {
    assert.deepEqual(issuesOf(SubmitBody, { supplier: 'Acme', response }), []);
    const parsed = SubmitBody.parse({ supplier: 'Acme', response });
    assert.equal(safeParseResponse(parsed.response, definition).success, true);
  });

  it("reports problems inside our schemas with our messages and the API's paths", () => {
    const body = {
      supplier: 'Acme',
      response: { ...response, answers: { q: { value: true } }, colour: 'red' },
    };
    assert.deepEqual(issuesOf(SubmitBody, body), [
      {
        path: 'body.response.answers.q.value',
        message: 'has the wrong form: boolean true',
      },
      { path: 'body.response.colour', message: 'unknown field "colour"' },
    ]);
  });

  it('types the parsed body from the schemas (z.infer)', () => {
    const parsed: z.infer<typeof SubmitBody> = SubmitBody.parse({ supplier: 'Acme', response });
    const format: 'aimskit.response/1' = parsed.response.format;
    assert.equal(format, 'aimskit.response/1');
  });

  it('checks an envelope by shape in the body, then verifies it', async () => {
    const envelope = JSON.parse(JSON.stringify(await createEnvelope(definition, response)));
    assert.deepEqual(issuesOf(SealedBody, { envelope }), []);
    assert.deepEqual(
      issuesOf(SealedBody, { envelope: { ...envelope, sha256: 'not base64url!' } }),
      [{ path: 'body.envelope.sha256', message: 'must be base64url' }],
    );
    const verified = await verifyEnvelope(SealedBody.parse({ envelope }).envelope, definition);
    assert.deepEqual(verified.problems, []);
  });
});
