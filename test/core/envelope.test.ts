// Canonical JSON (RFC 8785), digests, and the envelope: round trips, every tamper case, garbage
// input.
import { describe, it, assert } from '../harness.js';
import {
  canonicalJson,
  CanonicalJsonError,
  createEnvelope,
  fromBase64Url,
  parseDefinition,
  sha256,
  sha256Base64Url,
  toBase64Url,
  toHex,
  utf8,
  verifyEnvelope,
  type AssessmentResponse,
  type Envelope,
  type VerifyResult,
} from '../../src/core.js';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys at every depth and drops white space', () => {
    assert.equal(
      canonicalJson({ b: 1, a: 2, c: { z: [3, { k: 1, j: 2 }], y: null } }),
      '{"a":2,"b":1,"c":{"y":null,"z":[3,{"j":2,"k":1}]}}',
    );
    assert.equal(canonicalJson([]), '[]');
    assert.equal(canonicalJson({}), '{}');
    assert.equal(canonicalJson([true, false, null]), '[true,false,null]');
  });

  it('sorts keys by UTF-16 code units (the RFC 8785 example order)', () => {
    const keys = ['\u20ac', '\r', '\ufb33', '1', '\ud83d\ude00', '\u0080', '\u00f6'];
    const obj = Object.fromEntries(keys.map((k, i) => [k, i]));
    // expected order: CR, "1", U+0080, ö, €, 😀 (D83D DE00), U+FB33
    assert.equal(canonicalJson(obj), '{"\\r":1,"1":3,"\u0080":5,"ö":6,"€":0,"😀":4,"\ufb33":2}');
  });

  it('writes numbers in the shortest round-trip form', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [-0, '0'],
      [1, '1'],
      [-1.5, '-1.5'],
      [1e21, '1e+21'],
      [1e20, '100000000000000000000'],
      [1e-7, '1e-7'],
      [0.000001, '0.000001'],
      // eslint-disable-next-line no-loss-of-precision -- the literal is rounded on purpose
      [333333333.33333329, '333333333.3333333'],
      [5e-324, '5e-324'],
      [1.7976931348623157e308, '1.7976931348623157e+308'],
      [-1e-7, '-1e-7'],
      [9007199254740992, '9007199254740992'],
      [0.1 + 0.2, '0.30000000000000004'],
    ];
    for (const [n, text] of cases) assert.equal(canonicalJson(n), text, String(n));
  });

  it('escapes strings as JSON.stringify does, keeping non-ASCII as is', () => {
    assert.equal(
      canonicalJson('\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/'),
      '"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"',
    );
    assert.equal(canonicalJson('tab\there\u0000\u001f\u007f'), '"tab\\there\\u0000\\u001f\u007f"');
  });

  it('leaves out undefined properties, like a trip through a JSON file', () => {
    assert.equal(canonicalJson({ a: undefined, b: 1 }), '{"b":1}');
  });

  it('rejects what is not JSON, naming where', () => {
    const bad: [unknown, RegExp][] = [
      [NaN, /NaN at \$ /],
      [Infinity, /Infinity/],
      [{ a: [1, undefined] }, /undefined at \$\.a\[1\]/],
      [{ 'x y': { f: () => 1 } }, /function at \$\["x y"\]\.f/],
      [{ n: 10n }, /bigint at \$\.n/],
      [{ d: new Date(0) }, /Date object at \$\.d/],
      [new Map(), /Map object/],
      [{ s: 'a\ud800b' }, /lone surrogate at \$\.s/],
      [Symbol('x'), /symbol/],
    ];
    for (const [v, re] of bad) assert.throws(() => canonicalJson(v), re);
    // paths through records and lists; a key is where its own failure is found
    assert.throws(
      () => canonicalJson({ answers: { 'q-1': { value: ['a', 'b', NaN] } } }),
      /^canonicalJson: NaN at \$\.answers\["q-1"\]\.value\[2\] is not JSON$/,
    );
    assert.throws(
      () => canonicalJson({ a: [{ b: 1, 'k\ud800': 2 }] }),
      /lone surrogate at \$\.a\[0\]\["k\\ud800"\] is not JSON/,
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const e = assert.throws(() => canonicalJson(cyclic), CanonicalJsonError);
    assert.match(e.message, /cycle/);
  });
});

