/**
 * Parsing a response at the border: its shape (ResponseSchema), then against its definition:
 * questions, values by type, justifications, risks, SoA decisions and reviews. Answers to hidden
 * questions are kept and validated like any other (they return when the question shows again).
 */
import type { AssessmentDefinition, Question, RiskMatrix } from './definition.js';
import { ResponseSchema, type Answer, type AssessmentResponse } from './response.js';
import { ResponseError, formatPath, type AimsIssue } from './issues.js';
import { validate } from './schema-kit.js';
import { needsJustification, optionsOf } from './accessors.js';
import type { SafeParseResult } from './parse.js';
import { defaultRiskMatrix } from '../content/risk-matrix.js';
import { MAX_RESPONSE_SIZE, measureJson } from './limits.js';

type Add = (path: readonly PropertyKey[], message: string) => void;

const listIds = (ids: readonly string[]): string => {
  const shown = ids.slice(0, 8).map((id) => `"${id}"`).join(', ');
  return ids.length > 8 ? `${shown}, …` : shown;
};

/** `YYYY-MM-DD`, optionally with a time, naming a real calendar day. */
function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m || Number.isNaN(Date.parse(s))) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Checks one answer's value and justification against its question. */
function checkAnswer(def: AssessmentDefinition, q: Question, a: Answer, at: readonly PropertyKey[], add: Add): void {
  const v = a.value;
  if (v === undefined) return;
  const vAt = [...at, 'value'];
  const options = optionsOf(def, q);
  const ids = options.map((o) => o.id);
  const chosen: string[] = [];
  const option = (id: unknown, path: readonly PropertyKey[]) => {
    if (typeof id !== 'string') add(path, `expected an option id (text), got ${Array.isArray(id) ? 'a list' : typeof id}`);
    else if (!ids.includes(id)) add(path, `"${id}" is not an option of question "${q.id}" (${listIds(ids)})`);
    else chosen.push(id);
  };
  switch (q.type) {
    case 'scale':
    case 'choice':
      option(v, vAt);
      break;
    case 'multi':
      if (!Array.isArray(v)) {
        add(vAt, 'expected a list of option ids');
        break;
      }
      v.forEach((id, i) => {
        if (v.indexOf(id) !== i) add([...vAt, i], `"${id}" is chosen more than once`);
        else option(id, [...vAt, i]);
      });
      break;
    case 'text':
      if (typeof v !== 'string') add(vAt, 'expected text');
      break;
    case 'date':
      if (typeof v !== 'string' || !isIsoDate(v)) add(vAt, 'expected an ISO 8601 date such as "2026-03-31"');
      break;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) add(vAt, 'expected a number');
      else if (q.min !== undefined && v < q.min) add(vAt, `must be at least ${q.min}`);
      else if (q.max !== undefined && v > q.max) add(vAt, `must be at most ${q.max}`);
      break;
  }
  const needing = chosen.find((id) => needsJustification(options.find((o) => o.id === id)));
  if (needing !== undefined && !(a.justification ?? '').trim()) {
    add([...at, 'justification'], `choosing "${needing}" needs a justification`);
  }
}

function checkRisks(def: AssessmentDefinition, r: AssessmentResponse, add: Add): void {
  const m: RiskMatrix = def.riskMatrix ?? defaultRiskMatrix;
  const controls = new Map((def.requirements ?? []).map((req) => [req.id, req.kind] as const));
  const seen = new Set<string>();
  r.risks?.forEach((risk, i) => {
    if (seen.has(risk.id)) add(['risks', i, 'id'], `duplicate risk id "${risk.id}"`);
    seen.add(risk.id);
    for (const key of ['likelihood', 'residualLikelihood', 'impact', 'residualImpact'] as const) {
      const id = risk[key];
      const axis = key.endsWith('ikelihood') ? m.likelihood : m.impact;
      if (id !== undefined && !axis.some((e) => e.id === id)) {
        add(['risks', i, key], `unknown ${key.endsWith('ikelihood') ? 'likelihood' : 'impact'} "${id}" (${listIds(axis.map((e) => e.id))})`);
      }
    }
    risk.controls?.forEach((c, j) => {
      const kind = controls.get(c);
      if (kind !== 'control') add(['risks', i, 'controls', j], kind ? `"${c}" is a clause, not a control` : `unknown control "${c}"`);
    });
  });
  for (const c of Object.keys(r.soa ?? {})) {
    const kind = controls.get(c);
    if (kind !== 'control') add(['soa', c], kind ? `"${c}" is a clause, not a control: clauses cannot be excluded` : `unknown control "${c}"`);
  }
}

/** Validates a response (JSON value) against its definition; never throws. */
export function safeParseResponse(json: unknown, definition: AssessmentDefinition): SafeParseResult<AssessmentResponse> {
  const big = measureJson(json, 'the response', MAX_RESPONSE_SIZE);
  if (big) return { success: false, issues: [big] };
  let issues: AimsIssue[];
  try {
    issues = validate(ResponseSchema, json);
  } catch (e) {
    return { success: false, issues: [{ path: '', message: `could not be read: ${(e as Error)?.message ?? String(e)}` }] };
  }
  if (issues.length) return { success: false, issues };
  const r = json as AssessmentResponse;
  const add: Add = (path, message) => issues.push({ path: formatPath(path), message });
  if (r.definition.id !== definition.id) add(['definition', 'id'], `this response answers definition "${r.definition.id}", not "${definition.id}"`);
  const questions = new Map(definition.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  for (const [id, answer] of Object.entries(r.answers)) {
    const q = questions.get(id);
    if (!q) add(['answers', id], `unknown question "${id}"`);
    else checkAnswer(definition, q, answer, ['answers', id], add);
  }
  checkRisks(definition, r, add);
  for (const id of Object.keys(r.review ?? {})) {
    if (!questions.has(id)) add(['review', id], `unknown question "${id}"`);
  }
  return issues.length ? { success: false, issues } : { success: true, data: r };
}

/** Validates a response against its definition; throws a `ResponseError` listing every problem by path. */
export function parseResponse(json: unknown, definition: AssessmentDefinition): AssessmentResponse {
  const r = safeParseResponse(json, definition);
  if (!r.success) throw new ResponseError(r.issues);
  return r.data;
}
