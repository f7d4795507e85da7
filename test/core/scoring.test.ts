// Golden tests for score(): small definitions whose figures are worked out by hand in the comments.
import { describe, it, assert } from '../harness.js';
import {
  QUESTION_TYPES,
  parseDefinition,
  questionTypes,
  score,
  visibleQuestions,
  type AssessmentResponse,
  type DefinitionInput,
} from '../../src/core.js';

const levels = [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, i) => ({
  id: String(i),
  label: `L${i}`,
  value,
}));
const base = {
  format: 'aimskit.definition/1' as const,
  version: '1',
  title: 'T',
  scales: [
    { id: 'm', options: levels },
    { id: 'mna', options: [...levels, { id: 'na', label: 'N/A', na: true }] },
  ],
};

/**
 * Two sections. Clause C1 (group 4): q1 (w 2), q2 (w 1). Controls A1, A2 (group A.2): q3 (N/A-able,
 * target 0.8), q4 (w 3, tag oversight), q5 multi (unscored), q6 choice yes=1/no=0 on A2, tag
 * oversight, shown only when q5 contains "dev". Crosswalk: C1 and A2 → fw:x, A1 → other:y.
 */
const D1 = parseDefinition({
  ...base,
  id: 'd1',
  requirements: [
    { id: 'C1', title: 'C1', kind: 'clause', group: '4' },
    { id: 'A1', title: 'A1', kind: 'control', group: 'A.2' },
    { id: 'A2', title: 'A2', kind: 'control', group: 'A.2' },
  ],
  sections: [
    {
      id: 's1',
      title: 'S1',
      questions: [
        { id: 'q1', type: 'scale', scale: 'm', requirement: 'C1', weight: 2, text: 'q1' },
        { id: 'q2', type: 'scale', scale: 'm', requirement: 'C1', text: 'q2' },
      ],
    },
    {
      id: 's2',
      title: 'S2',
      questions: [
        { id: 'q3', type: 'scale', scale: 'mna', requirement: 'A1', target: 0.8, text: 'q3' },
        {
          id: 'q4',
          type: 'scale',
          scale: 'mna',
          requirement: 'A2',
          weight: 3,
          tags: ['oversight'],
          text: 'q4',
        },
        {
          id: 'q5',
          type: 'multi',
          options: [
            { id: 'dev', label: 'Dev' },
            { id: 'prov', label: 'Prov' },
          ],
          text: 'q5',
        },
        {
          id: 'q6',
          type: 'choice',
          options: [
            { id: 'yes', label: 'Yes', value: 1 },
            { id: 'no', label: 'No', value: 0 },
          ],
          requirement: 'A2',
          tags: ['oversight'],
          showIf: "{q5} contains 'dev'",
          text: 'q6',
        },
      ],
    },
  ],
  mappings: [
    { source: 'C1', target: 'fw:x', relationship: 'intersects-with' },
    { source: 'A2', target: 'fw:x', relationship: 'subset-of' },
    { source: 'A1', target: 'other:y', relationship: 'equal-to' },
  ],
} as DefinitionInput);

const resp = (answers: AssessmentResponse['answers'], id = 'd1'): AssessmentResponse => ({
  format: 'aimskit.response/1',
  definition: { id, version: '1' },
  answers,
});

