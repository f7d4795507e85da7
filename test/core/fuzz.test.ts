// Fuzzing every public parser with arbitrary and mutated input (fast-check, modest run counts,
// small inputs): nothing escapes but the documented error types, every error names a path, nothing
// hangs. Runs in Node and in Chromium.
import fc from 'fast-check';
import { describe, it, assert } from '../harness.js';
import {
  BundleError,
  ConditionError,
  CsvError,
  DefinitionError,
  ResponseError,
  SessionActionError,
  ShareLinkError,
  createBundle,
  createEnvelope,
  createSession,
  decodeShareLink,
  encodeShareLink,
  openBundle,
  parseCondition,
  parseCsv,
  parseDefinition,
  parseResponse,
  safeParseDefinition,
  safeParseResponse,
  soaFromCsv,
  soaToCsv,
  verifyEnvelope,
  type SessionAction,
} from '../../src/core.js';
import {
  D,
  EVIDENCE_BYTES,
  R,
  assertIssues,
  json,
  mutate,
  mutation,
  onlyDocumented,
  smallJson,
  weird,
} from './hostile.js';

const RUNS = 150;
const mutations = fc.array(mutation(), { minLength: 1, maxLength: 3 });
const now = () => new Date('2026-11-27T10:00:00.000Z');

/** Runs a property `numRuns` times (fast-check reports the shrunk counterexample). */
async function check<T>(p: fc.IAsyncProperty<T> | fc.IProperty<T>, numRuns = RUNS): Promise<void> {
  await fc.assert(p, { numRuns });
}

describe('fuzz: definitions', () => {
  const definitionJson = json(D);
  it('safeParseDefinition never throws and parseDefinition throws only DefinitionError, on mutated definitions', async () => {
    await check(
      fc.property(mutations, (ms) => {
        const input = mutate(definitionJson, ms);
        const r = safeParseDefinition(input);
        if (r.success) assert.equal(parseDefinition(input), input);
        else {
          assertIssues(r.issues, 'safeParseDefinition');
          assertIssues(
            assert.throws(() => parseDefinition(input), DefinitionError).issues,
            'parseDefinition',
          );
        }
      }),
    );
  });
  it('on anything at all', async () => {
    await check(
      fc.property(weird, (input) => {
        const r = safeParseDefinition(input);
        assert.equal(r.success, false);
        if (!r.success) assertIssues(r.issues, 'safeParseDefinition');
      }),
    );
  });
});

describe('fuzz: responses', () => {
  it('safeParseResponse never throws, parseResponse throws only ResponseError, on mutated responses', async () => {
    const base = json(R);
    await check(
      fc.property(mutations, (ms) => {
        const input = mutate(base, ms);
        const r = safeParseResponse(input, D);
        if (!r.success) {
          assertIssues(r.issues, 'safeParseResponse');
          assertIssues(
            assert.throws(() => parseResponse(input, D), ResponseError).issues,
            'parseResponse',
          );
        } else assert.equal(parseResponse(input, D), input);
      }),
      300,
    );
  });
  it('on anything at all', async () => {
    await check(
      fc.property(weird, (input) => {
        const r = safeParseResponse(input, D);
        if (!r.success) assertIssues(r.issues, 'safeParseResponse');
      }),
    );
  });
});

describe('fuzz: envelopes and bundles', () => {
  it('verifyEnvelope never rejects, and reports every problem by path', async () => {
    const envelope = json(await createEnvelope(D, R, { now }));
    await check(
      fc.asyncProperty(mutations, async (ms) => {
        const input = mutate(envelope, ms);
        const v = await verifyEnvelope(input, D);
        if (!v.ok) assertIssues(v.problems, 'verifyEnvelope');
      }),
      100,
    );
    await check(
      fc.asyncProperty(weird, async (input) => {
        const v = await verifyEnvelope(input, D);
        assert.equal(v.ok, false);
        assertIssues(v.problems, 'verifyEnvelope');
      }),
      100,
    );
  });
  it('openBundle rejects only with BundleError, for mutated bundles, their text and anything else', async () => {
    const bundle = json(
      await createBundle(D, R, async () => new Blob([EVIDENCE_BYTES as unknown as ArrayBuffer]), {
        now,
      }),
    );
    assert.equal((await openBundle(bundle, D)).files.length, 1, 'the unmutated bundle opens');
    await check(
      fc.asyncProperty(mutations, fc.boolean(), async (ms, asText) => {
        const input = mutate(bundle, ms);
        await onlyDocumented(
          () => openBundle(asText ? (JSON.stringify(input) ?? '') : input, D),
          [BundleError],
          'openBundle',
        );
      }),
      100,
    );
    await check(
      fc.asyncProperty(fc.oneof(weird, fc.string({ maxLength: 40 })), async (input) => {
        const e = await onlyDocumented(() => openBundle(input, D), [BundleError], 'openBundle');
        assert.ok(e instanceof BundleError, 'refused');
      }),
      100,
    );
  });
});

