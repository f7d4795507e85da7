// The documented information register (docs/documents.md): golden cases computed by hand, one per
// status and per edge of the rule, the full pack's list, the definition checks, and the CSV and
// JSON exports (escaping, formula-injection guard). Runs in Node and in Chromium.
import { describe, it, assert } from '../harness.js';
import {
  deriveSoa,
  documentRegister,
  documentRegisterCsv,
  documentRegisterJson,
  documentStatusCounts,
  DOCUMENT_REGISTER_CSV_COLUMNS,
  parseCsv,
  parseDefinition,
  safeParseDefinition,
  visibleQuestions,
  type Answer,
  type AssessmentResponse,
  type DocumentEntry,
  type EvidenceRef,
  type SoaDecision,
} from '../../src/core.js';
import { iso42001 } from '../../src/content.js';
import { emptyResponse } from '../../src/model/response.js';

const scale = {
  id: 'm',
  options: [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, i) => ({ id: String(i), label: `L${i}`, value })),
};
const naScale = { id: 'n', options: [...scale.options, { id: 'na', label: 'N/A', na: true }] };
const question = (id: string, requirement: string, scaleId = 'm', showIf?: string) => ({
  id,
  type: 'scale' as const,
  scale: scaleId,
  requirement,
  text: id,
  ...(showIf ? { showIf } : {}),
});

const DEFINITION_INPUT = {
  format: 'aimskit.definition/1',
  id: 'documents',
  version: '1',
  title: { en: 'Register', de: 'Register' },
  scales: [scale, naScale],
  requirements: [
    { id: '4.3', title: 'Scope', kind: 'clause' },
    { id: '6.1.3', title: 'Risk treatment', kind: 'clause' },
    { id: 'A.2.2', title: 'AI policy', kind: 'control' },
    { id: 'A.6.2.7', title: 'Technical documentation', kind: 'control' },
  ],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        {
          id: 'dev',
          type: 'choice' as const,
          text: 'Do you develop AI?',
          options: [
            { id: 'yes', label: 'Yes' },
            { id: 'no', label: 'No' },
          ],
        },
        question('scope', '4.3'),
        question('treatment', '6.1.3'),
        question('soa', '6.1.3'),
        question('policy', 'A.2.2', 'n'),
        question('policy-rules', 'A.2.2', 'n'),
        question('tech', 'A.6.2.7', 'n', "{dev} = 'yes'"),
      ],
    },
  ],
  documents: [
    { id: 'doc-scope', title: { en: 'Scope', de: 'Geltungsbereich' }, requirements: ['4.3'] },
    { id: 'doc-soa', title: 'SoA', requirements: ['6.1.3'], questions: ['soa'] },
    { id: 'doc-policy', title: 'Policy', description: 'Rules', requirements: ['4.3', 'A.2.2'] },
    { id: 'doc-tech', title: 'Technical documentation', requirements: ['A.6.2.7'] },
  ],
};
const DEF = parseDefinition(DEFINITION_INPUT);

const file = (id: string): EvidenceRef => ({
  id,
  name: `${id}.pdf`,
  type: 'application/pdf',
  size: 1,
  sha256: 'a'.repeat(64),
});
const at = (level: number, ...files: string[]): Answer => ({
  value: String(level),
  ...(files.length ? { evidence: files.map(file) } : {}),
});
const NA: Answer = { value: 'na', justification: 'No policy of our own: group policy applies' };

const resp = (
  answers: Record<string, Answer>,
  soa: Record<string, SoaDecision> = {},
): AssessmentResponse => ({
  format: 'aimskit.response/1',
  definition: { id: 'documents', version: '1' },
  answers: { dev: { value: 'yes' }, ...answers },
  soa,
});

const register = (response: AssessmentResponse) => documentRegister(DEF, response);
const entry = (response: AssessmentResponse, id: string): DocumentEntry =>
  register(response).find((candidate) => candidate.id === id)!;
const statusOf = (response: AssessmentResponse, id: string) => entry(response, id).status;

