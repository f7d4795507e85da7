import { describe, it, assert as harnessAssert } from '../harness.js';
import { loadStructure } from './structure-fixture.js';
import { parseDefinition, RELATIONSHIPS, type AssessmentDefinition } from '../../src/core.js';
import { frameworks, mappings, mappingsFor, CROSSWALK_NOTICE } from '../../src/content.js';
import { iso42001 } from '../../src/content/iso42001.js';

/** Explicitly typed, so TypeScript accepts its assertion signatures (TS2775). */
const assert: typeof harnessAssert = harnessAssert;

const structure = await loadStructure();
const clauseIds = structure.clauses.flatMap((c) => c.requirements.map((r) => r.id));
const controlIds = structure.annexA.flatMap((g) => g.controls.map((r) => r.id));
const requirementIds = new Set([...clauseIds, ...controlIds]);
const frameworkOf = (target: string) => target.slice(0, target.indexOf(':'));
const EU_ARTICLES = [
  4, 6, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 25, 26, 27, 43, 47, 48, 49, 50, 53, 72, 73,
];
const has = (source: string, target: string) =>
  mappings.some((mapping) => mapping.source === source && mapping.target === target);
const noteOf = (source: string, target: string) =>
  String(mappings.find((mapping) => mapping.source === source && mapping.target === target)?.note);
/** What a row's note must begin with: the published text of its framework, then the provision. */
const SOURCE_OF: Readonly<Record<string, RegExp>> = {
  'eu-ai-act': /^Regulation \(EU\) 2024\/1689, (Art\. \d+|Annex [IVX]+)/,
  'nist-ai-rmf': /^NIST AI 100-1, (GOVERN|MAP|MEASURE|MANAGE) \d+(\.\d+)?/,
  iso27001: /^ISO\/IEC 27001:2022, (clause \d+(\.\d+)*|Annex A \d+\.\d+)/,
};

