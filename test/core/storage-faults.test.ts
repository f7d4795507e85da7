// Storage faults at the session's depth (memory store with a failing evidence write): a file the
// storage refuses must not hold back the answers. The browser-level proof is
// test/e2e/storage-faults.e2e.ts.
import { describe, it, assert } from '../harness.js';
import { openSession } from '../../src/session/index.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { parseDefinition } from '../../src/model/parse.js';
import type { AssessmentStore } from '../../src/session/store-types.js';

const definition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'faults',
  version: '1.0.0',
  title: 'Faults',
  scales: [
    {
      id: 'm',
      options: [
        { id: '0', label: 'None', value: 0 },
        { id: '1', label: 'Full', value: 1 },
      ],
    },
  ],
  sections: [
    {
      id: 's1',
      title: 'One',
      questions: [
        { id: 'q1', type: 'scale', scale: 'm', text: 'Q1' },
        { id: 'q2', type: 'scale', scale: 'm', text: 'Q2' },
      ],
    },
  ],
});

/** A memory store whose evidence writes fail as a full disk does, while `full` is true. */
function fullForFiles() {
  const inner = createMemoryStore();
  const state = { full: true, attempts: 0 };
  const store: AssessmentStore = {
    ...inner,
    async putEvidence(id, ev) {
      state.attempts++;
      if (state.full)
        throw Object.assign(new Error('The quota has been exceeded.'), {
          name: 'QuotaExceededError',
        });
      return inner.putEvidence(id, ev);
    },
  };
  return { inner, store, state };
}

describe('session: a file the storage refuses', () => {
  it('saves the answers without the file, says the storage is full, and stores the file once there is room', async () => {
    const { inner, store, state } = fullForFiles();
    const s = await openSession({
      definition,
      store,
      key: 'k',
      autosaveMs: 5,
      randomId: () => 'ev-1',
    });
    await s.flush();
    s.dispatch({ type: 'answer', question: 'q1', value: '1' });
    await s.addEvidence('q1', new Blob(['policy text'], { type: 'text/plain' }), 'policy.txt');
    s.dispatch({ type: 'answer', question: 'q2', value: '0' });
    await s.flush();

    assert.equal(state.attempts > 0, true, 'the file was tried');
    assert.equal(s.state.storage.state, 'memory-only');
    assert.match(s.state.storage.message ?? '', /storage is full/);
    const saved = await inner.loadResponse('k');
    assert.deepEqual(
      [saved?.answers.q1?.value, saved?.answers.q2?.value],
      ['1', '0'],
      'the answers are on disk',
    );
    assert.deepEqual(
      saved?.answers.q1?.evidence ?? [],
      [],
      'no reference to a file that is not stored',
    );
    assert.deepEqual(
      s.state.response.answers.q1?.evidence?.map((e) => e.name),
      ['policy.txt'],
      'the page keeps the file',
    );
    assert.equal(await (await s.getEvidence('ev-1'))?.text(), 'policy text');

    state.full = false;
    s.dispatch({ type: 'comment', question: 'q2', comment: 'room again' });
    await s.flush();
    assert.equal(s.state.storage.state, 'saved');
    const after = await inner.loadResponse('k');
    assert.deepEqual(
      after?.answers.q1?.evidence?.map((e) => e.id),
      ['ev-1'],
    );
    assert.equal(await (await inner.getEvidence('k', 'ev-1'))?.blob.text(), 'policy text');
    s.close();
  });
});

describe('session: a save as the page goes away', () => {
  it('writes the newest answers at once, without waiting for an earlier save still storing a file', async () => {
    const inner = createMemoryStore();
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const saved: (string | undefined)[] = [];
    const store: AssessmentStore = {
      ...inner,
      async putEvidence(id, ev) {
        await gate;
        return inner.putEvidence(id, ev);
      },
      saveResponse(id, response) {
        saved.push(response.answers.q2?.value as string | undefined);
        return inner.saveResponse(id, response);
      },
    };
    const s = await openSession({
      definition,
      store,
      key: 'k',
      autosaveMs: 10_000,
      randomId: () => 'ev-1',
    });
    await s.flush();
    await s.addEvidence('q1', new Blob(['slow file']), 'slow.txt');
    const first = s.flush(); // stuck on the file until the gate opens
    s.dispatch({ type: 'answer', question: 'q2', value: '1' });
    const second = s.flush(); // the page is going away: this write must not wait for the first
    await Promise.resolve();
    await Promise.resolve();
    assert.equal(saved.at(-1), '1', 'the newest answer was written before the file finished');
    release();
    await Promise.all([first, second]);
    const disk = await inner.loadResponse('k');
    assert.equal(disk?.answers.q2?.value, '1', 'an older save never lands after a newer one');
    assert.deepEqual(
      disk?.answers.q1?.evidence?.map((e) => e.id),
      ['ev-1'],
      'the file is referenced once stored',
    );
    s.close();
  });
});
