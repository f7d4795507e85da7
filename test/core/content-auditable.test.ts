/**
 * Questions an auditor can test (issue "Questions that an auditor can test"): split questions,
 * yes / partly / no documents, the AI policy checklist, the Art. 27 gate of the fundamental rights
 * impact assessment, ISMS hints, buyer questions on A.6.2.2 and A.6.2.4, out-of-scope reasons, and
 * the quick scan's "Don't know".
 */
import { describe, it, assert as harnessAssert } from '../harness.js';
import {
  parseDefinition,
  safeParseDefinition,
  localize,
  optionsOf,
  type AnswerValue,
  type AssessmentDefinition,
  type DefinitionInput,
  type Question,
} from '../../src/core.js';
import { score, visibleQuestions } from '../../src/scoring/index.js';
import { isUnknownAnswer } from '../../src/scoring/answers.js';
import { shownHints } from '../../src/scoring/visibility.js';
import { iso42001, iso42001QuickScan, iso42001Supplier } from '../../src/content.js';
import { HAS_ISMS } from '../../src/content/iso42001/build.js';

const assert: typeof harnessAssert = harnessAssert;

const def: AssessmentDefinition = parseDefinition(JSON.parse(JSON.stringify(iso42001)));
const questions: Question[] = def.sections.flatMap((section) => section.questions);
const byId = new Map(questions.map((question) => [question.id, question]));
const kindOf = new Map(def.requirements!.map((r) => [r.id, r.kind] as const));
const en = (text: unknown) => localize(text as string, 'en').trim();

const responseOf = (answers: Record<string, AnswerValue>) => ({
  answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
});
const visibleUnder = (answers: Record<string, AnswerValue>) =>
  visibleQuestions(def, responseOf(answers));

