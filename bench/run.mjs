// npm run bench: aimskit and SurveyJS side by side, in one run on one machine, and the Node and
// IndexedDB figures; writes bench/results.md. See docs/benchmarks.md for what each figure measures.
//
// 1. Node: score() and envelope verification (bench/core.mjs, which also builds the core for Node).
// 2. The two questionnaire pages (bench/pages) and the store page, built minified with Vite into
// build/bench-site, the definitions (aimskit JSON, and SurveyJS JSON from bench/to-surveyjs.mjs)
// beside them, served by a small node:http server on loopback. 3. Headless Chromium
// (playwright-core): JavaScript loaded, first render, click to figure, heap, restore.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { coreFigures } from './core.mjs';
import { syntheticDefinition } from './synthetic.mjs';
import { toSurveyJs } from './to-surveyjs.mjs';
import { TRACE_CATEGORIES, renderPipeline } from './trace.mjs';

const root = new URL('..', import.meta.url).pathname;
const site = join(root, 'build/bench-site');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// BENCH_ONLY=render: only the first-render rows (both libraries), printed, results.md left alone
// (for iterating).
const ONLY = process.env.BENCH_ONLY;
if (ONLY && ONLY !== 'render') throw new Error(`BENCH_ONLY=${ONLY}: the only filter is "render"`);
// BENCH_TRACES=dir: also write each library's traced first renders there (open them in DevTools'
// Performance panel).
const TRACES = process.env.BENCH_TRACES;
const WARM = 3;
const started = new Date();
const load = loadavg();
const log = (...a) => console.log('bench:', ...a);

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// 1. Node figures (bench/core.mjs builds build/bench/core.js and content.js).
log('Node figures…');
const nodeRows = ONLY ? [] : await coreFigures();
const core = await import(pathToFileURL(join(root, 'build/bench/core.js')).href);
const content = await import(pathToFileURL(join(root, 'build/bench/content.js')).href);

// 2. The pages, minified, with the project's own template minifier when it is there (as the package
// ships).
log('building the pages…');
// Both pages get the same final minifier (terser, scripts/minify-output.mjs), as the CDN file does.
const plugin = async (file, name) =>
  existsSync(join(root, file))
    ? [(await import(pathToFileURL(join(root, file)).href))[name]()]
    : [];
