// Property tests (fast-check, modest run counts): invariants of score() and of the envelope over
// random definitions and random responses.
import fc from 'fast-check';
import { describe, it, assert } from '../harness.js';
import {
  canonicalJson,
  createEnvelope,
  parseDefinition,
  score,
  verifyEnvelope,
  type AssessmentDefinition,
  type AssessmentResponse,
  type Answer,
} from '../../src/core.js';

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

/**
 * A random valid definition: 1–3 sections of 1–5 scored questions; clause questions never offer
 * N/A.
 */
const definitionArb = fc
  .array(
    fc.array(
      fc.record({
        req: fc.constantFrom('C1', 'A1', 'A2', undefined),
        weight: fc.integer({ min: 0, max: 5 }),
        target: fc.option(fc.constantFrom(0.2, 0.6, 0.8, 1), { nil: undefined }),
        tag: fc.option(fc.constantFrom('t1', 't2'), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((sections): AssessmentDefinition =>
    parseDefinition({
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
      mappings: [
        { source: 'C1', target: 'x:1', relationship: 'intersects-with' },
        { source: 'A1', target: 'x:1', relationship: 'subset-of' },
      ],
      sections: sections.map((qs, s) => ({
        id: `s${s}`,
        title: `S${s}`,
        questions: qs.map((q, i) => ({
          id: `s${s}q${i}`,
          type: 'scale' as const,
          text: 'q',
          scale: q.req === 'C1' ? 'plain' : 'na',
          weight: q.weight,
          ...(q.req ? { requirement: q.req } : {}),
          ...(q.target !== undefined ? { target: q.target } : {}),
          ...(q.tag ? { tags: [q.tag] } : {}),
        })),
      })),
    }),
  );

const questionsOf = (d: AssessmentDefinition) => d.sections.flatMap((s) => s.questions);
const choices = (d: AssessmentDefinition, id: string): string[] => {
  const q = questionsOf(d).find((x) => x.id === id)!;
  return d.scales.find((s) => s.id === q.scale)!.options.map((o) => o.id);
};
const answerFor = (option: string): Answer =>
  option === 'na' ? { value: 'na', justification: 'Not used here.' } : { value: option };

/**
 * A definition with a random response: each question unanswered or answered with one of its
 * options.
 */
const caseArb = definitionArb.chain((d) =>
  fc
    .tuple(
      ...questionsOf(d).map((q) =>
        fc.option(fc.constantFrom(...choices(d, q.id)), { nil: undefined }),
      ),
    )
    .map((picked) => {
      const answers: Record<string, Answer> = {};
      questionsOf(d).forEach((q, i) => {
        if (picked[i] !== undefined) answers[q.id] = answerFor(picked[i]!);
      });
      const r: AssessmentResponse = {
        format: 'aimskit.response/1',
        definition: { id: 'p', version: '1' },
        answers,
      };
      return { d, r };
    }),
);

const withAnswer = (
  r: AssessmentResponse,
  id: string,
  option: string | undefined,
): AssessmentResponse => {
  const answers = { ...r.answers };
  if (option === undefined) delete answers[id];
  else answers[id] = answerFor(option);
  return { ...r, answers };
};
const valueOf = (option: string | undefined) =>
  option === undefined ? 0 : Number(option.slice(1)) / 5;

/** The same JSON with every object's keys in a random order. */
function shuffleKeys(x: unknown, rnd: () => number): unknown {
  if (Array.isArray(x)) return x.map((v) => shuffleKeys(v, rnd));
  if (x === null || typeof x !== 'object') return x;
  const entries = Object.entries(x).sort(() => rnd() - 0.5);
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, rnd)]));
}

describe('score: properties', () => {
  it('every readiness is in [0, 100] or null; maturity in [0, 5]; completion in [0, 1]', () => {
    fc.assert(
      fc.property(caseArb, ({ d, r }) => {
        const s = score(d, r);
        const figures = [
          s.overall,
          ...s.sections,
          ...s.groups,
          ...s.requirements,
          ...s.tags,
          ...Object.values(s.crosswalks).flat(),
        ];
        for (const f of figures) {
          if (f.readiness !== null)
            assert.equal(f.readiness >= 0 && f.readiness <= 100, true, `readiness ${f.readiness}`);
        }
        if (s.overall.maturity !== null)
          assert.equal(s.overall.maturity >= 0 && s.overall.maturity <= 5, true);
        assert.equal(s.overall.completion >= 0 && s.overall.completion <= 1, true);
      }),
      { numRuns: 150 },
    );
  });

  it('raising one answer never lowers overall readiness', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), ({ d, r }, qi, step) => {
        const qs = questionsOf(d);
        const q = qs[qi % qs.length]!;
        const now = r.answers[q.id]?.value as string | undefined;
        if (now === 'na') return; // N/A → a value is not "raising"
        const higher = choices(d, q.id).filter((o) => o !== 'na' && valueOf(o) >= valueOf(now));
        const to = higher[step % higher.length]!;
        const before = score(d, r).overall.readiness;
        const after = score(d, withAnswer(r, q.id, to)).overall.readiness;
        if (before !== null)
          assert.equal(after !== null && after >= before, true, `${before} → ${after}`);
      }),
      { numRuns: 150 },
    );
  });

  it('answering N/A in one section never changes the other sections', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ d, r }, qi) => {
        const qs = questionsOf(d).filter((q) => q.scale === 'na');
        if (!qs.length) return;
        const q = qs[qi % qs.length]!;
        const home = d.sections.findIndex((s) => s.questions.includes(q));
        const a = score(d, r);
        const b = score(d, withAnswer(r, q.id, 'na'));
        a.sections.forEach((s, i) => {
          if (i !== home) assert.deepEqual(b.sections[i], s);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and independent of key order', () => {
    fc.assert(
      fc.property(caseArb, fc.integer(), ({ d, r }, seed) => {
        let x = seed;
        const rnd = () => {
          x = (x * 1103515245 + 12345) & 0x7fffffff;
          return x / 0x7fffffff;
        };
        const s = canonicalJson(score(d, r));
        assert.equal(canonicalJson(score(d, r)), s);
        const d2 = shuffleKeys(d, rnd) as AssessmentDefinition;
        const r2 = shuffleKeys(r, rnd) as AssessmentResponse;
        assert.equal(canonicalJson(score(d2, r2)), s);
        assert.equal(
          JSON.stringify(score(d2, r2)),
          JSON.stringify(score(d, r)),
          'even the key order of the scorecard is the same',
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('envelope: properties', () => {
  it('verify(create(x)) is ok for random valid responses', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ d, r }) => {
        const env = await createEnvelope(d, r);
        const v = await verifyEnvelope(JSON.parse(JSON.stringify(env)), d);
        assert.deepEqual(v.problems, []);
      }),
      { numRuns: 40 },
    );
  });

  it('fails for any single changed answer, score figure, or definition', async () => {
    await fc.assert(
      fc.asyncProperty(
        caseArb,
        fc.nat(),
        fc.nat(),
        fc.constantFrom('answer', 'score', 'definition'),
        async ({ d, r }, qi, k, what) => {
          const env = JSON.parse(JSON.stringify(await createEnvelope(d, r)));
          const qs = questionsOf(d);
          const q = qs[qi % qs.length]!;
          let def = d;
          if (what === 'answer') {
            const now = r.answers[q.id]?.value;
            const others = [undefined, ...choices(d, q.id)].filter((o) => o !== now);
            const to = others[k % others.length];
            env.response = withAnswer(env.response, q.id, to);
          } else if (what === 'score') {
            const figures = [
              env.scorecard.overall,
              ...env.scorecard.sections,
              ...env.scorecard.requirements,
            ];
            const f = figures[k % figures.length];
            f.readiness = f.readiness === null ? 50 : f.readiness + 0.1;
          } else {
            const copy = JSON.parse(JSON.stringify(d));
            const cq = copy.sections.flatMap((s: { questions: unknown[] }) => s.questions)[
              qi % qs.length
            ];
            cq.weight = (cq.weight ?? 1) + 1;
            def = parseDefinition(copy);
          }
          const v = await verifyEnvelope(env, def);
          assert.equal(v.ok, false, `${what} changed but the envelope verified`);
        },
      ),
      { numRuns: 60 },
    );
  });
});
