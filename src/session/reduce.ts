/**
 * The pure heart of the session: `reduce(index, response, action, now)` returns the next response or the
 * issues that refuse the action. It never mutates its input.
 */
import { formatPath, type AimsIssue } from '../model/issues.js';
import { emptyResponse, EvidenceRefSchema, ResponseSchema, type Answer, type AssessmentResponse, type Risk } from '../model/response.js';
import type { SessionAction } from './types.js';
import { checkAnswer, checkResponse, checkReview, checkRisk, checkShape, checkSoa, checkValue, type DefinitionIndex } from './validate.js';
import { string } from '../model/schema-kit.js';

export type ReduceResult = { response: AssessmentResponse; issues?: undefined } | { issues: AimsIssue[]; response?: undefined };

/** Actions after which the scorecard (and visibility) must be recomputed. */
export const SCORED_ACTIONS: ReadonlySet<string> = new Set(['answer', 'clear', 'risk-add', 'risk-update', 'risk-remove', 'soa', 'reset', 'replace']);
/** Actions that can change which questions are visible. */
export const VISIBILITY_ACTIONS: ReadonlySet<string> = new Set(['answer', 'clear', 'reset', 'replace']);

const fail = (path: PropertyKey[], message: string): ReduceResult => ({ issues: [{ path: formatPath(path), message }] });
const Str = string();

export function reduce(ix: DefinitionIndex, cur: AssessmentResponse, action: SessionAction, now: string): ReduceResult {
  const next = (patch: Partial<AssessmentResponse>): ReduceResult => ({ response: { ...cur, ...patch, updatedAt: now } });
  const withAnswer = (id: string, a: Answer | undefined): ReduceResult => {
    const answers = { ...cur.answers };
    if (a) answers[id] = { ...a, updatedAt: now };
    else delete answers[id];
    return next({ answers });
  };
  const stringAt = (v: unknown, path: PropertyKey[]) => checkShape(Str, v, path);

  switch (action.type) {
    case 'answer':
    case 'clear':
    case 'justify':
    case 'comment':
    case 'evidence-add':
    case 'evidence-remove': {
      const id = action.question;
      const path: PropertyKey[] = ['answers', id];
      const q = ix.questions.get(id);
      if (!q) return fail(path, `unknown question "${id}"`);
      const prev: Answer = cur.answers[id] ?? {};
      switch (action.type) {
        case 'answer': {
          const issues = [...checkValue(ix, q, action.value, [...path, 'value']),
            ...(action.justification === undefined ? [] : stringAt(action.justification, [...path, 'justification']))];
          if (issues.length) return { issues };
          const a: Answer = { ...prev, value: action.value };
          if (action.justification !== undefined) a.justification = action.justification;
          return withAnswer(id, a);
        }
        case 'clear': {
          if (prev.value === undefined && prev.justification === undefined) return { response: cur };
          const { value: _v, justification: _j, updatedAt: _u, ...rest } = prev;
          return withAnswer(id, Object.keys(rest).length ? rest : undefined);
        }
        case 'justify': {
          const issues = stringAt(action.justification, [...path, 'justification']);
          return issues.length ? { issues } : withAnswer(id, { ...prev, justification: action.justification });
        }
        case 'comment': {
          if (q.comments === false) return fail(path, `question "${id}" takes no comment`);
          const issues = stringAt(action.comment, [...path, 'comment']);
          if (issues.length) return { issues };
          const { comment: _c, ...rest } = prev;
          return withAnswer(id, action.comment ? { ...rest, comment: action.comment } : rest);
        }
        case 'evidence-add': {
          const list = prev.evidence ?? [];
          const at = [...path, 'evidence', list.length];
          if (q.attachments === false) return fail(path, `question "${id}" takes no evidence files`);
          const issues = checkShape(EvidenceRefSchema, action.evidence, at);
          if (issues.length) return { issues };
          if (list.some((e) => e.id === action.evidence.id)) return fail([...at, 'id'], `evidence "${action.evidence.id}" is already attached`);
          return withAnswer(id, { ...prev, evidence: [...list, action.evidence] });
        }
        default: {
          const list = prev.evidence ?? [];
          if (!list.some((e) => e.id === action.evidence)) return fail([...path, 'evidence'], `no evidence "${action.evidence}" on this answer`);
          const { evidence: _e, ...rest } = prev;
          const left = list.filter((e) => e.id !== action.evidence);
          return withAnswer(id, left.length ? { ...rest, evidence: left } : rest);
        }
      }
    }
    case 'risk-add':
    case 'risk-update': {
      const risks = cur.risks ?? [];
      const at = risks.findIndex((r) => r.id === action.risk?.id);
      const index = action.type === 'risk-add' ? risks.length : at;
      if (action.type === 'risk-add' && at >= 0) return fail(['risks', index, 'id'], `a risk "${action.risk.id}" already exists`);
      if (index < 0) return fail(['risks'], `no risk "${action.risk?.id}"`);
      const issues = checkRisk(ix, action.risk, ['risks', index]);
      if (issues.length) return { issues };
      const list = [...risks];
      list[index] = { ...action.risk, updatedAt: now } as Risk;
      return next({ risks: list });
    }
    case 'risk-remove': {
      const risks = cur.risks ?? [];
      if (!risks.some((r) => r.id === action.id)) return fail(['risks'], `no risk "${action.id}"`);
      return next({ risks: risks.filter((r) => r.id !== action.id) });
    }
    case 'soa':
    case 'review': {
      const key = action.type;
      const id = action.type === 'soa' ? action.control : action.question;
      const value = action.type === 'soa' ? action.decision : action.review;
      const issues = key === 'soa' ? checkSoa(ix, id, value ?? {}) : checkReview(ix, id, value ?? { state: 'accepted' });
      if (issues.length) return { issues };
      const rec: Record<string, unknown> = { ...cur[key] };
      if (value) rec[id] = { ...value, updatedAt: now };
      else if (!(id in rec)) return { response: cur };
      else delete rec[id];
      return next({ [key]: rec });
    }
    case 'meta': {
      const issues = checkShape(ResponseSchema.p.meta, action.meta, ['meta']);
      return issues.length ? { issues } : next({ meta: action.meta });
    }
    case 'reset':
      return { response: { ...emptyResponse(ix.definition), updatedAt: now } };
    case 'replace': {
      const r = checkResponse(ix, action.response);
      return r.issues.length || !r.response ? { issues: r.issues } : { response: { ...r.response, updatedAt: now } };
    }
    default:
      return fail([], `unknown action "${(action as { type?: unknown }).type}"`);
  }
}

/** Like `checkAnswer`, re-exported for callers validating answers outside a session. */
export { checkAnswer };
