/**
 * The pure heart of the session: `reduce(index, response, action, now)` returns the next response or the
 * issues that refuse the action. It never mutates its input. Every changed piece is checked by the model's
 * response checker (src/model/parse-response.ts), leniently: a missing justification does not refuse an edit.
 */
import { describe, validate, type AimsIssue } from '../model/issues.js';
import {
  emptyResponse,
  ResponseSchema,
  type Answer,
  type AssessmentResponse,
} from '../model/response.js';
import {
  checkAnswer,
  checkEntry,
  checkResponse,
  checkRisk,
  issue,
  type DefinitionIndex,
} from '../model/parse-response.js';
import type { SessionAction } from './types.js';

export type ReduceResult =
  | { response: AssessmentResponse; issues?: undefined }
  | { issues: AimsIssue[]; response?: undefined };

export function reduce(
  ix: DefinitionIndex,
  cur: AssessmentResponse,
  action: SessionAction,
  now: string,
): ReduceResult {
  const next = (patch: Partial<AssessmentResponse>): ReduceResult => ({
    response: { ...cur, ...patch, updatedAt: now },
  });
  const fail = (path: PropertyKey[], message: string): ReduceResult => ({
    issues: issue(path, message),
  });
  const checked = (issues: AimsIssue[], ok: () => ReduceResult): ReduceResult =>
    issues.length ? { issues } : ok();
  const a = (action ?? {}) as Record<string, any>;
  const t: SessionAction['type'] = a.type;
  const refuse = () => fail([], `unknown action type: ${describe(t)}`);
  const risks = cur.risks ?? [];
  for (const f of ['question', 'control', 'id'])
    if (Object.hasOwn(a, f) && typeof a[f] !== 'string')
      return fail([f], `expected text, got ${describe(a[f])}`);

  if (Object.hasOwn(a, 'question') && t !== 'review') {
    const id: string = a.question;
    const q = ix.questions.get(id);
    const path = ['answers', id];
    const prev: Answer = cur.answers[id] ?? {};
    const list = prev.evidence ?? [];
    const { value: _v, justification: _j, updatedAt: _u, ...rest } = prev;
    // The answer after the action (`null`: removed), checked as a whole before it is taken.
    let answer: Answer = { ...prev };
    if (!q) return fail(path, `unknown question "${id}"`);
    if (t === 'answer') {
      answer.value = a.value;
      if (a.justification !== undefined) answer.justification = a.justification;
    } else if (t === 'clear') {
      if (prev.value === undefined && prev.justification === undefined) return { response: cur };
      answer = rest;
    } else if (t === 'justify') answer.justification = a.justification ?? null;
    else if (t === 'comment') {
      if (q.comments === false) return fail(path, `question "${id}" takes no comment`);
      answer.comment = a.comment ?? null;
    } else if (t === 'evidence-add') {
      if (q.attachments === false) return fail(path, `question "${id}" takes no evidence files`);
      if (list.some((e) => e.id === a.evidence?.id))
        return fail(
          [...path, 'evidence', list.length, 'id'],
          `evidence "${a.evidence.id}" is already attached`,
        );
      answer.evidence = [...list, a.evidence];
    } else if (t === 'evidence-remove') {
      if (!list.some((e) => e.id === a.evidence))
        return fail(
          [...path, 'evidence'],
          `no such evidence on this answer: ${describe(a.evidence)}`,
        );
      answer.evidence = list.filter((e) => e.id !== a.evidence);
    } else return refuse();
    return checked(checkAnswer(ix, id, answer), () => {
      if (!answer.comment) delete answer.comment;
      if (!answer.evidence?.length) delete answer.evidence;
      const answers = { ...cur.answers, [id]: { ...answer, updatedAt: now } };
      if (!Object.keys(answer).length) delete answers[id];
      return next({ answers });
    });
  }
  switch (t) {
    case 'risk-add':
    case 'risk-update': {
      const at = risks.findIndex((r) => r.id === a.risk?.id);
      const index = t === 'risk-add' ? risks.length : at;
      if (t === 'risk-add' && at >= 0)
        return fail(['risks', index, 'id'], `a risk "${a.risk.id}" already exists`);
      if (index < 0) return fail(['risks'], `no such risk: ${describe(a.risk?.id)}`);
      return checked(checkRisk(ix, a.risk, index), () => {
        const list = [...risks];
        list[index] = { ...a.risk, updatedAt: now };
        return next({ risks: list });
      });
    }
    case 'risk-remove':
      return risks.some((r) => r.id === a.id)
        ? next({ risks: risks.filter((r) => r.id !== a.id) })
        : fail(['risks'], `no risk "${a.id}"`);
    case 'soa':
    case 'review': {
      const id = a.control ?? a.question;
      const value = a.decision ?? a.review;
      return checked(
        checkEntry(ix, t, id, value ?? (t === 'soa' ? {} : { state: 'accepted' })),
        () => {
          const rec: Record<string, unknown> = { ...cur[t] };
          if (value) rec[id] = { ...value, updatedAt: now };
          else if (!Object.hasOwn(rec, id)) return { response: cur };
          else delete rec[id];
          return next({ [t]: rec });
        },
      );
    }
    case 'meta':
      return checked(validate(ResponseSchema.shape.meta, a.meta, ['meta']), () =>
        next({ meta: a.meta }),
      );
    case 'reset':
      return { response: { ...emptyResponse(ix.definition), updatedAt: now } };
    case 'replace': {
      const r = checkResponse(ix, a.response);
      return checked(r.issues, () => ({ response: { ...r.response!, updatedAt: now } }));
    }
    default:
      return refuse();
  }
}