describe('score: golden cases', () => {
  it('weights, N/A, unanswered, a hidden question with a stored answer', () => {
    // q1 = "3" (0.6, w 2), q2 = "5" (1, w 1), q3 N/A (excluded), q4 unanswered (0, w 3),
    // q5 = [prov] so q6 is hidden (its stored "yes" is neither counted nor scored).
    const s = score(
      D1,
      resp({
        q1: { value: '3' },
        q2: { value: '5' },
        q3: { value: 'na', justification: 'none' },
        q5: { value: ['prov'] },
        q6: { value: 'yes' },
      }),
    );
    // overall: (2·0.6 + 1·1 + 3·0) / (2 + 1 + 3) = 2.2 / 6 = 36.666… → 36.7; maturity 36.666/20 =
    // 1.833 → 1.8
    assert.equal(s.overall.readiness, 36.7);
    assert.equal(s.overall.maturity, 1.8);
    assert.equal(s.overall.band, 'early');
    // visible q1..q5 (5), answered q1, q2, q3 (N/A counts), q5 → 4/5
    assert.equal(s.overall.completion, 0.8);
    assert.equal(s.overall.visible, 5);
    assert.equal(s.overall.answered, 4);
    assert.equal(s.overall.certificationReady, false);
    // s1: (2·0.6 + 1·1) / 3 = 73.333 → 73.3, maturity 3.667 → 3.7; s2: q4 only, 0 / 3 = 0;
    // completion 2/3 (q3, q5 of q3, q4, q5)
    assert.deepEqual(s.sections, [
      { id: 's1', readiness: 73.3, maturity: 3.7, completion: 1 },
      { id: 's2', readiness: 0, maturity: 0, completion: 2 / 3 },
    ]);
    // groups: 4 = C1 = 73.3; A.2 = A2's q4 only (A1 is all N/A) = 0
    assert.deepEqual(s.groups, [
      { id: '4', readiness: 73.3, maturity: 3.7 },
      { id: 'A.2', readiness: 0, maturity: 0 },
    ]);
    // C1: 73.3 ≥ 100·0.6 → implemented; A1: all N/A → not-applicable; A2: 0 → planned
    assert.deepEqual(s.requirements, [
      { id: 'C1', readiness: 73.3, maturity: 3.7, status: 'implemented' },
      { id: 'A1', readiness: null, maturity: null, status: 'not-applicable' },
      { id: 'A2', readiness: 0, maturity: 0, status: 'planned' },
    ]);
    assert.deepEqual(s.tags, [{ id: 'oversight', readiness: 0, maturity: 0 }]);
    // gaps: q1 at target 0.6 (none), q2 above; q4: (0.6 − 0) × 3 = 1.8
    assert.deepEqual(s.gaps, [
      { question: 'q4', requirement: 'A2', gap: 1.8, target: 0.6, value: 0, answered: false },
    ]);
    // fw:x = C1 + A2 = (1.2 + 1 + 0) / (2 + 1 + 3) = 36.7; other:y = A1 (all N/A) → null
    assert.deepEqual(s.crosswalks, {
      fw: [{ target: 'fw:x', readiness: 36.7, requirements: ['C1', 'A2'] }],
      other: [{ target: 'other:y', readiness: null, requirements: ['A1'] }],
    });
    assert.deepEqual(s.risks, []);
  });

  it('a question shown by showIf counts again', () => {
    // q5 = [dev] shows q6 = yes (1, w 1): overall (2.2 + 1) / 7 = 45.714 → 45.7, band developing (≥
    // 40)
    const s = score(
      D1,
      resp({
        q1: { value: '3' },
        q2: { value: '5' },
        q3: { value: 'na', justification: 'x' },
        q5: { value: ['dev'] },
        q6: { value: 'yes' },
      }),
    );
    assert.equal(s.overall.readiness, 45.7);
    assert.equal(s.overall.band, 'developing');
    // oversight: q4 (0, w 3) + q6 (1, w 1) = 1/4 = 25
    assert.deepEqual(s.tags, [{ id: 'oversight', readiness: 25, maturity: 1.3 }]);
    // A2: same 25, target 0.6 → 0 < 25 < 60 → partial
    assert.equal(s.requirements[2]!.status, 'partial');
    // completion: 6 visible, answered q1 q2 q3 q5 q6 → 5/6
    assert.equal(s.overall.completion, 5 / 6);
  });

  it('nothing answered: readiness 0, completion 0, every scored question a gap', () => {
    const s = score(D1, resp({}));
    // q1..q4 visible and scored, all 0; q6 hidden (q5 empty)
    assert.equal(s.overall.readiness, 0);
    assert.equal(s.overall.maturity, 0);
    assert.equal(s.overall.completion, 0);
    assert.equal(s.overall.band, 'early');
    // gaps: q1 0.6·2 = 1.2, q3 0.8·1 = 0.8, q2 0.6, q4 1.8 → sorted 1.8 q4, 1.2 q1, 0.8 q3, 0.6 q2
    assert.deepEqual(
      s.gaps.map((g) => [g.question, g.gap]),
      [
        ['q4', 1.8],
        ['q1', 1.2],
        ['q3', 0.8],
        ['q2', 0.6],
      ],
    );
  });

  it('everything at maximum: 100, maturity 5, band ready, certification ready', () => {
    const s = score(
      D1,
      resp({
        q1: { value: '5' },
        q2: { value: '5' },
        q3: { value: '5' },
        q4: { value: '5' },
        q5: { value: ['dev'] },
        q6: { value: 'yes' },
      }),
    );
    assert.equal(s.overall.readiness, 100);
    assert.equal(s.overall.maturity, 5);
    assert.equal(s.overall.band, 'ready');
    assert.equal(s.overall.completion, 1);
    // every question at its best, but no SoA decision and no internal audit or management review
    // (D1 has no clause 9.2 or 9.3): not ready (test/core/gates.test.ts pins each gate)
    assert.equal(s.overall.certificationReady, false);
    assert.deepEqual(
      s.gates.filter((gate) => !gate.closed).map((gate) => gate.id),
      ['soa-decided', 'internal-audit', 'management-review'],
    );
    assert.deepEqual(s.gaps, []);
    assert.deepEqual(
      s.requirements.map((r) => r.status),
      ['implemented', 'implemented', 'implemented'],
    );
  });

  it('certification readiness needs every clause and control question at target, not just completion', () => {
    // complete, but q2 = "2" (0.4) < 0.6 on clause C1
    const s = score(
      D1,
      resp({
        q1: { value: '5' },
        q2: { value: '2' },
        q3: { value: '5' },
        q4: { value: '5' },
        q5: { value: ['prov'] },
      }),
    );
    assert.equal(s.overall.completion, 1);
    assert.equal(s.overall.certificationReady, false);
    assert.deepEqual(s.gates[1], {
      id: 'clauses',
      closed: false,
      reason: 'below-target',
      requirements: ['C1'],
      questions: ['q2'],
      risks: [],
    });
    // a gap below a control target blocks it too: q3 = "3" (0.6) < 0.8 on control A1
    const t = score(
      D1,
      resp({
        q1: { value: '3' },
        q2: { value: '3' },
        q3: { value: '3' },
        q4: { value: '3' },
        q5: { value: ['prov'] },
      }),
    );
    assert.equal(t.overall.certificationReady, false);
    assert.deepEqual(t.gates[1]!.closed, true);
    assert.deepEqual(t.gates[2], {
      id: 'controls',
      closed: false,
      reason: 'below-target',
      requirements: ['A1'],
      questions: ['q3'],
      risks: [],
    });
    // gap q3: (0.8 − 0.6) × 1 = 0.2 (rounded to 4 decimals, so no float noise)
    assert.deepEqual(
      t.gaps.map((g) => [g.question, g.gap]),
      [['q3', 0.2]],
    );
  });

  it('all N/A: readiness, maturity and band are null', () => {
    const d = parseDefinition({
      ...base,
      id: 'd2',
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            { id: 'a', type: 'scale', scale: 'mna', text: 'a' },
            { id: 'b', type: 'scale', scale: 'mna', text: 'b' },
          ],
        },
      ],
    });
    const s = score(
      d,
      resp(
        { a: { value: 'na', justification: 'x' }, b: { value: 'na', justification: 'y' } },
        'd2',
      ),
    );
    assert.equal(s.overall.readiness, null);
    assert.equal(s.overall.maturity, null);
    assert.equal(s.overall.band, null);
    assert.equal(s.overall.completion, 1);
    assert.deepEqual(s.sections, [{ id: 's', readiness: null, maturity: null, completion: 1 }]);
  });

  it('rounds half up, once, at the end; maturity comes from the unrounded readiness', () => {
    // Choice options worth 1, 0.5 and 0; integer weights make the sums exact.
    const opts = [
      { id: 'full', label: 'F', value: 1 },
      { id: 'half', label: 'H', value: 0.5 },
      { id: 'zero', label: 'Z', value: 0 },
    ];
    const q = (id: string, weight: number) => ({
      id,
      type: 'choice' as const,
      options: opts,
      weight,
      text: id,
    });
    const three = (id: string, wa: number, wb: number, wc: number) =>
      parseDefinition({
        ...base,
        id,
        sections: [{ id: 's', title: 'S', questions: [q('a', wa), q('b', wb), q('c', wc)] }],
      });
    const abc = (id: string, a: string, b: string, c: string) =>
      resp({ a: { value: a }, b: { value: b }, c: { value: c } }, id);
    // weights 624 + 1 + 375 = 1000; a full, b half, c zero: 100 × (624 + 0.5) / 1000 = 62.45 → 62.5
    // (half up)
    assert.equal(
      score(three('e1', 624, 1, 375), abc('e1', 'full', 'half', 'zero')).overall.readiness,
      62.5,
    );
    // weights 625 + 1 + 374: 100 × 625.5 / 1000 = 62.55 → 62.6; maturity 62.55 / 20 = 3.1275 → 3.1
    const s3 = score(three('e2', 625, 1, 374), abc('e2', 'full', 'half', 'zero'));
    assert.equal(s3.overall.readiness, 62.6);
    assert.equal(s3.overall.maturity, 3.1);
    // weights 249 + 1 + 150 = 400, a full, b zero, c zero: 100 × 249 / 400 = 62.25 → 62.3
    assert.equal(
      score(three('e3', 249, 1, 150), abc('e3', 'full', 'zero', 'zero')).overall.readiness,
      62.3,
    );
    // weights 1 + 1 + 1, a full, b zero, c zero: 33.33… → 33.3 (down); a full, b full, c zero:
    // 66.66… → 66.7 (up)
    assert.equal(
      score(three('e4', 1, 1, 1), abc('e4', 'full', 'zero', 'zero')).overall.readiness,
      33.3,
    );
    assert.equal(
      score(three('e4', 1, 1, 1), abc('e4', 'full', 'full', 'zero')).overall.readiness,
      66.7,
    );
    // Maturity from the unrounded figure: one question worth 0.6896 → readiness 68.96 → 69 (shown
    // 69.0), maturity 68.96 / 20 = 3.448 → 3.4 (rounding 69.0 / 20 = 3.45 first would give 3.5).
    const g = parseDefinition({
      ...base,
      id: 'd6',
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            {
              id: 'x',
              type: 'choice',
              options: [{ id: 'o', label: 'O', value: 0.6896 }],
              text: 'x',
            },
          ],
        },
      ],
    });
    const s4 = score(g, resp({ x: { value: 'o' } }, 'd6'));
    assert.deepEqual(s4.sections[0], { id: 's', readiness: 69, maturity: 3.4, completion: 1 });
    assert.equal(s4.overall.readiness, 69);
    assert.equal(s4.overall.maturity, 3.4);
  });

  it('overall is question-weighted, not an average of sections', () => {
    // s1: one question at 1 (w 1); s2: three questions at 0 (w 1 each). Sections 100 and 0 (mean
    // 50); overall 1/4 = 25.
    const d = parseDefinition({
      ...base,
      id: 'd7',
      sections: [
        { id: 's1', title: 'S1', questions: [{ id: 'a', type: 'scale', scale: 'm', text: 'a' }] },
        {
          id: 's2',
          title: 'S2',
          questions: ['b', 'c', 'e'].map((id) => ({
            id,
            type: 'scale' as const,
            scale: 'm',
            text: id,
          })),
        },
      ],
    });
    const s = score(
      d,
      resp({ a: { value: '5' }, b: { value: '0' }, c: { value: '0' }, e: { value: '0' } }, 'd7'),
    );
    assert.deepEqual(
      [s.sections[0]!.readiness, s.sections[1]!.readiness, s.overall.readiness],
      [100, 0, 25],
    );
  });

  it('custom bands and targets: the last band whose min ≤ readiness; a question target overrides the definition target', () => {
    const d = parseDefinition({
      ...base,
      id: 'd8',
      target: 0.4,
      bands: [
        { id: 'low', min: 0 },
        { id: 'mid', min: 50 },
        { id: 'top', min: 80 },
      ],
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            { id: 'a', type: 'scale', scale: 'm', text: 'a' },
            { id: 'b', type: 'scale', scale: 'm', target: 1, text: 'b' },
          ],
        },
      ],
    });
    // a = 0.4 (meets the definition target 0.4), b = 0.6 (< 1): readiness 100 × 1 / 2 = 50 → band
    // mid (min 50 ≤ 50)
    const s = score(d, resp({ a: { value: '2' }, b: { value: '3' } }, 'd8'));
    assert.equal(s.overall.band, 'mid');
    // only b is a gap: (1 − 0.6) × 1 = 0.4
    assert.deepEqual(s.gaps, [
      { question: 'b', requirement: null, gap: 0.4, target: 1, value: 0.6, answered: true },
    ]);
  });

  it('an unknown option id reads as unanswered; an answered option without a value counts 0 but answered', () => {
    const d = parseDefinition({
      ...base,
      id: 'd9',
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            {
              id: 'a',
              type: 'choice',
              options: [
                { id: 'y', label: 'Y', value: 1 },
                { id: 'dk', label: "Don't know" },
              ],
              text: 'a',
            },
            { id: 'b', type: 'choice', options: [{ id: 'y', label: 'Y', value: 1 }], text: 'b' },
            { id: 'c', type: 'text', text: 'c' },
            { id: 'n', type: 'number', text: 'n' },
            { id: 't', type: 'date', text: 't' },
          ],
        },
      ],
    });
    const s = score(
      d,
      resp(
        {
          a: { value: 'dk' },
          b: { value: 'gone' },
          c: { value: '  ' },
          n: { value: 0 },
          t: { value: '2026-01-01' },
        },
        'd9',
      ),
    );
    // a: answered, 0; b: unknown → unanswered, 0 → readiness 0 over 2; answered a, n, t (c is
    // blank) → 3/5
    assert.equal(s.overall.readiness, 0);
    assert.equal(s.overall.answered, 3);
    assert.equal(s.overall.completion, 0.6);
    assert.deepEqual(
      s.gaps.map((g) => [g.question, g.answered]),
      [
        ['a', true],
        ['b', false],
      ],
    );
  });

  it('every question type has its scoring in the registry', () => {
    assert.deepEqual(Object.keys(questionTypes).sort(), [...QUESTION_TYPES].sort());
  });

  it('takes a precomputed visible set', () => {
    const r = resp({ q1: { value: '3' }, q5: { value: ['dev'] }, q6: { value: 'yes' } });
    assert.deepEqual(score(D1, r, visibleQuestions(D1, r)), score(D1, r));
    // a visible set that hides q6 removes it: overall (2·0.6) / (2 + 1 + 1 + 3) = 1.2 / 7 = 17.1
    const without = new Set(['q1', 'q2', 'q3', 'q4', 'q5']);
    assert.equal(score(D1, r, without).overall.readiness, 17.1);
  });

  it('a scorecard survives a JSON round trip unchanged', () => {
    const s = score(D1, resp({ q1: { value: '3' }, q5: { value: ['dev'] }, q6: { value: 'no' } }));
    assert.deepEqual(JSON.parse(JSON.stringify(s)), s);
  });

  it('writes the fields of each entry in a fixed order (the order of its JSON text)', () => {
    const s = score(D1, resp({ q1: { value: '3' } }));
    assert.deepEqual(Object.keys(s.overall), [
      'readiness',
      'maturity',
      'completion',
      'band',
      'certificationReady',
      'certificationVerdict',
      'visible',
      'answered',
    ]);
    assert.deepEqual(Object.keys(s.sections[0]!), ['id', 'readiness', 'maturity', 'completion']);
    assert.deepEqual(Object.keys(s.gates[0]!), [
      'id',
      'closed',
      'reason',
      'requirements',
      'questions',
      'risks',
    ]);
    assert.deepEqual(Object.keys(s.requirements[0]!), ['id', 'readiness', 'maturity', 'status']);
    for (const r of [...s.groups, ...s.tags])
      assert.deepEqual(Object.keys(r), ['id', 'readiness', 'maturity']);
  });
});
