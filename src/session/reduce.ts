/**
 * The pure heart of the session: `reduce(index, response, action, now)` returns the next response
 * or the issues that refuse the action. It never mutates its input. Every changed piece is checked
 * by the model's response checker (src/model/parse-response.ts), leniently: a missing justification
 * of an answer does not refuse an edit. An SoA exclusion without a justification is refused.
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
import type { Question } from '../model/definition.js';
import { EXCLUSION_NEEDS_JUSTIFICATION, exclusionNeedsJustification } from '../scoring/soa.js';

export type ReduceResult =
  | { response: AssessmentResponse; issues?: undefined }
  | { issues: AimsIssue[]; response?: undefined };

/** An action as it may arrive from a caller: any fields, of any type, until checked. */
type UncheckedAction = Readonly<Record<string, unknown>>;

/** Fields that name something by id, and so must be text. */
const ID_FIELDS = ['question', 'control', 'id'] as const;

const refusal = (path: PropertyKey[], message: string): ReduceResult => ({
  issues: issue(path, message),
});
const unknownType = (type: unknown): ReduceResult =>
  refusal([], `unknown action type: ${describe(type)}`);
/** The checker's issues, or the result of `accept` when there are none. */
const unlessIssues = (issues: AimsIssue[], accept: () => ReduceResult): ReduceResult =>
  issues.length ? { issues } : accept();

/** An answer after an action, or the action's refusal. */
type AnswerChange = { readonly answer: Answer } | { readonly refused: ReduceResult };

/**
 * The answer to `question` after `action` (an action on one question's answer), or the refusal.
 * Each case changes a copy of the previous answer; `reduceAnswer` checks the result as a whole.
 */
function changedAnswer(
  question: Question,
  previous: Answer,
  action: SessionAction,
  fields: UncheckedAction,
): AnswerChange {
  const refuse = (path: PropertyKey[], message: string) => ({ refused: refusal(path, message) });
  const id = question.id;
  const path = ['answers', id];
  const evidence = previous.evidence ?? [];
  switch (action.type) {
    case 'answer': {
      const answer: Answer = { ...previous, value: action.value };
      if (action.justification !== undefined) answer.justification = action.justification;
      return { answer };
    }
    case 'clear': {
      if (previous.value === undefined && previous.justification === undefined)
        return { answer: previous };
      const { value: _value, justification: _justification, updatedAt: _stamp, ...rest } = previous;
      return { answer: rest };
    }
    case 'justify':
      // `null` (no justification given) is refused by the checker, as any value not text.
      return { answer: { ...previous, justification: fields.justification ?? null } as Answer };
    case 'comment':
      if (question.comments === false) return refuse(path, `question "${id}" takes no comment`);
      return { answer: { ...previous, comment: fields.comment ?? null } as Answer };
    case 'evidence-add':
      if (question.attachments === false)
        return refuse(path, `question "${id}" takes no evidence files`);
      if (evidence.some((file) => file.id === action.evidence?.id))
        return refuse(
          [...path, 'evidence', evidence.length, 'id'],
          `evidence "${action.evidence.id}" is already attached`,
        );
      return { answer: { ...previous, evidence: [...evidence, action.evidence] } };
    case 'evidence-remove':
      if (!evidence.some((file) => file.id === action.evidence))
        return refuse(
          [...path, 'evidence'],
          `no such evidence on this answer: ${describe(action.evidence)}`,
        );
      return {
        answer: { ...previous, evidence: evidence.filter((file) => file.id !== action.evidence) },
      };
    default:
      return { refused: unknownType(action.type) };
  }
}