describe('crosswalks', () => {
  it('the fixture has the 32 clause requirements and 38 Annex A controls', () => {
    assert.equal(clauseIds.length, 32);
    assert.equal(controlIds.length, 38);
  });

  it('declares the EU AI Act, NIST AI RMF and ISO/IEC 27001 frameworks, each marked as our interpretation', () => {
    assert.deepEqual(
      frameworks.map((f) => f.id),
      ['eu-ai-act', 'nist-ai-rmf', 'iso27001'],
    );
    for (const f of frameworks) {
      assert.equal(f.interpretation, true, `${f.id} interpretation`);
      assert.match(String(f.note), /interpretation/i, `${f.id} note`);
      assert.ok(f.targets.length > 0, `${f.id} has targets`);
      for (const t of f.targets) {
        assert.ok(t.id.startsWith(`${f.id}:`), `${t.id} starts with its framework id`);
        assert.ok(typeof t.title === 'string' && t.title.length > 3, `${t.id} has a title`);
      }
    }
    assert.match(CROSSWALK_NOTICE, /not an official mapping/);
  });

  it('target ids are unique across frameworks', () => {
    const ids = frameworks.flatMap((f) => f.targets.map((t) => t.id));
    assert.equal(new Set(ids).size, ids.length);
  });

  it('every row names an ISO/IEC 42001 requirement of the fixture and a declared target, with an OSCAL relationship word', () => {
    assert.ok(mappings.length > 100, `expected a full table, got ${mappings.length} rows`);
    const targets = new Map(frameworks.map((f) => [f.id, new Set(f.targets.map((t) => t.id))]));
    mappings.forEach((m, i) => {
      assert.ok(requirementIds.has(m.source), `row ${i}: unknown source ${m.source}`);
      const declared = targets.get(frameworkOf(m.target));
      assert.ok(declared, `row ${i}: ${m.target} belongs to no declared framework`);
      assert.ok(declared!.has(m.target), `row ${i}: ${m.target} is not a target of its framework`);
      assert.ok(
        (RELATIONSHIPS as readonly string[]).includes(m.relationship),
        `row ${i}: ${m.relationship}`,
      );
    });
  });

  it('has no repeated rows', () => {
    const keys = mappings.map((m) => `${m.source} ${m.target}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  it('every Annex A control appears as a source, with a row to the EU AI Act and a row to the NIST AI RMF', () => {
    for (const id of controlIds) {
      const rows = mappings.filter((m) => m.source === id);
      assert.ok(rows.length > 0, `${id} has no row`);
      assert.ok(
        rows.some((m) => m.target.startsWith('eu-ai-act:')),
        `${id} has no EU AI Act row`,
      );
      assert.ok(
        rows.some((m) => m.target.startsWith('nist-ai-rmf:')),
        `${id} has no NIST AI RMF row`,
      );
    }
  });

  it('maps the clauses too (risk assessment, impact assessment, monitoring)', () => {
    assert.ok(has('6.1.2', 'eu-ai-act:art-9'));
    assert.ok(has('6.1.4', 'eu-ai-act:art-27'));
    assert.ok(has('9.1', 'eu-ai-act:art-72'));
    assert.ok(
      clauseIds.filter((id) => mappings.some((m) => m.source === id)).length >= 25,
      'most clauses have rows',
    );
  });

  it('each listed EU AI Act article is a declared target and the target of at least one row', () => {
    const eu = frameworks.find((f) => f.id === 'eu-ai-act')!;
    for (const n of EU_ARTICLES) {
      const id = `eu-ai-act:art-${n}`;
      assert.ok(
        eu.targets.some((t) => t.id === id),
        `${id} declared`,
      );
      assert.ok(
        mappings.some((m) => m.target === id),
        `${id} mapped`,
      );
    }
  });

  it('covers all four NIST AI RMF functions, and every declared target is used', () => {
    for (const fn of ['govern', 'map', 'measure', 'manage']) {
      assert.ok(
        mappings.some((m) => m.target.startsWith(`nist-ai-rmf:${fn}-`)),
        fn,
      );
    }
    for (const t of frameworks.flatMap((f) => f.targets))
      assert.ok(
        mappings.some((m) => m.target === t.id),
        `${t.id} unused`,
      );
  });

  it('every row carries its source: the published text and the provision it points to', () => {
    for (const mapping of mappings) {
      const pattern = SOURCE_OF[frameworkOf(mapping.target)];
      assert.ok(pattern, `${mapping.target}: no source pattern`);
      assert.match(String(mapping.note), pattern!, `${mapping.source} → ${mapping.target}`);
    }
  });

  it('names the provision of the target in the note (article, annex, subcategory, clause or control)', () => {
    const cited = (target: string) => {
      const key = target.slice(target.indexOf(':') + 1);
      if (key.startsWith('art-')) return `Art. ${key.slice('art-'.length)}`;
      if (key.startsWith('annex-')) return `Annex ${key.slice('annex-'.length).toUpperCase()}`;
      if (key.startsWith('a-')) return `Annex A ${key.slice('a-'.length)}`;
      if (target.startsWith('iso27001:')) return `clause ${key}`;
      return key.toUpperCase().replace('-', ' ');
    };
    for (const mapping of mappings)
      assert.ok(
        String(mapping.note).includes(cited(mapping.target)),
        `${mapping.source} → ${mapping.target}: ${String(mapping.note)}`,
      );
  });

  it('human oversight: A.9.4 and A.6.2.6 point to Art. 14', () => {
    assert.ok(has('A.9.4', 'eu-ai-act:art-14'));
    assert.ok(has('A.6.2.6', 'eu-ai-act:art-14'));
  });

  it('information for users: A.8.2 points to Art. 50 and to Art. 26(11)', () => {
    assert.ok(has('A.8.2', 'eu-ai-act:art-50'));
    assert.ok(has('A.8.2', 'eu-ai-act:art-26'));
    assert.match(noteOf('A.8.2', 'eu-ai-act:art-26'), /Art\. 26\(11\)/);
  });

  it('context and scope (4.1, 4.3) point to classification (Art. 6, Annex III) and roles (Art. 25)', () => {
    for (const source of ['4.1', '4.3'])
      for (const target of ['art-6', 'annex-iii', 'art-25'])
        assert.ok(has(source, `eu-ai-act:${target}`), `${source} → ${target}`);
  });

  it('deployment (A.6.2.5) points to conformity assessment, declaration, CE marking and registration', () => {
    for (const article of [43, 47, 48, 49])
      assert.ok(has('A.6.2.5', `eu-ai-act:art-${article}`), `Art. ${article}`);
  });

  it('record keeping points to Art. 18 (documentation) and Art. 19 (logs)', () => {
    assert.ok(has('7.5.3', 'eu-ai-act:art-18'));
    assert.ok(has('A.6.2.8', 'eu-ai-act:art-12'));
    assert.ok(has('A.6.2.8', 'eu-ai-act:art-19'));
  });

  it('suppliers (A.10.3) point to Art. 53, the information a GPAI provider passes down', () => {
    assert.ok(has('A.10.3', 'eu-ai-act:art-53'));
    assert.match(noteOf('A.10.3', 'eu-ai-act:art-53'), /Art\. 53\(1\)\(b\)/);
  });

  it('technical documentation is named with Annex IV wherever a row points to Art. 11 for it', () => {
    for (const source of ['A.6.2.3', 'A.6.2.7', 'A.7.5'])
      assert.ok(has(source, 'eu-ai-act:annex-iv'), source);
    for (const mapping of mappings.filter((row) => row.target === 'eu-ai-act:annex-iv'))
      assert.ok(has(mapping.source, 'eu-ai-act:art-11'), `${mapping.source} → Art. 11 too`);
  });

  it('fixes: a FRIA (Art. 27) is about persons, not society; A.5.3 no longer points to Art. 11', () => {
    assert.ok(!has('A.5.5', 'eu-ai-act:art-27'), 'A.5.5 (societal impact) is not a FRIA');
    assert.ok(has('A.5.4', 'eu-ai-act:art-27'), 'A.5.4 (individuals and groups) is');
    assert.ok(!has('A.5.3', 'eu-ai-act:art-11'), 'A.5.3 documents the impact assessment');
    assert.ok(has('A.5.3', 'eu-ai-act:art-27'));
  });

  it('fixes: A.3.3 → Art. 87 is kept only as a loose link, and says so', () => {
    assert.match(noteOf('A.3.3', 'eu-ai-act:art-87'), /loose/);
  });

  it('fixes: 6.3 and 9.2 point to the ISO/IEC 27001 clauses 6.3 and 9.2, not to Annex A', () => {
    assert.ok(has('6.3', 'iso27001:6.3'));
    assert.ok(has('9.2.1', 'iso27001:9.2'));
    assert.ok(has('9.2.2', 'iso27001:9.2'));
    for (const source of ['6.3', '9.2.1', '9.2.2'])
      assert.deepEqual(
        mappings
          .filter((mapping) => mapping.source === source && mapping.target.startsWith('iso27001:'))
          .map((mapping) => mapping.target),
        [source === '6.3' ? 'iso27001:6.3' : 'iso27001:9.2'],
        source,
      );
    const iso = frameworks.find((framework) => framework.id === 'iso27001')!;
    assert.deepEqual(
      iso.targets.filter((target) => !target.id.startsWith('iso27001:a-')),
      [
        { id: 'iso27001:6.3', title: 'Clause 6.3: Planning of changes' },
        { id: 'iso27001:9.2', title: 'Clause 9.2: Internal audit' },
      ],
    );
  });

  it('NIST AI RMF subcategories where a category is too coarse', () => {
    assert.ok(has('A.4.2', 'nist-ai-rmf:govern-1.6'), 'AI inventory');
    assert.ok(has('A.9.2', 'nist-ai-rmf:map-3.5'), 'human oversight processes');
    assert.ok(has('A.9.4', 'nist-ai-rmf:manage-2.4'), 'disengage or deactivate');
    assert.ok(has('A.6.2.6', 'nist-ai-rmf:manage-2.4'), 'disengage or deactivate');
    assert.ok(has('A.5.4', 'nist-ai-rmf:measure-2.11'), 'fairness and bias');
    assert.ok(has('A.5.5', 'nist-ai-rmf:measure-2.12'), 'environmental impact');
  });

  it('target ids keep their style', () => {
    const pattern =
      /^(eu-ai-act:(art-\d+|annex-[ivx]+)|nist-ai-rmf:(govern|map|measure|manage)-\d+(\.\d+)?|iso27001:(a-)?\d+\.\d+)$/;
    for (const target of frameworks.flatMap((framework) => framework.targets))
      assert.match(target.id, pattern);
  });

  it('the full pack carries the notice in metadata.crosswalks, like the others', () => {
    assert.equal(iso42001.metadata.crosswalks, CROSSWALK_NOTICE);
  });

  it('mappingsFor keeps exactly the rows of the given requirements', () => {
    const some = mappingsFor(['A.6.2.4', '9.1']);
    assert.ok(some.length > 0);
    assert.deepEqual(
      some,
      mappings.filter((m) => m.source === 'A.6.2.4' || m.source === '9.1'),
    );
    assert.equal(mappingsFor([]).length, 0);
  });

  it('a definition carrying all 70 requirements, the frameworks and every row passes parseDefinition', () => {
    const def: AssessmentDefinition = {
      format: 'aimskit.definition/1',
      id: 'xw',
      version: '1',
      title: 'Crosswalk carrier',
      scales: [],
      requirements: [
        ...structure.clauses.flatMap((c) =>
          c.requirements.map((r) => ({
            id: r.id,
            title: r.title,
            kind: 'clause' as const,
            group: c.id,
          })),
        ),
        ...structure.annexA.flatMap((g) =>
          g.controls.map((r) => ({
            id: r.id,
            title: r.title,
            kind: 'control' as const,
            group: g.id,
          })),
        ),
      ],
      sections: [
        { id: 's', title: 'S', questions: [{ id: 'q', type: 'text', text: 'Anything?' }] },
      ],
      frameworks,
      mappings,
    };
    assert.equal(parseDefinition(def).mappings!.length, mappings.length);
  });
});
