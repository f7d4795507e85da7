// The ISO/IEC 27001 tables (src/content/iso27001.ts) against the reference structure and the
// crosswalks, and the ISMS reuse figure (src/scoring/isms-reuse.ts) with hand-computed readiness.
import { describe, it, inNode, assert as harnessAssert } from '../harness.js';
import { loadStructure } from './structure-fixture.js';
import {
  emptyResponse,
  optionsOf,
  parseDefinition,
  score,
  visibleQuestions,
  ismsInPlace,
  ismsReuse,
  type Answer,
  type AssessmentDefinition,
  type AssessmentResponse,
} from '../../src/core.js';
import {
  frameworks,
  iso27001ClauseTitles,
  iso27001Clauses,
  iso27001Controls,
  iso42001,
  iso42001QuickScan,
  iso42001Supplier,
  mappings,
  ISMS_RELATIONS,
  ISO27001_NOTICE,
  ISO27001_SOURCES,
} from '../../src/content.js';

/** Explicitly typed, so TypeScript accepts its assertion signatures (TS2775). */
const assert: typeof harnessAssert = harnessAssert;

const structure = await loadStructure();
const clauseIds = structure.clauses.flatMap((clause) => clause.requirements.map((req) => req.id));
const controlIds = structure.annexA.flatMap((group) => group.controls.map((req) => req.id));
const known42001 = new Set([...clauseIds, ...controlIds]);
const packClauses = (iso42001.requirements ?? [])
  .filter((requirement) => requirement.kind === 'clause')
  .map((requirement) => requirement.id);

/** docs/iso27001.md, read from the source tree in Node (tests run from build/…) or fetched. */
async function loadDocs(): Promise<string> {
  if (inNode) {
    const fs = 'node:fs';
    const { readFileSync } = (await import(fs)) as { readFileSync: (u: URL, e: string) => string };
    return readFileSync(new URL('../../../../docs/iso27001.md', import.meta.url), 'utf8');
  }
  return (await fetch(new URL('../../docs/iso27001.md', import.meta.url))).text();
}
const docs = await loadDocs();
/** The docs' table rows, each as its trimmed cells. */
const docRows = docs
  .split('\n')
  .filter((line) => line.startsWith('| '))
  .map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  );
const hasDocRow = (cells: readonly string[]) =>
  docRows.some((row) => row.length === cells.length && row.every((cell, i) => cell === cells[i]));

/** The relations the issue starts from; every clause not named here extends an ISMS process. */
const REUSE = [
  '6.3',
  '7.1',
  '7.4',
  '7.5.1',
  '7.5.2',
  '7.5.3',
  '9.2.1',
  '9.2.2',
  '9.3.1',
  '9.3.2',
  '9.3.3',
  '10.1',
  '10.2',
];
const NEW = ['5.2', '6.1.4', '8.4'];
const expectedRelation = (id: string) =>
  REUSE.includes(id) ? 'reuse' : NEW.includes(id) ? 'new' : 'extend';

