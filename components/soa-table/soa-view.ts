/**
 * The view logic of `<aims-soa-table>`, without rendering: which rows show (filters and search) and in what
 * order (sort). Pure functions over `SoaRow`s from the core.
 */
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../../src/model/index.js';
import { applicabilityWord } from '../../src/scoring/soa.js';
import type { SoaRow } from '../../src/io/soa-export.js';

export type SortKey =
  | 'control'
  | 'title'
  | 'objective'
  | 'applicable'
  | 'status'
  | 'source'
  | 'owner'
  | 'risks'
  | 'evidence';
export interface SoaSort {
  readonly key: SortKey;
  readonly dir: 'ascending' | 'descending';
}

export interface SoaFilter {
  readonly status?: ImplementationStatus | '';
  /** `yes`, `no` or `undecided`. */
  readonly applicable?: 'yes' | 'no' | 'undecided' | '';
  readonly objective?: string;
  readonly search?: string;
}

const natural = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Rows matching every filter; `search` matches (case-insensitively) id, title, justification, owner or a risk id. */
export function filterRows(rows: readonly SoaRow[], f: SoaFilter): readonly SoaRow[] {
  const q = f.search?.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!f.status || r.status === f.status) &&
      (!f.applicable || applicabilityWord(r.applicable) === f.applicable) &&
      (!f.objective || r.objective === f.objective) &&
      (!q ||
        [r.control, r.title, r.justification, r.owner ?? '', ...r.risks].some((s) =>
          s.toLowerCase().includes(q),
        )),
  );
}

/** The value a row sorts by. */
const keyOf = (r: SoaRow, k: SortKey): string | number =>
  k === 'applicable'
    ? +(r.applicable === null) * 2 + +(r.applicable === false)
    : k === 'status'
      ? IMPLEMENTATION_STATUSES.indexOf(r.status)
      : k === 'risks'
        ? r.risks.length
        : (r[k] ?? '\uffff');

/** Sorted copy (stable: ties keep the given order). Ids and titles compare naturally: `A.9` before `A.10`. */
export function sortRows(rows: readonly SoaRow[], s: SoaSort): SoaRow[] {
  const sign = s.dir === 'ascending' ? 1 : -1;
  return rows
    .map((r, i) => [r, i, keyOf(r, s.key)] as const)
    .sort(
      ([, i, a], [, j, b]) =>
        (typeof a === 'number' ? a - (b as number) : natural.compare(a, b as string)) * sign ||
        i - j,
    )
    .map((x) => x[0]);
}
