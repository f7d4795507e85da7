import { expect } from '@open-wc/testing';
import {
  openIndexedDbStore,
  createMemoryStore,
  flushOnPageHide,
  createVersion1,
  StorageError,
} from '../../src/store/index.js';
import {
  openSession,
  type AssessmentStore,
  type SessionSnapshot,
} from '../../src/session/index.js';
import { emptyResponse, type AssessmentResponse } from '../../src/model/response.js';
import { definition, freshName, rawOpen, rawPut, until, bytes } from './helpers.js';

const stores: AssessmentStore[] = [];
async function store(name: string) {
  const s = await openIndexedDbStore({ name });
  stores.push(s);
  return s;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

describe('IndexedDB store: save and reload', () => {
  it('restores exactly what was there, evidence bytes included', async () => {
    const name = freshName('reload');
    const s1 = await store(name);
    const a = await openSession({ definition, store: s1, key: 'a1', autosaveMs: 10 });
    a.dispatch({ type: 'answer', question: 'q1', value: '2' });
    a.dispatch({ type: 'answer', question: 'q2', value: 'na' });
    a.dispatch({ type: 'comment', question: 'q2', comment: 'half typed justific' });
    const ref = await a.addEvidence(
      'q1',
      new Blob(['policy text'], { type: 'text/plain' }),
      'policy.txt',
    );
    await a.flush();
    expect(a.state.storage.state).to.equal('saved');
    const before = a.state.response;
    a.close();
    s1.close();

    const s2 = await store(name);
    const b = await openSession({ definition, store: s2, key: 'a1' });
    expect(b.state.response).to.deep.equal(before);
    expect(b.state.storage.state).to.equal('saved');
    const blob = await b.getEvidence(ref.id);
    expect(blob && (await bytes(blob))).to.deep.equal(await bytes(new Blob(['policy text'])));
    expect(ref.sha256).to.match(/^[0-9a-f]{64}$/);
  });

  it('autosaves within the debounce without an explicit flush', async () => {
    const name = freshName('debounce');
    const s1 = await store(name);
    const a = await openSession({ definition, store: s1, key: 'a1', autosaveMs: 250 });
    await a.flush();
    a.dispatch({ type: 'answer', question: 'q3', value: '1' });
    const s2 = await store(name);
    expect((await s2.loadResponse('a1'))?.answers.q3, 'not yet written').to.equal(undefined);
    await until(
      async () => (await s2.loadResponse('a1'))?.answers.q3?.value === '1',
      2000,
      'the autosave',
    );
  });

  it('flushes at once on pagehide', async () => {
    const name = freshName('pagehide');
    const s1 = await store(name);
    const a = await openSession({ definition, store: s1, key: 'a1', autosaveMs: 60_000 });
    await a.flush();
    const off = flushOnPageHide(a);
    a.dispatch({ type: 'answer', question: 'q1', value: '1' });
    const s2 = await store(name);
    expect((await s2.loadResponse('a1'))?.answers.q1).to.equal(undefined);
    window.dispatchEvent(new Event('pagehide'));
    await until(
      async () => (await s2.loadResponse('a1'))?.answers.q1?.value === '1',
      1500,
      'the pagehide flush',
    );
    off();
    a.close();
  });

  it('lists, renames, duplicates (with evidence) and deletes assessments', async () => {
    const s = await store(freshName('crud'));
    const rec = await s.create({
      title: 'Supplier A',
      definition: { id: definition.id, version: definition.version },
      response: emptyResponse(definition),
    });
    const ref = { id: 'ev-1', name: 'a.txt', type: 'text/plain', size: 1, sha256: 'b'.repeat(64) };
    await s.putEvidence(rec.id, { ref, blob: new Blob(['x']) });
    await s.rename(rec.id, 'Supplier A (2026)');
    const dup = await s.duplicate(rec.id);
    expect((await s.list()).map((r) => r.title).sort()).to.deep.equal([
      'Supplier A (2026)',
      'Supplier A (2026) (copy)',
    ]);
    expect((await s.listEvidence(dup.id)).map((e) => e.ref.id)).to.deep.equal(['ev-1']);
    await s.delete(rec.id);
    expect((await s.list()).map((r) => r.id)).to.deep.equal([dup.id]);
    expect(await s.listEvidence(rec.id)).to.deep.equal([]);
    expect(await s.loadResponse(rec.id)).to.equal(undefined);
  });

  it('keeps submitted envelopes', async () => {
    const s = await store(freshName('env'));
    await s.putEnvelope('a1', {
      createdAt: '2026-11-27T10:00:00.000Z',
      envelope: { format: 'aimskit.envelope/1', sha256: 'abc' },
    });
    expect((await s.listEnvelopes('a1')).map((e) => e.envelope.sha256)).to.deep.equal(['abc']);
  });
});

describe('IndexedDB store: migrations', () => {
  it('version 0 → 1: createVersion1 builds the first layout (one `drafts` store by definition id)', async () => {
    const name = freshName('v0-1');
    const db = await rawOpen(name, 1, (raw) => createVersion1(raw));
    expect(db.version).to.equal(1);
    expect([...db.objectStoreNames]).to.deep.equal(['drafts']);
    expect(db.transaction('drafts').store.keyPath).to.equal('definitionId');
    db.close();
  });

  it('version 1 → 2: drafts keyed by definition id with inline files become assessments with separate evidence', async () => {
    const name = freshName('v1');
    const ref = {
      id: 'ev-9',
      name: 'plan.txt',
      type: 'text/plain',
      size: 4,
      sha256: 'c'.repeat(64),
    };
    const response: AssessmentResponse = {
      ...emptyResponse(definition),
      answers: { q1: { value: '1', evidence: [ref] } },
      updatedAt: '2025-05-01T00:00:00.000Z',
    };
    const old = await rawOpen(name, 1, (db) => createVersion1(db));
    await rawPut(old, 'drafts', [
      {
        definitionId: definition.id,
        definitionVersion: '1.0.0',
        title: 'Old draft',
        response,
        files: { 'ev-9': new Blob(['plan']) },
        savedAt: '2025-05-01T00:00:00.000Z',
      },
    ]);
    old.close();

    const s = await store(name);
    const list = await s.list();
    expect(list.map((r) => [r.id, r.title, r.definition.version])).to.deep.equal([
      [definition.id, 'Old draft', '1.0.0'],
    ]);
    expect(await s.loadResponse(definition.id)).to.deep.equal(response);
    const ev = await s.getEvidence(definition.id, 'ev-9');
    expect(ev?.ref).to.deep.equal(ref);
    expect(ev && (await bytes(ev.blob))).to.deep.equal(await bytes(new Blob(['plan'])));
    s.close();
    const after = await rawOpen(name);
    expect(after.version).to.equal(2);
    expect([...after.objectStoreNames].sort()).to.deep.equal([
      'assessments',
      'envelopes',
      'evidence',
      'responses',
    ]);
    after.close();

    const session = await openSession({ definition, store: await store(name) });
    expect(session.state.response.answers.q1?.value).to.equal('1');
  });

  it('a step that fails aborts the upgrade: the database stays at version 1 with its drafts', async () => {
    const name = freshName('v1-abort');
    const old = await rawOpen(name, 1, (raw) => createVersion1(raw));
    // An evidence reference whose id cannot be a key: moving its file to `evidence` fails.
    const badRef = { id: {}, name: 'x.txt', type: 'text/plain', size: 1, sha256: 'e'.repeat(64) };
    await rawPut(old, 'drafts', [
      {
        definitionId: definition.id,
        response: { ...emptyResponse(definition), answers: { q1: { evidence: [badRef] } } },
        files: { [String(badRef.id)]: new Blob(['x']) },
      },
    ]);
    old.close();

    const s = await store(name);
    const failure = await s.list().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).to.be.instanceOf(StorageError);
    expect((failure as StorageError).message).to.match(/could not be opened/);
    s.close();
    const after = await rawOpen(name);
    expect(after.version).to.equal(1);
    expect([...after.objectStoreNames]).to.deep.equal(['drafts']);
    expect(await after.count('drafts')).to.equal(1);
    after.close();
  });

  it('version 0 → 2: a new database gets the current layout', async () => {
    const name = freshName('v0');
    (await store(name)).close();
    const db = await rawOpen(name);
    expect(db.version).to.equal(2);
    expect([...db.objectStoreNames].sort()).to.deep.equal([
      'assessments',
      'envelopes',
      'evidence',
      'responses',
    ]);
    db.close();
  });
});

