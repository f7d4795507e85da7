/**
 * The documented information register: the documents and records a certification body asks for at
 * Stage 1 (the definition's `documents`), each with a status derived from the answers, the
 * attached evidence and the Statement of Applicability. The rule is in docs/documents.md.
 */
import type { AssessmentDefinition, DocumentItem } from '../model/definition.js';
import type { Text } from '../model/primitives.js';
import type { AssessmentResponse } from '../model/response.js';
import { tally, type Tally } from './compile.js';
import { meetsTarget } from './score.js';
import type { SoaEntry } from './soa.js';
import { soaEntries } from './soa-entries.js';

/** The statuses of a register entry, from the furthest along to the not applicable. */
export const DOCUMENT_STATUSES = [
  'in-place',
  'evidence-missing',
  'partial',
  'missing',
  'not-applicable',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface DocumentEntry {
  readonly id: string;
  readonly title: Text;
  readonly description: Text | null;
  /** The requirements the entry names, in its order. */
  readonly requirements: readonly string[];
  /** Those of them that are Annex A controls excluded in the SoA (they do not count). */
  readonly excluded: readonly string[];
  readonly status: DocumentStatus;
  /** The questions that count: visible, scored, not N/A, of a requirement not excluded. */
  readonly questions: readonly string[];
  /** Evidence files attached to those questions. */
  readonly evidence: number;
  /**
   * The question where the entry is fixed: the one furthest below its target, or (target met, no
   * file) the first one to attach a file to; null when nothing is to fix or no question is shown.
   */
  readonly fix: string | null;
}

/** How close two shortfalls may be and still count as equal (the first of them is the fix). */
const TIE_TOLERANCE = 1e-9;

/** A question of the entry as the rule sees it. */
interface Counted {
  readonly id: string;
  /** Weighted distance to the target; 0 or less when the target is met. */
  readonly shortfall: number;
  readonly value: number;
  readonly target: number;
  readonly files: number;
}

/** The visible scored questions of an entry's requirements, and which of them are N/A. */
function questionsOf(counts: Tally, item: DocumentItem, excluded: ReadonlySet<string>) {
  const wanted = new Set(item.requirements.filter((id) => !excluded.has(id)));
  const only = item.questions ? new Set(item.questions) : null;
  const counted: Counted[] = [];
  let notApplicable = 0;
  counts.compiled.questions.forEach((compiled, index) => {
    const requirement = compiled.question.requirement;
    if (!counts.visible[index] || !compiled.scored) return;
    if (requirement === undefined || !wanted.has(requirement)) return;
    if (only && !only.has(compiled.question.id)) return;
    const worth = counts.worth[index];
    if (worth === 'na') {
      notApplicable++;
      return;
    }
    const value = worth ?? 0;
    counted.push({
      id: compiled.question.id,
      shortfall: (compiled.target - value) * compiled.weight,
      value,
      target: compiled.target,
      files: counts.answers[index]?.evidence?.length ?? 0,
    });
  });
  return { counted, notApplicable };
}

/** The status of an entry whose requirements are not all excluded. */
function statusOf(counted: readonly Counted[], notApplicable: number, files: number) {
  if (!counted.length) return notApplicable ? 'not-applicable' : 'missing';
  if (counted.every((question) => meetsTarget(question.value, question.target)))
    return files ? 'in-place' : 'evidence-missing';
  return counted.some((question) => question.value > 0) ? 'partial' : 'missing';
}

/** The question furthest below its target (the first of equals), or the first one for a file. */
function fixOf(status: DocumentStatus, counted: readonly Counted[]): string | null {
  if (status === 'evidence-missing') return counted[0]?.id ?? null;
  if (status !== 'partial' && status !== 'missing') return null;
  let furthest: Counted | undefined;
  for (const question of counted)
    if (!furthest || question.shortfall > furthest.shortfall + TIE_TOLERANCE) furthest = question;
  return furthest?.id ?? null;
}

/** One register entry. */
function entryOf(counts: Tally, item: DocumentItem, excludedControls: ReadonlySet<string>) {
  const excluded = item.requirements.filter((id) => excludedControls.has(id));
  const allExcluded = excluded.length === item.requirements.length;
  const { counted, notApplicable } = questionsOf(counts, item, excludedControls);
  const files = counted.reduce((sum, question) => sum + question.files, 0);
  const status: DocumentStatus = allExcluded
    ? 'not-applicable'
    : statusOf(counted, notApplicable, files);
  return {
    id: item.id,
    title: item.title,
    description: item.description ?? null,
    requirements: item.requirements,
    excluded,
    status,
    questions: counted.map((question) => question.id),
    evidence: files,
    fix: fixOf(status, counted),
  } satisfies DocumentEntry;
}

/**
 * The register of the definition's `documents`, in their order (empty when it has none). Each
 * entry: `not-applicable` when every requirement it names is an Annex A control excluded in the
 * SoA, or when every question that would count is answered N/A; else, over the visible scored
 * questions of its requirements that are not excluded, `in-place` when every one is at its target
 * and at least one evidence file is attached, `evidence-missing` when every one is at its target
 * but no file is, `partial` when some answer is above the lowest level but not every one is at its
 * target, and `missing` otherwise (unanswered, at the lowest level, or no question shown).
 * `soa` is `deriveSoa(definition, response, visible)`, passed when the caller has it.
 */
export function documentRegister(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
  soa?: readonly SoaEntry[],
): DocumentEntry[] {
  const items = definition.documents ?? [];
  if (!items.length) return [];
  const counts = tally(definition, response, visible);
  const decided = soa ?? soaEntries(counts, response);
  const excluded = new Set(
    decided.filter((entry) => entry.applicable === false).map((entry) => entry.control),
  );
  return items.map((item) => entryOf(counts, item, excluded));
}

/** How many entries have each status (every status present, 0 when none). */
export function documentStatusCounts(
  register: readonly DocumentEntry[],
): Record<DocumentStatus, number> {
  const counts = Object.fromEntries(DOCUMENT_STATUSES.map((status) => [status, 0])) as Record<
    DocumentStatus,
    number
  >;
  for (const entry of register) counts[entry.status]++;
  return counts;
}
