import { describe, it, assert } from '../harness.js';
import { loadStructure } from './structure-fixture.js';
import {
  parseDefinition,
  localize,
  optionsOf,
  visibleQuestions,
  emptyResponse,
  type AnswerValue,
  type AssessmentDefinition,
  type Question,
} from '../../src/core.js';
import { iso42001 } from '../../src/content/iso42001.js';
import { iso42001Groups, iso42001Requirements } from '../../src/content/structure.js';
import { defaultRiskMatrix } from '../../src/content/default-risk-matrix.js';
import { frameworks, mappings } from '../../src/content/crosswalks.js';
import { score, deriveSoa } from '../../src/scoring/index.js';

const structure = await loadStructure();
const def: AssessmentDefinition = parseDefinition(JSON.parse(JSON.stringify(iso42001)));
const questions: Question[] = def.sections.flatMap((s) => s.questions);
const isScored = (q: Question) =>
  (q.type === 'scale' || q.type === 'choice') &&
  optionsOf(def, q).some((o) => o.value !== undefined);
const scored = questions.filter(isScored);
const en = (t: unknown) => localize(t as string, 'en').trim();
const kindOf = new Map(def.requirements!.map((r) => [r.id, r.kind] as const));

/** Every combination of scope answers (unanswered included) the scope section allows. */
function scopeAnswerSets(): Record<string, AnswerValue | undefined>[] {
  const scope = def.sections[0]!.questions;
  const roles = scope.find((q) => q.id === 'scope-roles')!.options!.map((o) => o.id);
  const subsets = roles.reduce<string[][]>(
    (acc, r) => [...acc, ...acc.map((s) => [...s, r])],
    [[]],
  );
  const choices = (id: string) => [
    undefined,
    ...scope.find((q) => q.id === id)!.options!.map((o) => o.id),
  ];
  const out: Record<string, AnswerValue | undefined>[] = [];
  // Art. 27 deployer answers: unanswered, none of them, one that binds.
  const deployers = [undefined, ['none'], ['credit']];
  for (const rolesValue of [undefined, ...subsets]) {
    for (const highRisk of choices('scope-high-risk')) {
      for (const isms of choices('scope-isms'))
        for (const deployer of deployers)
          out.push({
            'scope-roles': rolesValue,
            'scope-high-risk': highRisk,
            'scope-deployer': deployer,
            'scope-isms': isms,
          });
    }
  }
  return out;
}
const responseOf = (answers: Record<string, AnswerValue | undefined>) => ({
  answers: Object.fromEntries(
    Object.entries(answers)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, { value: v as AnswerValue }]),
  ),
});

