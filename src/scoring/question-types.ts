/**
 * Each question type brings its own scoring: whether it is scored, the value an answer earns, and
 * whether an answer counts as answered (for completion, and for the questionnaire's validation
 * through `isAnswered` in ./answers.ts). Shared code looks types up here and never switches on
 * them.
 */
import type { AssessmentDefinition, Option, Question, QuestionType } from '../model/definition.js';
import type { Answer } from '../model/response.js';
import { optionsOf } from '../model/accessors.js';

/**
 * What an answer is worth: a 0..1 value, `'na'` (excluded), or `undefined` (unanswered, or not
 * scored).
 */
export type AnswerWorth = number | 'na' | undefined;

export interface QuestionTypeScoring {
  /** Does this question count towards readiness? */
  scored(definition: AssessmentDefinition, question: Question): boolean;
  /** The worth of an answer to a scored question (see {@link AnswerWorth}). */
  value(
    definition: AssessmentDefinition,
    question: Question,
    answer: Answer | undefined,
  ): AnswerWorth;
  /** Does the answer count as answered? (N/A counts; a blank or whitespace-only text does not.) */
  answered(
    definition: AssessmentDefinition,
    question: Question,
    answer: Answer | undefined,
  ): boolean;
}

const optionCache = new WeakMap<Question, Map<string, Option>>();

/** The options of a question by id (cached per question object). */
export function optionMap(
  definition: AssessmentDefinition,
  question: Question,
): Map<string, Option> {
  const cached = optionCache.get(question);
  if (cached) return cached;
  const byId = new Map(optionsOf(definition, question).map((option) => [option.id, option]));
  optionCache.set(question, byId);
  return byId;
}

/** `scale` and `choice`: one option. Scored when an option carries a value. */
const single: QuestionTypeScoring = {
  scored: (definition, question) =>
    optionsOf(definition, question).some((option) => option.value !== undefined),
  value(definition, question, answer) {
    const chosen = answer?.value;
    const option =
      typeof chosen === 'string' ? optionMap(definition, question).get(chosen) : undefined;
    // An unknown option id reads as unanswered; a chosen option without a value (other than N/A) is
    // worth 0.
    if (option === undefined) return undefined;
    if (option.na) return 'na';
    return option.value ?? 0;
  },
  answered: (definition, question, answer) =>
    single.value(definition, question, answer) !== undefined,
};

/** Types that never count towards readiness: answered when `filled` accepts the value. */
const unscored = (
  filled: (value: unknown, definition: AssessmentDefinition, question: Question) => boolean,
): QuestionTypeScoring => ({
  scored: () => false,
  value: () => undefined,
  answered: (definition, question, answer) => filled(answer?.value, definition, question),
});

/** Text that is not blank: spaces, tabs and line breaks alone are no answer. */
const someText = unscored((value) => typeof value === 'string' && value.trim() !== '');

/** A list that chose at least one option the question has. */
const someOption = unscored(
  (value, definition, question) =>
    Array.isArray(value) && value.some((id) => optionMap(definition, question).has(id)),
);

export const questionTypes: Readonly<Record<QuestionType, QuestionTypeScoring>> = {
  scale: single,
  choice: single,
  multi: someOption,
  text: someText,
  number: unscored((value) => typeof value === 'number' && Number.isFinite(value)),
  date: someText,
};
