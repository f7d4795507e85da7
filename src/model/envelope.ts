/**
 * The envelope `aimskit.envelope/1` (docs/scoring.md): a response with its scorecard, sealed by a
 * SHA-256 digest of its canonical JSON and optionally signed (ES256). Shape only; `verifyEnvelope`
 * checks the digest, the signature, the definition and the score.
 */
import * as k from './schema-kit.js';
import { Id } from './schema-kit.js';

export const ENVELOPE_FORMAT = 'aimskit.envelope/1';

const Base64Url = k.string(k.pattern(/^[A-Za-z0-9_-]*$/, 'must be base64url'));

export const EnvelopeSchema = k.object({
  format: k.literal(ENVELOPE_FORMAT),
  createdAt: k.string(),
  definition: k.object({ id: Id, version: k.string(), sha256: Base64Url }),
  /** Checked against the definition by `parseResponse` during verification. */
  response: k.record(k.string(), k.any()),
  scorecard: k.record(k.string(), k.any()),
  sha256: Base64Url,
  signature: k.optional(
    k.object({
      alg: k.literal('ES256'),
      publicKeyJwk: k.record(k.string(), k.any()),
      value: Base64Url,
    }),
  ),
});
export type EnvelopeShape = k.Infer<typeof EnvelopeSchema>;