describe('content: iso42001 pack', () => {
  it('passes parseDefinition unchanged', () => {
    assert.deepEqual(def, JSON.parse(JSON.stringify(iso42001)));
    assert.equal(def.format, 'aimskit.definition/1');
    assert.equal(def.id, 'iso42001');
    assert.equal(def.version, '1.0.0');
    assert.equal(def.locale, 'en');
    assert.equal(def.target, 0.6);
    assert.deepEqual(
      def.bands!.map((b) => [b.id, b.min]),
      [
        ['early', 0],
        ['developing', 40],
        ['advanced', 70],
        ['ready', 90],
      ],
    );
    assert.equal(def.metadata?.publisher, 'aimskit');
    assert.match(en(def.metadata?.note), /original/);
  });

  it('has exactly the 70 requirements of the reference structure, with its titles, kinds and groups', () => {
    const expected = [
      ...structure.clauses.flatMap((c) =>
        c.requirements.map((r) => ({ id: r.id, title: r.title, kind: 'clause', group: c.id })),
      ),
      ...structure.annexA.flatMap((g) =>
        g.controls.map((r) => ({ id: r.id, title: r.title, kind: 'control', group: g.id })),
      ),
    ];
    assert.equal(
      expected.length,
      structure.counts.clauseRequirements + structure.counts.annexAControls,
    );
    assert.equal(expected.length, 70);
    assert.deepEqual(def.requirements, expected);
    assert.deepEqual(iso42001Requirements, expected, 'structure.ts export');
  });

  it('has the 16 groups of the reference structure, titled and kinded', () => {
    const expected = [
      ...structure.clauses.map((c) => ({ id: c.id, title: c.title, kind: 'clause' })),
      ...structure.annexA.map((g) => ({ id: g.id, title: g.title, kind: 'control' })),
    ];
    assert.deepEqual(def.groups, expected);
    assert.deepEqual(iso42001Groups, expected, 'structure.ts export');
  });

  it("has 17 sections: scope, clauses 4 … 10, objectives A.2 … A.10, each holding only its own group's questions", () => {
    const groupIds = [...structure.clauses.map((c) => c.id), ...structure.annexA.map((g) => g.id)];
    assert.deepEqual(
      def.sections.map((s) => s.id),
      ['scope', ...groupIds.map((g) => (g.startsWith('A.') ? `a${g.slice(2)}` : `c${g}`))],
    );
    const groupOf = new Map(def.requirements!.map((r) => [r.id, r.group] as const));
    def.sections.slice(1).forEach((s, i) => {
      for (const q of s.questions)
        assert.equal(groupOf.get(q.requirement ?? ''), groupIds[i], `${q.id} in section ${s.id}`);
      assert.match(en(s.title), new RegExp(en(iso42001Groups[i]!.title)), `title of ${s.id}`);
    });
  });

  it('every clause and control has a scored question with help, evidence kind, recommendation and a known tag', () => {
    const tagIds = new Set(def.tags!.map((t) => t.id));
    const covered = new Set<string>();
    for (const q of scored) {
      assert.equal(q.type, 'scale', `${q.id} type`);
      assert.equal(typeof q.requirement, 'string', `${q.id} requirement`);
      assert.equal(en(q.help).length > 40, true, `${q.id} help`);
      assert.equal(en(q.recommendation).length > 20, true, `${q.id} recommendation`);
      assert.equal(
        q.evidence === 'documentation' || q.evidence === 'operation',
        true,
        `${q.id} evidence`,
      );
      assert.equal((q.tags ?? []).length > 0, true, `${q.id} tags`);
      for (const t of q.tags!) assert.equal(tagIds.has(t), true, `${q.id}: tag ${t} is defined`);
      covered.add(q.requirement!);
    }
    const missing = def.requirements!.map((r) => r.id).filter((id) => !covered.has(id));
    assert.deepEqual(missing, []);
  });

  it('uses both evidence kinds in clauses and in controls, and every defined tag', () => {
    for (const kind of ['clause', 'control']) {
      const kinds = new Set(
        scored.filter((q) => kindOf.get(q.requirement!) === kind).map((q) => q.evidence),
      );
      assert.deepEqual([...kinds].sort(), ['documentation', 'operation'], kind);
    }
    const used = new Set(scored.flatMap((q) => q.tags ?? []));
    assert.deepEqual(
      def.tags!.map((t) => t.id).filter((t) => !used.has(t)),
      [],
    );
    for (const theme of [
      'policy',
      'roles',
      'resources',
      'impact-assessment',
      'life-cycle',
      'data',
      'human-oversight',
      'transparency',
      'third-parties',
    ]) {
      assert.equal(used.has(theme), true, `theme ${theme}`);
    }
  });

  it('clause questions use the scale without N/A, control questions the one with N/A', () => {
    for (const q of scored) {
      const options = optionsOf(def, q);
      const hasNa = options.some((o) => o.na === true);
      assert.equal(
        hasNa,
        kindOf.get(q.requirement!) === 'control',
        `${q.id} (${q.requirement}) on scale ${q.scale}`,
      );
    }
  });

  it('the maturity scales: six levels from 0 to 1 in steps of 0.2 with descriptions, and the same plus N/A', () => {
    const [m, mna] = [
      def.scales.find((s) => s.id === 'maturity')!,
      def.scales.find((s) => s.id === 'maturity-na')!,
    ];
    assert.deepEqual(
      m.options.map((o) => [o.id, en(o.label)]),
      [
        ['0', 'Incomplete'],
        ['1', 'Initial'],
        ['2', 'Managed'],
        ['3', 'Defined'],
        ['4', 'Measured'],
        ['5', 'Optimizing'],
      ],
    );
    m.options.forEach((o, i) => assert.close(o.value!, i / 5, 1e-12, `value of level ${o.id}`));
    const descriptions = m.options.map((o) => en(o.description));
    assert.equal(new Set(descriptions).size, 6, 'distinct descriptions');
    for (const d of descriptions) assert.equal(d.length > 40, true, d);
    assert.deepEqual(mna.options.slice(0, 6), m.options);
    assert.equal(mna.options.length, 7);
    assert.deepEqual(
      [mna.options[6]!.id, en(mna.options[6]!.label), mna.options[6]!.na, mna.options[6]!.value],
      ['na', 'Not applicable', true, undefined],
    );
  });

  it('starts with an unscored scope section asking for roles, systems, EU AI Act high risk, Art. 27 deployers and an existing ISMS, in English and German', () => {
    const scope = def.sections[0]!;
    assert.deepEqual(
      scope.questions.map((q) => [q.id, q.type]),
      [
        ['scope-roles', 'multi'],
        ['scope-systems', 'text'],
        ['scope-high-risk', 'choice'],
        ['scope-deployer', 'multi'],
        ['scope-isms', 'choice'],
      ],
    );
    assert.deepEqual(
      scope.questions[0]!.options!.map((o) => o.id),
      ['developer', 'provider', 'user'],
    );
    assert.deepEqual(
      scope.questions[2]!.options!.map((o) => o.id),
      ['yes', 'no', 'unsure'],
    );
    assert.equal(scope.questions.some(isScored), false, 'scope is not scored');
    for (const t of [
      scope.title,
      scope.description,
      ...scope.questions.flatMap((q) => [q.text, q.help, ...(q.options ?? []).map((o) => o.label)]),
    ]) {
      const de = localize(t as string, 'de');
      assert.equal(
        typeof t === 'object' && de.length > 0 && de !== en(t),
        true,
        `German for ${en(t)}`,
      );
    }
    assert.notEqual(localize(def.title, 'de'), localize(def.title, 'en'));
  });

  it('every showIf can be both true and false under some scope answers, and unanswered scope shows everything', () => {
    const conditional = questions.filter((q) => q.showIf !== undefined);
    assert.equal(conditional.length >= 5, true, 'uses showIf where roles differ');
    const sets = scopeAnswerSets();
    const shown = new Map(conditional.map((q) => [q.id, new Set<boolean>()]));
    for (const answers of sets) {
      const visible = visibleQuestions(def, responseOf(answers));
      for (const q of conditional) shown.get(q.id)!.add(visible.has(q.id));
    }
    for (const [id, seen] of shown) assert.deepEqual([...seen].sort(), [false, true], id);
    assert.equal(visibleQuestions(def, { answers: {} }).size, questions.length);
    // Only scope answers drive visibility.
    for (const q of conditional)
      assert.match(q.showIf!, /^[^{}]*(\{scope-[a-z-]+\}[^{}]*)+$/, q.id);
  });

  it('hides design and development questions for an organisation that only uses third-party AI', () => {
    const userOnly = visibleQuestions(def, responseOf({ 'scope-roles': ['user'] }));
    const developer = visibleQuestions(def, responseOf({ 'scope-roles': ['developer'] }));
    assert.equal(userOnly.has('a6-2-4-verification'), false);
    assert.equal(developer.has('a6-2-4-verification'), true);
    assert.equal(userOnly.has('a9-4-intended-use'), true);
    assert.equal(userOnly.has('a10-4-customers'), false);
    assert.equal(
      visibleQuestions(def, responseOf({ 'scope-roles': ['provider'] })).has('a10-4-customers'),
      true,
    );
    // Every clause question stays visible whatever the scope.
    for (const answers of scopeAnswerSets()) {
      const visible = visibleQuestions(def, responseOf(answers));
      for (const q of scored)
        if (kindOf.get(q.requirement!) === 'clause') assert.equal(visible.has(q.id), true, q.id);
    }
  });

  it('question ids are readable and no question text is used twice', () => {
    for (const q of scored)
      assert.match(
        q.id,
        kindOf.get(q.requirement!) === 'clause'
          ? /^c\d+(-\d+)*-[a-z][a-z-]*$/
          : /^a\d+(-\d+)+-[a-z][a-z-]*$/,
        q.id,
      );
    for (const q of scored)
      assert.equal(
        q.id.startsWith(
          q
            .requirement!.toLowerCase()
            .replace(/^a\./, 'a')
            .replace(/\./g, '-')
            .replace(/^(\d)/, 'c$1') + '-',
        ),
        true,
        `${q.id} starts with its requirement ${q.requirement}`,
      );
    const texts = questions.map((q) => en(q.text).toLowerCase());
    assert.deepEqual(
      texts.filter((t, i) => texts.indexOf(t) !== i),
      [],
    );
    const recs = scored.map((q) => en(q.recommendation).toLowerCase());
    assert.deepEqual(
      recs.filter((t, i) => recs.indexOf(t) !== i),
      [],
    );
  });

  it('names every piece of mandatory documented information on the question it belongs to', () => {
    const items: [string, RegExp][] = [
      ['5.2', /AI policy/],
      ['4.3', /scope of the AI management system/],
      ['6.1.2', /risk assessment process/],
      ['6.1.3', /risk treatment process/],
      ['6.1.3', /risk treatment plan/],
      ['6.1.3', /Statement of Applicability/],
      ['6.1.4', /impact assessments/],
      ['8.4', /impact assessments/],
      ['6.2', /AI objectives/],
      ['7.2', /evidence of competence/],
      ['9.1', /monitoring and measurement results/],
      ['9.2.2', /audit programme and the audit results/],
      ['9.3.3', /results of management reviews/],
      ['10.2', /nonconformities.*corrective actions/],
      ['8.2', /results of all AI risk assessments/],
    ];
    for (const [req, pattern] of items) {
      const hit = scored.some(
        (q) =>
          q.requirement === req &&
          pattern.test(en(q.help).split('Documented information to keep:')[1] ?? ''),
      );
      assert.equal(hit, true, `${req}: ${pattern}`);
    }
    const register = en(scored.find((q) => q.requirement === '7.5.1')!.help);
    for (const item of [
      'scope',
      'AI policy',
      'risk treatment plan',
      'Statement of Applicability',
      'impact assessment',
      'AI objectives',
      'competence',
      'monitoring results',
      'audit programme',
      'management review results',
      'nonconformities',
      'corrective actions',
    ]) {
      assert.equal(register.includes(item), true, `7.5.1 lists ${item}`);
    }
  });

  it('hints point out what an existing ISMS can reuse; help texts no longer do', () => {
    const reuse = scored.filter((q) =>
      q.hints?.some((hint) => /ISO\/IEC 27001/.test(en(hint.text))),
    );
    assert.equal(reuse.length >= 8, true, `${reuse.length} questions have an ISMS hint`);
    assert.equal(
      reuse.some((q) => kindOf.get(q.requirement!) === 'control'),
      true,
    );
    assert.equal(
      reuse.some((q) => kindOf.get(q.requirement!) === 'clause'),
      true,
    );
    for (const q of scored) assert.equal(/ISO\/IEC 27001|ISMS/.test(en(q.help)), false, q.id);
  });

  it('carries the default 5×5 risk matrix: rising along both axes, severe harm never within appetite', () => {
    const rm = def.riskMatrix!;
    assert.deepEqual(rm, JSON.parse(JSON.stringify(defaultRiskMatrix)));
    assert.deepEqual(
      rm.likelihood.map((x) => x.id),
      ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'],
    );
    assert.deepEqual(
      rm.impact.map((x) => x.id),
      ['negligible', 'minor', 'moderate', 'major', 'severe'],
    );
    assert.deepEqual(
      rm.levels.map((x) => x.id),
      ['very-low', 'low', 'medium', 'high', 'very-high'],
    );
    assert.equal(rm.appetite, 'medium');
    for (const x of [...rm.likelihood, ...rm.impact, ...rm.levels])
      assert.equal(en(x.description).length > 10, true, x.id);
    for (let l = 0; l < 5; l++) {
      for (let i = 0; i < 5; i++) {
        if (l > 0)
          assert.equal(
            rm.grid[l]![i]! >= rm.grid[l - 1]![i]!,
            true,
            `rises with likelihood at ${l},${i}`,
          );
        if (i > 0)
          assert.equal(
            rm.grid[l]![i]! >= rm.grid[l]![i - 1]!,
            true,
            `rises with impact at ${l},${i}`,
          );
      }
    }
    assert.equal(rm.grid[0]![0], 0, 'rare × negligible is the lowest level');
    assert.equal(rm.grid[4]![4], 4, 'almost certain × severe is the highest level');
    assert.deepEqual(new Set(rm.grid.flat()).size, 5, 'every level is used');
    // A severe impact is above the appetite (medium) at every likelihood, rare included.
    const appetite = rm.levels.findIndex((level) => level.id === rm.appetite);
    for (let l = 0; l < 5; l++)
      assert.equal(rm.grid[l]![4]! > appetite, true, `severe above appetite at likelihood ${l}`);
    // Below severe, the grid is symmetric: a cell's level follows its distance along both axes.
    for (let l = 0; l < 4; l++)
      for (let i = 0; i < 4; i++) assert.equal(rm.grid[l]![i], rm.grid[i]![l], `at ${l},${i}`);
  });

  it('scores end to end: practices at "Defined" and documents at "Yes" meet every target, maturity-only groups at 60', () => {
    for (const roles of [['user'], ['developer', 'provider', 'user']]) {
      const response = {
        ...emptyResponse(def),
        answers: responseOf({
          'scope-roles': roles,
          'scope-systems': 'Support chatbot',
          'scope-high-risk': 'no',
          'scope-isms': 'no',
        }).answers,
      };
      const visible = visibleQuestions(def, response);
      const onMaturity = (q: Question) => q.scale!.startsWith('maturity');
      for (const q of scored)
        if (visible.has(q.id)) response.answers[q.id] = { value: onMaturity(q) ? '3' : 'yes' };
      const card = score(def, response);
      const defined = 100 * def.scales[0]!.options.find((o) => o.id === '3')!.value!;
      assert.equal(card.overall.readiness! > defined, true, roles.join('+'));
      assert.deepEqual(card.gaps, [], roles.join('+'));
      assert.equal(card.overall.completion, 1, roles.join('+'));
      // Every question at target, but no SoA decision: the SoA gate alone keeps it from a verdict.
      assert.equal(card.overall.certificationReady, false, roles.join('+'));
      assert.deepEqual(
        card.gates.filter((gate) => !gate.closed).map((gate) => gate.id),
        ['soa-decided'],
        roles.join('+'),
      );
      assert.deepEqual(
        card.groups.map((g) => g.id),
        def.groups!.map((g) => g.id),
      );
      for (const g of card.groups) {
        const inGroup = scored.filter(
          (q) =>
            visible.has(q.id) &&
            def.requirements!.find((r) => r.id === q.requirement)!.group === g.id,
        );
        if (inGroup.every(onMaturity))
          assert.equal(g.readiness, defined, `${roles.join('+')}: group ${g.id}`);
        else assert.equal(g.readiness! > defined, true, `${roles.join('+')}: group ${g.id}`);
      }
      assert.deepEqual(
        deriveSoa(def, response).map((e) => e.control),
        def.requirements!.filter((r) => r.kind === 'control').map((r) => r.id),
      );
    }
  });

  it('takes its frameworks and mappings from the crosswalk tables', () => {
    assert.equal(iso42001.frameworks, frameworks);
    assert.equal(iso42001.mappings, mappings);
  });
});
