// Restore of a 1,000-answer draft with 20 evidence files (64 KB each) from real IndexedDB: open the database,
// read the draft, validate it against the definition and score it (openSession), as a page does on load.
import { emptyResponse, openSession, parseDefinition, type AssessmentResponse } from '../../src/core.js';
import { openIndexedDbStore } from '../../src/store/index.js';
// @ts-expect-error: a plain JavaScript module shared with the Node benchmarks
import { syntheticDefinition } from '../synthetic.mjs';

declare global {
  interface Window { storeBench(runs: number): Promise<{ restore: number[]; answers: number; files: number }> }
}

window.storeBench = async (runs) => {
  const definition = parseDefinition(syntheticDefinition(1000));
  const name = `aimskit-bench-${Date.now()}`;
  const stamp = new Date().toISOString();
  const qs = definition.sections.flatMap((s) => s.questions);
  const response: AssessmentResponse = { ...emptyResponse(definition), answers: {}, updatedAt: stamp };
  qs.forEach((q, i) => {
    response.answers[q.id] = { value: String(i % 6), updatedAt: stamp, ...(i % 10 ? {} : { comment: 'A comment of moderate length about the implementation.' }) };
  });
  const seed = await openIndexedDbStore({ name });
  await seed.create({ id: 'draft', title: 'Bench draft', definition: { id: definition.id, version: definition.version }, response });
  const FILES = 20;
  for (let f = 0; f < FILES; f++) {
    const blob = new Blob([new Uint8Array(64 * 1024).fill(f)], { type: 'application/octet-stream' });
    const ref = { id: `ev-${f}`, name: `file-${f}.bin`, type: blob.type, size: blob.size, sha256: 'a'.repeat(64) };
    response.answers[qs[f]!.id]!.evidence = [ref];
    await seed.putEvidence('draft', { ref, blob });
  }
  await seed.saveResponse('draft', response);
  seed.close();

  const restore: number[] = [];
  let answers = 0, files = 0;
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