describe('documentRegister: statuses', () => {
  it('in-place: every question at its target and a file attached', () => {
    const scope = entry(resp({ scope: at(3, 'e1') }), 'doc-scope');
    assert.deepEqual(scope, {
      id: 'doc-scope',
      title: { en: 'Scope', de: 'Geltungsbereich' },
      description: null,
      requirements: ['4.3'],
      excluded: [],
      status: 'in-place',
      questions: ['scope'],
      evidence: 1,
      fix: null,
    });
    // above the target is at target too
    assert.equal(statusOf(resp({ scope: at(5, 'e1') }), 'doc-scope'), 'in-place');
  });

  it('evidence-missing: at target without a file; fixed where the file is attached', () => {
    const scope = entry(resp({ scope: at(3) }), 'doc-scope');
    assert.equal(scope.status, 'evidence-missing');
    assert.equal(scope.evidence, 0);
    assert.equal(scope.fix, 'scope');
  });

  it('partial: answered above the lowest level but below target', () => {
    const scope = entry(resp({ scope: at(2, 'e1') }), 'doc-scope');
    assert.equal(scope.status, 'partial');
    assert.equal(scope.fix, 'scope');
    // one question at target, another unanswered: partial
    const policy = entry(resp({ scope: at(3, 'e1'), policy: at(4) }), 'doc-policy');
    assert.equal(policy.status, 'partial');
    assert.equal(policy.fix, 'policy-rules');
  });

  it('missing: unanswered, or at the lowest level (files do not help)', () => {
    assert.equal(statusOf(resp({}), 'doc-scope'), 'missing');
    assert.equal(statusOf(resp({ scope: at(0, 'e1') }), 'doc-scope'), 'missing');
    assert.equal(entry(resp({}), 'doc-scope').fix, 'scope');
    assert.equal(statusOf(resp({ policy: at(0), 'policy-rules': {} }), 'doc-policy'), 'missing');
  });

  it('fix: the question furthest below its target, the first of equals', () => {
    const policy = (answers: Record<string, Answer>) => entry(resp(answers), 'doc-policy').fix;
    assert.equal(policy({ scope: at(2), policy: at(1), 'policy-rules': at(2) }), 'policy');
    assert.equal(policy({ scope: at(1), policy: at(1), 'policy-rules': at(2) }), 'scope');
    assert.equal(policy({ scope: at(3), policy: at(3), 'policy-rules': at(2) }), 'policy-rules');
  });

  it('not-applicable: every requirement an excluded control, or every question N/A', () => {
    const excluded = { 'A.6.2.7': { applicable: false, justification: 'We build no AI' } };
    const tech = entry(resp({ tech: at(0) }, excluded), 'doc-tech');
    assert.equal(tech.status, 'not-applicable');
    assert.deepEqual(tech.excluded, ['A.6.2.7']);
    assert.deepEqual(tech.questions, []);
    assert.equal(tech.fix, null);
    // every question N/A (the SoA's rule 3 excludes the control too)
    assert.equal(statusOf(resp({ tech: NA }), 'doc-tech'), 'not-applicable');
    // an applicable control is counted whatever its answers
    const included = { 'A.6.2.7': { applicable: true, justification: 'We build AI' } };
    assert.equal(statusOf(resp({ tech: at(3, 'e1') }, included), 'doc-tech'), 'in-place');
  });

  it('an excluded control leaves the other requirements of the entry to decide', () => {
    const excluded = { 'A.2.2': { applicable: false, justification: 'Group policy' } };
    const policy = entry(resp({ scope: at(3, 'e1'), policy: at(0) }, excluded), 'doc-policy');
    assert.equal(policy.status, 'in-place');
    assert.deepEqual(policy.excluded, ['A.2.2']);
    assert.deepEqual(policy.questions, ['scope']);
    // N/A questions do not count, the others decide
    const partlyNa = entry(
      resp({ scope: at(3, 'e1'), policy: NA, 'policy-rules': at(3) }),
      'doc-policy',
    );
    assert.equal(partlyNa.status, 'in-place');
    assert.deepEqual(partlyNa.questions, ['scope', 'policy-rules']);
  });

  it('a control hidden by scope and not excluded is missing, with nothing to link', () => {
    const response = resp({ dev: { value: 'no' } });
    const tech = entry(response, 'doc-tech');
    assert.equal(tech.status, 'missing');
    assert.deepEqual(tech.questions, []);
    assert.equal(tech.fix, null);
    // deciding the exclusion in the SoA makes it not applicable
    const decided = { ...response, soa: { 'A.6.2.7': { applicable: false, justification: 'x' } } };
    assert.equal(statusOf(decided, 'doc-tech'), 'not-applicable');
  });

  it('an entry with `questions` counts only those', () => {
    const soa = entry(resp({ treatment: at(0), soa: at(4, 'e1', 'e2') }), 'doc-soa');
    assert.equal(soa.status, 'in-place');
    assert.deepEqual(soa.questions, ['soa']);
    assert.equal(soa.evidence, 2);
    // a file on another question of the requirement does not count
    assert.equal(
      statusOf(resp({ treatment: at(3, 'e1'), soa: at(3) }), 'doc-soa'),
      'evidence-missing',
    );
  });

  it('keeps the definition order and takes the SoA and visible set passed in', () => {
    const response = resp({ scope: at(3, 'e1') });
    const visible = visibleQuestions(DEF, response);
    const soa = deriveSoa(DEF, response, visible);
    const passed = documentRegister(DEF, response, visible, soa);
    assert.deepEqual(passed, register(response));
    assert.deepEqual(
      passed.map((document) => document.id),
      ['doc-scope', 'doc-soa', 'doc-policy', 'doc-tech'],
    );
  });

  it('a definition without a list gives an empty register', () => {
    const { documents: _documents, ...rest } = DEFINITION_INPUT;
    const bare = parseDefinition(rest);
    assert.deepEqual(documentRegister(bare, resp({ scope: at(3) })), []);
  });

  it('counts per status, every status present', () => {
    const counts = documentStatusCounts(
      register(
        resp(
          { scope: at(3, 'e1'), treatment: at(1), soa: at(1) },
          { 'A.6.2.7': { applicable: false, justification: 'x' } },
        ),
      ),
    );
    assert.deepEqual(counts, {
      'in-place': 1,
      'evidence-missing': 0,
      partial: 2,
      missing: 0,
      'not-applicable': 1,
    });
  });
});

