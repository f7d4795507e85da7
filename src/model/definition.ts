/**
 * The definition format `aimskit.definition/1` (docs/scoring.md): what an author writes.
 * Shapes only; cross-references, conditions and ISO rules are checked by `parseDefinition`.
 * Defaults are not filled in here (the parsed definition equals its JSON, which keeps its digest
 * stable); read effective values through the accessors in `./accessors.ts`.
 */
import { strictObject, z } from './zod.js';
import { CountSchema, FractionSchema, IdSchema, TextSchema } from './primitives.js';
import { MAX_CONDITION_LENGTH } from './limits.js';

export const DEFINITION_FORMAT = 'aimskit.definition/1';

export const QUESTION_TYPES = ['scale', 'choice', 'multi', 'text', 'number', 'date'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const EVIDENCE_KINDS = ['documentation', 'operation'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const RELATIONSHIPS = [
  'equivalent-to',
  'equal-to',
  'subset-of',
  'superset-of',
  'intersects-with',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const OptionSchema = strictObject({
  id: IdSchema,
  label: TextSchema,
  /** Score of this option on the 0..1 scale; options without a value are not scored. */
  value: z.optional(FractionSchema),
  /** Marks the "not applicable" option: excluded from scoring, needs a justification. */
  na: z.optional(z.boolean()),
  /** What this level or option means, shown on demand. */
  description: z.optional(TextSchema),
  /** Choosing this option needs a justification (N/A options always do). */
  requiresJustification: z.optional(z.boolean()),
  /**
   * Marks a "Don't know" option: it must be worth 0 (`value: 0`); the answer is scored as 0 and the
   * scorecard lists the question as a gap to find out (`isUnknownAnswer`).
   */
  unknown: z.optional(z.boolean()),
});
export type Option = z.infer<typeof OptionSchema>;

export const ScaleSchema = strictObject({
  id: IdSchema,
  label: z.optional(TextSchema),
  options: z.array(OptionSchema).check(z.minLength(1, 'a scale needs at least one option')),
});
export type Scale = z.infer<typeof ScaleSchema>;

export const RequirementSchema = strictObject({
  id: IdSchema,
  title: TextSchema,
  /**
   * `clause` requirements (4.1 … 10.2) are mandatory: no N/A; `control`s (Annex A) may be excluded.
   */
  kind: z.enum(['clause', 'control']),
  /** The group the requirement rolls up to: clause "4" … "10", objective "A.2" … "A.10". */
  group: z.optional(IdSchema),
  description: z.optional(TextSchema),
});
export type Requirement = z.infer<typeof RequirementSchema>;

export const GroupSchema = strictObject({
  id: IdSchema,
  title: TextSchema,
  kind: z.optional(z.enum(['clause', 'control'])),
  description: z.optional(TextSchema),
});
export type Group = z.infer<typeof GroupSchema>;

export const TagSchema = strictObject({
  id: IdSchema,
  title: TextSchema,
  description: z.optional(TextSchema),
});
export type Tag = z.infer<typeof TagSchema>;

/** A condition (`showIf`, `requiredIf`, a hint's `showIf`): parsed by `parseDefinition`. */
const ConditionSchema = z.string().check(z.maxLength(MAX_CONDITION_LENGTH));

/** A piece of advice on a question, shown only while its condition holds (docs/definitions.md). */
export const HintSchema = strictObject({
  /** A condition in the `showIf` language: the hint shows while it holds. */
  showIf: ConditionSchema,
  text: TextSchema,
});
export type Hint = z.infer<typeof HintSchema>;

export const QuestionSchema = strictObject({
  id: IdSchema,
  type: z.enum(QUESTION_TYPES),
  text: TextSchema,
  help: z.optional(TextSchema),
  /** Shown when the answer is below target, and carried into the scorecard's gaps. */
  recommendation: z.optional(TextSchema),
  /** `scale` questions: the id of a definition scale. */
  scale: z.optional(IdSchema),
  /** `choice` and `multi` questions: their own options. */
  options: z.optional(z.array(OptionSchema).check(z.minLength(1, 'needs at least one option'))),
  requirement: z.optional(IdSchema),
  weight: z.optional(z.number().check(z.gte(0), z.lte(1000))),
  target: z.optional(FractionSchema),
  evidence: z.optional(z.enum(EVIDENCE_KINDS)),
  showIf: z.optional(ConditionSchema),
  /**
   * Why the question does not apply when its `showIf` hides it, naming the scope answer ("Only
   * third-party AI is used: there is no in-house design or development."). A proposed Statement of
   * Applicability exclusion takes it as its justification.
   */
  outOfScope: z.optional(TextSchema),
  /** Conditional advice: each hint shows while its own `showIf` holds (e.g. an ISMS exists). */
  hints: z.optional(z.array(HintSchema)),
  requiredIf: z.optional(ConditionSchema),
  required: z.optional(z.boolean()),
  tags: z.optional(z.array(IdSchema)),
  /**
   * Whether a comment may be written (default true), and its label (e.g. "Describe your
   * implementation").
   */
  comments: z.optional(z.boolean()),
  commentLabel: z.optional(TextSchema),
  /** Whether evidence files may be attached (default true). */
  attachments: z.optional(z.boolean()),
  placeholder: z.optional(TextSchema),
  /** `number` questions: bounds. */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});
export type Question = z.infer<typeof QuestionSchema>;

export const SectionSchema = strictObject({
  id: IdSchema,
  title: TextSchema,
  description: z.optional(TextSchema),
  questions: z.array(QuestionSchema).check(z.minLength(1, 'a section needs at least one question')),
});
export type Section = z.infer<typeof SectionSchema>;

export const BandSchema = strictObject({
  id: IdSchema,
  min: z.number().check(z.gte(0), z.lte(100)),
  label: z.optional(TextSchema),
});
export type Band = z.infer<typeof BandSchema>;

export const MappingSchema = strictObject({
  source: IdSchema,
  target: IdSchema,
  relationship: z.enum(RELATIONSHIPS),
  note: z.optional(TextSchema),
});
export type Mapping = z.infer<typeof MappingSchema>;

export const FrameworkSchema = strictObject({
  /** The prefix of its targets: target `eu-ai-act:art-15` belongs to framework `eu-ai-act`. */
  id: IdSchema,
  title: TextSchema,
  /** True when the mapping is the author's interpretation, not an official one. */
  interpretation: z.optional(z.boolean()),
  note: z.optional(TextSchema),
  targets: z.array(strictObject({ id: IdSchema, title: TextSchema })),
});
export type Framework = z.infer<typeof FrameworkSchema>;

const AxisEntry = strictObject({
  id: IdSchema,
  label: TextSchema,
  description: z.optional(TextSchema),
});

export const RiskMatrixSchema = strictObject({
  likelihood: z.array(AxisEntry).check(z.minLength(1, 'needs at least one likelihood')),
  impact: z.array(AxisEntry).check(z.minLength(1, 'needs at least one impact')),
  /** Ordered from low to high. */
  levels: z.array(AxisEntry).check(z.minLength(1, 'needs at least one level')),
  /** grid[likelihoodIndex][impactIndex] = index into levels. */
  grid: z.array(z.array(CountSchema)),
  /** The highest acceptable residual level id. */
  appetite: IdSchema,
});
export type RiskMatrix = z.infer<typeof RiskMatrixSchema>;

/**
 * What levels and appetite are computed from: a matrix's ids, grid and appetite, without the words
 * a risk view shows. Every `RiskMatrix` is one.
 */
export interface RiskScale {
  readonly likelihood: readonly { readonly id: string }[];
  readonly impact: readonly { readonly id: string }[];
  /** Ordered from low to high. */
  readonly levels: readonly { readonly id: string }[];
  /** grid[likelihoodIndex][impactIndex] = index into levels. */
  readonly grid: readonly (readonly number[])[];
  /** The highest acceptable residual level id. */
  readonly appetite: string;
}

/**
 * An entry of the documented information register: a document or record an auditor asks for, and
 * the requirements (and, optionally, the questions among theirs) that show whether it exists.
 */
export const DocumentSchema = strictObject({
  id: IdSchema,
  title: TextSchema,
  description: z.optional(TextSchema),
  requirements: z.array(IdSchema).check(z.minLength(1, 'a document needs a requirement')),
  /** Only these questions of the requirements count (default: all of them). */
  questions: z.optional(z.array(IdSchema)),
});
export type DocumentItem = z.infer<typeof DocumentSchema>;

export const DefinitionSchema = strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(DEFINITION_FORMAT),
  id: IdSchema,
  version: z.string().check(z.minLength(1)),
  title: TextSchema,
  description: z.optional(TextSchema),
  locale: z.optional(z.string()),
  /** Default target per question, 0..1 (default 0.6). */
  target: z.optional(FractionSchema),
  bands: z.optional(z.array(BandSchema).check(z.minLength(1, 'needs at least one band'))),
  scales: z.array(ScaleSchema),
  groups: z.optional(z.array(GroupSchema)),
  tags: z.optional(z.array(TagSchema)),
  requirements: z.optional(z.array(RequirementSchema)),
  sections: z.array(SectionSchema).check(z.minLength(1, 'a definition needs at least one section')),
  mappings: z.optional(z.array(MappingSchema)),
  frameworks: z.optional(z.array(FrameworkSchema)),
  riskMatrix: z.optional(RiskMatrixSchema),
  /** The documented information register's list (src/scoring/documents.ts). */
  documents: z.optional(z.array(DocumentSchema)),
  /** Free-form facts about the pack: publisher, licence, notes. */
  metadata: z.optional(z.record(z.string(), TextSchema)),
});
/** A definition as written and as parsed (defaults are read through accessors). */
export type AssessmentDefinition = z.infer<typeof DefinitionSchema>;
/** What an author writes (identical to the parsed type: the schema fills in nothing). */
export type DefinitionInput = z.infer<typeof DefinitionSchema>;

export { DEFAULT_BANDS, DEFAULT_TARGET } from './defaults.js';
