/**
 * The view logic of `<aims-soa-table>`, without rendering: which rows show (filters and search) and
 * in what order (sort). Pure functions over `SoaRow`s from the core.
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

/** True when the row's id, title, justification, owner or a risk id contains `query`. */
const matchesSearch = (row: SoaRow, query: string) =>
  [row.control, row.title, row.justification, row.owner ?? '', ...row.risks].some((text) =>
    text.toLowerCase().includes(query),
  );

/**
 * Rows matching every filter; `search` matches (case-insensitively) id, title, justification,
 * owner or a risk id.
 */
export function filterRows(rows: readonly SoaRow[], filter: SoaFilter): readonly SoaRow[] {
  const query = filter.search?.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!filter.status || row.status === filter.status) &&
      (!filter.applicable || applicabilityWord(row.applicable) === filter.applicable) &&
      (!filter.objective || row.objective === filter.objective) &&
      (!query || matchesSearch(row, query)),
  );
}

/** The order of applicability: applicable, not applicable, undecided. */
const APPLICABILITY_ORDER = { yes: 0, no: 1, undecided: 2 } as const;

/** The value a row sorts by (a missing owner sorts last). */
const keyOf = (row: SoaRow, key: SortKey): string | number =>
  key === 'applicable'
    ? APPLICABILITY_ORDER[applicabilityWord(row.applicable)]
    : key === 'status'
      ? IMPLEMENTATION_STATUSES.indexOf(row.status)
      : key === 'risks'
        ? row.risks.length
        : (row[key] ?? '\uffff');

/** Compares two sort values of the same column (numbers, or strings in natural order). */
const compareValues = (left: string | number, right: string | number) =>
  typeof left === 'number' ? left - (right as number) : natural.compare(left, right as string);

/**
 * Sorted copy (stable: ties keep the given order). Ids and titles compare naturally: `A.9` before
 * `A.10`.
 */
export function sortRows(rows: readonly SoaRow[], sort: SoaSort): SoaRow[] {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: keyOf(row, sort.key) }))
    .sort(
      (left, right) => compareValues(left.value, right.value) * sign || left.index - right.index,
    )
    .map((entry) => entry.row);
}
