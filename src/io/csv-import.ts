/**
 * Reading CSV: `parseCsv` (RFC 4180, bounded by the limits in src/model/limits.ts) and
 * `soaFromCsv`, which reads Statement of Applicability decisions back from a CSV made by `soaToCsv`
 * (and edited in a spreadsheet). Every problem names its row (1 is the header, as spreadsheets
 * count) and column.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import { AimsValidationError, type AimsIssue } from '../model/issues.js';
import {
  IMPLEMENTATION_STATUSES,
  type AssessmentResponse,
  type ImplementationStatus,
  type SoaDecision,
} from '../model/response.js';
import {
  MAX_CSV_CELL,
  MAX_CSV_COLUMNS,
  MAX_CSV_ROWS,
  MAX_CSV_SIZE,
  formatSize,
} from '../model/limits.js';
import { applicabilityWord, soaRows, type SoaRowOptions } from './soa-export.js';
import { EXCLUSION_NEEDS_JUSTIFICATION, exclusionNeedsJustification } from '../scoring/soa.js';

/**
 * A CSV file that cannot be read; `issues` name rows and columns (`row 3, column "applicable"`).
 */
export class CsvError extends AimsValidationError {
  constructor(issues: readonly AimsIssue[]) {
    super('Invalid CSV', issues);
    this.name = 'CsvError';
  }
}

/** Where a problem is: `row 3`, `row 3, column 2`, `row 3, column "applicable"`. */
const at = (row: number, column?: string | number) => {
  if (column === undefined) return `row ${row}`;
  const named = typeof column === 'number' ? String(column) : JSON.stringify(column);
  return `row ${row}, column ${named}`;
};
const fail = (path: string, message: string): never => {
  throw new CsvError([{ path, message }]);
};

/**
 * The rows of a CSV text (RFC 4180): cells separated by commas, rows by CRLF (LF or CR accepted),
 * quoted cells with `""` for a quote; a leading byte order mark and a final line break are ignored.
 * Throws `CsvError` for a malformed or oversized text (more than MAX_CSV_SIZE characters,
 * MAX_CSV_ROWS rows, MAX_CSV_COLUMNS columns or MAX_CSV_CELL characters in a cell).
 */
export function parseCsv(text: string): string[][] {
  if (typeof text !== 'string') fail('', 'expected CSV text');
  if (text.length > MAX_CSV_SIZE)
    fail('', `the file is too large (more than ${formatSize(MAX_CSV_SIZE)})`);
  const rows: string[][] = [];
  let row: string[] = [];
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = text.length;
  /** Where the current cell ends: the next separator or the end of the text. */
  const stop = /[,\r\n]|$/g;
  const next = () => {
    stop.lastIndex = position;
    return stop.exec(text)!.index;
  };
  if (position < end)
    for (;;) {
      // One cell, starting at `position`.
      const column = row.length + 1;
      const where = () => at(rows.length + 1, column);
      let cell = '';
      if (text[position] === '"') {
        for (;;) {
          const closing = text.indexOf('"', position + 1);
          if (closing < 0) fail(where(), 'a quoted cell is not closed');
          cell += text.slice(position + 1, closing);
          position = closing + 1;
          if (text[position] !== '"') break;
          cell += '"';
        }
        if (next() !== position)
          fail(where(), 'text after the closing quote (write a quote inside a quoted cell as "")');
      } else {
        const cellEnd = next();
        cell = text.slice(position, cellEnd);
        position = cellEnd;
        if (cell.includes('"'))
          fail(
            where(),
            'a quote inside an unquoted cell (quote the whole cell, and write the quote as "")',
          );
      }
      if (cell.length > MAX_CSV_CELL)
        fail(where(), `the cell is longer than ${MAX_CSV_CELL} characters`);
      if (column > MAX_CSV_COLUMNS) fail(where(), `more than ${MAX_CSV_COLUMNS} columns`);
      row.push(cell);
      if (text[position] === ',') {
        position++;
        continue;
      }
      rows.push(row);
      row = [];
      position += text.startsWith('\r\n', position) ? 2 : 1;
      if (position >= end) break;
      if (rows.length >= MAX_CSV_ROWS) fail(at(rows.length + 1), `more than ${MAX_CSV_ROWS} rows`);
    }
  return rows;
}