describe('fuzz: share links', () => {
  it('decodeShareLink throws only ShareLinkError or ResponseError, for damaged links and any text', async () => {
    const link = await encodeShareLink(R, 'https://example.org/scan');
    const payload = link.slice(link.indexOf('#r=') + 3);
    assert.deepEqual(await decodeShareLink(link, D), json(R), 'the undamaged link decodes');
    const damaged = fc
      .record({
        at: fc.nat(),
        cut: fc.nat({ max: 8 }),
        insert: fc.string({ unit: fc.constantFrom(...'AZaz09-_=#&r%'.split('')), maxLength: 6 }),
      })
      .map(({ at, cut, insert }) => {
        const i = at % payload.length;
        return `#r=${payload.slice(0, i)}${insert}${payload.slice(i + cut)}`;
      });
    await check(
      fc.asyncProperty(
        fc.oneof(
          damaged,
          fc.string({ maxLength: 60 }),
          fc.string({ maxLength: 60 }).map((s) => `#r=${s}`),
        ),
        async (input) => {
          await onlyDocumented(
            () => decodeShareLink(input, D),
            [ShareLinkError, ResponseError],
            'decodeShareLink',
          );
        },
      ),
      200,
    );
  });
});

describe('fuzz: conditions', () => {
  const alphabet = fc.constantFrom(
    ...'{}()\'"\\ =!<>-.0123456789abcdeilmnoprstyACNOT_:'.split(''),
    'and',
    'or',
    'not',
    'contains',
    'empty',
    '{role}',
    ' ',
  );
  const valid = [
    "{role} contains 'developer'",
    "not ({size} < 10) and {yn} = 'y'",
    '{a} notempty or ({b} >= -1.5 and not {c})',
    '{x} != "q\\"uote"',
  ];
  it('parseCondition throws only ConditionError, with a position inside the text', async () => {
    await check(
      fc.property(
        fc.oneof(
          fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')),
          fc.string({ maxLength: 30 }),
          fc
            .tuple(
              fc.constantFrom(...valid),
              fc.nat(),
              fc.nat({ max: 4 }),
              fc.array(alphabet, { maxLength: 3 }),
            )
            .map(([s, at, cut, ins]) => {
              const i = at % s.length;
              return s.slice(0, i) + ins.join('') + s.slice(i + cut);
            }),
        ),
        (source) => {
          try {
            parseCondition(source);
          } catch (e) {
            if (!(e instanceof ConditionError)) throw e;
            assert.ok(
              e.position >= 0 && e.position <= source.length,
              `position ${e.position} in ${JSON.stringify(source)}`,
            );
            assert.ok(e.reason.length > 0);
          }
        },
      ),
      300,
    );
  });
  it('refuses what is not text', () => {
    for (const v of [undefined, null, 42, {}, ['x']])
      assert.throws(() => parseCondition(v as unknown as string), ConditionError);
  });
});

