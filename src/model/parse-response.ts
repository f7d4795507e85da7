/**
 * Checking a response against its definition, piece by piece, with response-shaped paths
 * (`answers["a6-x"].value`, `risks[2].likelihood`): shapes from the zod schemas, then what only the
 * definition knows (question types, option ids, control ids, matrix axes). One checker serves both
 * callers: `parseResponse` (strict: every problem fails the response) and the session (lenient
 * about one thing on purpose: an N/A answer without its justification is accepted while editing,
 * the questionnaire asks for it inline; submitting needs it, `missingJustifications`). Answers to
 * hidden questions are kept and validated like any other. The strict parse (`parseResponse`,
 * which also checks the AI system inventory) is in ./parse-response-strict.ts, so that pages
 * which only edit a response do not load it.
 */
import type { AssessmentDefinition, Question } from './definition.js';
import { looseObject, z } from './zod.js';
import {
  ResponseSchema,
  AnswerSchema,
  RiskSchema,
  SoaDecisionSchema,
  ReviewSchema,
  type Answer,
  type AssessmentResponse,
  type Risk,
} from './response.js';
import { formatPath, validate, type AimsIssue } from './issues.js';
import { allQuestions, needsJustification, optionsOf } from './accessors.js';
import { defaultRiskScale } from './default-risk-scale.js';
import { MAX_RESPONSE_SIZE, measureJson } from './limits.js';
import { outOfRange } from '../util/number-range.js';

type Path = PropertyKey[];
type Issues = AimsIssue[];

/** Lookups built once per definition. */
export interface DefinitionIndex {
  readonly definition: AssessmentDefinition;
  readonly questions: ReadonlyMap<string, Question>;
  /** Requirement id → kind (`clause` or `control`). */
  readonly kinds: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<AssessmentDefinition, DefinitionIndex>();

export function indexDefinition(definition: AssessmentDefinition): DefinitionIndex {
  const known = indexes.get(definition);
  if (known) return known;
  const index: DefinitionIndex = {
    definition,
    questions: new Map(
      [...allQuestions(definition)].map(({ question }) => [question.id, question]),
    ),
    kinds: new Map(
      (definition.requirements ?? []).map((requirement) => [requirement.id, requirement.kind]),
    ),
  };
  indexes.set(definition, index);
  return index;
}

export const issue = (path: Path, message: string): Issues => [{ path: formatPath(path), message }];

const listIds = (ids: readonly string[]): string =>
  ids
    .slice(0, 8)
    .map((id) => `"${id}"`)
    .join(', ') + (ids.length > 8 ? ', …' : '');

const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/;

/** `YYYY-MM-DD`, optionally with a time, naming a real calendar day. */
function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match || Number.isNaN(Date.parse(value))) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** The chosen option that needs a justification the answer lacks, if any. */
function unjustified(
  index: DefinitionIndex,
  question: Question,
  answer: Answer,
): string | undefined {
  if (answer.justification?.trim()) return;
  const chosen = answer.value;
  const isChosen = (id: string) => (Array.isArray(chosen) ? chosen.includes(id) : chosen === id);
  return optionsOf(index.definition, question).find(
    (option) => needsJustification(option) && isChosen(option.id),
  )?.id;
}

/**
 * Checks answer `answer` of question `id`: its shape, its value against the question, evidence ids
 * unique and, when `strict`, the justification a chosen option needs. An own `value` key holding
 * `undefined` is a missing value.
 */
export function checkAnswer(
  index: DefinitionIndex,
  id: string,
  answer: unknown,
  strict = false,
): Issues {
  const at = ['answers', id];
  const question = index.questions.get(id);
  if (!question) return issue(at, `unknown question "${id}"`);
  const out = validate(AnswerSchema, answer, at);
  if (out.length) return out;
  const checked = answer as Answer;
  const add = (path: Path, message: string) => out.push(...issue([...at, ...path], message));
  if (checked.value !== undefined || 'value' in checked)
    checkValue(index, question, checked.value, add);
  const evidenceIds = (checked.evidence ?? []).map((evidence) => evidence.id);
  if (new Set(evidenceIds).size < evidenceIds.length)
    add(['evidence'], 'lists an evidence id twice');
  const missing = strict && !out.length && unjustified(index, question, checked);
  if (missing) add(['justification'], `choosing "${missing}" needs a justification`);
  return out;
}

/** Checks an answer's value against its question's type, options and bounds. */
function checkValue(
  index: DefinitionIndex,
  question: Question,
  value: Answer['value'],
  add: (path: Path, message: string) => void,
): void {
  const options = optionsOf(index.definition, question);
  const checkOption = (chosen: unknown, path: Path) => {
    if (typeof chosen !== 'string') {
      const got = Array.isArray(chosen) ? 'a list' : typeof chosen;
      add(path, `expected an option id (text), got ${got}`);
    } else if (!options.some((option) => option.id === chosen)) {
      const ids = listIds(options.map((option) => option.id));
      add(path, `"${chosen}" is not an option of question "${question.id}" (${ids})`);
    }
  };
  const type = question.type;
  if (type === 'scale' || type === 'choice') checkOption(value, ['value']);
  else if (type === 'multi') {
    if (!Array.isArray(value)) add(['value'], 'expected a list of option ids');
    else
      value.forEach((chosen, position) => {
        if (value.indexOf(chosen) < position)
          add(['value', position], `"${chosen}" is chosen more than once`);
        else checkOption(chosen, ['value', position]);
      });
  } else if (type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) add(['value'], 'expected a number');
    else {
      const side = outOfRange(value, question);
      if (side === 'below') add(['value'], `must be at least ${question.min}`);
      if (side === 'above') add(['value'], `must be at most ${question.max}`);
    }
  } else if (type === 'date') {
    if (!isIsoDate(value)) add(['value'], 'expected an ISO 8601 date such as "2026-03-31"');
  } else if (typeof value !== 'string') add(['value'], 'expected text');
}