describe('content: questions an auditor can test', () => {
  it('splits double-barrelled questions into questions on the same requirement', () => {
    const pairs: [string, string, string][] = [
      ['4.1', 'c4-1-context', 'c4-1-roles'],
      ['5.1', 'c5-1-leadership', 'c5-1-follow-up'],
      ['5.3', 'c5-3-roles', 'c5-3-roles-known'],
      ['6.1.1', 'c6-1-1-risks-opportunities', 'c6-1-1-actions'],
      ['6.1.3', 'c6-1-3-risk-treatment', 'c6-1-3-treatment-plan'],
      ['6.1.4', 'c6-1-4-impact-assessment', 'c6-1-4-risk-input'],
      ['6.2', 'c6-2-objectives', 'c6-2-plans'],
      ['7.1', 'c7-1-resources', 'c7-1-provided'],
      ['7.2', 'c7-2-competence', 'c7-2-evidence'],
      ['7.5.1', 'c7-5-1-documented-information', 'c7-5-1-complete'],
      ['7.5.2', 'c7-5-2-creating-updating', 'c7-5-2-approval'],
      ['8.1', 'c8-1-operational-control', 'c8-1-outsourced'],
      ['8.2', 'c8-2-risk-assessment', 'c8-2-changes'],
      ['8.3', 'c8-3-risk-treatment', 'c8-3-effectiveness'],
      ['8.4', 'c8-4-impact-assessment', 'c8-4-changes'],
      ['9.1', 'c9-1-monitoring', 'c9-1-evaluation'],
      ['10.2', 'c10-2-corrective-action', 'c10-2-effectiveness'],
      ['A.2.4', 'a2-4-policy-review', 'a2-4-change-review'],
      ['A.3.3', 'a3-3-concerns', 'a3-3-follow-up'],
      ['A.6.2.5', 'a6-2-5-deployment', 'a6-2-5-go-live'],
      ['A.6.2.6', 'a6-2-6-operation', 'a6-2-6-response'],
      ['A.7.4', 'a7-4-quality', 'a7-4-checks'],
      ['A.8.3', 'a8-3-external-reporting', 'a8-3-follow-up'],
      ['A.8.5', 'a8-5-interested-parties', 'a8-5-provided'],
      ['A.9.3', 'a9-3-use-objectives', 'a9-3-checked'],
      ['A.9.4', 'a9-4-intended-use', 'a9-4-oversight'],
      ['A.10.2', 'a10-2-responsibilities', 'a10-2-contracts'],
      ['A.10.4', 'a10-4-customers', 'a10-4-information'],
    ];
    for (const [requirement, first, second] of pairs) {
      for (const id of [first, second]) {
        const question = byId.get(id);
        assert.ok(question, `${id} exists`);
        assert.equal(question.requirement, requirement, id);
      }
    }
    // The policy review no longer asks "at planned intervals and after significant changes".
    assert.equal(
      / and after significant changes/.test(en(byId.get('a2-4-policy-review')!.text)),
      false,
    );
  });

  it('rates "does document X exist" questions on yes / partly / no, valued like the supplier pack', () => {
    const supplierValues = iso42001Supplier.scales
      .find((scale) => scale.id === 'ypn-no-na')!
      .options.map((option) => [option.label, option.value]);
    const clauseScale = def.scales.find((scale) => scale.id === 'yes-partly-no')!;
    const controlScale = def.scales.find((scale) => scale.id === 'yes-partly-no-na')!;
    assert.deepEqual(
      clauseScale.options.map((option) => [en(option.label), option.value]),
      supplierValues,
    );
    assert.deepEqual(controlScale.options.slice(0, 3), clauseScale.options);
    assert.deepEqual(
      controlScale.options.slice(3).map((option) => option.na),
      [true],
    );
    const documents = questions.filter((q) => q.scale?.startsWith('yes-partly-no'));
    for (const id of [
      'c4-3-scope',
      'c5-2-policy',
      'c6-1-3-treatment-plan',
      'c6-1-3-soa',
      'c6-2-objectives',
      'c7-2-evidence',
      'c7-5-1-documented-information',
      'c9-2-2-audit-programme',
      'c10-1-recent',
      'a4-2-resource-documentation',
      'a5-3-impact-documentation',
      'a6-2-7-technical-documentation',
    ])
      assert.ok(
        documents.some((q) => q.id === id),
        `${id} is on yes / partly / no`,
      );
    for (const q of documents)
      assert.equal(
        q.scale,
        kindOf.get(q.requirement!) === 'control' ? 'yes-partly-no-na' : 'yes-partly-no',
        q.id,
      );
  });

  it('checks the AI policy element by element (5.2) and asks for a recent improvement (10.1)', () => {
    const elements = questions.filter((q) => q.id.startsWith('c5-2-policy-'));
    assert.deepEqual(
      elements.map((q) => q.id),
      [
        'c5-2-policy-purpose',
        'c5-2-policy-objectives',
        'c5-2-policy-requirements',
        'c5-2-policy-improvement',
        'c5-2-policy-communicated',
        'c5-2-policy-available',
      ],
    );
    for (const q of elements) {
      assert.equal(q.requirement, '5.2', q.id);
      assert.equal(q.scale, 'yes-partly-no', q.id);
      assert.equal(q.weight, 0.5, `${q.id}: six items weigh as much as three questions`);
    }
    assert.equal(byId.get('c5-2-policy')!.scale, 'yes-partly-no');
    const improvement = questions.filter((q) => q.requirement === '10.1');
    assert.deepEqual(
      improvement.map((q) => q.id),
      ['c10-1-improvement', 'c10-1-recent'],
    );
    assert.match(en(byId.get('c10-1-improvement')!.text), /log/);
    assert.match(en(byId.get('c10-1-recent')!.text), /last twelve months/);
  });

  it('shows the fundamental rights impact assessment only to the deployers Art. 27 binds', () => {
    const fria = 'a5-4-fundamental-rights';
    const user = { 'scope-roles': ['user'], 'scope-high-risk': 'yes' };
    const shown = (answers: Record<string, AnswerValue>) => visibleUnder(answers).has(fria);
    assert.equal(shown({}), true, 'unanswered scope shows everything');
    assert.equal(shown(user), true, 'deployer type not yet answered');
    for (const binding of ['public-body', 'public-service', 'credit', 'insurance'])
      assert.equal(shown({ ...user, 'scope-deployer': [binding] }), true, binding);
    assert.equal(shown({ ...user, 'scope-deployer': ['none'] }), false, 'none of them');
    assert.equal(shown({ ...user, 'scope-deployer': ['none', 'credit'] }), true, 'credit');
    assert.equal(
      shown({ ...user, 'scope-high-risk': 'unsure', 'scope-deployer': ['credit'] }),
      true,
    );
    assert.equal(
      shown({ ...user, 'scope-high-risk': 'no', 'scope-deployer': ['credit'] }),
      false,
      'no high-risk system',
    );
    assert.equal(
      shown({ 'scope-roles': ['developer', 'provider'], 'scope-high-risk': 'yes' }),
      false,
      'not a deployer',
    );
    // The scope question itself appears only to users of possibly high-risk AI.
    assert.equal(visibleUnder(user).has('scope-deployer'), true);
    assert.equal(visibleUnder({ ...user, 'scope-high-risk': 'no' }).has('scope-deployer'), false);
    assert.equal(visibleUnder({ 'scope-roles': ['developer'] }).has('scope-deployer'), false);
    // Marked as our interpretation, naming the article.
    for (const text of [byId.get(fria)!.help, byId.get('scope-deployer')!.help]) {
      assert.match(en(text), /Art\. 27/);
      assert.match(en(text), /Regulation \(EU\) 2024\/1689/);
      assert.match(en(text), /our interpretation/);
    }
  });

  it('gives every ISMS hint the ISMS condition and shows it only when an ISMS exists', () => {
    const hinted = questions.filter((q) => q.hints?.length);
    assert.equal(hinted.length >= 8, true, `${hinted.length} questions carry a hint`);
    for (const q of hinted)
      for (const hint of q.hints!) {
        assert.equal(hint.showIf, HAS_ISMS, q.id);
        assert.match(en(hint.text), /ISO\/IEC 27001/, q.id);
      }
    for (const [isms, expected] of [
      ['certified', true],
      ['implemented', true],
      ['no', false],
    ] as const) {
      const response = responseOf({ 'scope-isms': isms });
      const visible = visibleQuestions(def, response);
      for (const q of hinted)
        assert.equal(shownHints(q, response, visible).length > 0, expected, `${q.id}, ${isms}`);
    }
    const unanswered = { answers: {} };
    const allVisible = visibleQuestions(def, unanswered);
    for (const q of hinted)
      assert.deepEqual(shownHints(q, unanswered, allVisible), [], `${q.id} unanswered`);
    const first = hinted[0]!;
    const withIsms = responseOf({ 'scope-isms': 'certified' });
    assert.deepEqual(shownHints(first, withIsms, visibleQuestions(def, withIsms)), [
      first.hints![0]!.text,
    ]);
  });

  it('keeps A.6.2.2 and A.6.2.4 visible to an organisation that only uses third-party AI', () => {
    const userOnly = visibleUnder({ 'scope-roles': ['user'] });
    const developerOnly = visibleUnder({ 'scope-roles': ['developer'] });
    for (const [requirement, id] of [
      ['A.6.2.2', 'a6-2-2-acquired-requirements'],
      ['A.6.2.4', 'a6-2-4-acceptance-testing'],
    ]) {
      const visibleOnes = questions.filter(
        (q) => q.requirement === requirement && userOnly.has(q.id),
      );
      assert.deepEqual(
        visibleOnes.map((q) => q.id),
        [id],
      );
      assert.equal(developerOnly.has(id), false, `${id} is for users of AI from others`);
      assert.equal(
        optionsOf(def, byId.get(id)!).some((o) => o.na),
        true,
        `${id} offers N/A`,
      );
    }
  });

  it('says for every scope-gated control question why it does not apply (outOfScope)', () => {
    const gated = questions.filter(
      (q) => q.showIf !== undefined && kindOf.get(q.requirement ?? '') === 'control',
    );
    assert.equal(gated.length >= 12, true, `${gated.length} gated control questions`);
    for (const q of gated) assert.equal(en(q.outOfScope).length > 30, true, `${q.id} outOfScope`);
    for (const q of questions.filter((x) => x.showIf === undefined))
      assert.equal(q.outOfScope, undefined, `${q.id} is never hidden`);
    assert.equal(
      en(byId.get('a6-2-4-verification')!.outOfScope),
      'Only third-party AI is used: there is no in-house design or development.',
    );
    assert.match(en(byId.get('a5-4-fundamental-rights')!.outOfScope), /Art\. 27/);
  });
});

