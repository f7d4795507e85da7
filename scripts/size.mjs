// npm run size: builds the package, then prints the minified + gzip (level 9) size of every public
// entry and of the pages the embedding scenarios build, and fails when a page passes its budget.
//
// What a user waits for is what a page loads before it can show anything: the entry chunk and every
// chunk it imports statically, dependencies included. What the page fetches later with import()
// (sealing on submit, verification, exports, German strings) is printed as "on demand", and content
// packs (chunks made only of src/content/ modules) are printed apart. Budgets (docs/decisions.md,
// "Size") apply to the first load.
//
//   --no-build   measure without building the package first (quicker while iterating)
//   --json       print the figures as JSON (bench/run.mjs reads them)
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { entries, elementEntries, pages, root, onwarn } from './entries.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { minifyOutputPlugin } from './minify-output.mjs';

const asJson = process.argv.includes('--json');
if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    stdio: asJson ? 'ignore' : 'inherit',
  });
}

const gzipBytes = (chunks) =>
  chunks.reduce(
    (total, chunk) => total + gzipSync(Buffer.from(chunk.code), { level: 9 }).length,
    0,
  );
const minifiedBytes = (chunks) =>
  chunks.reduce((total, chunk) => total + Buffer.byteLength(chunk.code), 0);

/** A chunk made only of content-pack modules: the definitions, counted apart. */
function isContentChunk(chunk) {
  const moduleIds = Object.keys(chunk.modules);
  return moduleIds.length > 0 && moduleIds.every((moduleId) => moduleId.includes('/src/content'));
}

/** The entry chunk and every chunk reachable from it by static imports (not import()). */
function firstLoadOf(chunks) {
  const byFileName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const reached = new Set();
  const pending = chunks.filter((chunk) => chunk.isEntry);
  while (pending.length > 0) {
    const chunk = pending.pop();
    if (!chunk || reached.has(chunk)) continue;
    reached.add(chunk);
    for (const fileName of chunk.imports) pending.push(byFileName.get(fileName));
  }
  return [...reached];
}

let measured = 0;
/**
 * Bundles `code` (an entry module's source) as a browser loads it, with every dependency inlined
 * and minified as the CDN file is, and returns its figures in bytes.
 */
async function measure(code) {
  const dir = join(root, 'build/size');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `entry-${measured}.js`);
  measured += 1;
  writeFileSync(file, code);
  const result = await build({
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
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output);
  const chunks = outputs.filter((output) => output.type === 'chunk');
  const runtime = chunks.filter((chunk) => !isContentChunk(chunk));
  const content = chunks.filter(isContentChunk);
  const firstLoad = firstLoadOf(runtime);
  return {
    minified: minifiedBytes(runtime),
    gzip: gzipBytes(runtime),
    firstLoad: gzipBytes(firstLoad),
    onDemand: gzipBytes(runtime) - gzipBytes(firstLoad),
    content: content.length > 0 ? gzipBytes(content) : 0,
  };
}

const reexport = (file) => `export * from ${JSON.stringify(join(root, file))};`;
const importOnly = (file) => `import ${JSON.stringify(join(root, file))};`;

const entryRows = [];
for (const entry of [...entries, ...elementEntries]) {
  const name = entry.name === 'index' ? 'aimskit' : `aimskit/${entry.name}`;
  const figures = await measure(reexport(entry.file));
  // aimskit/content is the packs themselves: all of it is content.
  if (!entry.runtime) {
    entryRows.push({ name, minified: figures.minified, gzip: 0, content: figures.gzip });
  } else {
    entryRows.push({ name, ...figures });
  }
}
const pageRows = [];
for (const page of pages) {
  const code = page.elements.map((element) => importOnly(`components/${element}/define.ts`));
  const figures = await measure(code.join('\n'));
  pageRows.push({ ...page, ...figures, within: figures.firstLoad <= page.budget });
}

if (asJson) {
  console.log(JSON.stringify({ entries: entryRows, pages: pageRows }, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const column = (text) => String(text).padStart(11);
  const nameWidth = Math.max(...[...entryRows, ...pageRows].map((row) => row.name.length)) + 2;
  console.log(
    `${'entry'.padEnd(nameWidth)}${column('minified')}${column('min+gzip')}${column('content')}`,
  );
  for (const row of entryRows) {
    const content = row.content > 0 ? kb(row.content) : '';
    const gzip = row.gzip > 0 ? kb(row.gzip) : '';
    console.log(
      `${row.name.padEnd(nameWidth)}${column(kb(row.minified))}${column(gzip)}${column(content)}`,
    );
  }
  console.log(
    `\n${'page (min+gzip; content packs apart)'.padEnd(nameWidth)}` +
      `${column('first load')}${column('budget')}${column('on demand')}`,
  );
  for (const row of pageRows) {
    const verdict = row.within ? 'within budget' : 'OVER BUDGET';
    console.log(
      `${row.name.padEnd(nameWidth)}${column(kb(row.firstLoad))}${column(kb(row.budget))}` +
        `${column(kb(row.onDemand))}  ${verdict}`,
    );
  }
}
const over = pageRows.filter((row) => !row.within);
if (over.length > 0 && !asJson) {
  console.error(`size: over budget: ${over.map((row) => row.name).join(', ')}`);
}
process.exit(over.length > 0 ? 1 : 0);
