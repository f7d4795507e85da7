// Report figures: per-area targets (scoreAreas) and the reasons a response is not ready for a
// certification audit (certificationGaps). Golden cases computed by hand, plus invariants over
// random definitions and responses.
import fc from 'fast-check';
import { describe, it, assert } from '../harness.js';
import {
  certificationGaps,
  parseDefinition,
  score,
  scoreAreas,
  type AssessmentResponse,
  type Answer,
  type AssessmentDefinition,
} from '../../src/core.js';

const scale = {
  id: 'm',
  options: [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, i) => ({ id: String(i), label: `L${i}`, value })),
};
const naScale = { id: 'n', options: [...scale.options, { id: 'na', label: 'N/A', na: true }] };
const D = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'rep',
  version: '1',
  title: 'Report',
  scales: [scale, naScale],
  target: 0.6,
  requirements: [
    { id: '4.1', title: 'Context', kind: 'clause', group: '4' },
    { id: '5.2', title: 'Policy', kind: 'clause', group: '5' },
    { id: 'A.2.2', title: 'AI policy', kind: 'control', group: 'A.2' },
  ],
  tags: [
    { id: 'policy', title: 'Policy' },
    { id: 'risk', title: 'Risk' },
  ],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'scope', type: 'text', text: 'Scope' },
        {
          id: 'c4a',
          type: 'scale',
          scale: 'm',
          requirement: '4.1',
          text: 'c4a',
          weight: 1,
          target: 0.8,
          tags: ['risk'],
        },
        {
          id: 'c4b',
          type: 'scale',
          scale: 'm',
          requirement: '4.1',
          text: 'c4b',
          weight: 3,
          target: 0.4,
        },
        { id: 'c5', type: 'scale', scale: 'm', requirement: '5.2', text: 'c5', tags: ['policy'] },
        {
          id: 'a2',
          type: 'scale',
          scale: 'n',
          requirement: 'A.2.2',
          text: 'a2',
          weight: 2,
          target: 1,
          tags: ['policy', 'risk'],
        },
      ],
    },
  ],
});
const resp = (answers: Record<string, Answer>): AssessmentResponse => ({
  format: 'aimskit.response/1',
  definition: { id: 'rep', version: '1' },
  answers,
});
const byId = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const hit = list.find((x) => x.id === id);
  assert.ok(hit, `no ${id}`);
  return hit;
};

describe('scoreAreas', () => {
  it('gives each group and tag its weight-averaged target next to its readiness', () => {
    const r = resp({
      c4a: { value: '2' },
      c4b: { value: '5' },
      c5: { value: '3' },
      a2: { value: '1' },
    });
    const a = scoreAreas(D, r);
    // group 4: readiness 100·(1·0.4 + 3·1)/4 = 85; target 100·(1·0.8 + 3·0.4)/4 = 50
    assert.deepEqual(byId(a.groups, '4'), {
      id: '4',
      readiness: 85,
      maturity: 4.3,
      target: 50,
      targetMaturity: 2.5,
    });
    // group 5: one question at 0.6, default target 0.6
    assert.deepEqual(byId(a.groups, '5'), {
      id: '5',
      readiness: 60,
      maturity: 3,
      target: 60,
      targetMaturity: 3,
    });
    // group A.2: 0.2 against target 1
    assert.deepEqual(byId(a.groups, 'A.2'), {
      id: 'A.2',
      readiness: 20,
      maturity: 1,
      target: 100,
      targetMaturity: 5,
    });
    // tag policy: c5 (w1, 0.6, t0.6) and a2 (w2, 0.2, t1): readiness 100·1/3 = 33.3, target
    // 100·2.6/3 = 86.7
    assert.deepEqual(byId(a.tags, 'policy'), {
      id: 'policy',
      readiness: 33.3,
      maturity: 1.7,
      target: 86.7,
      targetMaturity: 4.3,
    });
    // tag risk: c4a (w1, 0.4, t0.8) and a2 (w2, 0.2, t1): readiness 100·0.8/3 = 26.7, target
    // 100·2.8/3 = 93.3
    assert.deepEqual(byId(a.tags, 'risk'), {
      id: 'risk',
      readiness: 26.7,
      maturity: 1.3,
      target: 93.3,
      targetMaturity: 4.7,
    });
  });

  it('leaves N/A out of both figures and gives null when nothing counts', () => {
    const a = scoreAreas(
      D,
      resp({ a2: { value: 'na', justification: 'No AI policy needed here.' } }),
    );
    assert.deepEqual(byId(a.groups, 'A.2'), {
      id: 'A.2',
      readiness: null,
      maturity: null,
      target: null,
      targetMaturity: null,
    });
    // unanswered counts as 0; the target still counts
    assert.deepEqual(byId(a.groups, '5'), {
      id: '5',
      readiness: 0,
      maturity: 0,
      target: 60,
      targetMaturity: 3,
    });
    assert.deepEqual(byId(a.tags, 'risk'), {
      id: 'risk',
      readiness: 0,
      maturity: 0,
      target: 80,
      targetMaturity: 4,
    });
  });

  it('lists areas in the scorecard order with the scorecard figures', () => {
    const r = resp({ c4a: { value: '4' }, c5: { value: '1' } });
    const s = score(D, r);
    const a = scoreAreas(D, r);
    assert.deepEqual(
      a.groups.map(({ id, readiness, maturity }) => ({ id, readiness, maturity })),
      s.groups,
    );
    assert.deepEqual(
      a.tags.map(({ id, readiness, maturity }) => ({ id, readiness, maturity })),
      s.tags,
    );
  });
});

