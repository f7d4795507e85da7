/**
 * Small builders that keep the pack's question lists readable: every scored question of the pack has
 * the same shape (a requirement, help, evidence kind, recommendation and at least one tag).
 */
import type { DefinitionInput, EvidenceKind } from '../../model/definition.js';
import { iso42001Groups } from '../structure.js';
import type { TagId } from './tags.js';

export type SectionInput = DefinitionInput['sections'][number];
export type QuestionInput = SectionInput['questions'][number];

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
  weight?: number;
}

/** A question on a clause requirement: the maturity scale without N/A (clauses are mandatory). */
export const clause = (q: ScoredQuestion): QuestionInput => ({
  type: 'scale',
  scale: 'maturity',
  ...q,
});

/** A question on an Annex A control: the maturity scale with N/A (controls may be excluded). */
export const control = (q: ScoredQuestion): QuestionInput => ({
  type: 'scale',
  scale: 'maturity-na',
  ...q,
});

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
