import { describe, it, assert as harnessAssert } from '../harness.js';
import { loadStructure } from './structure-fixture.js';
import { parseDefinition, RELATIONSHIPS, type AssessmentDefinition } from '../../src/core.js';
import { frameworks, mappings, mappingsFor, CROSSWALK_NOTICE } from '../../src/content.js';

/** Explicitly typed, so TypeScript accepts its assertion signatures (TS2775). */
const assert: typeof harnessAssert = harnessAssert;

const structure = await loadStructure();
const clauseIds = structure.clauses.flatMap((c) => c.requirements.map((r) => r.id));
const controlIds = structure.annexA.flatMap((g) => g.controls.map((r) => r.id));
const requirementIds = new Set([...clauseIds, ...controlIds]);
const frameworkOf = (target: string) => target.slice(0, target.indexOf(':'));
const EU_ARTICLES = [4, 9, 10, 11, 12, 13, 14, 15, 17, 26, 27, 72, 73];

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
    const has = (source: string, target: string) =>
      mappings.some((m) => m.source === source && m.target === target);
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