describe('certificationGaps', () => {
  const full = { c4a: { value: '4' }, c4b: { value: '2' }, c5: { value: '3' }, a2: { value: '0' } };

  it('names every open gate: clauses at target are not enough', () => {
    // every clause at target, but control A.2.2 at 0, no SoA decision, no clause 9.2 or 9.3
    const s = score(D, resp({ ...full, scope: { value: 'everything' } }));
    assert.equal(s.overall.certificationReady, false);
    assert.deepEqual(certificationGaps(D, s), [
      {
        reason: 'gate',
        gate: {
          id: 'controls',
          closed: false,
          reason: 'below-target',
          requirements: ['A.2.2'],
          questions: ['a2'],
          risks: [],
        },
      },
      {
        reason: 'gate',
        gate: {
          id: 'soa-decided',
          closed: false,
          reason: 'undecided',
          requirements: ['A.2.2'],
          questions: [],
          risks: [],
        },
      },
      {
        reason: 'gate',
        gate: {
          id: 'internal-audit',
          closed: false,
          reason: 'not-assessed',
          requirements: [],
          questions: [],
          risks: [],
        },
      },
      {
        reason: 'gate',
        gate: {
          id: 'management-review',
          closed: false,
          reason: 'not-assessed',
          requirements: [],
          questions: [],
          risks: [],
        },
      },
    ]);
  });

  it('names unanswered questions, and each clause below target with its questions', () => {
    const s = score(D, resp({ c4a: { value: '1' }, c4b: { value: '0' }, c5: { value: '3' } }));
    // unanswered: scope and a2 (2 of 5). Clause 4.1: c4b gap 0.4·3 = 1.2, c4a gap 0.6·1 = 0.6; 5.2
    // meets its target.
    assert.deepEqual(certificationGaps(D, s), [
      { reason: 'incomplete', unanswered: 2 },
      { reason: 'clause-below-target', requirement: '4.1', questions: ['c4b', 'c4a'] },
      {
        reason: 'gate',
        gate: {
          id: 'controls',
          closed: false,
          reason: 'below-target',
          requirements: ['A.2.2'],
          questions: ['a2'],
          risks: [],
        },
      },
      {
        reason: 'gate',
        gate: {
          id: 'soa-decided',
          closed: false,
          reason: 'undecided',
          requirements: ['A.2.2'],
          questions: [],
          risks: [],
        },
      },
      {
        reason: 'gate',
        gate: {
          id: 'internal-audit',
          closed: false,
          reason: 'not-assessed',
          requirements: [],
          questions: [],
          risks: [],
        },
      },
      {
        reason: 'gate',
        gate: {
          id: 'management-review',
          closed: false,
          reason: 'not-assessed',
          requirements: [],
          questions: [],
          risks: [],
        },
      },
    ]);
  });

  it('orders clauses by their biggest gap, then lists the other open gates', () => {
    const s = score(
      D,
      resp({ ...full, scope: { value: 'x' }, c5: { value: '0' }, c4a: { value: '3' } }),
    );
    // c5 gap 0.6; c4a gap 0.2; a2 (a control) gap 1 is a reason of its own
    assert.deepEqual(certificationGaps(D, s), [
      { reason: 'clause-below-target', requirement: '5.2', questions: ['c5'] },
      { reason: 'clause-below-target', requirement: '4.1', questions: ['c4a'] },
      {
        reason: 'gate',
        gate: {
          id: 'controls',
          closed: false,
          reason: 'below-target',
          requirements: ['A.2.2'],
          questions: ['a2'],
          risks: [],
        },
      },
      {
        reason: 'gate',
        gate: {
          id: 'soa-decided',
          closed: false,
          reason: 'undecided',
          requirements: ['A.2.2'],
          questions: [],
          risks: [],
        },
      },
      {
        reason: 'gate',
        gate: {
          id: 'internal-audit',
          closed: false,
          reason: 'not-assessed',
          requirements: [],
          questions: [],
          risks: [],
        },
      },
      {
        reason: 'gate',
        gate: {
          id: 'management-review',
          closed: false,
          reason: 'not-assessed',
          requirements: [],
          questions: [],
          risks: [],
        },
      },
    ]);
  });

  it('says so when no clause is assessed', () => {
    const noClauses = parseDefinition({
      format: 'aimskit.definition/1',
      id: 'nc',
      version: '1',
      title: 'No clauses',
      scales: [scale],
      sections: [
        { id: 's', title: 'S', questions: [{ id: 'x', type: 'scale', scale: 'm', text: 'x' }] },
      ],
    });
    const r = {
      format: 'aimskit.response/1' as const,
      definition: { id: 'nc', version: '1' },
      answers: { x: { value: '5' } },
    };
    const rest = [
      {
        reason: 'gate',
        gate: {
          id: 'soa-decided',
          closed: false,
          reason: 'no-controls',
          requirements: [],
          questions: [],
          risks: [],
        },
      },
      {
        reason: 'gate',
        gate: {
          id: 'internal-audit',
          closed: false,
          reason: 'not-assessed',
          requirements: [],
          questions: [],
          risks: [],
        },
      },
      {
        reason: 'gate',
        gate: {
          id: 'management-review',
          closed: false,
          reason: 'not-assessed',
          requirements: [],
          questions: [],
          risks: [],
        },
      },
    ];
    assert.deepEqual(certificationGaps(noClauses, score(noClauses, r)), [
      { reason: 'no-clauses' },
      ...rest,
    ]);
    assert.deepEqual(certificationGaps(noClauses, score(noClauses, { ...r, answers: {} })), [
      { reason: 'incomplete', unanswered: 1 },
      { reason: 'no-clauses' },
      ...rest,
    ]);
  });
});