/** An action on one question's answer (`answer`, `clear`, `justify`, `comment`, `evidence-*`). */
function reduceAnswer(
  index: DefinitionIndex,
  current: AssessmentResponse,
  action: SessionAction,
  fields: UncheckedAction,
  now: string,
): ReduceResult {
  const id = fields.question as string;
  const question = index.questions.get(id);
  if (!question) return refusal(['answers', id], `unknown question "${id}"`);
  const previous: Answer = current.answers[id] ?? {};
  const change = changedAnswer(question, previous, action, fields);
  if ('refused' in change) return change.refused;
  const answer = change.answer;
  if (answer === previous) return { response: current };
  return unlessIssues(checkAnswer(index, id, answer), () => {
    const kept: Answer = { ...answer };
    if (!kept.comment) delete kept.comment;
    if (!kept.evidence?.length) delete kept.evidence;
    const answers = { ...current.answers, [id]: { ...kept, updatedAt: now } };
    if (!Object.keys(kept).length) delete answers[id];
    return { response: { ...current, answers, updatedAt: now } };
  });
}

/**
 * The next response after `action`, or the issues that refuse it. Never mutates its input; every
 * field of the action is checked, since it may come from anywhere.
 */
export function reduce(
  index: DefinitionIndex,
  current: AssessmentResponse,
  action: SessionAction,
  now: string,
): ReduceResult {
  const next = (patch: Partial<AssessmentResponse>): ReduceResult => ({
    response: { ...current, ...patch, updatedAt: now },
  });
  // Whatever a caller passes (even no object at all) is refused with a message, never thrown on.
  const fields: UncheckedAction = Object(action ?? {});
  const type = fields.type as SessionAction['type'];
  if (typeof action !== 'object' || action === null) return unknownType(type);
  for (const field of ID_FIELDS)
    if (Object.hasOwn(fields, field) && typeof fields[field] !== 'string')
      return refusal([field], `expected text, got ${describe(fields[field])}`);
  if (Object.hasOwn(fields, 'question') && type !== 'review')
    return reduceAnswer(index, current, action, fields, now);
  const risks = current.risks ?? [];
  switch (action.type) {
    case 'risk-add':
    case 'risk-update': {
      const found = risks.findIndex((risk) => risk.id === action.risk?.id);
      const at = action.type === 'risk-add' ? risks.length : found;
      if (action.type === 'risk-add' && found >= 0)
        return refusal(['risks', at, 'id'], `a risk "${action.risk.id}" already exists`);
      if (at < 0) return refusal(['risks'], `no such risk: ${describe(action.risk?.id)}`);
      return unlessIssues(checkRisk(index, action.risk, at), () => {
        const list = [...risks];
        list[at] = { ...action.risk, updatedAt: now };
        return next({ risks: list });
      });
    }
    case 'risk-remove':
      return risks.some((risk) => risk.id === action.id)
        ? next({ risks: risks.filter((risk) => risk.id !== action.id) })
        : refusal(['risks'], `no risk "${action.id}"`);
    case 'soa':
    case 'review': {
      const id = action.type === 'soa' ? action.control : action.question;
      const value = action.type === 'soa' ? action.decision : action.review;
      const placeholder = action.type === 'soa' ? {} : { state: 'accepted' };
      return unlessIssues(checkEntry(index, action.type, id, value ?? placeholder), () => {
        if (action.type === 'soa' && exclusionNeedsJustification(action.decision))
          return refusal(['soa', id, 'justification'], EXCLUSION_NEEDS_JUSTIFICATION);
        const entries: Record<string, unknown> = { ...current[action.type] };
        if (value) entries[id] = { ...value, updatedAt: now };
        else if (!Object.hasOwn(entries, id)) return { response: current };
        else delete entries[id];
        return next({ [action.type]: entries });
      });
    }
    case 'meta':
      return unlessIssues(validate(ResponseSchema.shape.meta, action.meta, ['meta']), () =>
        next({ meta: action.meta }),
      );
    case 'reset':
      return { response: { ...emptyResponse(index.definition), updatedAt: now } };
    case 'replace': {
      const checked = checkResponse(index, action.response);
      return unlessIssues(checked.issues, () => ({
        response: { ...checked.response!, updatedAt: now },
      }));
    }
    default:
      return unknownType(type);
  }
}
