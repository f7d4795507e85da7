import { describe, it, assert as harnessAssert } from '../harness.js';
import { loadStructure } from './structure-fixture.js';
import {
  parseDefinition,
  localize,
  optionsOf,
  type AssessmentDefinition,
  type Question,
} from '../../src/core.js';
import { score, visibleQuestions } from '../../src/scoring/index.js';
import {
  builtInDefinitions,
  frameworks,
  mappings,
  iso42001,
  iso42001QuickScan,
  iso42001Supplier,
} from '../../src/content.js';

/** Explicitly typed, so TypeScript accepts its assertion signatures (TS2775). */
const assert: typeof harnessAssert = harnessAssert;

const structure = await loadStructure();
/** requirement id → its area (clause "4" … "10", objective "A.2" … "A.10"), from the fixture. */
const areaOf = new Map<string, string>([
  ...structure.clauses.flatMap((c) => c.requirements.map((r) => [r.id, c.id] as [string, string])),
  ...structure.annexA.flatMap((g) => g.controls.map((r) => [r.id, g.id] as [string, string])),
]);
const allAreas = [...structure.clauses.map((c) => c.id), ...structure.annexA.map((g) => g.id)];
const controls = new Set(structure.annexA.flatMap((g) => g.controls.map((r) => r.id)));

const questions = (def: AssessmentDefinition): Question[] =>
  def.sections.flatMap((s) => s.questions);
const isScored = (def: AssessmentDefinition, q: Question) =>
  (q.type === 'scale' || q.type === 'choice') &&
  optionsOf(def, q).some((o) => o.value !== undefined);
const scored = (def: AssessmentDefinition) => questions(def).filter((q) => isScored(def, q));
const text = (t: unknown) => localize(t as string).trim();

const packs = [iso42001QuickScan, iso42001Supplier];

describe('content packs: common', () => {
  for (const def of packs) {
    it(`${def.id} passes parseDefinition unchanged`, () => {
      const parsed = parseDefinition(JSON.parse(JSON.stringify(def)));
      assert.deepEqual(parsed, JSON.parse(JSON.stringify(def)));
    });

    it(`${def.id}: no question text is used twice`, () => {
      const texts = questions(def).map((q) => text(q.text).toLowerCase());
      const dupes = texts.filter((t, i) => texts.indexOf(t) !== i);
      assert.deepEqual(dupes, []);
    });

    it(`${def.id}: every scored question has help and a recommendation, and links only requirements of the standard`, () => {
      for (const q of scored(def)) {
        assert.ok(text(q.help).length > 20, `${q.id} help`);
        assert.ok(text(q.recommendation).length > 20, `${q.id} recommendation`);
        if (q.requirement !== undefined)
          assert.ok(areaOf.has(q.requirement), `${q.id}: ${q.requirement} is not in the standard`);
      }
      for (const r of def.requirements ?? [])
        assert.equal(r.group, areaOf.get(r.id), `${r.id} group`);
    });

    it(`${def.id} carries the frameworks, marked as interpretations, and the crosswalk rows of its own requirements`, () => {
      assert.deepEqual(def.frameworks, frameworks);
      assert.ok(def.frameworks!.every((f) => f.interpretation === true));
      const own = new Set((def.requirements ?? []).map((r) => r.id));
      assert.deepEqual(
        def.mappings,
        mappings.filter((m) => own.has(m.source)),
      );
      assert.ok(def.mappings!.length > 0);
      assert.match(text(def.metadata?.crosswalks), /interpretation/);
    });
  }

  it('builtInDefinitions is keyed by definition id and holds the quick scan and the supplier pack', () => {
    for (const [id, def] of Object.entries(builtInDefinitions)) assert.equal(def.id, id);
    assert.equal(builtInDefinitions['iso42001-quick-scan'], iso42001QuickScan);
    assert.equal(builtInDefinitions['iso42001-supplier'], iso42001Supplier);
    assert.deepEqual(Object.keys(builtInDefinitions).sort(), [
      'iso42001',
      'iso42001-quick-scan',
      'iso42001-supplier',
    ]);
    assert.equal(builtInDefinitions['iso42001'], iso42001);
  });
});

