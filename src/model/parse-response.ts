/**
 * Checking a response against its definition, piece by piece, with response-shaped paths
 * (`answers["a6-x"].value`, `risks[2].likelihood`): shapes from the zod schemas, then what only the
 * definition knows (question types, option ids, control ids, matrix axes). One checker serves both
 * callers: `parseResponse` (strict: every problem fails the response) and the session (lenient
 * about one thing on purpose: an N/A answer without its justification is accepted while editing,
 * the questionnaire asks for it inline; submitting needs it, `missingJustifications`). Answers to
 * hidden questions are kept and validated like any other.
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
import { ResponseError, formatPath, validate, type AimsIssue } from './issues.js';
import { allQuestions, needsJustification, optionsOf } from './accessors.js';
import type { SafeParseResult } from './parse.js';
import { defaultRiskMatrix } from './default-risk-matrix.js';
import { MAX_RESPONSE_SIZE, measureJson } from './limits.js';

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
  let ix = indexes.get(definition);
  if (!ix) {
    indexes.set(
      definition,
      (ix = {
        definition,
        questions: new Map(
          [...allQuestions(definition)].map(({ question }) => [question.id, question]),
        ),
        kinds: new Map((definition.requirements ?? []).map((r) => [r.id, r.kind])),
      }),
    );
  }
  return ix;
}

export const issue = (path: Path, message: string): Issues => [{ path: formatPath(path), message }];

const listIds = (ids: readonly string[]): string =>
  ids
    .slice(0, 8)
    .map((id) => `"${id}"`)
    .join(', ') + (ids.length > 8 ? ', …' : '');

/** `YYYY-MM-DD`, optionally with a time, naming a real calendar day. */
function isIsoDate(s: unknown): boolean {
  const m =
    typeof s === 'string' &&
    /^(\d{4})-(\d\d)-(\d\d)(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/.exec(s);
  return (
    !!m &&
    !Number.isNaN(Date.parse(s as string)) &&
    new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).getUTCDate() === +m[3]!
  );
}

/** The chosen option that needs a justification the answer lacks, if any. */
function unjustified(ix: DefinitionIndex, q: Question, a: Answer): string | undefined {
  if (a.justification?.trim()) return;
  const v = a.value;
  return optionsOf(ix.definition, q).find(
    (o) => needsJustification(o) && (Array.isArray(v) ? v.includes(o.id) : v === o.id),
  )?.id;
}

/**
 * Checks answer `answer` of question `id`: its shape, its value against the question, evidence ids
 * unique and, when `strict`, the justification a chosen option needs. An own `value` key holding
 * `undefined` is a missing value.
 */
export function checkAnswer(
  ix: DefinitionIndex,
  id: string,
  answer: unknown,
  strict = false,
): Issues {
  const at = ['answers', id];
  const q = ix.questions.get(id);
  if (!q) return issue(at, `unknown question "${id}"`);
  const out = validate(AnswerSchema, answer, at);
  if (out.length) return out;
  const a = answer as Answer;
  const v = a.value;
  const add = (path: Path, message: string) => out.push(...issue([...at, ...path], message));
  const opts = optionsOf(ix.definition, q);
  const option = (x: unknown, path: Path) => {
    if (typeof x !== 'string')
      add(path, `expected an option id (text), got ${Array.isArray(x) ? 'a list' : typeof x}`);
    else if (!opts.some((o) => o.id === x))
      add(path, `"${x}" is not an option of question "${id}" (${listIds(opts.map((o) => o.id))})`);
  };
  if (v !== undefined || 'value' in a) {
    const t = q.type;
    if (t === 'scale' || t === 'choice') option(v, ['value']);
    else if (t === 'multi') {
      if (!Array.isArray(v)) add(['value'], 'expected a list of option ids');
      else
        v.forEach((x, i) =>
          v.indexOf(x) < i
            ? add(['value', i], `"${x}" is chosen more than once`)
            : option(x, ['value', i]),
        );
    } else if (t === 'number') {
      if (typeof v !== 'number' || !Number.isFinite(v)) add(['value'], 'expected a number');
      else if (v < (q.min ?? v)) add(['value'], `must be at least ${q.min}`);
      else if (v > (q.max ?? v)) add(['value'], `must be at most ${q.max}`);
    } else if (t === 'date' ? !isIsoDate(v) : typeof v !== 'string') {
      add(
        ['value'],
        t === 'date' ? 'expected an ISO 8601 date such as "2026-03-31"' : 'expected text',
      );
    }
  }
  const evIds = (a.evidence ?? []).map((e) => e.id);
  if (new Set(evIds).size < evIds.length) add(['evidence'], 'lists an evidence id twice');
  const why = strict && !out.length && unjustified(ix, q, a);
  if (why) add(['justification'], `choosing "${why}" needs a justification`);
  return out;
}