describe('fuzz: CSV', () => {
  const csvText = fc
    .array(
      fc.constantFrom(
        ...'ab,"\r\n \'=yesno'.split(''),
        'A.2.2',
        'A.6.2.4',
        '4.1',
        'control',
        'applicable',
        'justification',
        'status',
        'partial',
      ),
      { maxLength: 40 },
    )
    .map((a) => a.join(''));
  it('parseCsv and soaFromCsv throw only CsvError, with row and column paths', async () => {
    const exported = soaToCsv(D, R);
    const edited = fc
      .tuple(
        fc.nat(),
        fc.nat({ max: 6 }),
        fc.string({ unit: fc.constantFrom(...',"\r\n xyz'.split('')), maxLength: 4 }),
      )
      .map(([at, cut, ins]) => {
        const i = at % exported.length;
        return exported.slice(0, i) + ins + exported.slice(i + cut);
      });
    await check(
      fc.property(fc.oneof(csvText, edited, fc.string({ maxLength: 40 })), (text) => {
        for (const run of [
          () => parseCsv(text),
          () => soaFromCsv(D, text),
          () => soaFromCsv(D, text, { response: R }),
        ]) {
          try {
            run();
          } catch (e) {
            if (!(e instanceof CsvError)) throw e;
            assertIssues(e.issues, 'csv');
            for (const i of e.issues) assert.match(i.path, /^(row \d+(, column ("[^"]*"|\d+))?)?$/);
          }
        }
      }),
      300,
    );
  });
});

describe('fuzz: session dispatch', () => {
  /** Mostly well-formed, sometimes anything. */
  const good = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
    fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: weird });
  const question = good(
    fc.constantFrom(
      'role',
      'c1',
      'a1',
      'yn',
      'size',
      'when',
      'notes',
      'nope',
      '__proto__',
      'constructor',
    ),
  );
  const control = good(fc.constantFrom('A.2.2', 'A.6.2.4', '4.1', 'X', '__proto__'));
  const value = good(
    fc.constantFrom(
      '0',
      '1',
      '2',
      'na',
      'y',
      'n',
      ['developer'],
      ['developer', 'developer'],
      ['x'],
      5,
      -1,
      2000,
      '2026-03-31',
      '2026-02-30',
      'x',
    ),
  );
  const text = good(fc.string({ maxLength: 5 }));
  const risk = good(
    fc.oneof(
      fc.constant(R.risks![0]!),
      mutation().map((m) => mutate(R.risks![0], [m])),
      fc.constant({ ...R.risks![0]!, id: 'R-2' }),
      weird.map((id) => ({ ...R.risks![0]!, id })),
    ),
  );
  const rec = (type: string, fields: Record<string, fc.Arbitrary<unknown>>) =>
    fc.record({ type: fc.constant(type), ...fields });
  const action = fc.oneof(
    rec('answer', { question, value }),
    rec('answer', { question, value, justification: text }),
    rec('clear', { question }),
    rec('justify', { question, justification: text }),
    rec('comment', { question, comment: text }),
    rec('evidence-add', {
      question,
      evidence: good(
        fc.oneof(
          fc.constant(R.answers.a1!.evidence![0]!),
          mutation().map((m) => mutate(R.answers.a1!.evidence![0], [m])),
        ),
      ),
    }),
    rec('evidence-remove', { question, evidence: good(fc.constantFrom('ev-1', 'ev-2')) }),
    rec('risk-add', { risk }),
    rec('risk-update', { risk }),
    rec('risk-remove', { id: good(fc.constantFrom('R-1', 'R-2')) }),
    rec('soa', {
      control,
      decision: good(
        fc.oneof(
          fc.constant(null),
          fc.constant({ applicable: false, justification: 'no' }),
          smallJson,
        ),
      ),
    }),
    rec('review', {
      question,
      review: good(fc.oneof(fc.constant(null), fc.constant({ state: 'accepted' }), smallJson)),
    }),
    rec('meta', { meta: good(fc.oneof(fc.constant({ organisation: 'x' }), smallJson)) }),
    rec('reset', {}),
    rec('replace', {
      response: good(
        fc.oneof(
          fc.constant(R),
          mutations.map((ms) => mutate(R, ms)),
        ),
      ),
    }),
    fc.record({ type: weird }),
    weird,
  );
  it('throws only SessionActionError, with paths, and a refused action changes nothing', async () => {
    let accepted = 0;
    await check(
      fc.property(fc.array(action, { minLength: 1, maxLength: 6 }), (actions) => {
        const s = createSession({ definition: D, response: R, now });
        for (const a of actions) {
          const before = s.state;
          try {
            s.dispatch(a as SessionAction);
            accepted++;
          } catch (e) {
            if (!(e instanceof SessionActionError))
              throw new Error(
                `dispatch(${String(JSON.stringify(a))?.slice(0, 200)}) threw ${(e as Error)?.name}: ${(e as Error)?.message}`,
                { cause: e },
              );
            assertIssues(e.issues, 'dispatch');
            assert.equal(s.state, before, 'a refused action leaves the state as it was');
          }
        }
        // whatever was accepted still reads back as a valid response
        const r = safeParseResponse(json(s.state.response), D);
        if (!r.success)
          assert.ok(
            r.issues.every((i) => /justification/.test(i.path)),
            `accepted state invalid: ${JSON.stringify(r.issues)}`,
          );
      }),
      200,
    );
    assert.ok(accepted > 50, `enough actions were accepted to matter (${accepted})`);
  });
});
