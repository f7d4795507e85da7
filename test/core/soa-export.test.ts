// SoA exports: rows, CSV (read back with an RFC 4180 parser written here), formula-injection guard,
// JSON, name-based UUIDs and the OSCAL component definition's shape. Runs in Node and in Chromium.
import { describe, it, assert } from '../harness.js';
import {
  deriveSoa,
  oscalControlId,
  parseDefinition,
  soaRows,
  soaToCsv,
  soaToJson,
  soaToOscal,
  uuidV5,
  type AssessmentResponse,
} from '../../src/core.js';
import { csvCell, SOA_CSV_COLUMNS } from '../../src/io/soa-export.js';

/**
 * RFC 4180: fields separated by commas, records by CRLF (LF accepted), quoted fields with "" for a
 * quote.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    field = '',
    i = 0,
    quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
      continue;
    }
    if (ch === ',') {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const scale = {
  id: 'm',
  options: [
    { id: '0', label: 'None', value: 0 },
    { id: '3', label: 'Defined', value: 0.6 },
    { id: 'na', label: 'N/A', na: true },
  ],
};
const D = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'soa-x',
  version: '2.1',
  title: { en: 'Export test', de: 'Exporttest' },
  scales: [scale],
  groups: [
    { id: 'A.2', title: { en: 'Policies', de: 'Richtlinien' } },
    { id: 'A.10', title: 'Third parties' },
  ],
  requirements: [
    { id: 'A.2.2', title: { en: 'AI policy', de: 'KI-Politik' }, kind: 'control', group: 'A.2' },
    { id: 'A.2.3', title: 'Alignment, "with" others', kind: 'control', group: 'A.2' },
    { id: 'A.10.2', title: 'Suppliers', kind: 'control', group: 'A.10' },
    { id: 'A.10.3', title: 'Customers', kind: 'control', group: 'A.10' },
    { id: 'X', title: 'Ungrouped', kind: 'control' },
  ],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'q1', type: 'scale', scale: 'm', requirement: 'A.2.2', text: 'q1' },
        { id: 'q2', type: 'scale', scale: 'm', requirement: 'A.2.3', text: 'q2' },
        { id: 'q3', type: 'scale', scale: 'm', requirement: 'A.10.2', text: 'q3' },
        { id: 'q4', type: 'scale', scale: 'm', requirement: 'A.10.3', text: 'q4' },
      ],
    },
  ],
});
const ev = (id: string) => ({
  id,
  name: `${id}.pdf`,
  type: 'application/pdf',
  size: 1,
  sha256: 'b'.repeat(64),
});
const R: AssessmentResponse = {
  format: 'aimskit.response/1',
  definition: { id: 'soa-x', version: '2.1' },
  answers: {
    q1: { value: '3', evidence: [ev('e1'), ev('e2')] },
    q3: { value: 'na', justification: '@SUM(A1:A9) no suppliers' },
    q4: { value: '0' },
  },
  risks: [
    { id: 'R-1', title: 'r', likelihood: 'l', impact: 'i', controls: ['A.2.2'] },
    { id: 'R-2', title: 'r', likelihood: 'l', impact: 'i', controls: ['A.2.2'] },
  ],
  soa: {
    'A.2.3': {
      applicable: false,
      justification: '=HYPERLINK("http://evil.example","click"), then\nline two',
      owner: '+49 30 1234',
    },
    'A.10.3': {
      applicable: true,
      justification: '-1 customers, "quoted"',
      status: 'alternative',
      owner: 'Müller, Anna',
    },
  },
};

describe('soaRows', () => {
  it('joins each SoA entry with its title and objective, localised', () => {
    const rows = soaRows(D, R, { locale: 'de' });
    assert.deepEqual(
      rows.map((r) => [r.control, r.title, r.objective, r.objectiveTitle]),
      [
        ['A.2.2', 'KI-Politik', 'A.2', 'Richtlinien'],
        ['A.2.3', 'Alignment, "with" others', 'A.2', 'Richtlinien'],
        ['A.10.2', 'Suppliers', 'A.10', 'Third parties'],
        ['A.10.3', 'Customers', 'A.10', 'Third parties'],
        ['X', 'Ungrouped', '', ''],
      ],
    );
    // everything else is deriveSoa's entry, unchanged
    const derived = deriveSoa(D, R);
    rows.forEach((r, i) => {
      const { title: _t, objective: _o, objectiveTitle: _ot, proposedJustification, ...entry } = r;
      assert.deepEqual(entry, derived[i]);
      // a proposal's justification, localised and joined; none without a proposal
      const reasons = derived[i]!.proposal?.justification;
      assert.equal(proposedJustification, reasons ? reasons.join(' ') : null);
    });
  });
});

describe('csvCell', () => {
  it('leaves plain text alone, quotes what RFC 4180 requires and doubles quotes', () => {
    const cases: [string, string][] = [
      ['plain', 'plain'],
      ['', ''],
      ['a,b', '"a,b"'],
      ['say "hi"', '"say ""hi"""'],
      ['two\nlines', '"two\nlines"'],
      ['cr\rhere', '"cr\rhere"'],
      ['Ünïcødé ✓', 'Ünïcødé ✓'],
      ['mid=dle', 'mid=dle'],
    ];
    for (const [input, out] of cases) assert.equal(csvCell(input), out, input);
  });
  it('neutralises formulas: a leading =, +, -, @, tab or CR gets a leading apostrophe', () => {
    const cases: [string, string][] = [
      ['=1+1', "'=1+1"],
      ['+49 30', "'+49 30"],
      ['-2', "'-2"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tx', "'\tx"],
      ['=A1,B1', `"'=A1,B1"`],
      ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ];
    for (const [input, out] of cases) assert.equal(csvCell(input), out, JSON.stringify(input));
  });
});

describe('soaToCsv', () => {
  const csv = soaToCsv(D, R);
  const rows = parseCsv(csv);

  it('has a header row and one row per control, CRLF line ends', () => {
    assert.deepEqual(rows[0], [
      'control',
      'title',
      'objective',
      'applicable',
      'justification',
      'status',
      'source',
      'owner',
      'risks',
      'evidence',
    ]);
    assert.deepEqual(rows[0], [...SOA_CSV_COLUMNS]);
    assert.equal(rows.length, 1 + 5);
    assert.ok(csv.endsWith('\r\n'), 'ends with CRLF');
    assert.equal(csv.replace(/\r\n/g, '').includes('\r'), false);
    assert.ok(!csv.startsWith('\uFEFF'), 'no byte order mark in the string');
  });

  it('round-trips through an RFC 4180 parser, with formulas neutralised', () => {
    assert.deepEqual(rows.slice(1), [
      [
        'A.2.2',
        'AI policy',
        'A.2',
        'yes',
        'Linked to risks R-1, R-2',
        'implemented',
        'risk',
        '',
        'R-1 R-2',
        '2',
      ],
      [
        'A.2.3',
        'Alignment, "with" others',
        'A.2',
        'no',
        `'=HYPERLINK("http://evil.example","click"), then\nline two`,
        'not-applicable',
        'decision',
        "'+49 30 1234",
        '',
        '0',
      ],
      [
        'A.10.2',
        'Suppliers',
        'A.10',
        'no',
        "'@SUM(A1:A9) no suppliers",
        'not-applicable',
        'answer',
        '',
        '',
        '0',
      ],
      [
        'A.10.3',
        'Customers',
        'A.10',
        'yes',
        `'-1 customers, "quoted"`,
        'alternative',
        'decision',
        'Müller, Anna',
        '',
        '0',
      ],
      ['X', 'Ungrouped', '', 'undecided', '', 'planned', '', '', '', '0'],
    ]);
  });

  it('keeps every row the same width, even with an empty SoA', () => {
    for (const r of rows) assert.equal(r.length, SOA_CSV_COLUMNS.length);
    const none = parseDefinition({
      format: 'aimskit.definition/1',
      id: 'n',
      version: '1',
      title: 'N',
      scales: [],
      sections: [{ id: 's', title: 'S', questions: [{ id: 't', type: 'text', text: 'T' }] }],
    });
    assert.deepEqual(
      parseCsv(
        soaToCsv(none, {
          format: 'aimskit.response/1',
          definition: { id: 'n', version: '1' },
          answers: {},
        }),
      ),
      [[...SOA_CSV_COLUMNS]],
    );
  });
});

describe('soaToJson', () => {
  it('carries the rows, the completeness and the given clock', () => {
    const j = soaToJson(D, R, { now: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) });
    assert.equal(j.format, 'aimskit.soa/1');
    assert.deepEqual(j.definition, { id: 'soa-x', version: '2.1', title: 'Export test' });
    assert.equal(j.generatedAt, '2026-01-02T03:04:05.000Z');
    assert.deepEqual(j.controls, soaRows(D, R));
    // A.2.2, A.2.3, A.10.2, A.10.3 decided and justified; X undecided; A.2.2 implemented
    assert.deepEqual(
      [
        j.completeness.total,
        j.completeness.decided,
        j.completeness.justified,
        j.completeness.implemented,
      ],
      [5, 4, 4, 1],
    );
    assert.deepEqual(j.completeness.undecided, ['X']);
    assert.deepEqual(JSON.parse(JSON.stringify(j)), j, 'JSON-serialisable');
  });
});

describe('uuidV5', () => {
  it('matches RFC 4122 name-based UUIDs (published vectors)', () => {
    const dns = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    // Python's documentation: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    assert.equal(uuidV5(dns, 'python.org'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // uuid (npm) README: v5('hello.example.com', DNS)
    assert.equal(uuidV5(dns, 'hello.example.com'), 'fdda765f-fc57-5604-a269-52a7df8164ec');
  });
  it('rejects a namespace that is not a UUID', () => {
    assert.throws(() => uuidV5('not-a-uuid', 'x'), TypeError);
  });
});

describe('oscalControlId', () => {
  it('lowercases and makes an OSCAL token', () => {
    const cases: [string, string][] = [
      ['A.6.2.4', 'a.6.2.4'],
      ['A.10.3', 'a.10.3'],
      ['5.1', '_5.1'],
      ['ctl:7', 'ctl-7'],
      ['Ä_x-1', 'ä_x-1'],
    ];
    for (const [input, out] of cases) assert.equal(oscalControlId(input), out, input);
  });
});

describe('soaToOscal', () => {
  const now = '2026-03-04T05:06:07Z';
  const doc = soaToOscal(D, R, { now })['component-definition'];
  const reqs = doc.components[0]!['control-implementations'][0]!['implemented-requirements'];
  const prop = (r: (typeof reqs)[number], name: string) =>
    r.props.filter((p) => p.name === name).map((p) => p.value);

  it('has OSCAL 1.0.6 metadata with the given clock and the definition version', () => {
    assert.equal(doc.metadata['oscal-version'], '1.0.6');
    assert.equal(doc.metadata['last-modified'], now);
    assert.equal(doc.metadata.version, '2.1');
    assert.match(doc.metadata.title, /Statement of Applicability/);
  });

  it('lists every control with its status, applicability and justification', () => {
    assert.deepEqual(
      reqs.map((r) => r['control-id']),
      ['a.2.2', 'a.2.3', 'a.10.2', 'a.10.3', 'x'],
    );
    assert.deepEqual(
      reqs.map((r) => prop(r, 'implementation-status')[0]),
      ['implemented', 'not-applicable', 'not-applicable', 'alternative', 'planned'],
    );
    assert.deepEqual(
      reqs.map((r) => prop(r, 'applicability')[0]),
      ['applicable', 'not-applicable', 'not-applicable', 'applicable', 'undecided'],
    );
    assert.equal(reqs[1]!.description, R.soa!['A.2.3']!.justification);
    assert.deepEqual(prop(reqs[0]!, 'linked-risk'), ['R-1', 'R-2']);
    assert.deepEqual(prop(reqs[3]!, 'owner'), ['Müller, Anna']);
    assert.deepEqual(prop(reqs[0]!, 'label'), ['A.2.2']);
    assert.equal(reqs[4]!.description, 'Applicability not decided yet.');
    assert.equal(prop(reqs[4]!, 'decision-source').length, 0);
  });

  it('is deterministic: the same input gives the same UUIDs; another definition version gives others', () => {
    const again = soaToOscal(D, R, { now })['component-definition'];
    assert.deepEqual(again, doc);
    const uuids = [doc.uuid, doc.components[0]!.uuid, ...reqs.map((r) => r.uuid)];
    assert.equal(new Set(uuids).size, uuids.length, 'all distinct');
    for (const u of uuids)
      assert.match(u, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const other = soaToOscal(
      { ...D, version: '2.2' },
      { ...R, definition: { id: 'soa-x', version: '2.2' } },
      { now },
    )['component-definition'];
    assert.notEqual(other.uuid, doc.uuid);
    const pinned = soaToOscal(D, R, { now, uuid: '0f8fad5b-d9cb-469f-a165-70867728950e' })[
      'component-definition'
    ];
    assert.equal(pinned.uuid, '0f8fad5b-d9cb-469f-a165-70867728950e');
    assert.notEqual(pinned.components[0]!.uuid, doc.components[0]!.uuid);
  });

  it('never writes an OSCAL string with surrounding or inner line breaks in props', () => {
    const odd = soaToOscal(
      D,
      {
        ...R,
        soa: {
          ...R.soa,
          'A.2.2': { applicable: true, justification: 'x', owner: '  two\nlines  ' },
        },
      },
      { now },
    );
    const p =
      odd['component-definition'].components[0]!['control-implementations'][0]![
        'implemented-requirements'
      ][0]!.props;
    assert.deepEqual(
      p.filter((x) => x.name === 'owner').map((x) => x.value),
      ['two lines'],
    );
    for (const x of p) assert.match(x.value, /^\S(.*\S)?$/);
  });
});
