// npm run bench:core: how fast the core scores and verifies, in Node on one core.
// Prints the median time of score() on a full iso42001 response and on the synthetic 1,000-question
// definition, and envelopes verified per second (unsigned and signed). Targets: ≤ 0.2 ms, ≤ 2 ms,
// ≥ 2,000 verifications/s. Figures only: no test asserts a time.
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { syntheticDefinition } from './synthetic.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'build/bench');
mkdirSync(out, { recursive: true });
const hasContent = existsSync(join(root, 'src/content.ts'));
await build({
  entryPoints: {
    core: join(root, 'src/core.ts'),
    ...(hasContent ? { content: join(root, 'src/content.ts') } : {}),
  },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const core = await import(pathToFileURL(join(out, 'core.js')).href);
const content = hasContent ? await import(pathToFileURL(join(out, 'content.js')).href) : null;
const { score, createEnvelope, verifyEnvelope, parseDefinition, optionsOf, visibleQuestions } =
  core;

/**
 * Answers every question: the k-th valued option of each single-choice question, a value of the
 * right type for the rest.
 */
function fullResponse(def, k = 3) {
  const answers = {};
  for (const s of def.sections) {
    for (const q of s.questions) {
      const opts = optionsOf(def, q);
      const valued = opts.filter((o) => !o.na);
      if (q.type === 'scale' || q.type === 'choice')
        answers[q.id] = { value: valued[k % valued.length].id };
      else if (q.type === 'multi') answers[q.id] = { value: opts.map((o) => o.id) };
      else if (q.type === 'number') answers[q.id] = { value: q.min ?? 1 };
      else if (q.type === 'date') answers[q.id] = { value: '2026-01-01' };
      else answers[q.id] = { value: 'Our approach is documented.' };
    }
  }
  return {
    format: 'aimskit.response/1',
    definition: { id: def.id, version: def.version },
    answers,
  };
}

const synthetic = () => parseDefinition(syntheticDefinition(1000));

function median(fn, runs) {
  for (let i = 0; i < Math.min(200, runs); i++) fn(); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

/**
 * Calls per second of `fn`, one call after another: the median of `windows` windows of `ms` each.
 */
async function perSecond(fn, windows = 10, ms = 300) {
  for (let i = 0; i < 100; i++) await fn();
  const rates = [];
  for (let w = 0; w < windows; w++) {
    let n = 0;
    const start = performance.now();
    const end = start + ms;
    while (performance.now() < end) {
      await fn();
      n++;
    }
    rates.push(n / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[rates.length >> 1];
}

/**
 * The Node figures: `{ figure, value, unit, runs, target, pass }` each (`pass` undefined when there
 * is no target). Used by `npm run bench` (bench/run.mjs) and printed by `npm run bench:core`.
 */
export async function coreFigures() {
  const rows = [];
  const time = (figure, fn, runs, max) => {
    const value = median(fn, runs);
    rows.push({
      figure,
      value,
      unit: 'ms',
      runs,
      target: max === undefined ? '' : `≤ ${max} ms`,
      pass: max === undefined ? undefined : value <= max,
    });
  };
  const rate = async (figure, fn, min) => {
    const value = await perSecond(fn);
    rows.push({
      figure,
      value,
      unit: '/s',
      runs: '10 × 300 ms',
      target: min === undefined ? '' : `≥ ${min.toLocaleString('en')} /s`,
      pass: min === undefined ? undefined : value >= min,
    });
  };
  if (content) {
    const def = content.builtInDefinitions.iso42001;
    const resp = fullResponse(def);
    const count = def.sections.reduce((n, s) => n + s.questions.length, 0);
    time(
      `score() in Node, full iso42001 pack (${count} questions)`,
      () => score(def, resp),
      5000,
      0.2,
    );
    time('  of which visibleQuestions()', () => visibleQuestions(def, resp), 5000);
    const env = JSON.parse(JSON.stringify(await createEnvelope(def, resp)));
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    const signed = JSON.parse(JSON.stringify(await createEnvelope(def, resp, { sign: keys })));
    const check = await verifyEnvelope(env, def);
    if (!check.ok)
      throw new Error(`bench envelope does not verify: ${JSON.stringify(check.problems)}`);
    await rate(
      'envelope verifications per second, Node, one core (full pack, unsigned)',
      () => verifyEnvelope(env, def),
      2000,
    );
    await rate('  same, signed (ES256)', () => verifyEnvelope(signed, def));
  }
  const syn = synthetic();
  const synResp = fullResponse(syn);
  time('score() in Node, 1,000 questions', () => score(syn, synResp), 2000, 2);
  const synEnv = JSON.parse(JSON.stringify(await createEnvelope(syn, synResp)));
  await rate('  envelope verifications per second, 1,000 questions', () =>
    verifyEnvelope(synEnv, syn),
  );
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await coreFigures();
  const w = Math.max(...rows.map((r) => r.figure.length));
  console.log(`bench:core (Node ${process.versions.node}, medians)`);
  for (const r of rows) {
    const v = r.unit === 'ms' ? `${r.value.toFixed(3)} ms` : `${Math.round(r.value)} /s`;
    console.log(`  ${r.figure.padEnd(w)}  ${v.padStart(12)}  ${r.target}`);
  }
}
