/**
 * The view logic of `<aims-soa-table>`, without rendering: which rows show (filters and search) and in what
 * order (sort). Pure functions over `SoaRow`s from the core.
 */
import type { ImplementationStatus } from '../../src/model/index.js';
import type { SoaRow } from '../../src/io/soa-export.js';

export const SORT_KEYS = ['control', 'title', 'objective', 'applicable', 'status', 'source', 'owner', 'risks', 'evidence'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SoaSort { readonly key: SortKey; readonly dir: 'ascending' | 'descending' }

export interface SoaFilter {
  readonly status?: ImplementationStatus | '';
  /** `yes`, `no` or `undecided`. */
  readonly applicable?: 'yes' | 'no' | 'undecided' | '';
  readonly objective?: string;
  readonly search?: string;
}

export const STATUS_ORDER: readonly ImplementationStatus[] = ['implemented', 'partial', 'planned', 'alternative', 'not-applicable'];
const natural = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const appl = (a: boolean | null) => (a === null ? 'undecided' : a ? 'yes' : 'no');

/** Rows matching every filter; `search` matches (case-insensitively) id, title, justification, owner or a risk id. */
export function filterRows(rows: readonly SoaRow[], f: SoaFilter): readonly SoaRow[] {
  const q = f.search?.trim().toLowerCase() ?? '';
  if (!q && !f.status && !f.applicable && !f.objective) return rows;
  return rows.filter((r) =>
    (!f.status || r.status === f.status) && (!f.applicable || appl(r.applicable) === f.applicable) && (!f.objective || r.objective === f.objective) &&
    (!q || [r.control, r.title, r.justification, r.owner ?? '', ...r.risks].some((s) => s.toLowerCase().includes(q))));
}

const keyOf: Record<SortKey, (r: SoaRow) => string | number> = {
  control: (r) => r.control, title: (r) => r.title, objective: (r) => r.objective,
  applicable: (r) => (r.applicable === null ? 2 : r.applicable ? 0 : 1), status: (r) => STATUS_ORDER.indexOf(r.status),
  source: (r) => r.source ?? '\uffff', owner: (r) => r.owner ?? '\uffff', risks: (r) => r.risks.length, evidence: (r) => r.evidence,
};

/** Sorted copy (stable: ties keep the given order). Ids and titles compare naturally: `A.9` before `A.10`. */
export function sortRows(rows: readonly SoaRow[], s: SoaSort): SoaRow[] {
  const k = keyOf[s.key], sign = s.dir === 'ascending' ? 1 : -1;
  const keyed = rows.map((r, i) => ({ r, i, v: k(r) }));
  keyed.sort((a, b) => {
    const c = typeof a.v === 'number' ? a.v - (b.v as number) : natural.compare(a.v, b.v as string);
    return c * sign || a.i - b.i;
  });
  return keyed.map((x) => x.r);
}

/** Consecutive rows of the same objective, in order (for group headers). */
export function groupRows(rows: readonly SoaRow[]): { objective: string; title: string; rows: SoaRow[] }[] {
  const out: { objective: string; title: string; rows: SoaRow[] }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.objective === r.objective) last.rows.push(r);
    else out.push({ objective: r.objective, title: r.objectiveTitle, rows: [r] });
  }
  return out;
}
