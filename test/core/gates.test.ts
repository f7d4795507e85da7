// The certification gates (docs/scoring.md, "Certification gates"): golden cases computed by hand.
// Each open gate alone blocks the verdict; all closed gives it; the full pack's "every clause at
// Defined, every control at 0" is refused; packs too small to judge never give a verdict.
import { describe, it, assert } from '../harness.js';
import {
  certificationGaps,
  certificationGates,
  GATE_IDS,
  parseDefinition,
  score,
  visibleQuestions,
  type Answer,
  type AssessmentResponse,
  type Risk,
} from '../../src/core.js';
import { iso42001, iso42001QuickScan, iso42001Supplier } from '../../src/content.js';
import { emptyResponse } from '../../src/model/response.js';

const scale = {
  id: 'm',
  options: [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, i) => ({ id: String(i), label: `L${i}`, value })),
};
const naScale = { id: 'n', options: [...scale.options, { id: 'na', label: 'N/A', na: true }] };
const question = (id: string, requirement: string, scaleId = 'm') => ({
  id,
  type: 'scale' as const,
  scale: scaleId,
  requirement,
  text: id,
});

/** Clauses 4.1, 9.2.1 and 9.3.1; controls A.2.2 and A.3.2 (N/A allowed); the default matrix. */
const D = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'gates',
  version: '1',
  title: 'Gates',
  target: 0.6,
  scales: [scale, naScale],
  requirements: [
    { id: '4.1', title: 'Context', kind: 'clause', group: '4' },
    { id: '9.2.1', title: 'Internal audit', kind: 'clause', group: '9' },
    { id: '9.3.1', title: 'Management review', kind: 'clause', group: '9' },
    { id: 'A.2.2', title: 'AI policy', kind: 'control', group: 'A.2' },
    { id: 'A.3.2', title: 'Roles', kind: 'control', group: 'A.3' },
  ],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'scope', type: 'text', text: 'Scope' },
        question('c4', '4.1'),
        question('c9-audit', '9.2.1'),
        question('c9-review', '9.3.1'),
        question('a2', 'A.2.2', 'n'),
        question('a3', 'A.3.2', 'n'),
      ],
    },
  ],
});

const resp = (
  answers: Record<string, Answer>,
  extra: Partial<AssessmentResponse> = {},
): AssessmentResponse => ({
  format: 'aimskit.response/1',
  definition: { id: 'gates', version: '1' },
  ...extra,
  answers,
});

/** A risk rated almost-certain × severe (very-high, above the default appetite medium). */
const highRisk = (fields: Partial<Risk> = {}): Risk => ({
  id: 'R-1',
  title: 'Biased decisions',
  likelihood: 'almost-certain',
  impact: 'severe',
  ...fields,
});

const AT_TARGET: Record<string, Answer> = {
  scope: { value: 'The whole company' },
  c4: { value: '3' },
  'c9-audit': { value: '3' },
  'c9-review': { value: '3' },
  a2: { value: '3' },
  a3: { value: '3' },
};
const DECIDED = {
  'A.2.2': { applicable: true, justification: 'We publish an AI policy' },
  'A.3.2': { applicable: true, justification: 'Roles are needed' },
};
/** Every gate closed: all at target, SoA decided, the one high risk's residual risk accepted. */
const READY = resp(AT_TARGET, {
  soa: DECIDED,
  risks: [highRisk({ treatment: 'accept', acceptedBy: 'CEO', acceptedAt: '2026-11-30' })],
});

const openGates = (response: AssessmentResponse) =>
  score(D, response).gates.filter((gate) => !gate.closed);