describe('ISO/IEC 27001 tables', () => {
  it('has one row for each of the 32 clause requirements of the full pack, in its order', () => {
    assert.equal(clauseIds.length, 32);
    assert.deepEqual(
      iso27001Clauses.map((row) => row.requirement),
      clauseIds,
    );
    assert.deepEqual(packClauses, clauseIds);
  });

  it('relates each clause as the starting point says: 13 reuse, 3 new, the other 16 extend', () => {
    for (const row of iso27001Clauses)
      assert.equal(row.relation, expectedRelation(row.requirement), row.requirement);
    const countOf = (relation: string) =>
      iso27001Clauses.filter((row) => row.relation === relation).length;
    assert.deepEqual(
      ISMS_RELATIONS.map((relation) => countOf(relation)),
      [13, 16, 3],
    );
  });

  it('names for each clause the ISO/IEC 27001:2022 clause of the same number, none for the impact assessment', () => {
    const clauses27001 = new Set(iso27001ClauseTitles.map(([id]) => id));
    assert.equal(clauses27001.size, 30, '27001 has no counterpart of 6.1.4 and 8.4');
    for (const row of iso27001Clauses) {
      if (row.requirement === '6.1.4' || row.requirement === '8.4') {
        assert.equal(row.counterpart, null, row.requirement);
        continue;
      }
      assert.equal(row.counterpart, `iso27001:${row.requirement}`, row.requirement);
      assert.ok(clauses27001.has(row.requirement), `${row.requirement} is a 27001 clause`);
    }
    // The ISMS has a policy clause, but the AI policy is new work.
    const policy = iso27001Clauses.find((row) => row.requirement === '5.2');
    assert.equal(policy?.counterpart, 'iso27001:5.2');
    assert.equal(policy?.relation, 'new');
  });

  it('agrees with the ISO/IEC 27001 clause rows of the crosswalks', () => {
    const clauseTargets = mappings.filter((mapping) => /^iso27001:\d/.test(mapping.target));
    assert.ok(clauseTargets.length >= 3, 'the crosswalks point 6.3 and 9.2 to 27001 clauses');
    for (const mapping of clauseTargets) {
      const row = iso27001Clauses.find((candidate) => candidate.requirement === mapping.source);
      assert.ok(
        row?.counterpart?.startsWith(mapping.target),
        `${mapping.source} ${mapping.target}`,
      );
    }
  });

  it('gives every row a note of its own, in a sentence', () => {
    const notes = [...iso27001Clauses, ...iso27001Controls].map((row) => row.note);
    assert.equal(new Set(notes).size, notes.length, 'no note is used twice');
    for (const note of notes) {
      assert.match(note, /^[A-Z].{30,}[.]$/, note);
      assert.ok(note.length <= 240, `short enough: ${note}`);
    }
  });

  it('lists the Annex A controls an AIMS leans on, each supporting existing ISO/IEC 42001 requirements', () => {
    const controls = iso27001Controls.map((row) => row.control);
    assert.equal(new Set(controls).size, controls.length, 'no control twice');
    for (const required of ['a-5.8', 'a-5.10', 'a-5.23', 'a-8.11'])
      assert.ok(controls.includes(`iso27001:${required}`), required);
    for (const row of iso27001Controls) {
      assert.match(row.control, /^iso27001:a-[5-8]\.\d{1,2}$/, row.control);
      assert.equal(row.interpretation, true, row.control);
      assert.ok(row.title.length > 5, `${row.control} has a title`);
      assert.ok(row.supports.length > 0, `${row.control} supports something`);
      for (const id of row.supports) assert.ok(known42001.has(id), `${row.control}: ${id}`);
    }
  });

  it('points the secure development and testing controls toward Art. 15 of the EU AI Act, a known target', () => {
    const euTargets = new Set(
      frameworks.find((framework) => framework.id === 'eu-ai-act')?.targets.map((t) => t.id),
    );
    const towardArt15 = iso27001Controls
      .filter((row) => row.euAiAct.includes('eu-ai-act:art-15'))
      .map((row) => row.control);
    for (const number of [25, 26, 27, 28, 29])
      assert.ok(towardArt15.includes(`iso27001:a-8.${number}`), `A.8.${number}`);
    for (const row of iso27001Controls)
      for (const target of row.euAiAct) assert.ok(euTargets.has(target), target);
  });

  it('docs/iso27001.md lists every row as the tables have it', () => {
    const title42001 = new Map(
      (iso42001.requirements ?? []).map((requirement) => [requirement.id, requirement.title]),
    );
    const title27001 = new Map(iso27001ClauseTitles);
    for (const row of iso27001Clauses) {
      const clause = row.counterpart?.slice('iso27001:'.length);
      const counterpart = clause === undefined ? 'none' : `${clause} ${title27001.get(clause)}`;
      const cells = [
        `${row.requirement} ${title42001.get(row.requirement)}`,
        counterpart,
        row.relation,
        row.note,
      ];
      assert.ok(hasDocRow(cells), `docs row of ${row.requirement}`);
    }
    for (const row of iso27001Controls) {
      const control = row.control.replace('iso27001:a-', 'A.');
      const articles = row.euAiAct.map((id) => `Art. ${id.slice('eu-ai-act:art-'.length)}`);
      const cells = [
        `${control} ${row.title} (\`${row.control}\`)`,
        row.supports.join(', '),
        articles.join(', '),
        row.note,
      ];
      assert.ok(hasDocRow(cells), `docs row of ${control}`);
    }
  });

  it('carries a notice and the sources', () => {
    assert.match(ISO27001_NOTICE, /interpretation, not an official mapping/);
    assert.deepEqual(Object.values(ISO27001_SOURCES), [
      'ISO/IEC 42001:2023',
      'ISO/IEC 27001:2022',
      'Regulation (EU) 2024/1689',
    ]);
  });
});