describe('content packs: quick scan', () => {
  const def = iso42001QuickScan;

  it('has id iso42001-quick-scan, version 1.0.0 and 12 to 16 scored questions', () => {
    assert.equal(def.id, 'iso42001-quick-scan');
    assert.equal(def.version, '1.0.0');
    const n = scored(def).length;
    assert.ok(n >= 12 && n <= 16, `${n} scored questions`);
  });

  it("covers all 16 areas (clauses 4 to 10, objectives A.2 to A.10) through its questions' requirements", () => {
    assert.equal(allAreas.length, 16);
    const covered = new Set(scored(def).map((q) => areaOf.get(q.requirement ?? '')));
    for (const a of allAreas) assert.ok(covered.has(a), `area ${a} not covered`);
  });

  it('scores every answer between 0 and 1, from a 0 option up to a 1 option, and offers no N/A anywhere', () => {
    for (const q of scored(def)) {
      const values = optionsOf(def, q).map((o) => o.value);
      assert.ok(
        values.every((v) => typeof v === 'number' && v >= 0 && v <= 1),
        `${q.id} values`,
      );
      assert.ok(values.includes(0) && values.includes(1), `${q.id} spans 0..1`);
      assert.ok(
        optionsOf(def, q).every((o) => !o.na),
        `${q.id} offers N/A`,
      );
    }
  });

  it('rolls up per area, and lists a next step for each of its biggest gaps', () => {
    const lowest = Object.fromEntries(
      scored(def).map((q) => [q.id, { value: optionsOf(def, q).find((o) => o.value === 0)!.id }]),
    );
    const card = score(def, {
      format: 'aimskit.response/1',
      definition: { id: def.id, version: def.version },
      answers: lowest,
    });
    assert.deepEqual(card.groups.map((g) => g.id).sort(), [...allAreas].sort());
    assert.ok(card.groups.every((g) => g.readiness === 0));
    assert.equal(card.gaps.length, scored(def).length);
    for (const gap of card.gaps.slice(0, 3)) {
      const q = scored(def).find((x) => x.id === gap.question)!;
      assert.ok(text(q.recommendation).length > 0, `${gap.question} has a next step`);
    }
  });

  it('reaches 100 with no gaps when every answer is the best one', () => {
    const best = Object.fromEntries(
      scored(def).map((q) => [q.id, { value: optionsOf(def, q).find((o) => o.value === 1)!.id }]),
    );
    const card = score(def, {
      format: 'aimskit.response/1',
      definition: { id: def.id, version: def.version },
      answers: best,
    });
    assert.equal(card.overall.readiness, 100);
    assert.equal(card.gaps.length, 0);
    assert.ok(card.groups.every((g) => g.readiness === 100));
  });
});