describe('certification gates: golden cases', () => {
  it('all closed gives the verdict, and the scorecard lists every gate', () => {
    const s = score(D, READY);
    assert.equal(s.overall.certificationVerdict, true);
    assert.equal(s.overall.certificationReady, true);
    assert.deepEqual(
      s.gates.map((gate) => [gate.id, gate.closed]),
      GATE_IDS.map((id) => [id, true]),
    );
    assert.deepEqual(certificationGaps(D, s), []);
    assert.deepEqual(certificationGates(D, READY), s.gates);
  });

  const cases: [string, AssessmentResponse, object][] = [
    [
      'answered',
      resp({ ...AT_TARGET, scope: { value: ' ' } }, READY),
      { reason: 'unanswered', requirements: [], questions: ['scope'], risks: [] },
    ],
    [
      'clauses',
      resp({ ...AT_TARGET, c4: { value: '2' } }, READY),
      { reason: 'below-target', requirements: ['4.1'], questions: ['c4'], risks: [] },
    ],
    [
      'controls',
      resp({ ...AT_TARGET, a3: { value: '0' } }, READY),
      { reason: 'below-target', requirements: ['A.3.2'], questions: ['a3'], risks: [] },
    ],
    [
      'soa-decided',
      resp(AT_TARGET, { ...READY, soa: { 'A.2.2': DECIDED['A.2.2'] } }),
      { reason: 'undecided', requirements: ['A.3.2'], questions: [], risks: [] },
    ],
    [
      'soa-justified',
      // an exclusion without a justification (the session refuses one; an import may carry it)
      resp(AT_TARGET, { ...READY, soa: { ...DECIDED, 'A.3.2': { applicable: false } } }),
      { reason: 'unjustified', requirements: ['A.3.2'], questions: [], risks: [] },
    ],
    [
      'risks',
      resp(AT_TARGET, { ...READY, risks: [highRisk({ treatment: 'mitigate', owner: 'CEO' })] }),
      { reason: 'not-accepted', requirements: [], questions: [], risks: ['R-1'] },
    ],
  ];
  for (const [id, response, expected] of cases) {
    it(`the gate "${id}" alone blocks the verdict`, () => {
      const s = score(D, response);
      assert.equal(s.overall.certificationReady, false);
      assert.deepEqual(openGates(response), [{ id, closed: false, ...expected }]);
    });
  }

  it('an internal audit or management review below target opens its gate and the clauses gate', () => {
    const audit = openGates(resp({ ...AT_TARGET, 'c9-audit': { value: '1' } }, READY));
    const where = { requirements: ['9.2.1'], questions: ['c9-audit'], risks: [] };
    assert.deepEqual(audit, [
      { id: 'clauses', closed: false, reason: 'below-target', ...where },
      { id: 'internal-audit', closed: false, reason: 'below-target', ...where },
    ]);
    const review = openGates(resp({ ...AT_TARGET, 'c9-review': { value: '0' } }, READY));
    assert.deepEqual(
      review.map((gate) => gate.id),
      ['clauses', 'management-review'],
    );
  });

  it('without an internal audit or management review question, each gate alone blocks', () => {
    for (const [id, dropped] of [
      ['internal-audit', 'c9-audit'],
      ['management-review', 'c9-review'],
    ] as const) {
      const without = parseDefinition({
        ...D,
        sections: [
          {
            ...D.sections[0]!,
            questions: D.sections[0]!.questions.filter((q) => q.id !== dropped),
          },
        ],
      });
      const s = score(without, READY);
      assert.equal(s.overall.certificationReady, false, id);
      assert.deepEqual(
        s.gates.filter((gate) => !gate.closed),
        [{ id, closed: false, reason: 'not-assessed', requirements: [], questions: [], risks: [] }],
      );
    }
  });

  it('an excluded control is not held to its target; a risk within appetite needs no acceptance', () => {
    const excluded = resp(
      { ...AT_TARGET, a3: { value: '0' } },
      {
        soa: { ...DECIDED, 'A.3.2': { applicable: false, justification: 'No staff' } },
        risks: [highRisk({ residualLikelihood: 'rare', residualImpact: 'minor' })],
      },
    );
    assert.equal(score(D, excluded).overall.certificationReady, true);
    // a high risk "accepted" without saying who accepted it and when is not accepted
    const unsigned = [
      highRisk({ treatment: 'accept', owner: 'CEO' }),
      highRisk({ treatment: 'accept', acceptedBy: '  ', acceptedAt: '2026-11-30' }),
      highRisk({ treatment: 'accept', acceptedBy: 'CEO' }),
    ];
    for (const risk of unsigned)
      assert.deepEqual(
        openGates(resp(AT_TARGET, { soa: DECIDED, risks: [risk] })).map((gate) => gate.id),
        ['risks'],
        JSON.stringify(risk),
      );
    // a mitigated risk whose residual level is still above the appetite closes the gate once its
    // residual risk is accepted by name and date
    const mitigated = highRisk({
      treatment: 'mitigate',
      acceptedBy: 'Board',
      acceptedAt: '2026-12-01',
    });
    assert.deepEqual(openGates(resp(AT_TARGET, { soa: DECIDED, risks: [mitigated] })), []);
  });

  it('an SoA left empty, or every control answered N/A without a decision', () => {
    // no decisions: the controls are undecided (rule 4)
    assert.deepEqual(
      openGates(resp(AT_TARGET)).map((gate) => [gate.id, gate.requirements]),
      [['soa-decided', ['A.2.2', 'A.3.2']]],
    );
    // all N/A with a justification: excluded by the answers (rule 3), decided and justified
    const na = { value: 'na', justification: 'Not used here' };
    assert.equal(score(D, resp({ ...AT_TARGET, a2: na, a3: na })).overall.certificationReady, true);
  });
});