const templates = [
  ...(await plugin('scripts/minify-templates.mjs', 'minifyTemplatesPlugin')),
  ...(await plugin('scripts/minify-output.mjs', 'minifyOutputPlugin')),
];
await build({
  configFile: false,
  root: join(root, 'bench/pages'),
  base: './',
  logLevel: 'warn',
  plugins: templates,
  build: {
    outDir: site,
    emptyOutDir: true,
    minify: 'esbuild',
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rollupOptions: {
      input: Object.fromEntries(
        ['aimskit', 'surveyjs', 'store'].map((n) => [n, join(root, `bench/pages/${n}.html`)]),
      ),
    },
  },
});
mkdirSync(join(site, 'defs'), { recursive: true });
const defs = {
  iso42001: JSON.parse(JSON.stringify(content.builtInDefinitions.iso42001)),
  synthetic: syntheticDefinition(1000),
};
for (const [name, def] of Object.entries(defs)) {
  writeFileSync(join(site, `defs/${name}.aimskit.json`), JSON.stringify(def));
  writeFileSync(
    join(site, `defs/${name}.surveyjs.json`),
    JSON.stringify(toSurveyJs(def, core.parseCondition)),
  );
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(site, path);
  if (!file.startsWith(site) || !existsSync(file) || !extname(file))
    return res.writeHead(404).end();
  res
    .writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    .end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const chrome =
  process.env.CHROME_PATH ??
  [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].find(existsSync);
if (!chrome)
  throw new Error(
    'No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.',
  );
const browser = await chromium.launch({
  executablePath: chrome,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});

/**
 * Opens a page of the site; resolves to the page and the JavaScript it loaded (url, bytes, gzip
 * bytes).
 */
async function open(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts = [];
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('response', async (r) => {
    if (!/javascript/.test(r.headers()['content-type'] ?? '')) return;
    const body = await r.body();
    scripts.push({
      url: r.url().slice(base.length),
      bytes: body.length,
      gzip: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length,
    });
  });
  await page.goto(`${base}/${name}.html`);
  await page.waitForFunction(() => 'bench' in window || 'storeBench' in window);
  return { context, page, scripts, errors };
}

/** Heap in use after a forced full garbage collection (DevTools protocol). */
async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function measureLibrary(lib) {
  log(`${lib}: page…`);
  const { context, page, scripts, errors } = await open(lib);
  const out = {};
  for (const name of ['iso42001', 'synthetic']) {
    await page.evaluate(async (url) => {
      window.def = await (await fetch(url)).json();
    }, `/defs/${name}.${lib}.json`);
    const renders = [],
      doms = [];
    let questions = 0;
    for (let i = 0; i < WARM + RUNS; i++) {
      const r = await page.evaluate(() => window.bench.render(window.def));
      if (i >= WARM) {
        renders.push(r.ms);
        doms.push(r.dom);
      }
      questions = r.questions;
    }
    // The same renders again under a DevTools trace: the rendering pipeline, without the wait for
    // the display's next frame (bench/trace.mjs). Separate runs, so that tracing does not slow the
    // vsync-locked figures.
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    for (let i = 0; i < RUNS; i++) await page.evaluate(() => window.bench.render(window.def));
    const trace = await browser.stopTracing();
    if (TRACES) {
      mkdirSync(TRACES, { recursive: true });
      writeFileSync(join(TRACES, `${lib}-${name}.json`), trace);
    }
    const pipeline = renderPipeline(JSON.parse(trace.toString('utf8')));
    if (pipeline.length !== RUNS)
      throw new Error(`${lib} ${name}: found ${pipeline.length} traced renders, expected ${RUNS}`);
    const med = (k) => median(pipeline.map((p) => p[k]));
    const pipe = Object.fromEntries(
      ['busy', 'script', 'style', 'layout', 'paint', 'other', 'idle', 'wall'].map((k) => [
        k,
        med(k),
      ]),
    );
    if (ONLY) {
      out[name] = { render: median(renders), renders, dom: median(doms), questions, pipe };
      log(
        `${lib} ${name}: painted ${out[name].render.toFixed(1)} ms, in DOM ${out[name].dom.toFixed(1)} ms; pipeline ${JSON.stringify(Object.fromEntries(Object.entries(pipe).map(([k, v]) => [k, +v.toFixed(2)])))}`,
      );
      continue;
    }
    // clicks in the second section (the first of the full pack is the scope, which holds no
    // maturity question)
    await page.evaluate(() => window.bench.render(window.def).then(() => window.bench.section(1)));
    const clicks = [];
    for (let k = 0; k < WARM + RUNS; k++) {
      const ms = await page.evaluate((i) => window.bench.click(i), k);
      if (k >= WARM) clicks.push(ms);
    }
    out[name] = {
      render: median(renders),
      renders,
      dom: median(doms),
      questions,
      pipe,
      click: median(clicks),
      clicks,
    };
    log(
      `${lib} ${name}: render ${out[name].render.toFixed(1)} ms (${questions} questions), click ${out[name].click.toFixed(1)} ms`,
    );
  }
  await context.close();
  if (ONLY) return out;
  // heap, in a fresh page: the full pack, 100 answer changes between two forced collections
  const fresh = await open(lib);
  await fresh.page.evaluate(async (url) => {
    window.def = await (await fetch(url)).json();
    await window.bench.render(window.def);
    await window.bench.section(1);
  }, `/defs/iso42001.${lib}.json`);
  for (let k = 0; k < 10; k++) await fresh.page.evaluate((i) => window.bench.click(i), k);
  const before = await heap(fresh.page);
  for (let k = 10; k < 110; k++) await fresh.page.evaluate((i) => window.bench.click(i), k);
  const after = await heap(fresh.page);
  out.heap = { before, after };
  out.scripts = scripts;
  out.errors = [...errors, ...fresh.errors];
  await fresh.context.close();
  return out;
}

const results = {};
for (const lib of ['aimskit', 'surveyjs']) results[lib] = await measureLibrary(lib);
if (ONLY) {
  const [A, S] = [results.aimskit, results.surveyjs];
  for (const name of ['iso42001', 'synthetic']) {
    log(
      `${name}: pipeline ${(S[name].pipe.busy / A[name].pipe.busy).toFixed(2)}× (aimskit ${A[name].pipe.busy.toFixed(2)} ms, SurveyJS ${S[name].pipe.busy.toFixed(2)} ms); painted (vsync) ${(S[name].render / A[name].render).toFixed(2)}×; in DOM ${(S[name].dom / A[name].dom).toFixed(2)}×; load ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
  }
  await browser.close();
  server.close();
  process.exit(0);
}

log('store restore…');
const storePage = await open('store');
const restore = await storePage.page.evaluate((n) => window.storeBench(n), WARM + RUNS);
if (restore.answers !== 1000 || restore.files !== 20)
  throw new Error(`restore lost data: ${JSON.stringify(restore)}`);
await storePage.context.close();
const chromiumVersion = browser.version();
await browser.close();
server.close();

// 3. results.md
const sum = (xs, k) => xs.reduce((n, x) => n + x[k], 0);
const js = Object.fromEntries(
  Object.entries(results).map(([lib, r]) => [
    lib,
    { bytes: sum(r.scripts, 'bytes'), gzip: sum(r.scripts, 'gzip'), files: r.scripts },
  ]),
);
const ms = (x) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const stages = (p) =>
  `${[p.script, p.style, p.layout, p.paint, p.other].map((x) => x.toFixed(1)).join(' / ')} ms; idle ${p.idle.toFixed(1)} ms`;
const ratio = (a, b) => `1 : ${(b / a).toFixed(1)}`;
const verdict = (pass) => (pass === undefined ? '' : pass ? 'pass' : '**miss**');
const A = results.aimskit,
  S = results.surveyjs;
const rows = [
  [
    'JavaScript to load the questionnaire page, min + gzip',
    kb(js.aimskit.gzip),
    kb(js.surveyjs.gzip),
    ratio(js.aimskit.gzip, js.surveyjs.gzip),
    'each page loaded once',
    // The target since zod, idb and @lit/context came back (issue: "at least 8× less").
    '≤ 1/8 of SurveyJS',
    js.aimskit.gzip * 8 <= js.surveyjs.gzip,
  ],
  // First render: judged on the rendering pipeline (busy main-thread time from the definition in
  // hand until the frame that shows the section has been painted and committed, from a DevTools
  // trace: bench/trace.mjs); the in-page time to the next frame on screen, which waits for the 60
  // Hz frame clock, is kept beside it (docs/benchmarks.md).
  [
    `first render, full ISO pack's first section (${A.iso42001.questions} questions): rendering pipeline (script + style + layout + paint, traced)`,
    ms(A.iso42001.pipe.busy),
    ms(S.iso42001.pipe.busy),
    ratio(A.iso42001.pipe.busy, S.iso42001.pipe.busy),
    RUNS,
    '≤ 1/3 of SurveyJS',
    A.iso42001.pipe.busy * 3 <= S.iso42001.pipe.busy,
  ],
  [
    '  of which script / style / layout / paint and commit / other (task overhead); main thread idle meanwhile (waiting for the frame clock); medians of each',
    stages(A.iso42001.pipe),
    stages(S.iso42001.pipe),
    '',
    RUNS,
    '',
    undefined,
  ],
  [
    '  same render, painted as the page sees it (next frame on the 60 Hz clock: vsync-locked)',
    ms(A.iso42001.render),
    ms(S.iso42001.render),
    ratio(A.iso42001.render, S.iso42001.render),
    RUNS,
    'not judged (see docs/benchmarks.md)',
    undefined,
  ],
  [
    '  same render, script work until the section is in the DOM (before the frame)',
    ms(A.iso42001.dom),
    ms(S.iso42001.dom),
    ratio(A.iso42001.dom, S.iso42001.dom),
    RUNS,
    '',
    undefined,
  ],
  [
    `first render, 1,000-question definition (first section: ${A.synthetic.questions} questions): rendering pipeline (traced)`,
    ms(A.synthetic.pipe.busy),
    ms(S.synthetic.pipe.busy),
    ratio(A.synthetic.pipe.busy, S.synthetic.pipe.busy),
    RUNS,
    '≤ 1/5 of SurveyJS; ≤ 100 ms',
    A.synthetic.pipe.busy * 5 <= S.synthetic.pipe.busy && A.synthetic.pipe.busy <= 100,
  ],
  [
    '  of which script / style / layout / paint / other; idle',
    stages(A.synthetic.pipe),
    stages(S.synthetic.pipe),
    '',
    RUNS,
    '',
    undefined,
  ],
  [
    '  same render, painted as the page sees it (vsync-locked)',
    ms(A.synthetic.render),
    ms(S.synthetic.render),
    ratio(A.synthetic.render, S.synthetic.render),
    RUNS,
    'not judged',
    undefined,
  ],
  [
    '  same render, script work until in the DOM',
    ms(A.synthetic.dom),
    ms(S.synthetic.dom),
    ratio(A.synthetic.dom, S.synthetic.dom),
    RUNS,
    '',
    undefined,
  ],
  [
    'answer click to updated readiness figure on screen, full pack',
    ms(A.iso42001.click),
    ms(S.iso42001.click),
    ratio(A.iso42001.click, S.iso42001.click),
    RUNS,
    '≤ 16 ms',
    A.iso42001.click <= 16,
  ],
  [
    'same, 1,000 questions',
    ms(A.synthetic.click),
    ms(S.synthetic.click),
    ratio(A.synthetic.click, S.synthetic.click),
    RUNS,
    '≤ 50 ms',
    A.synthetic.click <= 50,
  ],
  ...nodeRows.map((r) => [
    r.figure,
    r.unit === 'ms' ? `${r.value.toFixed(3)} ms` : `${Math.round(r.value).toLocaleString('en')} /s`,
    '',
    '',
    r.runs,
    r.target,
    r.pass,
  ]),
  [
    'restore a 1,000-answer draft with 20 evidence files from IndexedDB',
    ms(median(restore.restore.slice(WARM))),
    '',
    '',
    RUNS,
    '≤ 50 ms',
    median(restore.restore.slice(WARM)) <= 50,
  ],
  [
    'heap growth over 100 answer changes, full pack (after forced GC)',
    kb(A.heap.after - A.heap.before),
    kb(S.heap.after - S.heap.before),
    '',
    '1 × 100 changes',
    'reported',
    undefined,
  ],
];
const cpu = cpus();
const md = `# Benchmarks: aimskit and SurveyJS side by side

Written by \`npm run bench\` (bench/run.mjs) on ${started.toISOString()}. What each figure measures, and how
SurveyJS is measured the same way: docs/benchmarks.md. Times are medians of ${RUNS} runs after ${WARM} warm-up runs
unless the row says otherwise.

| machine | |
|---|---|
| CPU | ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores |
| memory | ${(totalmem() / 2 ** 30).toFixed(1)} GiB |
| OS | ${platform()} ${release()} |
| load average at start (1, 5, 15 min) | ${load.map((x) => x.toFixed(2)).join(', ')}${load[0] > cpu.length / 2 ? ' (the machine was busy: other work shared these cores)' : ''} |
| load average at the end | ${loadavg()
  .map((x) => x.toFixed(2))
  .join(', ')} |
| Node | ${process.versions.node} |
| Chromium | ${chromiumVersion} (headless) |
| SurveyJS | survey-core ${pkg('survey-core')}, survey-js-ui ${pkg('survey-js-ui')} |
| aimskit | ${pkg('.')} (commit ${commit()}) |

| figure | aimskit | SurveyJS | aimskit : SurveyJS | runs | target | result |
|---|---|---|---|---|---|---|
${rows.map((r) => `| ${r.slice(0, 6).join(' | ')} | ${verdict(r[6])} |`).join('\n')}

JavaScript loaded (minified; gzip level 9):

| page | file | minified | gzip |
|---|---|---|---|
${Object.entries(js)
  .flatMap(([lib, j]) =>
    j.files.map((f) => `| ${lib} | ${f.url} | ${kb(f.bytes)} | ${kb(f.gzip)} |`),
  )
  .join('\n')}

Heap in use after forced garbage collection: aimskit ${kb(A.heap.before)} → ${kb(A.heap.after)}, SurveyJS ${kb(S.heap.before)} → ${kb(S.heap.after)}.
Restore runs (ms): ${restore.restore.map((x) => x.toFixed(1)).join(', ')} (the first ${WARM} are warm-up).
${[...A.errors, ...S.errors].length ? `\nPage errors seen: ${[...A.errors, ...S.errors].join('; ')}\n` : ''}
`;
function pkg(name) {
  const file =
    name === '.' ? join(root, 'package.json') : join(root, 'node_modules', name, 'package.json');
  return JSON.parse(readFileSync(file, 'utf8')).version;
}
function commit() {
  // git itself, so that a worktree (where .git is a file) is read too; "+ changes" when the code
  // measured differs from it (the results and notes files aside)
  try {
    const head = execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    return execFileSync(
      'git',
      [
        'status',
        '--porcelain',
        '--untracked-files=no',
        '--',
        '.',
        ':!bench/results.md',
        ':!bench/notes.md',
      ],
      { cwd: root, encoding: 'utf8' },
    ).trim()
      ? `${head} + changes`
      : head;
  } catch {
    return 'unknown';
  }
}
const notes = join(root, 'bench/notes.md');
writeFileSync(
  join(root, 'bench/results.md'),
  md + (existsSync(notes) ? `\n${readFileSync(notes, 'utf8')}` : ''),
);
log('wrote bench/results.md');
console.log(md);