// A small definition to compute by hand: scale values 0, 0.2 … 1, weight 1 unless given, target
// 0.6 (the default).
const scale = {
  id: 'm',
  options: [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, index) => ({
    id: String(index),
    label: `L${index}`,
    value,
  })),
};
const scaleQuestion = (id: string, requirement: string, weight?: number) => ({
  id,
  type: 'scale' as const,
  scale: 'm',
  requirement,
  text: `Question ${id}`,
  ...(weight === undefined ? {} : { weight }),
});
const choice = (id: string, options: string[], showIf?: string) => ({
  id,
  type: 'choice' as const,
  text: `Question ${id}`,
  options: options.map((option) => ({ id: option, label: option })),
  ...(showIf ? { showIf } : {}),
});
const SMALL: AssessmentDefinition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'isms-small',
  version: '1',
  title: 'ISMS reuse',
  scales: [scale],
  requirements: [
    { id: '5.2', title: 'AI policy', kind: 'clause', group: '5' },
    { id: '6.1.4', title: 'AI system impact assessment', kind: 'clause', group: '6' },
    { id: '6.3', title: 'Planning of changes', kind: 'clause', group: '6' },
    { id: '7.2', title: 'Competence', kind: 'clause', group: '7' },
    { id: '9.2.1', title: 'Internal audit: general', kind: 'clause', group: '9' },
    { id: 'A.2.2', title: 'AI policy', kind: 'control', group: 'A.2' },
  ],
  sections: [
    {
      id: 'scope',
      title: 'Scope',
      questions: [
        choice('org', ['company', 'person']),
        choice('scope-isms', ['certified', 'implemented', 'no'], "{org} = 'company'"),
      ],
    },
    {
      id: 'clauses',
      title: 'Clauses',
      questions: [
        scaleQuestion('c5-2', '5.2'),
        scaleQuestion('c6-1-4', '6.1.4'),
        scaleQuestion('c6-3-a', '6.3'),
        scaleQuestion('c6-3-b', '6.3', 3),
        scaleQuestion('c7-2', '7.2'),
        scaleQuestion('a2-2', 'A.2.2'),
      ],
    },
  ],
});
const smallResponse = (answers: Record<string, Answer>): AssessmentResponse => ({
  ...emptyResponse(SMALL),
  answers,
});
const SAMPLE: Record<string, Answer> = {
  org: { value: 'company' },
  'scope-isms': { value: 'certified' },
  'c5-2': { value: '3' }, // 0.6: readiness 60, at target
  'c6-1-4': { value: '2' }, // 0.4: readiness 40
  'c6-3-a': { value: '5' }, // 1 × 1
  'c6-3-b': { value: '1' }, // 0.2 × 3: (1 + 0.6) / 4 = 0.4, readiness 40
  // c7-2 unanswered: readiness 0; 9.2.1 has no question: readiness null
  'a2-2': { value: '0' }, // a control: not part of the figure
};
const reuseOf = (answers: Record<string, Answer>, definition = SMALL) => {
  const response = { ...emptyResponse(definition), answers };
  const visible = visibleQuestions(definition, response);
  return ismsReuse(definition, response, score(definition, response, visible), visible);
};