// Invariants over random definitions (clause C1 in group 4, controls A1/A2 in A.2/A.3, tags t1/t2).
const VALUES = [0, 0.2, 0.4, 0.6, 0.8, 1];
const scales = [
  { id: 'plain', options: VALUES.map((value, i) => ({ id: `v${i}`, label: `v${i}`, value })) },
  {
    id: 'na',
    options: [
      ...VALUES.map((value, i) => ({ id: `v${i}`, label: `v${i}`, value })),
      { id: 'na', label: 'N/A', na: true },
    ],
  },
];
const caseArb = fc
  .array(
    fc.record({
      req: fc.constantFrom('C1', 'A1', 'A2', undefined),
      weight: fc.integer({ min: 0, max: 5 }),
      target: fc.option(fc.constantFrom(0.2, 0.6, 0.8, 1), { nil: undefined }),
      tag: fc.option(fc.constantFrom('t1', 't2'), { nil: undefined }),
      answer: fc.option(fc.constantFrom('v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'na'), {
        nil: undefined,
      }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((qs) => {
    const d: AssessmentDefinition = parseDefinition({
      format: 'aimskit.definition/1',
      id: 'p',
      version: '1',
      title: 'P',
      scales,
      requirements: [
        { id: 'C1', title: 'C1', kind: 'clause', group: '4' },
        { id: 'A1', title: 'A1', kind: 'control', group: 'A.2' },
        { id: 'A2', title: 'A2', kind: 'control', group: 'A.3' },
      ],
      sections: [
        {
          id: 's',
          title: 'S',
          questions: qs.map((q, i) => ({
            id: `q${i}`,
            type: 'scale' as const,
            text: 'q',
            scale: q.req === 'C1' ? 'plain' : 'na',
            weight: q.weight,
            ...(q.req ? { requirement: q.req } : {}),
            ...(q.target !== undefined ? { target: q.target } : {}),
            ...(q.tag ? { tags: [q.tag] } : {}),
          })),
        },
      ],
    });
    const answers: Record<string, Answer> = {};
    qs.forEach((q, i) => {
      const a = q.req === 'C1' && q.answer === 'na' ? 'v0' : q.answer;
      if (a !== undefined)
        answers[`q${i}`] = a === 'na' ? { value: 'na', justification: 'not here' } : { value: a };
    });
    return { d, r: resp(answers), qs };
  });

describe('report: properties', () => {
  it('certificationGaps is empty exactly when the scorecard is certification-ready, and its reasons hold', () => {
    fc.assert(
      fc.property(caseArb, ({ d, r }) => {
        const s = score(d, r);
        const gaps = certificationGaps(d, s);
        assert.equal(gaps.length === 0, s.overall.certificationReady);
        for (const g of gaps) {
          if (g.reason === 'incomplete')
            assert.equal(g.unanswered, s.overall.visible - s.overall.answered);
          if (g.reason === 'clause-below-target') {
            assert.equal(g.requirement, 'C1');
            for (const q of g.questions)
              assert.ok(s.gaps.some((x) => x.question === q && x.value < x.target));
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an area target is the weight-averaged target of its counted questions', () => {
    fc.assert(
      fc.property(caseArb, ({ d, r, qs }) => {
        const a = scoreAreas(d, r);
        for (const [key, pick] of [
          [
            'groups',
            (q: (typeof qs)[number]) =>
              (({ C1: '4', A1: 'A.2', A2: 'A.3' }) as Record<string, string>)[q.req ?? ''] ?? null,
          ],
          ['tags', (q: (typeof qs)[number]) => q.tag ?? null],
        ] as const) {
          for (const area of a[key]) {
            let w = 0,
              wt = 0;
            qs.forEach((q, i) => {
              const ans = r.answers[`q${i}`];
              if (pick(q) !== area.id || ans?.value === 'na') return;
              w += q.weight;
              wt += q.weight * (q.target ?? 0.6);
            });
            if (w === 0) assert.equal(area.target, null);
            else assert.close(area.target!, (100 * wt) / w, 0.05 + 1e-9, `${key} ${area.id}`);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