describe('documents in a definition', () => {
  it('are checked: unknown requirements and questions, repeated ids', () => {
    const result = safeParseDefinition({
      ...DEFINITION_INPUT,
      documents: [
        { id: 'doc-a', title: 'A', requirements: ['4.3', '9.9'] },
        { id: 'doc-a', title: 'B', requirements: ['4.3'], questions: ['nope'] },
      ],
    });
    assert.equal(result.success, false);
    const messages = result.success ? [] : result.issues.map((issue) => issue.path);
    assert.deepEqual(messages.sort(), [
      'documents[0].requirements[1]',
      'documents[1].id',
      'documents[1].questions[0]',
    ]);
  });

  it('need a requirement', () => {
    const result = safeParseDefinition({
      ...DEFINITION_INPUT,
      documents: [{ id: 'doc-a', title: 'A', requirements: [] }],
    });
    assert.equal(result.success, false);
  });
});

describe('the full pack register', () => {
  const full = parseDefinition(iso42001);
  const byId = new Map((full.documents ?? []).map((document) => [document.id, document]));

  it('lists the documents the clauses require, by requirement', () => {
    const clauseDocuments: [string, string[]][] = [
      ['doc-scope', ['4.3']],
      ['doc-ai-policy', ['5.2', 'A.2.2']],
      ['doc-ai-objectives', ['6.2']],
      ['doc-risk-assessment', ['6.1.2', '8.2']],
      ['doc-risk-treatment', ['6.1.3', '8.3']],
      ['doc-soa', ['6.1.3']],
      ['doc-impact-assessment', ['6.1.4', '8.4']],
      ['doc-competence', ['7.2']],
      ['doc-operational-control', ['8.1']],
      ['doc-monitoring-results', ['9.1']],
      ['doc-audit-programme', ['9.2.1', '9.2.2']],
      ['doc-management-review', ['9.3.3']],
      ['doc-corrective-action', ['10.2']],
    ];
    for (const [id, requirements] of clauseDocuments)
      assert.deepEqual(byId.get(id)?.requirements, requirements, id);
  });

  it('names Annex A controls, each an existing control with a question', () => {
    const kinds = new Map((full.requirements ?? []).map((item) => [item.id, item.kind]));
    const asked = new Set(
      full.sections.flatMap((section) => section.questions.map((item) => item.requirement)),
    );
    const controls = [...byId.values()].flatMap((document) =>
      document.requirements.filter((id) => kinds.get(id) === 'control'),
    );
    for (const id of ['A.2.2', 'A.4.2', 'A.5.3', 'A.6.2.7', 'A.6.2.8'])
      assert.ok(controls.includes(id), id);
    for (const id of controls) assert.ok(asked.has(id), `${id} has a question`);
    for (const document of byId.values()) {
      assert.ok(document.description, `${document.id} has a description`);
      assert.ok(typeof document.title === 'object' && document.title['de'], `${document.id} de`);
    }
  });

  it('an empty response: every entry missing; all at target with files: every entry in place', () => {
    const empty = emptyResponse(full);
    const statuses = new Set(documentRegister(full, empty).map((document) => document.status));
    assert.deepEqual([...statuses], ['missing']);
    const answers: Record<string, Answer> = {};
    for (const section of full.sections)
      for (const item of section.questions) {
        if (!item.requirement) continue;
        const options = item.scale
          ? full.scales.find((candidate) => candidate.id === item.scale)!.options
          : (item.options ?? []);
        const scored = options.filter((option) => !option.na && option.value !== undefined);
        const best = scored.reduce((top, option) => (option.value! > top.value! ? option : top));
        const value = item.type === 'multi' ? scored.map((option) => option.id) : best.id;
        answers[item.id] = { value, evidence: [file('e1')] };
      }
    const ready = documentRegister(full, { ...empty, answers: { ...empty.answers, ...answers } });
    assert.deepEqual(
      ready.filter((document) => document.status !== 'in-place').map((document) => document.id),
      [],
    );
  });
});

