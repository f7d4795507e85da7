/**
 * The definition format `aimskit.definition/1` (docs/scoring.md): what an author writes.
 * Shapes only; cross-references, conditions and ISO rules are checked by `parseDefinition`.
 * Defaults are not filled in here (the parsed definition equals its JSON, which keeps its digest
 * stable); read effective values through the accessors in `./accessors.ts`.
 */
import * as k from './schema-kit.js';
import { Fraction, Id, Text } from './schema-kit.js';
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

export const OptionSchema = k.object({
  id: Id,
  label: Text,
  /** Score of this option on the 0..1 scale; options without a value are not scored. */
  value: k.optional(Fraction),
  /** Marks the "not applicable" option: excluded from scoring, needs a justification. */
  na: k.optional(k.boolean()),
  /** What this level or option means, shown on demand. */
  description: k.optional(Text),
  /** Choosing this option needs a justification (N/A options always do). */
  requiresJustification: k.optional(k.boolean()),
});
export type Option = k.Infer<typeof OptionSchema>;

export const ScaleSchema = k.object({
  id: Id,
  label: k.optional(Text),
  options: k.array(OptionSchema, k.minLength(1, 'a scale needs at least one option')),
});
export type Scale = k.Infer<typeof ScaleSchema>;

export const RequirementSchema = k.object({
  id: Id,
  title: Text,
  /** `clause` requirements (4.1 … 10.2) are mandatory: no N/A; `control`s (Annex A) may be excluded. */
  kind: k.enumOf(['clause', 'control']),
  /** The group the requirement rolls up to: clause "4" … "10", objective "A.2" … "A.10". */
  group: k.optional(Id),
  description: k.optional(Text),
});
export type Requirement = k.Infer<typeof RequirementSchema>;

export const GroupSchema = k.object({
  id: Id,
  title: Text,
  kind: k.optional(k.enumOf(['clause', 'control'])),
  description: k.optional(Text),
});
export type Group = k.Infer<typeof GroupSchema>;

export const TagSchema = k.object({ id: Id, title: Text, description: k.optional(Text) });
export type Tag = k.Infer<typeof TagSchema>;

export const QuestionSchema = k.object({
  id: Id,
  type: k.enumOf(QUESTION_TYPES),
  text: Text,
  help: k.optional(Text),
  /** Shown when the answer is below target, and carried into the scorecard's gaps. */
  recommendation: k.optional(Text),
  /** `scale` questions: the id of a definition scale. */
  scale: k.optional(Id),
  /** `choice` and `multi` questions: their own options. */
  options: k.optional(k.array(OptionSchema, k.minLength(1, 'needs at least one option'))),
  requirement: k.optional(Id),
  weight: k.optional(k.number(k.min(0), k.max(1000))),
  target: k.optional(Fraction),
  evidence: k.optional(k.enumOf(EVIDENCE_KINDS)),
  showIf: k.optional(k.string(k.maxLength(MAX_CONDITION_LENGTH))),
  requiredIf: k.optional(k.string(k.maxLength(MAX_CONDITION_LENGTH))),
  required: k.optional(k.boolean()),
  tags: k.optional(k.array(Id)),
  /** Whether a comment may be written (default true), and its label (e.g. "Describe your implementation"). */
  comments: k.optional(k.boolean()),
  commentLabel: k.optional(Text),
  /** Whether evidence files may be attached (default true). */
  attachments: k.optional(k.boolean()),
  placeholder: k.optional(Text),
  /** `number` questions: bounds. */
  min: k.optional(k.number()),
  max: k.optional(k.number()),
});
export type Question = k.Infer<typeof QuestionSchema>;

export const SectionSchema = k.object({
  id: Id,
  title: Text,
  description: k.optional(Text),
  questions: k.array(QuestionSchema, k.minLength(1, 'a section needs at least one question')),
});
export type Section = k.Infer<typeof SectionSchema>;

export const BandSchema = k.object({
  id: Id,
  min: k.number(k.min(0), k.max(100)),
  label: k.optional(Text),
});
export type Band = k.Infer<typeof BandSchema>;

export const MappingSchema = k.object({
  source: Id,
  target: Id,
  relationship: k.enumOf(RELATIONSHIPS),
  note: k.optional(Text),
});
export type Mapping = k.Infer<typeof MappingSchema>;

export const FrameworkSchema = k.object({
  /** The prefix of its targets: target `eu-ai-act:art-15` belongs to framework `eu-ai-act`. */
  id: Id,
  title: Text,
  /** True when the mapping is the author's interpretation, not an official one. */
  interpretation: k.optional(k.boolean()),
  note: k.optional(Text),
  targets: k.array(k.object({ id: Id, title: Text })),
});
export type Framework = k.Infer<typeof FrameworkSchema>;

const AxisEntry = k.object({ id: Id, label: Text, description: k.optional(Text) });

export const RiskMatrixSchema = k.object({
  likelihood: k.array(AxisEntry, k.minLength(1, 'needs at least one likelihood')),
  impact: k.array(AxisEntry, k.minLength(1, 'needs at least one impact')),
  /** Ordered from low to high. */
  levels: k.array(AxisEntry, k.minLength(1, 'needs at least one level')),
  /** grid[likelihoodIndex][impactIndex] = index into levels. */
  grid: k.array(k.array(k.int(k.min(0)))),
  /** The highest acceptable residual level id. */
  appetite: Id,
});
export type RiskMatrix = k.Infer<typeof RiskMatrixSchema>;

export const DefinitionSchema = k.object({
  $schema: k.optional(k.string()),
  format: k.literal(DEFINITION_FORMAT),
  id: Id,
  version: k.string(k.minLength(1)),
  title: Text,
  description: k.optional(Text),
  locale: k.optional(k.string()),
  /** Default target per question, 0..1 (default 0.6). */
  target: k.optional(Fraction),
  bands: k.optional(k.array(BandSchema, k.minLength(1, 'needs at least one band'))),
  scales: k.array(ScaleSchema),
  groups: k.optional(k.array(GroupSchema)),
  tags: k.optional(k.array(TagSchema)),
  requirements: k.optional(k.array(RequirementSchema)),
  sections: k.array(SectionSchema, k.minLength(1, 'a definition needs at least one section')),
  mappings: k.optional(k.array(MappingSchema)),
  frameworks: k.optional(k.array(FrameworkSchema)),
  riskMatrix: k.optional(RiskMatrixSchema),
  /** Free-form facts about the pack: publisher, licence, notes. */
  metadata: k.optional(k.record(k.string(), Text)),
});
/** A definition as written and as parsed (defaults are read through accessors). */
export type AssessmentDefinition = k.Infer<typeof DefinitionSchema>;
/** What an author writes (identical to the parsed type: the schema fills in nothing). */
export type DefinitionInput = k.Infer<typeof DefinitionSchema>;

export const DEFAULT_TARGET = 0.6;
export const DEFAULT_BANDS: readonly Band[] = [
  { id: 'early', min: 0 },
  { id: 'developing', min: 40 },
  { id: 'advanced', min: 70 },
  { id: 'ready', min: 90 },
];
