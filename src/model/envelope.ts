/**
 * The envelope `aimskit.envelope/1` (docs/scoring.md): a response with its scorecard, sealed by a
 * SHA-256 digest of its canonical JSON and optionally signed (ES256). Shape only; `verifyEnvelope`
 * checks the digest, the signature, the definition and the score.
 */
import * as z from 'zod/mini';
import { Id } from './schema-kit.js';

export const ENVELOPE_FORMAT = 'aimskit.envelope/1';

const Base64Url = z.string().check(z.regex(/^[A-Za-z0-9_-]*$/, 'must be base64url'));

export const EnvelopeSchema = z.strictObject({
  format: z.literal(ENVELOPE_FORMAT),
  createdAt: z.string(),
  definition: z.strictObject({ id: Id, version: z.string(), sha256: Base64Url }),
  /** Checked against the definition by `parseResponse` during verification. */
  response: z.record(z.string(), z.unknown()),
  scorecard: z.record(z.string(), z.unknown()),
  sha256: Base64Url,
  signature: z.optional(z.strictObject({
    alg: z.literal('ES256'),
    publicKeyJwk: z.record(z.string(), z.unknown()),
    value: Base64Url,
  })),
});
export type EnvelopeShape = z.infer<typeof EnvelopeSchema>;