describe('ismsReuse', () => {
  it('groups the clause requirements by relation with their readiness (hand-computed)', () => {
    assert.deepEqual(reuseOf(SAMPLE), {
      isms: 'certified',
      relations: [
        {
          relation: 'reuse',
          count: 2,
          clauses: [
            { requirement: '6.3', counterpart: 'iso27001:6.3', readiness: 40, status: 'partial' },
            {
              requirement: '9.2.1',
              counterpart: 'iso27001:9.2.1',
              readiness: null,
              status: 'planned',
            },
          ],
        },
        {
          relation: 'extend',
          count: 1,
          clauses: [
            { requirement: '7.2', counterpart: 'iso27001:7.2', readiness: 0, status: 'planned' },
          ],
        },
        {
          relation: 'new',
          count: 2,
          clauses: [
            {
              requirement: '5.2',
              counterpart: 'iso27001:5.2',
              readiness: 60,
              status: 'implemented',
            },
            { requirement: '6.1.4', counterpart: null, readiness: 40, status: 'partial' },
          ],
        },
      ],
    });
  });

  it('names an ISMS only when the scope says one runs, and the question is shown', () => {
    const response = (answers: Record<string, Answer>) => smallResponse(answers);
    assert.equal(
      reuseOf({ ...SAMPLE, 'scope-isms': { value: 'implemented' } })?.isms,
      'implemented',
    );
    assert.equal(reuseOf({ ...SAMPLE, 'scope-isms': { value: 'no' } }), null);
    const { 'scope-isms': _unanswered, ...withoutIsms } = SAMPLE;
    assert.equal(reuseOf(withoutIsms), null);
    // hidden by the scope: the stale answer does not count
    const hidden = { ...SAMPLE, org: { value: 'person' } };
    assert.equal(reuseOf(hidden), null);
    // without `visible`, the answer alone decides
    assert.equal(ismsInPlace(SMALL, response(hidden)), 'certified');
  });

  it('is absent for a definition without the scope question or without clause requirements', () => {
    for (const pack of [iso42001QuickScan, iso42001Supplier]) {
      const response = { ...emptyResponse(pack), answers: {} };
      assert.equal(ismsReuse(pack, response, score(pack, response)), null, pack.id);
    }
    const onlyControls = parseDefinition({
      format: 'aimskit.definition/1',
      id: 'isms-controls',
      version: '1',
      title: 'Controls only',
      scales: [scale],
      requirements: [{ id: 'A.2.2', title: 'AI policy', kind: 'control', group: 'A.2' }],
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            choice('scope-isms', ['certified', 'implemented', 'no']),
            scaleQuestion('a2-2', 'A.2.2'),
          ],
        },
      ],
    });
    assert.equal(reuseOf({ 'scope-isms': { value: 'certified' } }, onlyControls), null);
  });

  it('covers the full pack: 13 reuse, 16 extend, 3 new, each with its readiness from the scorecard', () => {
    const response: AssessmentResponse = {
      ...emptyResponse(iso42001),
      answers: { 'scope-isms': { value: 'certified' } },
    };
    const visible = visibleQuestions(iso42001, response);
    // every visible scored question at its highest option, whatever its scale
    for (const question of iso42001.sections.flatMap((section) => section.questions)) {
      const valued = optionsOf(iso42001, question).filter((option) => option.value !== undefined);
      const best = valued.sort((left, right) => right.value! - left.value!)[0];
      if (visible.has(question.id) && best) response.answers[question.id] = { value: best.id };
    }
    const card = score(iso42001, response, visible);
    const figure = ismsReuse(iso42001, response, card, visible);
    assert.ok(figure, 'present with a certified ISMS');
    assert.deepEqual(
      figure.relations.map((group) => [group.relation, group.count]),
      [
        ['reuse', 13],
        ['extend', 16],
        ['new', 3],
      ],
    );
    const readinessOf = new Map(card.requirements.map((req) => [req.id, req.readiness]));
    for (const group of figure.relations)
      for (const clause of group.clauses) {
        assert.equal(clause.readiness, readinessOf.get(clause.requirement), clause.requirement);
        assert.equal(clause.readiness, 100, `${clause.requirement} at its best`);
      }
    const noIsms = { ...response, answers: { ...response.answers, 'scope-isms': { value: 'no' } } };
    assert.equal(ismsReuse(iso42001, noIsms, score(iso42001, noIsms)), null);
  });
});
