/** What the questionnaire reads from a snapshot to place and number its questions. */
import type { AnswerValue, Question } from '../../src/model/index.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import { problemsOf } from './validation.js';
import { outOfRange } from '../../src/util/number-range.js';

export type Section = SessionSnapshot['definition']['sections'][number];

/** Index of the section holding a question (-1 when none). */
export const sectionIndexOf = (snap: SessionSnapshot, questionId: string) =>
  snap.definition.sections.findIndex((section) =>
    section.questions.some((question) => question.id === questionId),
  );
/** The first problem of all visible questions. */
export const firstProblem = (snap: SessionSnapshot) =>
  problemsOf(
    snap,
    snap.definition.sections.flatMap((section) => section.questions),
  )[0];
const numbersByDefinition = new WeakMap<object, ReadonlyMap<string, number>>();
/** Each question's number, counted across every section (1-based); kept per definition. */
export const questionNumbers = (snap: SessionSnapshot) => {
  let numbers = numbersByDefinition.get(snap.definition);
  if (!numbers) {
    const all = snap.definition.sections.flatMap((section) => section.questions);
    numbers = new Map(all.map((question, index) => [question.id, index + 1]));
    numbersByDefinition.set(snap.definition, numbers);
  }
  return numbers;
};
/** A share 0..1 as a whole percentage. */
export const percentOf = (share = 0) => Math.round(share * 100);
/** True for a number outside the question's `min`..`max` (the core's range rule). */
export const isOutOfRange = (question: Question, value: AnswerValue | null) =>
  typeof value === 'number' && outOfRange(value, question) !== undefined;