/** Checks a risk (found at `risks[i]`) against the definition's matrix and controls. */
export function checkRisk(ix: DefinitionIndex, risk: unknown, i: number): Issues {
  const at = ['risks', i];
  const out = validate(RiskSchema, risk, at);
  if (out.length) return out;
  const r = risk as Risk;
  const m = ix.definition.riskMatrix ?? defaultRiskMatrix;
  for (const key of ['likelihood', 'impact', 'residualLikelihood', 'residualImpact'] as const) {
    const axis = /ikelihood/.test(key) ? 'likelihood' : 'impact';
    const ids = m[axis].map((e) => e.id);
    const v = r[key];
    if (v !== undefined && !ids.includes(v))
      out.push(...issue([...at, key], `unknown ${axis} "${v}" (${listIds(ids)})`));
  }
  r.controls?.forEach((c, j) => out.push(...notControl(ix, c, [...at, 'controls', j], '')));
  return out;
}

const notControl = (ix: DefinitionIndex, c: string, at: Path, why: string): Issues => {
  const kind = ix.kinds.get(c);
  return kind === 'control'
    ? []
    : issue(at, kind ? `"${c}" is a clause, not a control${why}` : `unknown control "${c}"`);
};

/** Checks the SoA decision on `id` (a control) or the review of `id` (a question). */
export function checkEntry(
  ix: DefinitionIndex,
  key: 'soa' | 'review',
  id: string,
  value: unknown,
): Issues {
  const at = [key, id];
  const bad =
    key === 'soa'
      ? notControl(ix, id, at, ': clauses cannot be excluded')
      : ix.questions.has(id)
        ? []
        : issue(at, `unknown question "${id}"`);
  return bad.length ? bad : validate(key === 'soa' ? SoaDecisionSchema : ReviewSchema, value, at);
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

/**
 * Checks a whole response, piece by piece. Returns every issue and the response with each invalid
 * piece left out (the session salvages a stored draft this way: what is valid loads, what is not is
 * reported).
 */
export function checkResponse(
  ix: DefinitionIndex,
  input: unknown,
  strict = false,
): { issues: Issues; response?: AssessmentResponse } {
  const big = measureJson(input, 'the response', MAX_RESPONSE_SIZE);
  if (big) return { issues: [big] };
  try {
    let issues = validate(TopSchema, input);
    const src = input as AssessmentResponse;
    if (!issues.length && src.definition.id !== ix.definition.id) {
      issues = issue(
        ['definition', 'id'],
        `this response answers definition "${src.definition.id}", not "${ix.definition.id}"`,
      );
    }
    if (issues.length || (issues = validate(RestSchema, input)).length) return { issues };
    const out: AssessmentResponse = { ...src, answers: {} };
    const keep = (found: Issues) => (issues.push(...found), !found.length);
    for (const [id, a] of Object.entries(src.answers))
      if (keep(checkAnswer(ix, id, a, strict))) out.answers[id] = a;
    if (src.risks) {
      const seen = new Set<string>();
      out.risks = src.risks.filter((r, i) => {
        const found = checkRisk(ix, r, i);
        if (!found.length && seen.has(r.id))
          found.push(...issue(['risks', i, 'id'], `duplicate risk id "${r.id}"`));
        return keep(found) && seen.add(r.id);
      });
    }
    for (const key of ['soa', 'review'] as const) {
      const rec = src[key];
      if (rec)
        out[key] = Object.fromEntries(
          Object.entries(rec).filter(([id, v]) => keep(checkEntry(ix, key, id, v))),
        );
    }
    return { issues, response: out };
  } catch (e) {
    return {
      issues: [{ path: '', message: `could not be read: ${(e as Error)?.message ?? String(e)}` }],
    };
  }
}

/** Validates a response (JSON value) against its definition; never throws. */
export function safeParseResponse(
  json: unknown,
  definition: AssessmentDefinition,
): SafeParseResult<AssessmentResponse> {
  const { issues } = checkResponse(indexDefinition(definition), json, true);
  return issues.length
    ? { success: false, issues }
    : { success: true, data: json as AssessmentResponse };
}

/**
 * Validates a response against its definition; throws a `ResponseError` listing every problem by
 * path.
 */
export function parseResponse(json: unknown, definition: AssessmentDefinition): AssessmentResponse {
  const r = safeParseResponse(json, definition);
  if (!r.success) throw new ResponseError(r.issues);
  return r.data;
}

/**
 * Answers whose chosen option needs a justification that is missing (blocks submit, not editing).
 */
export function missingJustifications(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
): Issues {
  const ix = indexDefinition(definition);
  return Object.entries(response.answers).flatMap(([id, a]) => {
    const q = ix.questions.get(id);
    const why = q && unjustified(ix, q, a);
    return why
      ? issue(['answers', id, 'justification'], `choosing "${why}" needs a justification`)
      : [];
  });
}
