// CSV import: parseCsv (RFC 4180 with limits) and soaFromCsv (SoA decisions from an exported,
// edited CSV). Runs in Node and in Chromium.
import fc from 'fast-check';
import { describe, it, assert } from '../harness.js';
import {
  CsvError,
  MAX_CSV_CELL,
  MAX_CSV_COLUMNS,
  MAX_CSV_ROWS,
  MAX_CSV_SIZE,
  deriveSoa,
  parseCsv,
  parseDefinition,
  soaFromCsv,
  soaToCsv,
  type AssessmentResponse,
} from '../../src/core.js';
import { csvCell } from '../../src/io/soa-export.js';

const D = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'csv',
  version: '1',
  title: 'CSV',
  scales: [
    { id: 'c', options: [{ id: '0', label: 'No', value: 0 }] },
    {
      id: 'm',
      options: [
        { id: '0', label: 'No', value: 0 },
        { id: '3', label: 'Yes', value: 0.6 },
        { id: 'na', label: 'N/A', na: true },
      ],
    },
  ],
  requirements: [
    { id: '4.1', title: 'Context', kind: 'clause', group: '4' },
    { id: 'A.2.2', title: 'AI policy', kind: 'control', group: 'A.2' },
    { id: 'A.2.3', title: 'Alignment', kind: 'control', group: 'A.2' },
    { id: 'A.10.3', title: 'Customers', kind: 'control', group: 'A.10' },
  ],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'c', type: 'scale', scale: 'c', requirement: '4.1', text: 'c' },
        { id: 'q1', type: 'scale', scale: 'm', requirement: 'A.2.2', text: 'q1' },
        { id: 'q2', type: 'scale', scale: 'm', requirement: 'A.2.3', text: 'q2' },
        { id: 'q3', type: 'scale', scale: 'm', requirement: 'A.10.3', text: 'q3' },
      ],
    },
  ],
});
const R: AssessmentResponse = {
  format: 'aimskit.response/1',
  definition: { id: 'csv', version: '1' },
  answers: { q1: { value: '3' } },
  risks: [{ id: 'R-1', title: 'r', likelihood: 'rare', impact: 'minor', controls: ['A.2.2'] }],
  soa: {
    'A.2.3': { applicable: false, justification: '=Not used, "really"', owner: '+49 30 1234' },
  },
};
const HEADER =
  'control,title,objective,applicable,justification,status,source,owner,risks,evidence';

const issuesOf = (fn: () => unknown) =>
  assert.throws(fn, CsvError).issues.map((i) => `${i.path}: ${i.message}`);

describe('parseCsv', () => {
  it('reads quoted cells, doubled quotes, embedded commas and line breaks, CRLF, LF and CR line ends', () => {
    assert.deepEqual(parseCsv('a,"b,c","say ""hi"""\r\n"two\nlines",,x\ny,z\rlast'), [
      ['a', 'b,c', 'say "hi"'],
      ['two\nlines', '', 'x'],
      ['y', 'z'],
      ['last'],
    ]);
  });
  it('ignores a byte order mark and a final line break; an empty text has no rows', () => {
    assert.deepEqual(parseCsv('\uFEFFa,b\r\n'), [['a', 'b']]);
    assert.deepEqual(parseCsv(''), []);
    assert.deepEqual(parseCsv('a\n\nb'), [['a'], [''], ['b']]);
  });
  it('reads back every table csvCell writes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 5 }),
          { minLength: 1, maxLength: 6 },
        ),
        (table) => {
          // A last row of one empty cell is written as nothing (a final line break), so none is
          // generated.
          if (table.some((row) => row.length === 1 && row[0] === '')) return;
          const text = table.map((row) => row.map(csvCell).join(',')).join('\r\n');
          const expected = table.map((row) =>
            row.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)),
          );
          assert.deepEqual(parseCsv(text), expected);
        },
      ),
      { numRuns: 150 },
    );
  });
  it('names the row and column of a malformed cell', () => {
    assert.deepEqual(
      issuesOf(() => parseCsv('a,b\nc,"open')),
      ['row 2, column 2: a quoted cell is not closed'],
    );
    assert.deepEqual(
      issuesOf(() => parseCsv('a,b\nc,d"e')),
      [
        'row 2, column 2: a quote inside an unquoted cell (quote the whole cell, and write the quote as "")',
      ],
    );
    assert.deepEqual(
      issuesOf(() => parseCsv('"a"b,c')),
      ['row 1, column 1: text after the closing quote (write a quote inside a quoted cell as "")'],
    );
  });
  it('refuses oversized input: the text, rows, columns and cells', () => {
    assert.match(
      issuesOf(() => parseCsv('x'.repeat(MAX_CSV_SIZE + 1)))[0]!,
      /^: the file is too large \(more than 2 MB\)$/,
    );
    assert.deepEqual(
      issuesOf(() => parseCsv('a\n'.repeat(MAX_CSV_ROWS + 1))),
      [`row ${MAX_CSV_ROWS + 1}: more than ${MAX_CSV_ROWS} rows`],
    );
    assert.equal(parseCsv('a\n'.repeat(MAX_CSV_ROWS)).length, MAX_CSV_ROWS);
    assert.deepEqual(
      issuesOf(() => parseCsv(','.repeat(MAX_CSV_COLUMNS))),
      [`row 1, column ${MAX_CSV_COLUMNS + 1}: more than ${MAX_CSV_COLUMNS} columns`],
    );
    assert.equal(parseCsv(','.repeat(MAX_CSV_COLUMNS - 1))[0]!.length, MAX_CSV_COLUMNS);
    assert.deepEqual(
      issuesOf(() => parseCsv(`a,"${'y'.repeat(MAX_CSV_CELL + 1)}"`)),
      [`row 1, column 2: the cell is longer than ${MAX_CSV_CELL} characters`],
    );
  });
  it('refuses what is not text', () => {
    assert.deepEqual(
      issuesOf(() => parseCsv(42 as unknown as string)),
      [': expected CSV text'],
    );
  });
});