describe('document register exports', () => {
  const hostile: DocumentEntry = {
    id: 'doc-x',
    title: { en: '=HYPERLINK("http://evil")', de: 'Titel, mit "Zitat"' },
    description: '+1\nsecond line',
    requirements: ['4.3', 'A.2.2'],
    excluded: ['A.2.2'],
    status: 'partial',
    questions: ['scope'],
    evidence: 0,
    fix: 'scope',
  };

  it('CSV: header, one row per document, CRLF, lists space-separated', () => {
    const csv = documentRegisterCsv(register(resp({ scope: at(3, 'e1') })));
    const lines = csv.split('\r\n');
    assert.equal(lines[0], DOCUMENT_REGISTER_CSV_COLUMNS.join(','));
    assert.equal(lines[1], 'doc-scope,Scope,,4.3,in-place,,scope,1');
    assert.equal(lines.length, 6);
    assert.equal(lines[5], '');
    assert.ok(!csv.startsWith('\uFEFF'));
  });

  it('CSV: guards formulas and quotes what needs quoting', () => {
    const csv = documentRegisterCsv([hostile]);
    assert.equal(
      csv.split('\r\n')[1],
      `doc-x,"'=HYPERLINK(""http://evil"")","'+1\nsecond line",4.3 A.2.2,partial,A.2.2,scope,0`,
    );
    const rows = parseCsv(csv);
    assert.deepEqual(rows[1], [
      'doc-x',
      `'=HYPERLINK("http://evil")`,
      `'+1\nsecond line`,
      '4.3 A.2.2',
      'partial',
      'A.2.2',
      'scope',
      '0',
    ]);
  });

  it('CSV: labels name the columns and statuses, titles in the locale', () => {
    const csv = documentRegisterCsv([hostile], {
      columns: { document: 'Dokument', status: 'Status' },
      statuses: { partial: 'Teilweise' },
      locale: 'de',
    });
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0]!.slice(0, 5), [
      'Dokument',
      'title',
      'description',
      'requirements',
      'Status',
    ]);
    assert.equal(rows[1]![1], 'Titel, mit "Zitat"');
    assert.equal(rows[1]![4], 'Teilweise');
  });

  it('JSON: format, definition, stamp, counts and localized rows', () => {
    const entries = register(resp({ scope: at(3, 'e1') }));
    const json = documentRegisterJson(DEF, entries, { now: '2026-01-02T03:04:05Z', locale: 'de' });
    assert.equal(json.format, 'aimskit.documents/1');
    assert.deepEqual(json.definition, { id: 'documents', version: '1', title: 'Register' });
    assert.equal(json.generatedAt, '2026-01-02T03:04:05Z');
    assert.deepEqual(json.counts, documentStatusCounts(entries));
    assert.equal(json.documents[0]!.title, 'Geltungsbereich');
    assert.equal(json.documents[0]!.description, '');
    assert.equal(json.documents[2]!.description, 'Rules');
    assert.deepEqual(JSON.parse(JSON.stringify(json)), json);
    const dated = documentRegisterJson(DEF, entries, { now: new Date(Date.UTC(2026, 0, 2)) });
    assert.equal(dated.generatedAt, '2026-01-02T00:00:00.000Z');
    assert.equal(dated.documents[0]!.title, 'Scope');
  });
});
