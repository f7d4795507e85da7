// Limits (src/model/limits.ts): oversized and deeply nested input is refused with a size or depth
// error that names where, never a stack overflow or a hang; input just inside a limit is accepted.
// Runs in Node and in Chromium.
import { describe, it, assert } from '../harness.js';
import {
  BundleError,
  ConditionError,
  ResponseError,
  SessionActionError,
  ShareLinkError,
  MAX_BUNDLE_SIZE,
  MAX_CONDITION_DEPTH,
  MAX_CONDITION_LENGTH,
  MAX_DEFINITION_SIZE,
  MAX_EVIDENCE_SIZE,
  MAX_JSON_DEPTH,
  MAX_RESPONSE_SIZE,
  MAX_SHARE_JSON,
  MAX_SHARE_PAYLOAD,
  createBundle,
  createEnvelope,
  createSession,
  decodeShareLink,
  measureJson,
  openBundle,
  parseCondition,
  parseResponse,
  readLimited,
  safeParseDefinition,
  safeParseResponse,
  toBase64Url,
  verifyEnvelope,
} from '../../src/core.js';
import { D, EVIDENCE_BYTES, R, json } from './hostile.js';

const now = () => new Date('2026-11-27T10:00:00.000Z');
/** `[[[…"x"…]]]`, `n` levels, parsed from text (JSON.parse itself copes with any depth). */
const deepArray = (n: number): unknown => JSON.parse(`${'['.repeat(n)}"x"${']'.repeat(n)}`);
const deepObject = (n: number): unknown => JSON.parse(`${'{"a":'.repeat(n)}1${'}'.repeat(n)}`);

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('measureJson', () => {
  it('accepts a value within both limits, and names the path where nesting goes too deep', () => {
    assert.equal(measureJson({ a: [1, 'two', null, { b: true }] }, 'x', 100, 3), null);
    assert.deepEqual(measureJson({ a: [1, { b: [[]] }] }, 'the thing', 1000, 3), {
      path: 'a[1].b',
      message: 'the thing is nested too deeply (more than 3 levels)',
    });
  });
  it('counts about the length of the JSON text', () => {
    const value = {
      answers: { q1: { value: 'yes', comment: 'x'.repeat(500) } },
      list: [1, 2, 3, true, null],
    };
    const length = JSON.stringify(value).length;
    assert.equal(measureJson(value, 'v', length * 1.25), null, 'within a quarter above its length');
    assert.ok(measureJson(value, 'v', length * 0.8), 'over a fifth below its length');
  });
  it('ends on shared references and cycles (bounded by the size limit, not the number of paths)', () => {
    let shared: unknown = 'leaf';
    for (let i = 0; i < 40; i++) shared = [shared, shared]; // 2^40 paths, 41 objects
    const t0 = Date.now();
    assert.match(measureJson(shared, 'v', 100000, 100)!.message, /too large/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.match(measureJson(cyclic, 'v', 100000)!.message, /nested too deeply/);
    assert.ok(Date.now() - t0 < 2000, 'quickly');
  });
});

describe('readLimited', () => {
  /**
   * A stream of `chunks` chunks of 1,000 bytes (endless when Infinity) that records how far it was
   * read.
   */
  const source = (chunks: number) => {
    const seen = { pulled: 0, cancelled: false };
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(c) {
          if (seen.pulled++ < chunks) c.enqueue(new Uint8Array(1000).fill(seen.pulled % 256));
          else c.close();
        },
        cancel() {
          seen.cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    return { stream, seen };
  };

  it('returns every byte of a stream within the limit, in order', async () => {
    const { stream } = source(5);
    const bytes = await readLimited(stream, 5000);
    assert.equal(bytes!.length, 5000);
    assert.deepEqual([bytes![0], bytes![999], bytes![1000], bytes![4999]], [1, 1, 2, 5]);
  });

  it('stops at the first chunk past the limit and cancels the stream (an endless one ends)', async () => {
    const { stream, seen } = source(Infinity);
    assert.equal(await readLimited(stream, 4500), undefined);
    assert.equal(seen.cancelled, true);
    assert.ok(seen.pulled <= 6, `read ${seen.pulled} chunks for a limit of 4.5`);
  });
});

describe('limits on definitions and responses', () => {
  it('a definition nested 100,000 levels deep gets a depth error, not a stack overflow', () => {
    for (const deep of [deepArray(100000), deepObject(100000)]) {
      const r = safeParseDefinition({ ...json(D), metadata: { x: deep } });
      assert.equal(r.success, false);
      if (!r.success) {
        assert.equal(r.issues.length, 1);
        assert.match(
          r.issues[0]!.message,
          new RegExp(
            `^the definition is nested too deeply \\(more than ${MAX_JSON_DEPTH} levels\\)$`,
          ),
        );
        assert.match(r.issues[0]!.path, /^metadata\.x(\[0\]|\.a)+$/);
      }
    }
  });
  it('an oversized definition is refused before it is walked; one just inside the limit is read', () => {
    const big = safeParseDefinition({ ...json(D), description: 'x'.repeat(MAX_DEFINITION_SIZE) });
    assert.deepEqual(big.success ? [] : big.issues, [
      { path: '', message: 'the definition is too large (more than 4 MB of JSON)' },
    ]);
    const fits = safeParseDefinition({
      ...json(D),
      description: 'x'.repeat(MAX_DEFINITION_SIZE - 20000),
    });
    assert.equal(fits.success, true);
  });
  it('responses: size and depth, in parseResponse, verifyEnvelope and the session', async () => {
    const deep = { ...json(R), answers: { notes: { value: 'x', comment: deepArray(5000) } } };
    const depthIssue = assert.throws(() => parseResponse(deep, D), ResponseError).issues;
    assert.match(depthIssue[0]!.message, /^the response is nested too deeply/);
    const big = { ...json(R), answers: { notes: { value: 'x'.repeat(MAX_RESPONSE_SIZE) } } };
    const sizeIssues = assert.throws(() => parseResponse(big, D), ResponseError).issues;
    assert.deepEqual(sizeIssues, [
      { path: '', message: 'the response is too large (more than 4 MB of JSON)' },
    ]);
    assert.equal(
      safeParseResponse(
        { ...json(R), answers: { notes: { value: 'x'.repeat(MAX_RESPONSE_SIZE - 10000) } } },
        D,
      ).success,
      true,
    );

    const env = json(await createEnvelope(D, R, { now }));
    const v = await verifyEnvelope({ ...env, response: deep }, D);
    assert.equal(v.ok, false);
    assert.match(v.problems[0]!.message, /^the envelope is nested too deeply/);
    assert.match(v.problems[0]!.path, /^response\.answers\.notes\.comment/);

    const s = createSession({ definition: D, now });
    const refused = assert.throws(
      () => s.dispatch({ type: 'replace', response: deep as never }),
      SessionActionError,
    );
    assert.match(refused.issues[0]!.message, /nested too deeply/);
    assert.throws(
      () => s.dispatch({ type: 'replace', response: big as never }),
      SessionActionError,
    );
    const loaded = createSession({ definition: D, response: big as never, now });
    assert.equal(
      loaded.state.storage.state,
      'error',
      'an oversized stored response is reported, not loaded',
    );
    assert.deepEqual(loaded.state.response.answers, {});
  });
});

describe('limits on conditions', () => {
  it('refuses a condition longer than MAX_CONDITION_LENGTH or nested deeper than MAX_CONDITION_DEPTH', () => {
    assert.equal(parseCondition(`{a} = '${'x'.repeat(MAX_CONDITION_LENGTH - 8)}'`).type, 'compare');
    assert.throws(
      () => parseCondition(`{a} = '${'x'.repeat(MAX_CONDITION_LENGTH - 7)}'`),
      ConditionError,
    );
    const nested = (n: number) => `${'('.repeat(n)}{a}${')'.repeat(n)}`;
    assert.equal(parseCondition(nested(MAX_CONDITION_DEPTH)).type, 'ref');
    assert.match(
      assert.throws(() => parseCondition(nested(MAX_CONDITION_DEPTH + 1)), ConditionError).message,
      /nest at most 64 levels/,
    );
    assert.throws(
      () => parseCondition('not '.repeat(MAX_CONDITION_DEPTH + 1) + '{a}'),
      ConditionError,
    );
    // the definition schema holds showIf to the same length
    const long = safeParseDefinition({
      ...json(D),
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            {
              id: 'q',
              type: 'text',
              text: 'q',
              showIf: `{q} = '${'x'.repeat(MAX_CONDITION_LENGTH)}'`,
            },
          ],
        },
      ],
    });
    assert.deepEqual(long.success ? [] : long.issues.map((i) => i.path), [
      'sections[0].questions[0].showIf',
    ]);
  });
});

