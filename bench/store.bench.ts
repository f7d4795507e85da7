/**
 * `npm run bench:store`: restore time of a 1,000-answer draft with 20 evidence files, and the
 * median save latency of one answer, in headless Chromium against real IndexedDB. Prints its
 * figures to the console.
 */
import { openIndexedDbStore } from '../src/store/index.js';
import { openSession } from '../src/session/index.js';
import { parseDefinition } from '../src/model/parse.js';
import { seedDraft, DRAFT_FILES } from './seed-draft.js';
// @ts-expect-error: a plain JavaScript module shared with the Node benchmarks
import { syntheticDefinition } from './synthetic.mjs';

const N = 1000;
const RUNS = 9;
const definition = parseDefinition(syntheticDefinition(N));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

describe('bench: store', () => {
  it('restore and save', async function () {
    (this as unknown as { timeout(n: number): void }).timeout(120_000);
    const name = `aimskit-bench-${Date.now()}`;
    const qs = await seedDraft(definition, name);

    const restore: number[] = [];
    const sessionOnly: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const store = await openIndexedDbStore({ name });
      const t1 = performance.now();
      const session = await openSession({ definition, store, key: 'draft' });
      const t2 = performance.now();
      if (Object.keys(session.state.response.answers).length !== N)
        throw new Error('restore lost answers');
      restore.push(t2 - t0);
      sessionOnly.push(t2 - t1);
      session.close();
      store.close();
    }

    const store = await openIndexedDbStore({ name });
    const session = await openSession({ definition, store, key: 'draft', autosaveMs: 60_000 });
    const save: number[] = [];
    const dispatch: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      session.dispatch({ type: 'answer', question: qs[i]!, value: String((i + 1) % 6) });
      const t1 = performance.now();
      await session.flush();
      const t2 = performance.now();
      dispatch.push(t1 - t0);
      save.push(t2 - t0);
    }
    session.close();
    store.close();
    indexedDB.deleteDatabase(name);

    console.log(
      [
        `aimskit store bench (${N} answers, ${DRAFT_FILES} evidence files of 64 KB, median of ${RUNS} restores / 30 saves)`,
        `  restore (open database + read + validate + score): ${ms(median(restore))} (target <= 50 ms; first run ${ms(restore[0]!)})`,
        `    of which openSession: ${ms(median(sessionOnly))}`,
        `  one answer: dispatch + rescore ${ms(median(dispatch))}, dispatch + save to IndexedDB ${ms(median(save))}`,
      ].join('\n'),
    );
  });
});
