/**
 * Each question type brings its own scoring: whether it is scored, the value an answer earns, and
 * whether an answer counts as answered (for completion). Shared code looks types up here and never
 * switches on them.
 */
import type { AssessmentDefinition, Option, Question, QuestionType } from '../model/definition.js';
import type { Answer } from '../model/response.js';
import { optionsOf } from '../model/accessors.js';

/** What an answer is worth: a 0..1 value, `'na'` (excluded), or `undefined` (unanswered, or not scored). */
export type AnswerWorth = number | 'na' | undefined;

export interface QuestionTypeScoring {
  /** Does this question count towards readiness? */
  scored(def: AssessmentDefinition, q: Question): boolean;
  /** The worth of an answer to a scored question (see {@link AnswerWorth}). */
  value(def: AssessmentDefinition, q: Question, answer: Answer | undefined): AnswerWorth;
  /** Does the answer count as answered for completion? (N/A counts.) */
  answered(def: AssessmentDefinition, q: Question, answer: Answer | undefined): boolean;
}

const optionCache = new WeakMap<Question, Map<string, Option>>();

/** The options of a question by id (cached per question object). */
export function optionMap(def: AssessmentDefinition, q: Question): Map<string, Option> {
  let m = optionCache.get(q);
  if (!m) optionCache.set(q, (m = new Map(optionsOf(def, q).map((o) => [o.id, o]))));
  return m;
}

/** `scale` and `choice`: one option. Scored when an option carries a value. */
const single: QuestionTypeScoring = {
  scored: (def, q) => optionsOf(def, q).some((o) => o.value !== undefined),
  value(def, q, a) {
    const o = typeof a?.value === 'string' ? optionMap(def, q).get(a.value) : undefined;
    // An unknown option id reads as unanswered; a chosen option without a value (other than N/A) is worth 0.
    return o === undefined ? undefined : o.na ? 'na' : (o.value ?? 0);
  },
  answered: (def, q, a) => single.value(def, q, a) !== undefined,
};

/** Types that never count towards readiness: answered when `filled` accepts the value. */
const unscored = (
  filled: (value: unknown, def: AssessmentDefinition, q: Question) => boolean,
): QuestionTypeScoring => ({
  scored: () => false,
  value: () => undefined,
  answered: (def, q, a) => filled(a?.value, def, q),
});
const someText = unscored((v) => typeof v === 'string' && v.trim() !== '');

export const questionTypes: Readonly<Record<QuestionType, QuestionTypeScoring>> = {
  scale: single,
  choice: single,
  multi: unscored((v, def, q) => Array.isArray(v) && v.some((id) => optionMap(def, q).has(id))),
  text: someText,
  number: unscored((v) => typeof v === 'number' && Number.isFinite(v)),
  date: someText,
};