describe('limits on evidence, bundles and share links', () => {
  it('session.addEvidence refuses a file larger than MAX_EVIDENCE_SIZE and takes one of exactly that size', async () => {
    const s = createSession({ definition: D, now });
    const e = await assert.rejects(
      () => s.addEvidence('notes', new Blob([new Uint8Array(MAX_EVIDENCE_SIZE + 1)]), 'big.bin'),
      SessionActionError,
    );
    assert.deepEqual(e.issues, [
      {
        path: 'answers.notes.evidence',
        message: 'the file is larger than 20 MB, the limit for one evidence file',
      },
    ]);
    assert.equal(s.state.revision, 0);
    const ref = await s.addEvidence(
      'notes',
      new Blob([new Uint8Array(MAX_EVIDENCE_SIZE)]),
      'max.bin',
    );
    assert.equal(ref.size, MAX_EVIDENCE_SIZE);
  });
  it('openBundle refuses oversized text, deep nesting and an oversized file', async () => {
    const tooBig = await assert.rejects(
      () => openBundle('x'.repeat(MAX_BUNDLE_SIZE + 1), D),
      BundleError,
    );
    assert.deepEqual(tooBig.issues, [
      { path: '', message: 'the bundle is too large (more than 100 MB of JSON)' },
    ]);
    const deep = await assert.rejects(
      () =>
        openBundle(
          `{"format":"aimskit.bundle/1","files":[],"envelope":${'['.repeat(50000)}${']'.repeat(50000)}}`,
          D,
        ),
      BundleError,
    );
    assert.match(deep.issues[0]!.message, /^the bundle is nested too deeply/);
    assert.equal(deep.issues[0]!.path.startsWith('envelope'), true);
    const bundle = json(
      await createBundle(D, R, async () => new Blob([EVIDENCE_BYTES as unknown as ArrayBuffer]), {
        now,
      }),
    );
    const huge = {
      ...bundle,
      files: [{ ...bundle.files[0]!, data: 'A'.repeat(Math.ceil(MAX_EVIDENCE_SIZE / 3) * 4 + 8) }],
    };
    const e = await assert.rejects(() => openBundle(huge, D), BundleError);
    assert.deepEqual(e.issues, [
      { path: 'files[0].data', message: 'is larger than 20 MB, the limit for one evidence file' },
    ]);
  });
  it('decodeShareLink refuses a payload that unpacks past MAX_SHARE_JSON without unpacking all of it', async () => {
    const bomb = toBase64Url(await deflate(' '.repeat(MAX_SHARE_JSON * 16)));
    assert.ok(bomb.length <= MAX_SHARE_PAYLOAD, 'the bomb fits in a link');
    const e = await assert.rejects(() => decodeShareLink(`#r=${bomb}`, D), ShareLinkError);
    assert.deepEqual(e.issues, [
      { path: 'r', message: `unpacks to more than ${MAX_SHARE_JSON} bytes` },
    ]);
    // deep nesting inside a small link: a depth error from the response parser
    const deep = toBase64Url(
      await deflate(
        `{"format":"aimskit.response/1","definition":{"id":"hostile","version":"1"},"answers":${'['.repeat(100000)}${']'.repeat(100000)}}`,
      ),
    );
    const d = await assert.rejects(() => decodeShareLink(`#r=${deep}`, D), ResponseError);
    assert.match(d.issues[0]!.message, /^the response is nested too deeply/);
  });
});