describe('digests and encodings', () => {
  it('SHA-256 of "abc" (FIPS 180-2 test vector) in hex and base64url', async () => {
    assert.equal(
      toHex(await sha256('abc')),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    assert.equal(await sha256Base64Url('abc'), 'ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
    assert.equal(
      toHex(await sha256(utf8('abc'))),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
  it('base64url round trips every length and rejects other alphabets', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 251) & 255);
      assert.deepEqual([...fromBase64Url(toBase64Url(bytes))], [...bytes]);
    }
    assert.equal(toBase64Url(Uint8Array.from([251, 255])), '-_8');
    assert.throws(() => fromBase64Url('ab+/'), /base64url/);
    assert.throws(() => fromBase64Url('a'), /base64url/);
  });
});

const D = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'env',
  version: '2',
  title: 'E',
  scales: [
    { id: 'm', options: [0, 0.5, 1].map((value, i) => ({ id: String(i), label: `L${i}`, value })) },
  ],
  requirements: [{ id: 'C1', title: 'C1', kind: 'clause', group: '4' }],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'q1', type: 'scale', scale: 'm', requirement: 'C1', text: 'q1' },
        { id: 'q2', type: 'scale', scale: 'm', weight: 3, text: 'q2' },
        { id: 'note', type: 'text', text: 'note' },
      ],
    },
  ],
});
const R: AssessmentResponse = {
  format: 'aimskit.response/1',
  definition: { id: 'env', version: '2' },
  answers: {
    q1: { value: '2' },
    q2: { value: '1', comment: 'ünïcödé ✓' },
    note: { value: 'hello' },
  },
};
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const paths = (r: VerifyResult) => r.problems.map((p) => p.path);
const keyPair = () =>
  globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);

