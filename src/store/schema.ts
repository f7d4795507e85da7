/**
 * The stores' layout (version 2; the migrations are in migrate.ts) and the schemas (schema kit) every record read is
 * checked against. DOM-free: the memory store uses it too.
 */
import * as k from '../model/schema-kit.js';
import type { Infer } from '../model/schema-kit.js';
import { EvidenceRefSchema, ResponseSchema } from '../model/response.js';

export const DB_VERSION = 2;

/** The stores of version 2 and their key paths; the two with a compound key also have a `by-assessment` index. */
export const KEYS = {
  assessments: 'id',
  responses: 'assessment',
  evidence: ['assessment', 'id'],
  envelopes: ['assessment', 'createdAt'],
};
export type Name = keyof typeof KEYS;
export const NAMES = Object.keys(KEYS) as Name[];

const Stamp = k.string(k.minLength(1));
const Str = k.string();
export const AssessmentRecordSchema = k.object({
  id: Stamp,
  title: Str,
  definition: k.object({ id: Str, version: Str }),
  createdAt: Stamp,
  updatedAt: Stamp,
});
export const ResponseRowSchema = k.object({ assessment: Str, response: ResponseSchema });
export const EvidenceRowSchema = k.object({
  assessment: Str,
  id: Str,
  ref: EvidenceRefSchema,
  blob: k.custom<Blob>(
    (b) => typeof Blob !== 'undefined' && b instanceof Blob,
    "expected the file's bytes (a Blob)",
  ),
});
export const EnvelopeRowSchema = k.object({
  assessment: Str,
  createdAt: Stamp,
  envelope: k.record(Str, k.any()),
});

/** A stored row of each table, as its schema reads it. */
export type AssessmentRow = Infer<typeof AssessmentRecordSchema>;
export type ResponseRow = Infer<typeof ResponseRowSchema>;
export type EvidenceRow = Infer<typeof EvidenceRowSchema>;
export type EnvelopeRow = Infer<typeof EnvelopeRowSchema>;
