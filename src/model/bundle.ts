/**
 * The bundle `aimskit.bundle/1`: one assessment in one JSON file, the sealed envelope plus its
 * evidence files inlined as base64. Shape only; `openBundle` verifies the envelope and each file.
 */
import { strictObject, z } from './zod.js';
import { EvidenceRefSchema } from './response.js';

export const BUNDLE_FORMAT = 'aimskit.bundle/1';

/** An evidence file carried by a bundle: its reference and its bytes (standard base64). */
export const BundleFileSchema = z.extend(EvidenceRefSchema, {
  // checked when decoded (`files[i].data`), then by its SHA-256
  data: z.string(),
});

export const BundleSchema = strictObject({
  format: z.literal(BUNDLE_FORMAT),
  assessment: z.optional(strictObject({ id: z.string().check(z.minLength(1)), title: z.string() })),
  /** Verified as an envelope by `openBundle`. */
  envelope: z.record(z.string(), z.unknown()),
  files: z.array(BundleFileSchema),
});
export type BundleShape = z.infer<typeof BundleSchema>;
