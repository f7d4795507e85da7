// npm run bench:core: how fast the core scores and verifies, in Node on one core.
// Prints the median time of score() on a full iso42001 response and on a synthetic 1,000-question
// definition, and envelopes verified per second (unsigned and signed). Targets: ≤ 0.2 ms, ≤ 2 ms,
// ≥ 2,000 verifications/s. Figures only: no test asserts a time.
import { build } from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'build/bench');
mkdirSync(out, { recursive: true });
const hasContent = existsSync(join(root, 'src/content.ts'));
await build({
  entryPoints: { core: join(root, 'src/core.ts'), ...(hasContent ? { content: join(root, 'src/content.ts') } : {}) },
  outdir: out, bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning',
});
const core = await import(pathToFileURL(join(out, 'core.js')).href);
const content = hasContent ? await import(pathToFileURL(join(out, 'content.js')).href) : null;
const { score, createEnvelope, verifyEnvelope, parseDefinition, optionsOf, visibleQuestions } = core;

/** Answers every question: the k-th valued option of each single-choice question, a value of the right type for the rest. */
function fullResponse(def, k = 3) {
  const answers = {};
  for (const s of def.sections) {
    for (const q of s.questions) {
      const opts = optionsOf(def, q);
      const valued = opts.filter((o) => !o.na);
      if (q.type === 'scale' || q.type === 'choice') answers[q.id] = { value: valued[k % valued.length].id };
      else if (q.type === 'multi') answers[q.id] = { value: opts.map((o) => o.id) };
      else if (q.type === 'number') answers[q.id] = { value: q.min ?? 1 };
      else if (q.type === 'date') answers[q.id] = { value: '2026-01-01' };
      else answers[q.id] = { value: 'Our approach is documented.' };
    }
  }
  return { format: 'aimskit.response/1', definition: { id: def.id, version: def.version }, answers };
}

/** A synthetic definition: 20 sections × 50 questions, 100 requirements, tags, conditions and crosswalk mappings. */
function synthetic(n = 1000) {
  const levels = [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, i) => ({ id: String(i), label: `L${i}`, value }));
  const requirements = Array.from({ length: 100 }, (_, i) => ({ id: `R${i}`, title: `R${i}`, kind: i < 30 ? 'clause' : 'control', group: `G${i % 10}` }));
  const sections = Array.from({ length: n / 50 }, (_, s) => ({
    id: `s${s}`, title: `S${s}`,
    questions: Array.from({ length: 50 }, (_, j) => {
      const i = s * 50 + j;
      const req = requirements[i % 100];
      return {
        id: `q${i}`, type: 'scale', text: `Question ${i}`, scale: req.kind === 'clause' ? 'm' : 'mna', requirement: req.id,
        weight: 1 + (i % 3), tags: [`t${i % 5}`], ...(j % 10 === 9 ? { showIf: `{q${i - 1}} >= '2'` } : {}),
      };
    }),
  }));
  return parseDefinition({
    format: 'aimskit.definition/1', id: 'synthetic', version: '1', title: 'Synthetic',
    scales: [{ id: 'm', options: levels }, { id: 'mna', options: [...levels, { id: 'na', label: 'N/A', na: true }] }],
    requirements, sections,
    mappings: requirements.map((r, i) => ({ source: r.id, target: `fw${i % 3}:t${i % 20}`, relationship: 'intersects-with' })),
  });
}

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

async function perSecond(fn, ms = 1500) {
  for (let i = 0; i < 100; i++) await fn();
  let n = 0;
  const end = performance.now() + ms;
  const start = performance.now();
  while (performance.now() < end) {
    await fn();
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

const fmt = (ms) => `${ms.toFixed(3)} ms`;
const rows = [];
if (content) {
  const def = content.builtInDefinitions.iso42001;
  const resp = fullResponse(def);
  const count = def.sections.reduce((n, s) => n + s.questions.length, 0);
  rows.push([`score() full iso42001 (${count} questions)`, fmt(median(() => score(def, resp), 5000)), '≤ 0.2 ms']);
  rows.push(['  of which visibleQuestions()', fmt(median(() => visibleQuestions(def, resp), 5000)), '']);
  const env = JSON.parse(JSON.stringify(await createEnvelope(def, resp)));
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const signed = JSON.parse(JSON.stringify(await createEnvelope(def, resp, { sign: keys })));
  const check = await verifyEnvelope(env, def);
  if (!check.ok) throw new Error(`bench envelope does not verify: ${JSON.stringify(check.problems)}`);
  rows.push(['verifyEnvelope() full pack, unsigned', `${Math.round(await perSecond(() => verifyEnvelope(env, def)))} /s`, '≥ 2,000 /s']);
  rows.push(['verifyEnvelope() full pack, signed (ES256)', `${Math.round(await perSecond(() => verifyEnvelope(signed, def)))} /s`, '']);
} else {
  rows.push(['score() full iso42001', 'skipped: src/content.ts not found', '']);
}
const syn = synthetic();
const synResp = fullResponse(syn);
rows.push(['score() synthetic 1,000 questions', fmt(median(() => score(syn, synResp), 2000)), '≤ 2 ms']);
const synEnv = JSON.parse(JSON.stringify(await createEnvelope(syn, synResp)));
rows.push(['verifyEnvelope() synthetic 1,000 questions', `${Math.round(await perSecond(() => verifyEnvelope(synEnv, syn)))} /s`, '']);

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`bench:core (Node ${process.versions.node}, median of many runs)`);
for (const [what, figure, target] of rows) console.log(`  ${what.padEnd(w)}  ${figure.padStart(12)}  ${target}`);