describe('content packs: supplier', () => {
  const def = iso42001Supplier;
  const sq = scored(def);

  it('has id iso42001-supplier and 40 to 45 scored questions', () => {
    assert.equal(def.id, 'iso42001-supplier');
    assert.ok(sq.length >= 40 && sq.length <= 45, `${sq.length} scored questions`);
  });

  it('asks every scored question on a Yes 1 / Partly 0.5 (with justification) / No 0 (with justification) / N/A scale, the certification question without N/A', () => {
    for (const q of sq) {
      assert.equal(q.type, 'scale', q.id);
      const certification = q.id === 'sup-aims-certified';
      const opts = optionsOf(def, q);
      assert.deepEqual(
        opts.map((o) => o.value),
        certification ? [1, 0.5, 0] : [1, 0.5, 0, undefined],
        `${q.id} values`,
      );
      assert.deepEqual(
        opts.map((o) => text(o.label)),
        certification ? ['Yes', 'Partly', 'No'] : ['Yes', 'Partly', 'No', 'Not applicable'],
      );
      assert.notEqual(opts[0]!.requiresJustification, true, 'Yes needs no justification');
      assert.match(text(opts[0]!.description), /attach the evidence/i, 'Yes asks for evidence');
      assert.equal(opts[1]!.requiresJustification, true, 'Partly requires a justification');
      assert.equal(opts[2]!.requiresJustification, true, 'No requires a justification');
      if (!certification) assert.equal(opts[3]!.na, true, 'the last option is N/A');
      assert.ok(opts.slice(0, 3).every((o) => !o.na));
    }
    const certification = sq.find((q) => q.id === 'sup-aims-certified')!;
    assert.ok(
      optionsOf(def, certification).every((o) => !o.na),
      'no N/A for the certificate',
    );
  });

  it('asks the EU AI Act role (provider, deployer, importer, distributor) and risk class, unscored', () => {
    const all = questions(def);
    const role = all.find((q) => q.id === 'sup-eu-role')!;
    const riskClass = all.find((q) => q.id === 'sup-eu-risk-class')!;
    assert.equal(role.type, 'multi');
    assert.equal(riskClass.type, 'choice');
    for (const id of ['provider', 'deployer', 'importer', 'distributor'])
      assert.ok(
        optionsOf(def, role).some((o) => o.id === id),
        `role ${id}`,
      );
    assert.ok(optionsOf(def, riskClass).some((o) => o.id === 'high-risk'));
    for (const q of [role, riskClass]) {
      assert.ok(!isScored(def, q), `${q.id} is not scored`);
      assert.ok(text(q.help).length > 20, `${q.id} help`);
    }
  });

  it('shows the conformity questions (Art. 43, 47, 48, 49) only for a high-risk product', () => {
    const conformity = [
      ['sup-conformity-assessment', 'Art. 43'],
      ['sup-eu-declaration', 'Art. 47'],
      ['sup-ce-marking', 'Art. 48'],
      ['sup-eu-registration', 'Art. 49'],
    ] as const;
    for (const [id, article] of conformity) {
      const q = sq.find((x) => x.id === id)!;
      assert.equal(q.showIf, "{sup-eu-risk-class} = 'high-risk'", id);
      assert.ok(text(q.help).includes(article), `${id} names ${article}`);
    }
    const shown = (riskClass: string) =>
      visibleQuestions(def, { answers: { 'sup-eu-risk-class': { value: riskClass } } });
    for (const [id] of conformity) {
      assert.ok(shown('high-risk').has(id), `${id} shown for high-risk`);
      for (const other of ['transparency', 'minimal', 'unsure'])
        assert.ok(!shown(other).has(id), `${id} hidden for ${other}`);
    }
  });

  it('names the article of Regulation (EU) 2024/1689 in help texts and marks it as our interpretation', () => {
    const euQuestions = questions(def).filter((q) => q.tags?.includes('eu-ai-act'));
    assert.ok(euQuestions.length >= 9, `${euQuestions.length} EU AI Act questions`);
    for (const q of questions(def)) {
      const help = text(q.help);
      if (!/\bArt\. \d/.test(help)) continue;
      assert.match(help, /Regulation \(EU\) \d{4}\/\d+/, `${q.id} names the regulation`);
      assert.match(
        help,
        /our interpretation, not legal advice/,
        `${q.id} marks the reading as ours`,
      );
    }
    for (const q of euQuestions)
      assert.match(text(q.help), /Regulation \(EU\) 2024\/1689\), Art\. \d/, `${q.id} article`);
    for (const [id, article] of [
      ['sup-ai-disclosure', 'Art. 50(1)'],
      ['sup-content-marking', 'Art. 50(2)'],
      ['sup-gpai-docs', 'Art. 53(1)(b)'],
    ] as const)
      assert.ok(text(questions(def).find((q) => q.id === id)?.help).includes(article), id);
  });

  it('lets every scored question carry a description of the practice and evidence files', () => {
    for (const q of sq) {
      assert.match(text(q.commentLabel), /describe/i, q.id);
      assert.notEqual(q.comments, false, q.id);
      assert.equal(q.attachments, true, q.id);
    }
  });

  it('starts with a section about the supplier: company, product and contact as text questions', () => {
    const first = def.sections[0]!;
    assert.ok(first.questions.every((q) => q.type === 'text'));
    const all = first.questions.map((q) => text(q.text).toLowerCase()).join(' | ');
    for (const word of ['company', 'product', 'contact']) assert.ok(all.includes(word), word);
  });

  it('links scored questions only to Annex A controls, never to mandatory clauses', () => {
    for (const q of sq)
      if (q.requirement !== undefined)
        assert.ok(controls.has(q.requirement), `${q.id} → ${q.requirement}`);
    for (const r of def.requirements ?? []) assert.equal(r.kind, 'control', r.id);
  });

  it('covers every procurement topic by tag or requirement', () => {
    const topics: [string, string[], string[]][] = [
      ['AIMS status or certification', ['aims-status'], []],
      ['AI policy', ['ai-policy'], ['A.2.2']],
      ['roles', ['roles'], ['A.3.2']],
      ['impact assessment', ['impact-assessment'], ['A.5.2', 'A.5.4']],
      ['risk assessment', ['risk-assessment'], []],
      ['data provenance', ['data-provenance'], ['A.7.5']],
      ['data quality', ['data-quality'], ['A.7.4']],
      ['verification and validation', ['verification-validation'], ['A.6.2.4']],
      ['monitoring', ['monitoring'], ['A.6.2.6']],
      ['event logs', ['event-logs'], ['A.6.2.8']],
      ['human oversight', ['human-oversight'], []],
      ['incident communication to customers', ['incident-communication'], ['A.8.4']],
      ['information for users', ['user-information'], ['A.8.2']],
      ['their own suppliers', ['supply-chain'], ['A.10.3']],
      ['allocation of responsibilities', ['responsibilities'], ['A.10.2']],
      ['EU AI Act duties', ['eu-ai-act'], []],
      ['personal data: processing agreement, residency, retention', ['personal-data'], []],
      ['version pinning and change notice', ['change-management'], ['A.6.2.5']],
      ['exit: data return and transition', ['exit'], []],
    ];
    for (const [topic, tags, reqs] of topics) {
      assert.ok(
        sq.some((q) => q.tags?.some((t) => tags.includes(t)) || reqs.includes(q.requirement ?? '')),
        `topic not covered: ${topic}`,
      );
    }
    const declared = new Set((def.tags ?? []).map((t) => t.id));
    for (const q of sq)
      for (const t of q.tags ?? []) assert.ok(declared.has(t), `${q.id}: tag ${t} is not declared`);
  });

  it('excludes an N/A answer from the score instead of counting it as 0', () => {
    const shown = sq.filter((q) => q.showIf === undefined);
    const [a, b] = shown.filter((q) => optionsOf(def, q).some((o) => o.na));
    const card = score(def, {
      format: 'aimskit.response/1',
      definition: { id: def.id, version: def.version },
      answers: Object.fromEntries(
        shown.map((q) => [
          q.id,
          q === a
            ? { value: 'na', justification: 'No such data.' }
            : q === b
              ? { value: 'partial', justification: 'Only the web version so far.' }
              : { value: 'yes' },
        ]),
      ),
    });
    const n = shown.length - 1;
    assert.close(card.overall.readiness!, Math.round((1000 * (n - 0.5)) / n) / 10, 1e-9);
  });
});