describe('IndexedDB store: corrupted records', () => {
  it('reports each bad record with its key, skips it, and loads the rest', async () => {
    const name = freshName('corrupt');
    (await store(name)).close();
    const db = await rawOpen(name);
    const good = {
      id: 'good',
      title: 'Good',
      definition: { id: definition.id, version: '1.0.0' },
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    await rawPut(db, 'assessments', [
      good,
      { id: 'bad', title: 42, definition: {}, createdAt: 'x', updatedAt: 'x' },
    ]);
    await rawPut(db, 'responses', [
      { assessment: 'bad', response: { format: 'aimskit.response/1', answers: 'oops' } },
    ]);
    await rawPut(db, 'evidence', [
      {
        assessment: 'good',
        id: 'e1',
        ref: { id: 'e1', name: 'a', type: '', size: 1, sha256: 'd'.repeat(64) },
        blob: new Blob(['a']),
      },
      {
        assessment: 'good',
        id: 'e2',
        ref: { id: 'e2', name: 'b', type: '', size: 1, sha256: 'd'.repeat(64) },
        blob: 'not bytes',
      },
    ]);
    db.close();

    const s = await store(name);
    expect((await s.list()).map((r) => r.id)).to.deep.equal(['good']);
    expect((await s.listEvidence('good')).map((e) => e.ref.id)).to.deep.equal(['e1']);
    expect(s.takeProblems().map((p) => p.key)).to.deep.equal([
      'assessments/bad',
      'evidence/good/e2',
    ]);

    const session = await openSession({ definition, store: s, key: 'bad' });
    expect(session.state.storage.state).to.equal('error');
    expect(session.state.storage.problems?.map((p) => p.key)).to.deep.equal([
      'assessments/bad',
      'responses/bad',
    ]);
    expect(session.state.storage.problems?.[1]?.message).to.match(/answers/);
    session.dispatch({ type: 'answer', question: 'q1', value: '0' });
    await session.flush();
    expect(session.state.storage.state, 'saving works again and clears the notice').to.equal(
      'saved',
    );
  });

  it('drops answers that no longer fit the definition, keeping the others', async () => {
    const name = freshName('unfit');
    const s = await store(name);
    await s.create({
      id: 'x',
      title: 'X',
      definition: { id: definition.id, version: '1.0.0' },
      response: {
        ...emptyResponse(definition),
        answers: { q1: { value: '2' }, q2: { value: 'gone-option' }, removed: { value: '1' } },
      },
    });
    const session = await openSession({ definition, store: s, key: 'x' });
    expect(Object.keys(session.state.response.answers)).to.deep.equal(['q1']);
    expect(session.state.storage.problems?.map((p) => p.key)).to.deep.equal([
      'answers.q2.value',
      'answers.removed',
    ]);
  });
});

describe('storage unavailable or full: the session keeps working in memory', () => {
  it('IndexedDB that cannot be opened (a newer version holds the name): memory-only, said once', async () => {
    const name = freshName('blocked');
    const newer = await rawOpen(name, 3);
    const s = await store(name);
    const session = await openSession({ definition, store: s, key: 'a1', autosaveMs: 5 });
    expect(session.state.storage.state).to.equal('memory-only');
    expect(session.state.storage.message).to.match(/could not be opened/);
    const notices: SessionSnapshot['storage'][] = [];
    session.subscribe((snap) => {
      if (notices.at(-1) !== snap.storage) notices.push(snap.storage);
    });
    session.dispatch({ type: 'answer', question: 'q1', value: '1' });
    await session.flush();
    session.dispatch({ type: 'answer', question: 'q2', value: '1' });
    await session.flush();
    expect(session.state.response.answers.q2?.value).to.equal('1');
    expect(
      notices.filter((n) => n.state !== 'memory-only'),
      'no other state announced while storage is down',
    ).to.deep.equal([]);
    await session.addEvidence('q1', new Blob(['kept in memory']));
    const ev = session.state.response.answers.q1!.evidence![0]!;
    expect(await bytes((await session.getEvidence(ev.id))!)).to.deep.equal(
      await bytes(new Blob(['kept in memory'])),
    );
    newer.close();
  });

  it('an upgrade blocked by an older connection fails now, and the next operation opens it', async () => {
    const name = freshName('held');
    // An older page that keeps its version-1 connection open and ignores the request to close it.
    const older = await rawOpen(name, 1, (raw) => createVersion1(raw));
    const s = await store(name);
    const failure = await s.list().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).to.be.instanceOf(StorageError);
    expect((failure as StorageError).reason).to.equal('unavailable');
    expect((failure as StorageError).message).to.match(
      /could not be opened: another tab keeps an older version of the database open/,
    );
    older.close();
    await until(
      async () => (await s.list().catch(() => undefined))?.length === 0,
      2000,
      'the open',
    );
  });

  it('a newer version opened in another tab: this connection lets it upgrade, then reports', async () => {
    const name = freshName('newer-tab');
    const s = await store(name);
    await s.create({ id: 'kept', title: 'Kept', definition: { id: 'd', version: '1' } });
    // Not blocked: the store closes its connection when the newer version asks for it.
    const newer = await rawOpen(name, 3);
    expect(newer.version).to.equal(3);
    const failure = await s.list().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).to.be.instanceOf(StorageError);
    expect((failure as StorageError).message).to.match(/could not be opened/);
    newer.close();
  });

  it('quota exceeded: memory-only with a message, and saving resumes on the next change', async () => {
    const inner = createMemoryStore();
    let full = true;
    const wrapped: AssessmentStore = {
      ...inner,
      async saveResponse(id, r) {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return inner.saveResponse(id, r);
      },
    };
    const session = await openSession({ definition, store: wrapped, key: 'q', autosaveMs: 5 });
    session.dispatch({ type: 'answer', question: 'q1', value: '2' });
    await session.flush();
    expect(session.state.storage.state).to.equal('memory-only');
    expect(session.state.storage.message).to.match(/storage is full/);
    full = false;
    session.dispatch({ type: 'answer', question: 'q2', value: '1' });
    await until(() => session.state.storage.state === 'saved', 1000, 'the retry');
    const saved = await inner.loadResponse('q');
    expect([saved?.answers.q1?.value, saved?.answers.q2?.value]).to.deep.equal(['2', '1']);
  });

  it('StorageError says why', () => {
    expect(new StorageError('x', 'quota').reason).to.equal('quota');
  });
});

