/**
 * The response format `aimskit.response/1` (docs/scoring.md): what a respondent produces.
 * Shapes only; `parseResponse(json, definition)` checks answers against their questions.
 */
import * as k from './schema-kit.js';
import { Id, Timestamp } from './schema-kit.js';

export const RESPONSE_FORMAT = 'aimskit.response/1';

/** A file attached as evidence; the file itself travels separately (store or bundle), named by its digest. */
export const EvidenceRefSchema = k.object({
  id: Id,
  name: k.string(k.minLength(1), k.maxLength(255)),
  type: k.string(),
  size: k.int(k.min(0)),
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: k.string(k.pattern(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
});
export type EvidenceRef = k.Infer<typeof EvidenceRefSchema>;

/** An option id (scale, choice), option ids (multi), text or date (string), or a number. */
export const AnswerValueSchema = k.union(
  'an option id, a list of option ids, text or a number',
  k.string(),
  k.array(k.string()),
  k.number(),
);
export type AnswerValue = k.Infer<typeof AnswerValueSchema>;

export const AnswerSchema = k.object({
  value: k.optional(AnswerValueSchema),
  /** Required with an N/A option or an option marked `requiresJustification`. */
  justification: k.optional(k.string()),
  comment: k.optional(k.string()),
  evidence: k.optional(k.array(EvidenceRefSchema)),
  /** When this answer last changed (merging two tabs: last write wins). */
  updatedAt: k.optional(Timestamp),
});
export type Answer = k.Infer<typeof AnswerSchema>;

export const TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export type Treatment = (typeof TREATMENTS)[number];

export const RiskSchema = k.object({
  id: Id,
  title: k.string(k.minLength(1)),
  system: k.optional(k.string()),
  description: k.optional(k.string()),
  likelihood: Id,
  impact: Id,
  residualLikelihood: k.optional(Id),
  residualImpact: k.optional(Id),
  treatment: k.optional(k.enumOf(TREATMENTS)),
  /** Linked Annex A controls: each becomes applicable in the SoA (rule 2). */
  controls: k.optional(k.array(Id)),
  owner: k.optional(k.string()),
  due: k.optional(Timestamp),
  updatedAt: k.optional(Timestamp),
});
export type Risk = k.Infer<typeof RiskSchema>;

/** OSCAL implementation-status words. */
export const IMPLEMENTATION_STATUSES = [
  'implemented',
  'partial',
  'planned',
  'alternative',
  'not-applicable',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const SoaDecisionSchema = k.object({
  applicable: k.optional(k.boolean()),
  justification: k.optional(k.string()),
  status: k.optional(k.enumOf(IMPLEMENTATION_STATUSES)),
  owner: k.optional(k.string()),
  updatedAt: k.optional(Timestamp),
});
export type SoaDecision = k.Infer<typeof SoaDecisionSchema>;

export const REVIEW_STATES = ['accepted', 'follow-up', 'rejected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const ReviewSchema = k.object({
  state: k.enumOf(REVIEW_STATES),
  note: k.optional(k.string()),
  updatedAt: k.optional(Timestamp),
});
export type Review = k.Infer<typeof ReviewSchema>;

export const ResponseSchema = k.object({
  format: k.literal(RESPONSE_FORMAT),
  definition: k.object({ id: Id, version: k.string() }),
  answers: k.record(k.string(), AnswerSchema),
  risks: k.optional(k.array(RiskSchema)),
  soa: k.optional(k.record(k.string(), SoaDecisionSchema)),
  review: k.optional(k.record(k.string(), ReviewSchema)),
  /** Who answered, for reports (all optional, all plain text). */
  meta: k.optional(
    k.object({
      organisation: k.optional(k.string()),
      respondent: k.optional(k.string()),
      system: k.optional(k.string()),
    }),
  ),
  updatedAt: k.optional(Timestamp),
});
export type AssessmentResponse = k.Infer<typeof ResponseSchema>;

/** An empty response to a definition. */
export function emptyResponse(definition: { id: string; version: string }): AssessmentResponse {
  return {
    format: RESPONSE_FORMAT,
    definition: { id: definition.id, version: definition.version },
    answers: {},
  };
}
