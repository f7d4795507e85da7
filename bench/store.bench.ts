/**
 * `npm run bench:store`: restore time of a 1,000-answer draft with 20 evidence files, and the median save
 * latency of one answer, in headless Chromium against real IndexedDB. Prints its figures to the console.
 */
import { openIndexedDbStore } from '../src/store/index.js';
import { openSession } from '../src/session/index.js';
import { parseDefinition } from '../src/model/parse.js';
import { emptyResponse, type AssessmentResponse } from '../src/model/response.js';

const N = 1000;
const FILES = 20;
const RUNS = 9;
const options = [0, 1, 2, 3, 4, 5].map((i) => ({ id: String(i), label: `Level ${i}`, value: i / 5 }));
const definition = parseDefinition({
  format: 'aimskit.definition/1', id: 'bench', version: '1.0.0', title: 'Bench',
  scales: [{ id: 'm', options: [...options, { id: 'na', label: 'N/A', na: true }] }],
  sections: Array.from({ length: 20 }, (_, s) => ({
    id: `s${s}`, title: `Section ${s}`,
    questions: Array.from({ length: N / 20 }, (_, q) => ({ id: `q${s}-${q}`, type: 'scale', scale: 'm', text: `Question ${s}.${q}` })),
  })),
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

describe('bench: store', () => {
  it('restore and save', async function () {
    (this as unknown as { timeout(n: number): void }).timeout(120_000);
    const name = `aimskit-bench-${Date.now()}`;
    const stamp = new Date().toISOString();
    const response: AssessmentResponse = { ...emptyResponse(definition), answers: {}, updatedAt: stamp };
    const qs = definition.sections.flatMap((s) => s.questions);
    qs.forEach((q, i) => { response.answers[q.id] = { value: String(i % 6), comment: i % 10 ? undefined : 'A comment of moderate length about the implementation.', updatedAt: stamp }; });
    for (const a of Object.values(response.answers)) if (a.comment === undefined) delete a.comment;

    const seed = await openIndexedDbStore({ name });
    await seed.create({ id: 'draft', title: 'Bench draft', definition: { id: 'bench', version: '1.0.0' }, response });
    for (let f = 0; f < FILES; f++) {
      const blob = new Blob([new Uint8Array(64 * 1024).fill(f)], { type: 'application/octet-stream' });
      const ref = { id: `ev-${f}`, name: `file-${f}.bin`, type: blob.type, size: blob.size, sha256: 'a'.repeat(64) };
      response.answers[qs[f]!.id]!.evidence = [ref];
      await seed.putEvidence('draft', { ref, blob });
    }
    await seed.saveResponse('draft', response);
    seed.close();

    const restore: number[] = [];
    const sessionOnly: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const store = await openIndexedDbStore({ name });
      const t1 = performance.now();
      const session = await openSession({ definition, store, key: 'draft' });
      const t2 = performance.now();
      if (Object.keys(session.state.response.answers).length !== N) throw new Error('restore lost answers');
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
      session.dispatch({ type: 'answer', question: qs[i]!.id, value: String((i + 1) % 6) });
      const t1 = performance.now();
      await session.flush();
      const t2 = performance.now();
      dispatch.push(t1 - t0);
      save.push(t2 - t0);
    }
    session.close();
    store.close();
    indexedDB.deleteDatabase(name);

    console.log([
      `aimskit store bench (${N} answers, ${FILES} evidence files of 64 KB, median of ${RUNS} restores / 30 saves)`,
      `  restore (open database + read + validate + score): ${ms(median(restore))} (target <= 50 ms; first run ${ms(restore[0]!)})`,
      `    of which openSession: ${ms(median(sessionOnly))}`,
      `  one answer: dispatch + rescore ${ms(median(dispatch))}, dispatch + save to IndexedDB ${ms(median(save))}`,
    ].join('\n'));
  });
});