/** Undoes `csvCell`'s guard: `'=x` → `=x` (a leading `'` before `= + - @`, tab or CR). */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export interface SoaCsvOptions extends SoaRowOptions {
  /**
   * The response the CSV was exported from: rows that still say what it yields are left out, and a
   * status equal to the derived one is not pinned, so re-importing an unchanged export changes
   * nothing.
   */
  readonly response?: AssessmentResponse;
}

/**
 * SoA decisions from a CSV with the columns of `soaToCsv` (matched by header name, in any order;
 * `control` and `applicable` are required, `justification`, `status` and `owner` are read, the
 * others ignored). `applicable` is `yes`, `no` or empty (`undecided` reads as empty); `status` an
 * implementation-status word or empty; excluding a control needs a justification. A row that
 * decides nothing is skipped. Returns the decisions by control id, ready for `response.soa` (or one
 * `soa` action each); throws `CsvError` listing every problem by row and column.
 */
export function soaFromCsv(
  definition: AssessmentDefinition,
  text: string,
  options: SoaCsvOptions = {},
): Record<string, SoaDecision> {
  const rows = parseCsv(text);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  for (const name of ['control', 'applicable'])
    if (col(name) < 0) fail(at(1), `needs a column "${name}" (the header row of the exported CSV)`);
  const kinds = new Map((definition.requirements ?? []).map((r) => [r.id, r.kind] as const));
  const derived = options.response
    ? new Map(soaRows(definition, options.response, options).map((r) => [r.control, r]))
    : undefined;
  const issues: AimsIssue[] = [];
  const out: Record<string, SoaDecision> = {};
  const seen = new Map<string, number>();
  rows.forEach((cells, index) => {
    if (!index || cells.every((c) => !c.trim())) return;
    const rowNumber = index + 1;
    const get = (name: string) => {
      const column = col(name);
      return column < 0 ? '' : unguard(cells[column] ?? '').trim();
    };
    const bad = (name: string, message: string) =>
      issues.push({ path: at(rowNumber, name), message });
    const control = get('control');
    const kind = kinds.get(control);
    if (kind !== 'control')
      return bad(
        'control',
        !control
          ? 'is empty'
          : kind
            ? `"${control}" is a clause, not a control: clauses cannot be excluded`
            : `unknown control "${control}"`,
      );
    if (seen.has(control))
      return bad('control', `"${control}" is listed again (first in row ${seen.get(control)})`);
    seen.set(control, rowNumber);
    const word = get('applicable').toLowerCase();
    const applicable =
      word === 'yes'
        ? true
        : word === 'no'
          ? false
          : word === '' || word === 'undecided'
            ? undefined
            : null;
    if (applicable === null)
      return bad(
        'applicable',
        `expected yes, no or empty, got ${JSON.stringify(get('applicable'))}`,
      );
    const justification = get('justification');
    const owner = get('owner');
    let status = get('status').toLowerCase() as ImplementationStatus | '';
    if (status && !IMPLEMENTATION_STATUSES.includes(status))
      return bad(
        'status',
        `expected ${IMPLEMENTATION_STATUSES.join(', ')} or empty, ` +
          `got ${JSON.stringify(get('status'))}`,
      );
    if (exclusionNeedsJustification({ applicable, justification }))
      return bad('justification', EXCLUSION_NEEDS_JUSTIFICATION);
    if (applicable === true && status === 'not-applicable')
      return bad('status', '"not-applicable" contradicts applicable "yes"');
    const was = derived?.get(control);
    if (was) {
      if (
        applicabilityWord(applicable ?? null) === applicabilityWord(was.applicable) &&
        justification === was.justification.trim() &&
        owner === (was.owner ?? '') &&
        (!status || status === was.status)
      )
        return;
      if (status === was.status && options.response?.soa?.[control]?.status !== status) status = '';
    }
    if (applicable === false) status = '';
    if (applicable === undefined && !justification && !owner && !status) return;
    out[control] = {
      ...(applicable !== undefined && { applicable }),
      ...(justification && { justification }),
      ...(status && { status }),
      ...(owner && { owner }),
    };
  });
  if (issues.length) throw new CsvError(issues);
  return out;
}