describe('certification gates: the content packs', () => {
  it('the full pack, every clause at "Defined" and every Annex A control at 0, is refused', () => {
    const response = emptyResponse(iso42001);
    response.answers = {
      'scope-roles': { value: ['developer', 'provider', 'user'] },
      'scope-systems': { value: 'Support chatbot' },
      'scope-high-risk': { value: 'no' },
      'scope-isms': { value: 'no' },
    };
    const requirementKind = new Map(iso42001.requirements.map((r) => [r.id, r.kind]));
    const visible = visibleQuestions(iso42001, response);
    for (const section of iso42001.sections)
      for (const q of section.questions) {
        if (!visible.has(q.id) || q.type !== 'scale' || !q.requirement) continue;
        const clause = requirementKind.get(q.requirement) === 'clause';
        // document questions are on yes / partly / no, the others on the maturity scale
        const onMaturity = q.scale!.startsWith('maturity');
        const atTarget = onMaturity ? '3' : 'yes';
        const atZero = onMaturity ? '0' : 'no';
        response.answers[q.id] = { value: clause ? atTarget : atZero };
      }
    const s = score(iso42001, response);
    assert.equal(s.overall.completion, 1);
    // every clause question at target: the clause, internal audit and review gates are closed …
    const closed = s.gates.filter((gate) => gate.closed).map((gate) => gate.id);
    assert.deepEqual(closed, [
      'answered',
      'clauses',
      'soa-justified',
      'internal-audit',
      'management-review',
      'risks',
    ]);
    // … but the controls are at 0 and undecided: no verdict of readiness
    assert.equal(s.overall.certificationReady, false);
    const controls = s.gates.find((gate) => gate.id === 'controls')!;
    assert.equal(controls.reason, 'below-target');
    assert.equal(controls.requirements.length, 38);
    const soa = s.gates.find((gate) => gate.id === 'soa-decided')!;
    assert.equal(soa.requirements.length, 38);
  });

  for (const pack of [iso42001QuickScan, iso42001Supplier]) {
    it(`${pack.id} never gives a certification verdict, however it is answered`, () => {
      assert.equal(pack.metadata?.['certificationVerdict'], 'none');
      const response = emptyResponse(pack);
      for (const section of pack.sections)
        for (const q of section.questions) {
          const options =
            q.type === 'scale'
              ? pack.scales.find((candidate) => candidate.id === q.scale)!.options
              : (q.options ?? []);
          const best = options.filter((o) => o.value !== undefined).at(-1);
          if (best && (q.type === 'scale' || q.type === 'choice'))
            response.answers[q.id] = { value: best.id };
          else if (q.type === 'multi') response.answers[q.id] = { value: [options[0]!.id] };
          else response.answers[q.id] = { value: 'Answered' };
        }
      const s = score(pack, response);
      assert.equal(s.overall.certificationVerdict, false);
      assert.equal(s.overall.certificationReady, false);
      assert.deepEqual(s.gates, []);
      assert.deepEqual(certificationGaps(pack, s), [{ reason: 'no-verdict' }]);
    });
  }
});
