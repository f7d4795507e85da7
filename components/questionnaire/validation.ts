/**
 * What must be fixed before moving on: required questions left empty, and answers that need a
 * justification without one. Only visible questions are checked (ARCHITECTURE: hidden ones are not validated).
 */
import { isRequired } from '../../src/logic/index.js';
import { needsJustification, optionsOf, type AnswerValue, type Question } from '../../src/model/index.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey } from '../base/i18n.js';

export interface Problem { readonly question: string; readonly key: MessageKey }

export const isEmpty = (v: AnswerValue | undefined): boolean =>
  v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** The options an answer chose (one for scale/choice, several for multi). */
export function chosenOptions(snap: SessionSnapshot, q: Question) {
  const v = snap.response.answers[q.id]?.value;
  const ids = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return optionsOf(snap.definition, q).filter((o) => ids.includes(o.id));
}

/** The problems of the given questions (in order), under the snapshot's answers. */
export function problemsOf(snap: SessionSnapshot, questions: Iterable<Question>): Problem[] {
  const out: Problem[] = [];
  for (const q of questions) {
    if (!snap.visible.has(q.id)) continue;
    const a = snap.response.answers[q.id];
    if (isEmpty(a?.value)) {
      if (isRequired(snap.definition, q, snap.response, snap.visible)) out.push({ question: q.id, key: 'errorRequired' });
    } else if (chosenOptions(snap, q).some(needsJustification) && !a?.justification?.trim()) {
      out.push({ question: q.id, key: 'errorJustify' });
    }
  }
  return out;
}