describe('content: the quick scan\'s "Don\'t know"', () => {
  const scan = iso42001QuickScan;
  const scored = scan.sections
    .flatMap((section) => section.questions)
    .filter((q) => optionsOf(scan, q).some((option) => option.value !== undefined));
  const response = (answers: Record<string, AnswerValue>) => ({
    format: 'aimskit.response/1' as const,
    definition: { id: scan.id, version: scan.version },
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])),
  });

  it('offers "Don\'t know" on every scored question, worth 0', () => {
    for (const q of scored) {
      const unknown = optionsOf(scan, q).filter((option) => option.unknown);
      assert.equal(unknown.length, 1, q.id);
      assert.equal(unknown[0]!.value, 0, q.id);
      assert.equal(unknown[0]!.label, "Don't know", q.id);
    }
  });

  it('scores "Don\'t know" as 0, counts it as answered and lists it as a gap to find out', () => {
    const [first, second, ...rest] = scored;
    const answers: Record<string, AnswerValue> = {
      'qs-role': ['use'],
      [first!.id]: 'unknown',
      [second!.id]: '4',
    };
    for (const q of rest) answers[q.id] = '4';
    const card = score(scan, response(answers));
    assert.equal(card.overall.completion, 1);
    const gap = card.gaps.find((entry) => entry.question === first!.id);
    assert.ok(gap, 'listed as a gap');
    assert.equal(gap.value, 0);
    assert.equal(gap.answered, true);
    assert.deepEqual(
      card.gaps.map((entry) => entry.question),
      [first!.id],
    );
    const given = { value: 'unknown' };
    assert.equal(isUnknownAnswer(scan, first!, given), true);
    assert.equal(isUnknownAnswer(scan, first!, { value: '0' }), false);
    assert.equal(isUnknownAnswer(scan, first!, undefined), false);
    // Scored exactly like the lowest answer.
    const lowest = score(scan, response({ ...answers, [first!.id]: '0' }));
    assert.equal(card.overall.readiness, lowest.overall.readiness);
  });
});

