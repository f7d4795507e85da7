/**
 * The zod schemas every stored row is checked against when it is read (the layout is in
 * db-schema.ts, the migrations in migrate.ts). DOM-free: the memory store uses it too.
 */
import { strictObject, z } from '../model/zod.js';
import { EvidenceRefSchema, ResponseSchema } from '../model/response.js';

/** A key or a stamp: text that is not empty. */
const FilledSchema = z.string().check(z.minLength(1));

export const AssessmentRecordSchema = strictObject({
  id: FilledSchema,
  title: z.string(),
  definition: strictObject({ id: z.string(), version: z.string() }),
  createdAt: FilledSchema,
  updatedAt: FilledSchema,
});
export const ResponseRowSchema = strictObject({ assessment: z.string(), response: ResponseSchema });
export const EvidenceRowSchema = strictObject({
  assessment: z.string(),
  id: z.string(),
  ref: EvidenceRefSchema,
  blob: z.custom<Blob>((value) => typeof Blob !== 'undefined' && value instanceof Blob, {
    error: "expected the file's bytes (a Blob)",
  }),
});
export const EnvelopeRowSchema = strictObject({
  assessment: z.string(),
  createdAt: FilledSchema,
  envelope: z.record(z.string(), z.unknown()),
});

/** A stored row of each table, as its schema reads it. */
export type AssessmentRow = z.infer<typeof AssessmentRecordSchema>;
export type ResponseRow = z.infer<typeof ResponseRowSchema>;
export type EvidenceRow = z.infer<typeof EvidenceRowSchema>;
export type EnvelopeRow = z.infer<typeof EnvelopeRowSchema>;