const RISK_AXES = {
  likelihood: 'likelihood',
  impact: 'impact',
  residualLikelihood: 'likelihood',
  residualImpact: 'impact',
} as const;

/** Checks a risk (found at `risks[position]`) against the definition's matrix and controls. */
export function checkRisk(index: DefinitionIndex, risk: unknown, position: number): Issues {
  const at = ['risks', position];
  const out = validate(RiskSchema, risk, at);
  if (out.length) return out;
  const checked = risk as Risk;
  const matrix = index.definition.riskMatrix ?? defaultRiskScale;
  for (const key of Object.keys(RISK_AXES) as (keyof typeof RISK_AXES)[]) {
    const axis = RISK_AXES[key];
    const ids = matrix[axis].map((entry) => entry.id);
    const value = checked[key];
    if (value !== undefined && !ids.includes(value))
      out.push(...issue([...at, key], `unknown ${axis} "${value}" (${listIds(ids)})`));
  }
  checked.controls?.forEach((control, controlIndex) =>
    out.push(...notControl(index, control, [...at, 'controls', controlIndex], '')),
  );
  return out;
}

const notControl = (index: DefinitionIndex, id: string, at: Path, why: string): Issues => {
  const kind = index.kinds.get(id);
  if (kind === 'control') return [];
  return issue(at, kind ? `"${id}" is a clause, not a control${why}` : `unknown control "${id}"`);
};

/** Checks the SoA decision on `id` (a control) or the review of `id` (a question). */
export function checkEntry(
  index: DefinitionIndex,
  key: 'soa' | 'review',
  id: string,
  value: unknown,
): Issues {
  const at = [key, id];
  if (key === 'soa') {
    const refused = notControl(index, id, at, ': clauses cannot be excluded');
    return refused.length ? refused : validate(SoaDecisionSchema, value, at);
  }
  if (!index.questions.has(id)) return issue(at, `unknown question "${id}"`);
  return validate(ReviewSchema, value, at);
}

/** What is checked first: the format and which definition the response answers. */
const TopSchema = looseObject({
  format: ResponseSchema.shape.format,
  definition: ResponseSchema.shape.definition,
});
/** The rest of the shape, each answer, risk, SoA decision and review left to its own check. */
const RestSchema = z.extend(ResponseSchema, {
  answers: z.record(z.string(), z.unknown()),
  risks: z.optional(z.array(z.unknown())),
  soa: z.optional(z.record(z.string(), z.unknown())),
  review: z.optional(z.record(z.string(), z.unknown())),
});

/** The problems of the response as a whole: its format, its definition, the rest of its shape. */
function checkShape(index: DefinitionIndex, input: unknown): Issues {
  const top = validate(TopSchema, input);
  if (top.length) return top;
  const answered = (input as AssessmentResponse).definition.id;
  if (answered !== index.definition.id)
    return issue(
      ['definition', 'id'],
      `this response answers definition "${answered}", not "${index.definition.id}"`,
    );
  return validate(RestSchema, input);
}

/**
 * Checks a whole response, piece by piece. Returns every issue and the response with each invalid
 * piece left out (the session salvages a stored draft this way: what is valid loads, what is not
 * is reported).
 */
export function checkResponse(
  index: DefinitionIndex,
  input: unknown,
  strict = false,
): { issues: Issues; response?: AssessmentResponse } {
  const big = measureJson(input, 'the response', MAX_RESPONSE_SIZE);
  if (big) return { issues: [big] };
  try {
    const issues = checkShape(index, input);
    if (issues.length) return { issues };
    const source = input as AssessmentResponse;
    const out: AssessmentResponse = { ...source, answers: {} };
    /** Records the problems of one piece; true when it has none (and is kept). */
    const keep = (found: Issues) => {
      issues.push(...found);
      return !found.length;
    };
    for (const [id, answer] of Object.entries(source.answers))
      if (keep(checkAnswer(index, id, answer, strict))) out.answers[id] = answer;
    if (source.risks) out.risks = keptRisks(index, source.risks, keep);
    for (const key of ['soa', 'review'] as const) {
      const entries = source[key];
      if (entries)
        out[key] = Object.fromEntries(
          Object.entries(entries).filter(([id, value]) => keep(checkEntry(index, key, id, value))),
        );
    }
    return { issues, response: out };
  } catch (error) {
    const message = `could not be read: ${(error as Error)?.message ?? String(error)}`;
    return { issues: [{ path: '', message }] };
  }
}

/** The risks that pass their checks and whose id is not taken by an earlier one. */
function keptRisks(
  index: DefinitionIndex,
  risks: readonly Risk[],
  keep: (found: Issues) => boolean,
): Risk[] {
  const seen = new Set<string>();
  return risks.filter((risk, position) => {
    const found = checkRisk(index, risk, position);
    if (!found.length && seen.has(risk.id))
      found.push(...issue(['risks', position, 'id'], `duplicate risk id "${risk.id}"`));
    if (!keep(found)) return false;
    seen.add(risk.id);
    return true;
  });
}

/**
 * Answers whose chosen option needs a justification that is missing (blocks submit, not editing).
 */
export function missingJustifications(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
): Issues {
  const index = indexDefinition(definition);
  return Object.entries(response.answers).flatMap(([id, answer]) => {
    const question = index.questions.get(id);
    const missing = question && unjustified(index, question, answer);
    return missing
      ? issue(['answers', id, 'justification'], `choosing "${missing}" needs a justification`)
      : [];
  });
}