describe('soaFromCsv', () => {
  it('reads the explicit decisions of an exported CSV back, formulas guard undone', () => {
    const got = soaFromCsv(D, soaToCsv(D, R));
    // A.2.3 is the explicit decision. Without the response to compare against, the sheet is taken
    // as it says: A.2.2 (applicable through risk R-1) and its status become a decision, and so does
    // the status of the undecided A.10.3.
    assert.deepEqual(got['A.2.3'], {
      applicable: false,
      justification: '=Not used, "really"',
      owner: '+49 30 1234',
    });
    assert.deepEqual(Object.keys(got).sort(), ['A.10.3', 'A.2.2', 'A.2.3']);
    assert.deepEqual(got['A.2.2'], {
      applicable: true,
      justification: deriveSoa(D, R)[0]!.justification,
      status: deriveSoa(D, R)[0]!.status,
    });
    assert.deepEqual(got['A.10.3'], { status: 'planned' });
  });
  it('with the response it came from, an unchanged export imports as nothing', () => {
    assert.deepEqual(soaFromCsv(D, soaToCsv(D, R), { response: R }), {});
  });
  it('with the response, only edited rows come back, and a derived status is not pinned', () => {
    const csv = soaToCsv(D, R).replace(
      /^A\.10\.3,Customers,A\.10,undecided,/m,
      'A.10.3,Customers,A.10,no,We sell to no one',
    );
    const got = soaFromCsv(D, csv, { response: R });
    assert.deepEqual(got, { 'A.10.3': { applicable: false, justification: 'We sell to no one' } });
    // the import applied to the response decides the control as the sheet says
    const soa = deriveSoa(D, { ...R, soa: { ...R.soa, ...got } }).find(
      (e) => e.control === 'A.10.3',
    )!;
    assert.equal(soa.applicable, false);
    assert.equal(soa.source, 'decision');
  });
  it('matches columns by header name in any order, case and spaces ignored', () => {
    const got = soaFromCsv(
      D,
      ' Applicable ,Owner,CONTROL,Justification,Status\r\nyes,Ana,A.2.2,,partial\r\nNo,,A.10.3,Not sold,\r\n',
    );
    assert.deepEqual(got, {
      'A.2.2': { applicable: true, status: 'partial', owner: 'Ana' },
      'A.10.3': { applicable: false, justification: 'Not sold' },
    });
  });
  it('refuses an exclusion without a justification', () => {
    assert.deepEqual(
      issuesOf(() => soaFromCsv(D, 'applicable,control\r\nyes,A.2.2\r\nno,A.10.3\r\n')),
      ['row 3, column "justification": excluding a control needs a justification'],
    );
  });
  it('reads yes, no, empty and undecided; a status and an owner alone are decisions too', () => {
    const got = soaFromCsv(
      D,
      'control,applicable,justification,status,owner\nA.2.2,YES,,partial,Ana\nA.2.3,,,,\nA.10.3,undecided,,alternative,\n',
    );
    assert.deepEqual(got, {
      'A.2.2': { applicable: true, status: 'partial', owner: 'Ana' },
      'A.10.3': { status: 'alternative' },
    });
  });
  it('lists every problem by row and column', () => {
    const csv = [
      'control,applicable,justification,status',
      'A.2.2,maybe,,', // row 2
      '4.1,no,why,', // row 3
      'Z.9,yes,,', // row 4
      'A.2.3,yes,,not-applicable', // row 5
      'A.10.3,yes,,done', // row 6
      ',yes,,', // row 7
      'A.2.3,no,x,', // row 8
      ',,,', // blank: skipped
    ].join('\r\n');
    assert.deepEqual(
      issuesOf(() => soaFromCsv(D, csv)),
      [
        'row 2, column "applicable": expected yes, no or empty, got "maybe"',
        'row 3, column "control": "4.1" is a clause, not a control: clauses cannot be excluded',
        'row 4, column "control": unknown control "Z.9"',
        'row 5, column "status": "not-applicable" contradicts applicable "yes"',
        'row 6, column "status": expected implemented, partial, planned, alternative, not-applicable or empty, got "done"',
        'row 7, column "control": is empty',
        'row 8, column "control": "A.2.3" is listed again (first in row 5)',
      ],
    );
  });
  it('needs the control and applicable columns', () => {
    assert.deepEqual(
      issuesOf(() => soaFromCsv(D, 'id,applicable\nA.2.2,yes')),
      ['row 1: needs a column "control" (the header row of the exported CSV)'],
    );
    assert.deepEqual(
      issuesOf(() => soaFromCsv(D, 'control\nA.2.2')),
      ['row 1: needs a column "applicable" (the header row of the exported CSV)'],
    );
    assert.deepEqual(
      issuesOf(() => soaFromCsv(D, '')),
      ['row 1: needs a column "control" (the header row of the exported CSV)'],
    );
  });
  it('a header alone decides nothing', () => {
    assert.deepEqual(soaFromCsv(D, `${HEADER}\r\n`), {});
  });
});
