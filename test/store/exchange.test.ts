import { expect } from '@open-wc/testing';
import { openIndexedDbStore, createMemoryStore } from '../../src/store/index.js';
import { openSession, type AssessmentStore } from '../../src/session/index.js';
import {
  exportBundle,
  importBundle,
  openBundle,
  BundleError,
  type Bundle,
} from '../../src/io/bundle.js';
import {
  encodeShareLink,
  decodeShareLink,
  ShareLinkError,
  MAX_SHARE_PAYLOAD,
} from '../../src/io/share-link.js';
import { ResponseError } from '../../src/model/parse-response-strict.js';
import { emptyResponse, type AssessmentResponse } from '../../src/model/response.js';
import { definition, freshName, bytes } from './helpers.js';

const stores: AssessmentStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

/** A stored assessment with two answers and two evidence files. */
async function seeded() {
  const store = await openIndexedDbStore({ name: freshName('bundle') });
  stores.push(store);
  const session = await openSession({ definition, store, key: 'supplier-a', title: 'Supplier A' });
  session.dispatch({ type: 'answer', question: 'q1', value: '2' });
  session.dispatch({ type: 'answer', question: 'notes', value: 'We run two models.' });
  await session.addEvidence('q1', new Blob(['policy v1'], { type: 'text/plain' }), 'policy.txt');
  await session.addEvidence(
    'q1',
    new Blob([new Uint8Array([0, 255, 1, 254])], { type: 'application/octet-stream' }),
    'raw.bin',
  );
  await session.flush();
  return { store, session };
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
async function issuesOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(BundleError);
    return (e as BundleError).issues.map((i) => i.path);
  }
  throw new Error('expected a BundleError');
}

describe('bundles', () => {
  it('export then import round trip, evidence files included', async () => {
    const { store, session } = await seeded();
    const bundle = await exportBundle(store, 'supplier-a', definition);
    expect(bundle.format).to.equal('aimskit.bundle/1');
    expect(bundle.files.map((f) => f.name)).to.deep.equal(['policy.txt', 'raw.bin']);
    const text = JSON.stringify(bundle);

    const target = createMemoryStore();
    const record = await importBundle(target, text, definition);
    expect([record.id, record.title]).to.deep.equal(['supplier-a', 'Supplier A']);
    expect(await target.loadResponse('supplier-a')).to.deep.equal(session.state.response);
    const refs = session.state.response.answers.q1!.evidence!;
    for (const ref of refs) {
      const got = await target.getEvidence('supplier-a', ref.id);
      expect(got?.ref).to.deep.equal(ref);
      expect(await bytes(got!.blob)).to.deep.equal(
        await bytes((await session.getEvidence(ref.id))!),
      );
    }
    expect((await target.listEnvelopes('supplier-a')).length).to.equal(1);
  });

  it('does not overwrite a stored assessment unless asked', async () => {
    const { store } = await seeded();
    const bundle = await exportBundle(store, 'supplier-a', definition);
    expect(await issuesOf(importBundle(store, bundle, definition))).to.deep.equal([
      'assessment.id',
    ]);
    const copy = await importBundle(store, bundle, definition, { id: 'supplier-a-2' });
    expect(copy.id).to.equal('supplier-a-2');
    await store.rename('supplier-a', 'Renamed meanwhile');
    const replaced = await importBundle(store, bundle, definition, { overwrite: true });
    expect(replaced.title).to.equal('Supplier A');
  });

  it('rejects a tampered file, naming it', async () => {
    const { store } = await seeded();
    const bundle = clone(await exportBundle(store, 'supplier-a', definition)) as {
      files: { data: string }[];
    } & Bundle;
    bundle.files[0]!.data = btoa('policy v2');
    expect(await issuesOf(openBundle(bundle, definition))).to.deep.equal(['files[0].data']);
  });

  it('rejects a tampered response (the envelope digest no longer matches)', async () => {
    const { store } = await seeded();
    const bundle = clone(await exportBundle(store, 'supplier-a', definition)) as Bundle & {
      envelope: { response: AssessmentResponse };
    };
    bundle.envelope.response.answers.q1!.value = '0';
    const paths = await issuesOf(openBundle(bundle, definition));
    expect(paths).to.include('envelope.sha256');
  });

  it('rejects a changed evidence digest and a file the response does not name', async () => {
    const { store } = await seeded();
    const bundle = clone(await exportBundle(store, 'supplier-a', definition)) as Bundle & {
      files: { id: string; sha256: string }[];
    };
    bundle.files[0]!.sha256 = 'e'.repeat(64);
    bundle.files[1]!.id = 'ev-stranger';
    expect(await issuesOf(openBundle(bundle, definition))).to.deep.equal([
      'files[0].sha256',
      'files[1].id',
    ]);
  });

  it('rejects what is not a bundle, by path', async () => {
    expect(
      await issuesOf(
        openBundle('{"format":"aimskit.bundle/1","envelope":{},"files":[{"id":"x"}]}', definition),
      ),
    ).to.include('files[0].sha256');
    expect(await issuesOf(openBundle('not json', definition))).to.deep.equal(['']);
  });
});

describe('share links', () => {
  const response: AssessmentResponse = {
    ...emptyResponse(definition),
    answers: { q1: { value: '2' }, q2: { value: '1' }, notes: { value: 'ünïcode ✓' } },
  };

  it('round trips a response through the URL fragment', async () => {
    const link = await encodeShareLink(response, 'https://example.org/scan?x=1#old');
    expect(link.startsWith('https://example.org/scan?x=1#r=')).to.equal(true);
    expect(link).to.match(/#r=[A-Za-z0-9_-]+$/);
    expect(await decodeShareLink(link, definition)).to.deep.equal(response);
    expect(await decodeShareLink(link.slice(link.indexOf('#')), definition)).to.deep.equal(
      response,
    );
  });

  it('rejects malformed links with a clear error', async () => {
    const link = await encodeShareLink(response, 'https://example.org/scan');
    for (const bad of [
      'https://example.org/scan',
      '#r=',
      '#r=!!!!',
      link.slice(0, -12),
      `#r=${'A'.repeat(MAX_SHARE_PAYLOAD + 1)}`,
    ]) {
      let caught: unknown;
      try {
        await decodeShareLink(bad, definition);
      } catch (e) {
        caught = e;
      }
      expect(caught, bad.slice(0, 40)).to.be.instanceOf(ShareLinkError);
    }
  });

  it('rejects a link whose response does not fit the definition', async () => {
    const other = { ...response, answers: { q1: { value: 'nine' } } };
    const link = await encodeShareLink(other, 'https://example.org/');
    let caught: unknown;
    try {
      await decodeShareLink(link, definition);
    } catch (e) {
      caught = e;
    }
    expect(caught).to.be.instanceOf(ResponseError);
    expect((caught as ResponseError).issues.map((i) => i.path)).to.deep.equal(['answers.q1.value']);
  });

  it('refuses to make a link for a response too large for one', async () => {
    const big = {
      ...response,
      answers: {
        notes: { value: Array.from({ length: 4000 }, (_, i) => `${(i * 7919) % 10007}`).join(',') },
      },
    };
    let caught: unknown;
    try {
      await encodeShareLink(big, 'https://example.org/');
    } catch (e) {
      caught = e;
    }
    expect(caught).to.be.instanceOf(ShareLinkError);
  });
});
