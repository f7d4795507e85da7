/**
 * The response format `aimskit.response/1` (docs/scoring.md): what a respondent produces.
 * Shapes only; `parseResponse(json, definition)` checks answers against their questions.
 */
import { strictObject, z } from './zod.js';
import { requiredAs } from './issues.js';
import { CountSchema, IdSchema, TimestampSchema } from './primitives.js';
import type { AiSystem } from './ai-system.js';
import type { RecordedAction } from './action.js';

export const RESPONSE_FORMAT = 'aimskit.response/1';

/**
 * A file attached as evidence; the file itself travels separately (store or bundle), named by its
 * digest.
 */
export const EvidenceRefSchema = strictObject({
  id: IdSchema,
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  type: z.string(),
  size: CountSchema,
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
});
export type EvidenceRef = z.infer<typeof EvidenceRefSchema>;

/** An option id (scale, choice), option ids (multi), text or date (string), or a number. */
export const AnswerValueSchema = z.union([z.string(), z.array(z.string()), z.number()], {
  error: requiredAs('an option id, a list of option ids, text or a number'),
});
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const AnswerSchema = strictObject({
  value: z.optional(AnswerValueSchema),
  /** Required with an N/A option or an option marked `requiresJustification`. */
  justification: z.optional(z.string()),
  comment: z.optional(z.string()),
  evidence: z.optional(z.array(EvidenceRefSchema)),
  /** When this answer last changed (merging two tabs: last write wins). */
  updatedAt: z.optional(TimestampSchema),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export type Treatment = (typeof TREATMENTS)[number];

export const RiskSchema = strictObject({
  id: IdSchema,
  title: z.string().check(z.minLength(1)),
  system: z.optional(z.string()),
  /** The inventory's AI systems (their ids in `systems`) the risk concerns. */
  systems: z.optional(z.array(IdSchema)),
  description: z.optional(z.string()),
  /** Who could be harmed: the organisation, individuals, groups or society (6.1.2). */
  affected: z.optional(z.string()),
  /** Where the risk comes from: the data, the model, a supplier, a use, a change … */
  source: z.optional(z.string()),
  likelihood: IdSchema,
  impact: IdSchema,
  residualLikelihood: z.optional(IdSchema),
  residualImpact: z.optional(IdSchema),
  treatment: z.optional(z.enum(TREATMENTS)),
  /** Linked Annex A controls: each becomes applicable in the SoA (rule 2). */
  controls: z.optional(z.array(IdSchema)),
  owner: z.optional(z.string()),
  due: z.optional(TimestampSchema),
  /** Who accepted the residual risk (a name or role of the management that may accept it). */
  acceptedBy: z.optional(z.string()),
  /** When the residual risk was accepted (ISO 8601 date). */
  acceptedAt: z.optional(TimestampSchema),
  updatedAt: z.optional(TimestampSchema),
});
export type Risk = z.infer<typeof RiskSchema>;

/** OSCAL implementation-status words. */
export const IMPLEMENTATION_STATUSES = [
  'implemented',
  'partial',
  'planned',
  'alternative',
  'not-applicable',
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const SoaDecisionSchema = strictObject({
  applicable: z.optional(z.boolean()),
  justification: z.optional(z.string()),
  status: z.optional(z.enum(IMPLEMENTATION_STATUSES)),
  owner: z.optional(z.string()),
  updatedAt: z.optional(TimestampSchema),
});
export type SoaDecision = z.infer<typeof SoaDecisionSchema>;

export const REVIEW_STATES = ['accepted', 'follow-up', 'rejected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const ReviewSchema = strictObject({
  state: z.enum(REVIEW_STATES),
  note: z.optional(z.string()),
  updatedAt: z.optional(TimestampSchema),
});
export type Review = z.infer<typeof ReviewSchema>;

export const ResponseSchema = strictObject({
  format: z.literal(RESPONSE_FORMAT),
  definition: strictObject({ id: IdSchema, version: z.string() }),
  answers: z.record(z.string(), AnswerSchema),
  risks: z.optional(z.array(RiskSchema)),
  soa: z.optional(z.record(z.string(), SoaDecisionSchema)),
  review: z.optional(z.record(z.string(), ReviewSchema)),
  /**
   * The AI system inventory. Here only a list (typed as what the entries are once checked): each
   * entry is checked by `checkAiSystems` (./ai-system.ts), which the questionnaire page does not
   * load.
   */
  systems: z.optional(z.array(z.unknown() as z.ZodMiniType<AiSystem>)),
  /**
   * The recorded actions of the remediation plan. Here only a list, like `systems`: each entry is
   * checked by `checkActions` (./action.ts), which the questionnaire page does not load.
   */
  actions: z.optional(z.array(z.unknown() as z.ZodMiniType<RecordedAction>)),
  /** Who answered, for reports (all optional, all plain text). */
  meta: z.optional(
    strictObject({
      organisation: z.optional(z.string()),
      respondent: z.optional(z.string()),
      system: z.optional(z.string()),
    }),
  ),
  updatedAt: z.optional(TimestampSchema),
});
export type AssessmentResponse = z.infer<typeof ResponseSchema>;

/** An empty response to a definition. */
export function emptyResponse(definition: { id: string; version: string }): AssessmentResponse {
  return {
    format: RESPONSE_FORMAT,
    definition: { id: definition.id, version: definition.version },
    answers: {},
  };
}
