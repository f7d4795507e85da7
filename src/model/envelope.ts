/**
 * The envelope `aimskit.envelope/1` (docs/scoring.md): a response with its scorecard, sealed by a
 * SHA-256 digest of its canonical JSON and optionally signed (ES256). Shape only; `verifyEnvelope`
 * checks the digest, the signature, the definition and the score.
 */
import { strictObject, z } from './zod.js';
import { IdSchema } from './primitives.js';

export const ENVELOPE_FORMAT = 'aimskit.envelope/1';

const Base64UrlSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]*$/, 'must be base64url'));

export const EnvelopeSchema = strictObject({
  format: z.literal(ENVELOPE_FORMAT),
  createdAt: z.string(),
  definition: strictObject({ id: IdSchema, version: z.string(), sha256: Base64UrlSchema }),
  /** Checked against the definition by `parseResponse` during verification. */
  response: z.record(z.string(), z.unknown()),
  scorecard: z.record(z.string(), z.unknown()),
  /** The EU AI Act triage of the response's systems; re-derived by `verifyEnvelope`. */
  classifications: z.optional(z.array(z.unknown())),
  /** The action plan's states; re-derived by `verifyEnvelope`. */
  plan: z.optional(z.array(z.unknown())),
  sha256: Base64UrlSchema,
  signature: z.optional(
    strictObject({
      alg: z.literal('ES256'),
      publicKeyJwk: z.record(z.string(), z.unknown()),
      value: Base64UrlSchema,
    }),
  ),
});
export type EnvelopeShape = z.infer<typeof EnvelopeSchema>;
