// Restore of a 1,000-answer draft with 20 evidence files (64 KB each) from real IndexedDB: open the
// database, read the draft, validate it against the definition and score it (openSession), as a
// page does on load.
import { openSession, parseDefinition } from '../../src/core.js';
import { seedDraft } from '../seed-draft.js';
import { openIndexedDbStore } from '../../src/store/index.js';
// @ts-expect-error: a plain JavaScript module shared with the Node benchmarks
import { syntheticDefinition } from '../synthetic.mjs';

declare global {
  interface Window {
    storeBench(runs: number): Promise<{ restore: number[]; answers: number; files: number }>;
  }
}

window.storeBench = async (runs) => {
  const definition = parseDefinition(syntheticDefinition(1000));
  const name = `aimskit-bench-${Date.now()}`;
  await seedDraft(definition, name);

  const restore: number[] = [];
  let answers = 0,
    files = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const store = await openIndexedDbStore({ name });
    const session = await openSession({ definition, store, key: 'draft' });
    restore.push(performance.now() - t0);
    const got = session.state.response.answers;
    answers = Object.keys(got).length;
    files = Object.values(got).reduce((n, a) => n + (a.evidence?.length ?? 0), 0);
    session.close();
    store.close();
  }
  indexedDB.deleteDatabase(name);
  return { restore, answers, files };
};