describe('envelope', () => {
  it('round trips unsigned, also through a JSON file', async () => {
    const env = await createEnvelope(D, R, { now: () => new Date('2026-11-27T10:00:00Z') });
    assert.equal(env.createdAt, '2026-11-27T10:00:00.000Z');
    assert.equal(env.format, 'aimskit.envelope/1');
    assert.deepEqual(env.definition.id, 'env');
    // q1 1 (w 1) + q2 0.5 (w 3) = 2.5 / 4 = 62.5
    assert.equal(env.scorecard.overall.readiness, 62.5);
    // the digest is over exactly {definition, response, scorecard}
    assert.equal(
      env.sha256,
      await sha256Base64Url(
        canonicalJson({
          definition: env.definition,
          response: env.response,
          scorecard: env.scorecard,
        }),
      ),
    );
    assert.equal(env.definition.sha256, await sha256Base64Url(canonicalJson(D)));
    const r = await verifyEnvelope(JSON.parse(JSON.stringify(env)), D);
    assert.deepEqual(r.problems, []);
    assert.equal(r.ok, true);
    assert.equal(r.signed, false);
  });

  it('round trips signed (ES256) and reports the signature as verified', async () => {
    const env = await createEnvelope(D, R, { sign: await keyPair() });
    assert.equal(env.signature!.alg, 'ES256');
    assert.equal(fromBase64Url(env.signature!.value).length, 64);
    assert.deepEqual(Object.keys(env.signature!.publicKeyJwk).sort(), ['crv', 'kty', 'x', 'y']);
    const r = await verifyEnvelope(clone(env), D, {
      requireSignature: true,
      trustedKeys: [env.signature!.publicKeyJwk],
    });
    assert.deepEqual(r.problems, []);
    assert.equal(r.signed, true);
  });

  it('refuses to seal a response that does not fit the definition', async () => {
    await assert.rejects(
      () => createEnvelope(D, { ...R, answers: { q1: { value: '9' } } }),
      /not an option/,
    );
    await assert.rejects(
      () => createEnvelope(D, { ...R, definition: { id: 'env', version: '1' } }),
      /version/,
    );
  });

  describe('tampering is detected', () => {
    let env: Envelope;
    let signed: Envelope;
    const fresh = async () => {
      env ??= await createEnvelope(D, R);
      signed ??= await createEnvelope(D, R, { sign: await keyPair() });
      return { env: clone(env), signed: clone(signed) };
    };

    it('a changed answer: digest and score both fail', async () => {
      const { env: e } = await fresh();
      (e.response.answers.q2 as { value: string }).value = '2';
      const r = await verifyEnvelope(e, D);
      assert.equal(r.ok, false);
      // re-score: q1 1 + q2 1·3 = 4/4 = 100 against the carried 62.5
      assert.deepEqual(paths(r), ['sha256', 'scorecard.overall.readiness']);
      assert.equal(r.problems[1]!.message, 'expected 100, got 62.5');
    });

    it('a changed score: digest and score both fail, with the first differing path', async () => {
      const { env: e } = await fresh();
      (e.scorecard.overall as { readiness: number }).readiness = 70;
      const r = await verifyEnvelope(e, D);
      assert.deepEqual(
        r.problems.map((p) => `${p.path}: ${p.message.split(' (')[0]}`),
        [
          'sha256: does not match the content',
          'scorecard.overall.readiness: expected 62.5, got 70',
        ],
      );
    });

    it('a forged score with a recomputed digest: the re-score still fails', async () => {
      const { env: e } = await fresh();
      // the forger appends a gap and recomputes the digest to match
      (e.scorecard.gaps as unknown[]).push({
        question: 'x',
        requirement: null,
        gap: 1,
        target: 1,
        value: 0,
        answered: false,
      });
      const forged = {
        ...e,
        sha256: await sha256Base64Url(
          canonicalJson({ definition: e.definition, response: e.response, scorecard: e.scorecard }),
        ),
      };
      const r = await verifyEnvelope(forged, D);
      assert.deepEqual(r.problems, [
        { path: 'scorecard.gaps', message: 'expected 1 entry, got 2' },
      ]);
    });

    it('a forged score inside a list, or with a field added or left out: the first differing path', async () => {
      const forge = async (edit: (s: Record<string, any>) => void) => {
        const { env: e } = await fresh();
        edit(e.scorecard as unknown as Record<string, any>);
        const forged = {
          ...e,
          sha256: await sha256Base64Url(
            canonicalJson({
              definition: e.definition,
              response: e.response,
              scorecard: e.scorecard,
            }),
          ),
        };
        return (await verifyEnvelope(forged, D)).problems.map((p) => `${p.path}: ${p.message}`);
      };
      assert.deepEqual(
        await forge((s) => {
          s.gaps[0].value = 0.25;
        }),
        ['scorecard.gaps[0].value: expected 0.5, got 0.25'],
      );
      assert.deepEqual(
        await forge((s) => {
          s.requirements[0].status = 'partial';
        }),
        ['scorecard.requirements[0].status: expected "implemented", got "partial"'],
      );
      assert.deepEqual(
        await forge((s) => {
          s.sections[0].extra = 1;
        }),
        ['scorecard.sections[0].extra: expected nothing, got 1'],
      );
      assert.deepEqual(
        await forge((s) => {
          delete s.overall.band;
        }),
        ['scorecard.overall.band: expected "developing", got nothing'],
      );
      assert.deepEqual(
        await forge((s) => {
          s.crosswalks.x = [];
        }),
        ['scorecard.crosswalks.x: expected nothing, got []'],
      );
      assert.deepEqual(
        await forge((s) => {
          s.groups = { 0: s.groups[0] };
        }),
        [
          'scorecard.groups: expected [{"id":"4","readiness":100,"maturity":5}], got {"0":{"id":"4","readiness":100,"maturity":5}}',
        ],
      );
      assert.deepEqual(
        await forge((s) => {
          s.requirements[0] = [s.requirements[0]];
        }),
        [
          'scorecard.requirements[0]: expected {"id":"C1","readiness":100,"maturity":5,"status":"implemente…, got [{"id":"C1","readiness":100,"maturity":5,"status":"implement…',
        ],
      );
    });

    it('a changed answer with a recomputed digest and score fails the signature', async () => {
      const { signed: e } = await fresh();
      (e.response.answers.q2 as { value: string }).value = '2';
      const scorecard = (await createEnvelope(D, e.response)).scorecard;
      const forged = {
        ...e,
        scorecard,
        sha256: await sha256Base64Url(
          canonicalJson({ definition: e.definition, response: e.response, scorecard }),
        ),
      };
      const r = await verifyEnvelope(forged, D);
      assert.deepEqual(paths(r), ['signature.value']);
      assert.equal(r.signed, false);
    });

    it('a re-signed forgery passes only without trusted keys', async () => {
      const { signed: e } = await fresh();
      const mine = await keyPair();
      const theirs = await createEnvelope(
        D,
        { ...R, answers: { ...R.answers, q2: { value: '2' } } },
        { sign: mine },
      );
      assert.equal((await verifyEnvelope(theirs, D)).ok, true);
      const r = await verifyEnvelope(theirs, D, { trustedKeys: [e.signature!.publicKeyJwk] });
      assert.deepEqual(paths(r), ['signature.publicKeyJwk']);
    });

    it('a changed signature value, a missing signature, a private key in the envelope', async () => {
      const { signed: e } = await fresh();
      const bytes = fromBase64Url(e.signature!.value);
      bytes[10] ^= 1;
      const r1 = await verifyEnvelope(
        { ...e, signature: { ...e.signature!, value: toBase64Url(bytes) } },
        D,
      );
      assert.deepEqual(paths(r1), ['signature.value']);
      const { signature: _drop, ...unsigned } = e;
      assert.deepEqual(paths(await verifyEnvelope(unsigned, D, { requireSignature: true })), [
        'signature',
      ]);
      const r3 = await verifyEnvelope(
        {
          ...e,
          signature: {
            ...e.signature!,
            publicKeyJwk: { ...e.signature!.publicKeyJwk, d: 'secret' },
          },
        },
        D,
      );
      assert.equal(paths(r3)[0], 'signature.publicKeyJwk.d');
      const r4 = await verifyEnvelope(
        {
          ...e,
          signature: {
            ...e.signature!,
            publicKeyJwk: { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' },
          },
        },
        D,
      );
      assert.deepEqual(paths(r4), ['signature.publicKeyJwk']);
    });

    it('another definition, version or definition digest', async () => {
      const { env: e } = await fresh();
      // the same definition with one weight changed: its digest differs and so does the score
      const D2 = parseDefinition({
        ...clone(D),
        sections: [
          {
            ...clone(D.sections[0]!),
            questions: D.sections[0]!.questions.map((q) =>
              q.id === 'q2' ? { ...q, weight: 1 } : q,
            ),
          },
        ],
      });
      const r = await verifyEnvelope(e, D2);
      // q1 1 + q2 0.5 = 1.5 / 2 = 75 against 62.5
      assert.deepEqual(paths(r), ['definition.sha256', 'scorecard.overall.readiness']);
      const r2 = await verifyEnvelope(e, { ...D, id: 'other' });
      assert.equal(paths(r2).includes('definition.id'), true);
      assert.equal(paths(r2).includes('response.definition.id'), true);
      const r3 = await verifyEnvelope(e, { ...D, version: '3' });
      assert.equal(paths(r3).includes('definition.version'), true);
      const r4 = await verifyEnvelope({ ...e, definition: { ...e.definition, sha256: 'AAAA' } }, D);
      assert.deepEqual(paths(r4), ['definition.sha256', 'sha256']);
    });

    it('a response that does not fit the definition', async () => {
      const { env: e } = await fresh();
      (e.response.answers as Record<string, unknown>).ghost = { value: 'x' };
      const r = await verifyEnvelope(e, D);
      assert.deepEqual(paths(r), ['sha256', 'response.answers.ghost']);
    });

    it('a broken shape is reported by path', async () => {
      const { env: e } = await fresh();
      const { sha256: _s, ...noDigest } = e;
      assert.deepEqual(paths(await verifyEnvelope(noDigest, D)), ['sha256']);
      assert.deepEqual(paths(await verifyEnvelope({ ...e, format: 'aimskit.envelope/9' }, D)), [
        'format',
      ]);
      assert.deepEqual(paths(await verifyEnvelope({ ...e, extra: 1 }, D)), ['extra']);
    });
  });

  it('garbage in: ok false with problems, never a throw', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    const junk: unknown[] = [
      null,
      undefined,
      'envelope',
      42,
      [],
      {},
      { format: 'aimskit.envelope/1' },
      { response: 5, scorecard: [], definition: 'x', sha256: {} },
      {
        format: 'aimskit.envelope/1',
        createdAt: 'x',
        definition: { id: 'env', version: '2', sha256: 'x' },
        response: { answers: deep },
        scorecard: { overall: deep },
        sha256: 'x',
      },
      {
        definition: { id: 'env', version: '2', sha256: 'x' },
        response: {
          format: 'aimskit.response/1',
          definition: { id: 'env', version: '2' },
          answers: {},
        },
        scorecard: {},
        sha256: 'x',
        signature: {
          alg: 'ES256',
          publicKeyJwk: { kty: 'EC', crv: 'P-256', x: '!', y: 5 },
          value: '%%',
        },
      },
      Object.create(null),
      new Date(),
      { constructor: 1, __proto__: null },
    ];
    for (const j of junk) {
      const r = await verifyEnvelope(j, D);
      assert.equal(r.ok, false, canonicalSafe(j));
      assert.notEqual(r.problems.length, 0);
    }
    // a definition that is itself garbage: still no throw
    const r = await verifyEnvelope(await createEnvelope(D, R), null as never);
    assert.equal(r.ok, false);
  });
});

function canonicalSafe(v: unknown): string {
  try {
    return String(JSON.stringify(v)).slice(0, 80);
  } catch {
    return typeof v;
  }
}
