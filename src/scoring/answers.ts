/**
 * What counts as an answer, and what is wrong with one: the one place the scorecard (completion,
 * `answered`) and the questionnaire's validation (Next, Finish) both read, so they cannot disagree.
 * A blank or whitespace-only text is no answer; N/A is an answer.
 */
import type { AssessmentDefinition, Option, Question } from '../model/definition.js';
import type { Answer, AssessmentResponse } from '../model/response.js';
import { needsJustification, optionsOf } from '../model/accessors.js';
import { outOfRange } from '../util/number-range.js';
import { questionTypes } from './question-types.js';
import { isRequired, visibleQuestions } from './visibility.js';

/**
 * Does `answer` answer `question`? The question's type decides (src/scoring/question-types.ts):
 * an option of the question chosen, a text that is not blank, a finite number.
 */
export function isAnswered(
  definition: AssessmentDefinition,
  question: Question,
  answer: Answer | undefined,
): boolean {
  return questionTypes[question.type].answered(definition, question, answer);
}

/** The options an answer chose: one for `scale` and `choice`, any number for `multi`. */
export function chosenOptions(
  definition: AssessmentDefinition,
  question: Question,
  answer: Answer | undefined,
): Option[] {
  const chosen: unknown[] = [answer?.value].flat();
  return optionsOf(definition, question).filter((option) => chosen.includes(option.id));
}

/**
 * Did the answer choose a "Don't know" option (`unknown: true`)? Such an answer counts as answered
 * and is scored as 0; the scorecard lists its question as a gap to find out.
 */
export function isUnknownAnswer(
  definition: AssessmentDefinition,
  question: Question,
  answer: Answer | undefined,
): boolean {
  return chosenOptions(definition, question, answer).some((option) => option.unknown === true);
}

/**
 * What keeps an answer from being complete:
 * - `required`: the question must be answered (`required`, or its `requiredIf` holds) and is not;
 * - `justification`: a chosen option (N/A, or one with `requiresJustification`) needs a
 *   justification the answer lacks;
 * - `out-of-range`: a number below the question's `min` or above its `max`.
 */
export type AnswerProblem = 'required' | 'justification' | 'out-of-range';

/** Every answer problem, in the order `answerProblems` reports them. */
export const ANSWER_PROBLEMS: readonly AnswerProblem[] = [
  'required',
  'justification',
  'out-of-range',
];

/** A question's answer in a response, read from own keys only (an id may be `constructor`). */
const answerOf = (response: Pick<AssessmentResponse, 'answers'>, id: string): Answer | undefined =>
  Object.hasOwn(response.answers, id) ? response.answers[id] : undefined;

/**
 * The problems of one question's answer under `response`, most important first; empty when there
 * are none. Only a visible question can have problems (hidden questions are not validated). Pass
 * `visible` (from `visibleQuestions`) when you have it already.
 */
export function answerProblems(
  definition: AssessmentDefinition,
  question: Question,
  response: Pick<AssessmentResponse, 'answers'>,
  visible: ReadonlySet<string> = visibleQuestions(definition, response),
): AnswerProblem[] {
  if (!visible.has(question.id)) return [];
  const answer = answerOf(response, question.id);
  if (!isAnswered(definition, question, answer)) {
    const required = isRequired(definition, question, response, visible);
    return required ? ['required'] : [];
  }
  const problems: AnswerProblem[] = [];
  const needsReason = chosenOptions(definition, question, answer).some(needsJustification);
  if (needsReason && !answer?.justification?.trim()) problems.push('justification');
  const value = answer?.value;
  if (typeof value === 'number' && outOfRange(value, question)) problems.push('out-of-range');
  return problems;
}