describe('two tabs on one assessment (BroadcastChannel)', () => {
  it("shows one tab's changes in the other and keeps concurrent edits to different answers", async () => {
    const name = freshName('tabs');
    const [sa, sb] = [await store(name), await store(name)];
    const a = await openSession({ definition, store: sa, key: 'shared', autosaveMs: 5 });
    await a.flush();
    const b = await openSession({ definition, store: sb, key: 'shared', autosaveMs: 5 });
    a.dispatch({ type: 'answer', question: 'q1', value: '2' });
    await a.flush();
    await until(() => b.state.response.answers.q1?.value === '2', 2000, 'tab b to see q1');
    expect(b.state.lastAction?.type).to.equal('external');
    a.dispatch({ type: 'answer', question: 'q2', value: '1' });
    b.dispatch({ type: 'answer', question: 'q3', value: '0' });
    await Promise.all([a.flush(), b.flush()]);
    const both = (s: typeof a) =>
      [s.state.response.answers.q2?.value, s.state.response.answers.q3?.value].join();
    await until(() => both(a) === '1,0' && both(b) === '1,0', 2000, 'both tabs to hold q2 and q3');
    await until(
      async () => {
        const r = await (await store(name)).loadResponse('shared');
        return r?.answers.q2 && r.answers.q3;
      },
      2000,
      'the store to hold both',
    );
  });

  it('a tab writes a merge back at once, not after its autosave delay', async () => {
    // A minute of debounce: only a write made at once reaches the store within the wait below.
    const name = freshName('writeback');
    const [sa, sb] = [await store(name), await store(name)];
    const a = await openSession({ definition, store: sa, key: 'k', autosaveMs: 60_000 });
    await a.flush();
    const b = await openSession({ definition, store: sb, key: 'k', autosaveMs: 60_000 });
    a.dispatch({ type: 'answer', question: 'q2', value: '1' }); // not saved yet
    b.dispatch({ type: 'answer', question: 'q3', value: '0' });
    await b.flush(); // the store holds q3 only; tab a hears it and merges
    await until(
      async () => {
        const stored = await (await store(name)).loadResponse('k');
        return !!stored?.answers.q2 && !!stored.answers.q3;
      },
      2000,
      "tab a's merge (q2 and q3) in the store",
    );
  });

  it('the same answer in both tabs: the later write wins', async () => {
    const name = freshName('lww');
    const [sa, sb] = [await store(name), await store(name)];
    const a = await openSession({
      definition,
      store: sa,
      key: 'k',
      autosaveMs: 5,
      now: () => '2026-11-27T10:00:05.000Z',
    });
    await a.flush();
    const b = await openSession({
      definition,
      store: sb,
      key: 'k',
      autosaveMs: 5,
      now: () => '2026-11-27T10:00:09.000Z',
    });
    b.dispatch({ type: 'answer', question: 'q1', value: '2' });
    a.dispatch({ type: 'answer', question: 'q1', value: '0' });
    await Promise.all([b.flush(), a.flush()]);
    await until(
      () =>
        a.state.response.answers.q1?.value === '2' && b.state.response.answers.q1?.value === '2',
      2000,
      "b's later write in both tabs",
    );
    await until(
      async () => (await sa.loadResponse('k'))?.answers.q1?.value === '2',
      2000,
      "the store to hold b's write",
    );
  });

  it('reads the database after the fact too', async () => {
    const name = freshName('req');
    const s = await store(name);
    await s.create({ id: 'z', title: 'Z', definition: { id: 'd', version: '1' } });
    const db = await rawOpen(name);
    const row = await db.get('assessments', 'z');
    expect((row as { title: string }).title).to.equal('Z');
    db.close();
  });
});
