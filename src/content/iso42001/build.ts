/**
 * Small builders that keep the pack's question lists readable: every scored question of the pack has
 * the same shape (a requirement, help, evidence kind, recommendation and at least one tag).
 */
import type { DefinitionInput, EvidenceKind } from '../../model/definition.js';
import { iso42001Groups } from '../structure.js';
import type { TagId } from './tags.js';
import { ISMS_IN_PLACE, ISMS_QUESTION } from './isms.js';

export type SectionInput = DefinitionInput['sections'][number];
export type QuestionInput = SectionInput['questions'][number];

/** The condition "the ISMS scope question is answered `answer`". */
const ismsAnswered = (answer: string) => `{${ISMS_QUESTION}} = '${answer}'`;
/** Shown only when the scope says an ISO/IEC 27001 ISMS exists (certified or not). */
export const HAS_ISMS = ISMS_IN_PLACE.map(ismsAnswered).join(' or ');

/** What an author writes for one scored question of this pack. */
export interface ScoredQuestion {
  id: string;
  requirement: string;
  evidence: EvidenceKind;
  tags: [TagId, ...TagId[]];
  text: string;
  help: string;
  recommendation: string;
  showIf?: string;
  /** Why the question does not apply when `showIf` hides it (required with `showIf` on controls). */
  outOfScope?: string;
  /** What an existing ISO/IEC 27001 ISMS lets you reuse: a hint shown only with an ISMS. */
  isms?: string;
  weight?: number;
}

/** The question as the definition format writes it: the ISMS advice becomes a conditional hint. */
function scoredQuestion(question: ScoredQuestion, scale: string): QuestionInput {
  const { isms, ...rest } = question;
  const hints = isms === undefined ? {} : { hints: [{ showIf: HAS_ISMS, text: isms }] };
  return { type: 'scale', scale, ...rest, ...hints };
}

/** A question on a clause requirement: the maturity scale without N/A (clauses are mandatory). */
export const clause = (q: ScoredQuestion): QuestionInput => scoredQuestion(q, 'maturity');

/** A question on an Annex A control: the maturity scale with N/A (controls may be excluded). */
export const control = (q: ScoredQuestion): QuestionInput => scoredQuestion(q, 'maturity-na');

/** A clause question asking whether a document or record exists: yes / partly / no. */
export const clauseDocument = (q: ScoredQuestion): QuestionInput =>
  scoredQuestion(q, 'yes-partly-no');

/** A control question asking whether a document or record exists: yes / partly / no, or N/A. */
export const controlDocument = (q: ScoredQuestion): QuestionInput =>
  scoredQuestion(q, 'yes-partly-no-na');

/** A section for one clause or objective, titled after its group ("Clause 4: …", "A.6 …"). */
export function section(
  group: string,
  description: string,
  questions: QuestionInput[],
): SectionInput {
  const found = iso42001Groups.find((entry) => entry.id === group);
  if (!found) throw new Error(`unknown group ${group}`);
  const id = group.startsWith('A.') ? `a${group.slice(2)}` : `c${group}`;
  const title = group.startsWith('A.')
    ? `${group} ${String(found.title)}`
    : `Clause ${group}: ${String(found.title)}`;
  return { id, title, description, questions };
}
