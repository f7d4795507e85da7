/**
 * Checks one piece of a response against its definition, with response-shaped paths
 * (`answers["a6-x"].value`, `risks[2].likelihood`). Shapes come from the model's schemas (schema kit); this adds
 * what only the definition knows (question types, option ids, control ids, matrix axes).
 * The session is lenient about one thing on purpose: an N/A answer without its justification is accepted
 * (the questionnaire asks for it inline right after); submitting needs it (`missingJustifications`).
 */
import * as k from '../model/schema-kit.js';
import type { AssessmentDefinition, Question } from '../model/definition.js';
import { formatPath, type AimsIssue } from '../model/issues.js';
import { MAX_RESPONSE_SIZE, measureJson } from '../model/limits.js';
import { riskMatrixOf } from '../scoring/index.js';
import { needsJustification, optionsOf, allQuestions } from '../model/accessors.js';
import {
  AnswerSchema, EvidenceRefSchema, ResponseSchema, ReviewSchema, RiskSchema, SoaDecisionSchema,
  type Answer, type AnswerValue, type AssessmentResponse, type Risk,
} from '../model/response.js';

/** Lookups built once per definition. */
export interface DefinitionIndex {
  readonly definition: AssessmentDefinition;
  readonly questions: ReadonlyMap<string, Question>;
  readonly controls: ReadonlySet<string>;
}

const indexes = new WeakMap<AssessmentDefinition, DefinitionIndex>();

export function indexDefinition(definition: AssessmentDefinition): DefinitionIndex {
  let ix = indexes.get(definition);
  if (!ix) {
    const questions = new Map<string, Question>();
    for (const { question } of allQuestions(definition)) questions.set(question.id, question);
    const controls = new Set((definition.requirements ?? []).filter((r) => r.kind === 'control').map((r) => r.id));
    indexes.set(definition, (ix = { definition, questions, controls }));
  }
  return ix;
}

const shape = (schema: k.Schema, value: unknown, path: PropertyKey[]): AimsIssue[] => k.validate(schema, value, path);
const Top = k.object({ format: ResponseSchema.p.format, definition: ResponseSchema.p.definition }, true);
const Rest = k.object({
  ...ResponseSchema.p,
  answers: k.record(k.string(), k.any()),
  risks: k.optional(k.array(k.any())),
  soa: k.optional(k.record(k.string(), k.any())),
  review: k.optional(k.record(k.string(), k.any())),
});

/** Does `value` fit question `q`? Returns the problems (empty when it does). */
export function checkValue(ix: DefinitionIndex, q: Question, value: AnswerValue, path: PropertyKey[]): AimsIssue[] {
  const at = formatPath(path);
  const bad = (message: string): AimsIssue[] => [{ path: at, message }];
  const ids = optionsOf(ix.definition, q).map((o) => o.id);
  const known = (v: string) => ids.includes(v);
  switch (q.type) {
    case 'scale':
    case 'choice':
      if (typeof value !== 'string') return bad(`expected one option id of "${q.id}"`);
      return known(value) ? [] : bad(`unknown option "${value}" (expected ${ids.map((i) => `"${i}"`).join(', ')})`);
    case 'multi': {
      if (!Array.isArray(value)) return bad('expected a list of option ids');
      const unknown = value.filter((v) => !known(v));
      if (unknown.length) return bad(`unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}`);
      return new Set(value).size === value.length ? [] : bad('lists an option twice');
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad('expected a number');
      if (q.min !== undefined && value < q.min) return bad(`must be at least ${q.min}`);
      return q.max !== undefined && value > q.max ? bad(`must be at most ${q.max}`) : [];
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value))
        ? [] : bad('expected an ISO 8601 date (YYYY-MM-DD)');
    default:
      return typeof value === 'string' ? [] : bad('expected text');
  }
}

/** Checks one stored answer of question `id` (shape, question, value, evidence ids unique). */
export function checkAnswer(ix: DefinitionIndex, id: string, answer: unknown): AimsIssue[] {
  const path: PropertyKey[] = ['answers', id];
  const q = ix.questions.get(id);
  if (!q) return [{ path: formatPath(path), message: `unknown question "${id}"` }];
  const issues = shape(AnswerSchema, answer, path);
  if (issues.length) return issues;
  const a = answer as Answer;
  if (a.value !== undefined) issues.push(...checkValue(ix, q, a.value, [...path, 'value']));
  const evIds = (a.evidence ?? []).map((e) => e.id);
  if (new Set(evIds).size !== evIds.length) issues.push({ path: formatPath([...path, 'evidence']), message: 'lists an evidence id twice' });
  return issues;
}