describe('definition checks: hints and "Don\'t know" options', () => {
  const base = (question: Record<string, unknown>, option: Record<string, unknown> = {}) =>
    ({
      format: 'aimskit.definition/1',
      id: 'hint-check',
      version: '1',
      title: 'Hints',
      scales: [],
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            { id: 'isms', type: 'choice', text: 'ISMS?', options: [{ id: 'yes', label: 'Yes' }] },
            {
              id: 'q',
              type: 'choice',
              text: 'Q?',
              options: [
                { id: 'done', label: 'Done', value: 1 },
                { id: 'unknown', label: "Don't know", value: 0, unknown: true, ...option },
              ],
              ...question,
            },
          ],
        },
      ],
    }) as unknown as DefinitionInput;
  const messages = (input: DefinitionInput) => {
    const result = safeParseDefinition(input);
    return result.success ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };

  it("accepts a hint on a known question and a Don't know option worth 0", () => {
    assert.deepEqual(
      messages(base({ hints: [{ showIf: "{isms} = 'yes'", text: 'Reuse it.' }] })),
      [],
    );
  });

  it('reports a hint condition that does not parse or names an unknown question', () => {
    assert.deepEqual(
      messages(base({ hints: [{ showIf: "{ismss} = 'yes'", text: 'Reuse it.' }] })),
      ['sections[0].questions[1].hints[0].showIf: at 0: unknown question "ismss"'],
    );
    const broken = messages(base({ hints: [{ showIf: '{isms} =', text: 'Reuse it.' }] }));
    assert.equal(broken.length, 1);
    assert.match(broken[0]!, /^sections\[0\]\.questions\[1\]\.hints\[0\]\.showIf: at \d+:/);
  });

  it("reports a Don't know option that is worth more than 0 or is N/A", () => {
    const wrong =
      'sections[0].questions[1].options[1]: a "Don\'t know" option (unknown: true) needs value 0 and no "na"';
    assert.deepEqual(messages(base({}, { value: 0.5 })), [wrong]);
    assert.deepEqual(messages(base({}, { na: true, value: 0 })), [wrong]);
    assert.deepEqual(messages(base({}, { value: undefined })), [wrong]);
  });
});
