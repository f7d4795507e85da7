/**
 * What must be fixed before moving on: required questions left empty, and answers that need a
 * justification without one. Only visible questions are checked (ARCHITECTURE: hidden ones are not validated).
 */
import { isRequired } from '../../src/scoring/visibility.js';
import { needsJustification, optionsOf, type Question } from '../../src/model/index.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey } from '../base/i18n.js';

export interface Problem {
  readonly question: string;
  readonly key: MessageKey;
}

/** The options an answer chose (one for scale/choice, several for multi). */
export const chosenOptions = (snap: SessionSnapshot, q: Question) => {
  const v = snap.response.answers[q.id]?.value;
  return optionsOf(snap.definition, q).filter((o) => [v].flat().includes(o.id));
};

/** The problems of the given questions (in order), under the snapshot's answers. */
export const problemsOf = (snap: SessionSnapshot, questions: readonly Question[]): Problem[] =>
  questions.flatMap((q) => {
    const a = snap.response.answers[q.id];
    const key =
      snap.visible.has(q.id) &&
      (a?.value === undefined || `${a.value}` === ''
        ? isRequired(snap.definition, q, snap.response, snap.visible) && 'errorRequired'
        : chosenOptions(snap, q).some(needsJustification) &&
          !a.justification?.trim() &&
          'errorJustify');
    return key ? [{ question: q.id, key }] : [];
  });
