// npm run size: builds the package, then prints the minified + gzip (level 9) size of each public entry
// as a user loads it (the entry with every dependency it pulls in) and of the whole SDK runtime (every
// element, core, store and dependencies, without content packs). Fails when the runtime passes its budget.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { entries, elementEntries, root, BUDGET_BYTES, onwarn } from './entries.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { minifyOutputPlugin } from './minify-output.mjs';

// `--no-build` measures without building the package first (quicker while iterating on size).
if (!process.argv.includes('--no-build'))
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

/** Bundles `code` (an entry module's source) with every dependency inlined and no dynamic chunks counted. */
let n = 0;
async function measure(code) {
  const dir = join(root, 'build/size');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `entry-${n++}.js`);
  writeFileSync(file, code);
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [minifyTemplatesPlugin(), minifyOutputPlugin()],
    build: {
      write: false,
      minify: 'esbuild',
      target: 'es2022',
      lib: { entry: file, formats: ['es'], fileName: 'entry' },
      rollupOptions: { onwarn },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  // Content packs are the one thing outside the runtime: a chunk made only of src/content/ modules is
  // counted apart. Everything else counts, whether the page loads it at once or on demand (import()).
  const isContent = (c) => Object.keys(c.modules).every((id) => id.includes('/src/content'));
  const gz = (cs) => cs.reduce((t, c) => t + gzipSync(Buffer.from(c.code), { level: 9 }).length, 0);
  const min = (cs) => cs.reduce((t, c) => t + Buffer.byteLength(c.code), 0);
  const runtime = chunks.filter((c) => !isContent(c));
  const content = chunks.filter(isContent);
  // What a page loads before it can show anything: the entry chunk and its static imports (not import()).
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const first = new Set();
  const visit = (c) => {
    if (c && !first.has(c)) {
      first.add(c);
      c.imports.forEach((f) => visit(byName.get(f)));
    }
  };
  visit(chunks.find((c) => c.isEntry));
  return {
    min: min(runtime),
    gz: gz(runtime),
    first: gz([...first]),
    content: content.length ? { min: min(content), gz: gz(content) } : null,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const e of [...entries, ...elementEntries]) {
  const r = await measure(`export * from ${JSON.stringify(join(root, e.file))};`);
  rows.push([e.name === 'index' ? 'aimskit' : `aimskit/${e.name}`, r]);
}
// The whole runtime: every runtime entry's code once. `aimskit` (index) already registers every element and
// re-exports the core, so each entry is re-exported flat (export *), not as a namespace per entry, which would
// count the same export names several times over.
const runtimeFiles = [...entries, ...elementEntries].filter((e) => e.runtime);
const runtime = await measure(
  runtimeFiles.map((e) => `export * from ${JSON.stringify(join(root, e.file))};`).join('\n'),
);
rows.push(['whole runtime (without content)', runtime]);

// Pages as the embedding scenarios build them (elements imported one by one): what loads before the page can
// show anything, and what comes on demand (sealing on submit, German strings, content packs when asked for).
const page = (...names) =>
  measure(
    names
      .map((n) => `import ${JSON.stringify(join(root, `components/${n}/define.ts`))};`)
      .join('\n'),
  );
const pages = [
  ['questionnaire (assessment + questionnaire)', await page('assessment', 'questionnaire')],
  ['quick scan (+ scorecard)', await page('assessment', 'questionnaire', 'scorecard')],
  [
    'all five elements',
    await page('assessment', 'questionnaire', 'risk-matrix', 'soa-table', 'scorecard'),
  ],
];

const w = Math.max(...rows.map(([n]) => n.length), ...pages.map(([n]) => n.length));
console.log(`${'entry'.padEnd(w)}  ${'minified'.padStart(10)}  ${'min+gzip'.padStart(10)}`);
for (const [n, r] of rows) {
  console.log(`${n.padEnd(w)}  ${kb(r.min).padStart(10)}  ${kb(r.gz).padStart(10)}`);
  if (r.content)
    console.log(
      `${'  + content packs (not counted)'.padEnd(w)}  ${kb(r.content.min).padStart(10)}  ${kb(r.content.gz).padStart(10)}`,
    );
}
console.log(
  `\n${'page'.padEnd(w)}  ${'first load'.padStart(10)}  ${'on demand'.padStart(10)}   (min+gzip; content packs apart)`,
);
for (const [n, r] of pages)
  console.log(`${n.padEnd(w)}  ${kb(r.first).padStart(10)}  ${kb(r.gz - r.first).padStart(10)}`);
const ok = runtime.gz <= BUDGET_BYTES;
console.log(
  `budget: whole runtime ${kb(runtime.gz)} of ${kb(BUDGET_BYTES)} min+gzip: ${ok ? 'within budget' : 'OVER BUDGET'}`,
);

// `--ceiling`: the ratchet CI runs while the runtime is still above its budget (docs/decisions.md, "Size").
// It fails when the runtime grows past the ceiling recorded in size-ceiling.json, so the debt can only
// shrink; each change that shrinks the runtime lowers the ceiling. Without the flag, the 40 KB budget decides.
if (process.argv.includes('--ceiling')) {
  const { bytes, note } = JSON.parse(readFileSync(join(root, 'size-ceiling.json'), 'utf8'));
  const within = runtime.gz <= bytes;
  if (!ok)
    console.log(
      `NOTE: the 40 KB budget is not met yet (${kb(runtime.gz - BUDGET_BYTES)} over). ${note}`,
    );
  console.log(
    `ceiling: whole runtime ${runtime.gz} bytes (${kb(runtime.gz)}) of the recorded ceiling ${bytes} bytes: ${within ? 'not grown' : 'GREW PAST THE CEILING'}`,
  );
  if (within && bytes - runtime.gz > 512)
    console.log(
      `ceiling: the runtime is ${kb(bytes - runtime.gz)} under the ceiling: lower "bytes" in size-ceiling.json to ${runtime.gz}.`,
    );
  process.exit(within ? 0 : 1);
}
process.exit(ok ? 0 : 1);
