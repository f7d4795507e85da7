/**
 * The stores' layout (version 2; the migrations are in migrate.ts) and the zod schemas every record
 * read is checked against. DOM-free: the memory store uses it too.
 */
import { strictObject, z } from '../model/zod.js';
import { EvidenceRefSchema, ResponseSchema } from '../model/response.js';

export const DB_VERSION = 2;

/**
 * The stores of version 2 and their key paths; the two with a compound key also have a
 * `by-assessment` index.
 */
export const KEYS = {
  assessments: 'id',
  responses: 'assessment',
  evidence: ['assessment', 'id'],
  envelopes: ['assessment', 'createdAt'],
};
export type Name = keyof typeof KEYS;
export const NAMES = Object.keys(KEYS) as Name[];

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