/** Checks a risk against the definition's matrix and controls. */
export function checkRisk(ix: DefinitionIndex, risk: unknown, path: PropertyKey[]): AimsIssue[] {
  const issues = shape(RiskSchema, risk, path);
  if (issues.length) return issues;
  const r = risk as Risk;
  const m = riskMatrixOf(ix.definition);
  {
    const axis = (key: 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact', ids: readonly { id: string }[]) => {
      const v = r[key];
      if (v !== undefined && !ids.some((e) => e.id === v)) issues.push({ path: formatPath([...path, key]), message: `unknown ${key.replace('residualL', 'l').replace('residualI', 'i')} "${v}"` });
    };
    axis('likelihood', m.likelihood);
    axis('impact', m.impact);
    axis('residualLikelihood', m.likelihood);
    axis('residualImpact', m.impact);
  }
  (r.controls ?? []).forEach((c, i) => {
    if (!ix.controls.has(c)) issues.push({ path: formatPath([...path, 'controls', i]), message: `unknown control "${c}"` });
  });
  return issues;
}

export function checkSoa(ix: DefinitionIndex, control: string, decision: unknown): AimsIssue[] {
  const path = ['soa', control];
  if (!ix.controls.has(control)) return [{ path: formatPath(path), message: `unknown control "${control}"` }];
  return shape(SoaDecisionSchema, decision, path);
}

export function checkReview(ix: DefinitionIndex, question: string, review: unknown): AimsIssue[] {
  const path = ['review', question];
  if (!ix.questions.has(question)) return [{ path: formatPath(path), message: `unknown question "${question}"` }];
  return shape(ReviewSchema, review, path);
}

export { shape as checkShape, EvidenceRefSchema };

/**
 * Checks a whole response, piece by piece. Returns the issues and the response with every invalid piece
 * left out (used to salvage a stored draft: what is valid loads, what is not is reported).
 */
export function checkResponse(ix: DefinitionIndex, input: unknown): { issues: AimsIssue[]; response?: AssessmentResponse } {
  const issues: AimsIssue[] = [];
  const big = measureJson(input, 'the response', MAX_RESPONSE_SIZE);
  if (big) return { issues: [big] };
  const top = shape(Top, input, []);
  if (top.length) return { issues: top };
  const src = input as Record<string, unknown>;
  const def = src.definition as { id: string };
  if (def.id !== ix.definition.id) return { issues: [{ path: 'definition.id', message: `answers definition "${def.id}", not "${ix.definition.id}"` }] };
  const rest = shape(Rest, input, []);
  if (rest.length) return { issues: rest };
  const out: AssessmentResponse = { ...(src as AssessmentResponse), answers: {} };
  for (const [id, a] of Object.entries(src.answers as Record<string, unknown>)) {
    const found = checkAnswer(ix, id, a);
    if (found.length) issues.push(...found);
    else out.answers[id] = a as Answer;
  }
  if (src.risks) {
    const seen = new Set<string>();
    out.risks = [];
    (src.risks as unknown[]).forEach((r, i) => {
      const found = checkRisk(ix, r, ['risks', i]);
      if (!found.length && seen.has((r as Risk).id)) found.push({ path: formatPath(['risks', i, 'id']), message: `duplicate risk id "${(r as Risk).id}"` });
      if (found.length) issues.push(...found);
      else out.risks!.push(r as Risk), seen.add((r as Risk).id);
    });
  }
  for (const key of ['soa', 'review'] as const) {
    const rec = src[key] as Record<string, unknown> | undefined;
    if (!rec) continue;
    const kept: Record<string, never> = {};
    for (const [id, v] of Object.entries(rec)) {
      const found = key === 'soa' ? checkSoa(ix, id, v) : checkReview(ix, id, v);
      if (found.length) issues.push(...found);
      else kept[id] = v as never;
    }
    out[key] = kept;
  }
  return { issues, response: out };
}

/** Answers whose chosen option needs a justification that is missing (blocks submit, not editing). */
export function missingJustifications(definition: AssessmentDefinition, response: AssessmentResponse): AimsIssue[] {
  const ix = indexDefinition(definition);
  const out: AimsIssue[] = [];
  for (const [id, a] of Object.entries(response.answers)) {
    const q = ix.questions.get(id);
    if (!q || typeof a.value !== 'string') continue;
    const opt = optionsOf(definition, q).find((o) => o.id === a.value);
    if (needsJustification(opt) && !a.justification?.trim()) out.push({ path: formatPath(['answers', id, 'justification']), message: 'a justification is required for this answer' });
  }
  return out;
}
