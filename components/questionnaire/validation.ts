/**
 * What must be fixed before moving on, as the questionnaire shows it: the core's answer rules
 * (src/scoring/answers.ts, the same ones the scorecard counts with) mapped to UI message keys.
 * Only visible questions are checked (ARCHITECTURE: hidden ones are not validated).
 */
import {
  answerProblems,
  chosenOptions as chosenOptionsOf,
  type AnswerProblem,
} from '../../src/scoring/answers.js';
import type { Option, Question } from '../../src/model/index.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey } from '../base/i18n.js';

export interface Problem {
  readonly question: string;
  readonly key: MessageKey;
}

/** The message each answer problem shows. */
const PROBLEM_MESSAGES: Readonly<Record<AnswerProblem, MessageKey>> = {
  required: 'errorRequired',
  justification: 'errorJustify',
  'out-of-range': 'errorRange',
};

/** The options an answer chose (one for scale/choice, several for multi). */
export const chosenOptions = (snap: SessionSnapshot, question: Question): Option[] =>
  chosenOptionsOf(snap.definition, question, snap.response.answers[question.id]);

/** The first problem of each of the given questions (in order), under the snapshot's answers. */
export const problemsOf = (snap: SessionSnapshot, questions: readonly Question[]): Problem[] =>
  questions.flatMap((question) => {
    const [first] = answerProblems(snap.definition, question, snap.response, snap.visible);
    return first ? [{ question: question.id, key: PROBLEM_MESSAGES[first] }] : [];
  });
