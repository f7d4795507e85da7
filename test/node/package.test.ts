// The package people install: `npm run build`, `npm pack`, then `npm install <tarball>` in an empty
// folder, and use it from there as a user would: Node imports `aimskit/core` and scores a response,
// the `aimskit` command runs, TypeScript finds the types of every entry point, a bundler (Vite)
// resolves `import 'aimskit'` into a page that renders <aims-questionnaire> in headless Chromium,
// and dist/cdn/aimskit.js works from a plain <script type="module"> tag with only the chunk files
// beside it. Takes about half a minute.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

const root = process.cwd();
const ELEMENTS = [
  'assessment',
  'questionnaire',
  'risk-matrix',
  'soa-table',
  'scorecard',
  'inventory',
];

/** A small definition whose arithmetic is easy to check by hand (docs/scoring.md). */
const DEFINITION = {
  format: 'aimskit.definition/1',
  id: 'package-check',
  version: '1.0.0',
  title: 'Package check',
  scales: [],
  sections: [
    {
      id: 's1',
      title: 'Policy',
      questions: [
        {
          id: 'policy',
          type: 'choice',
          text: 'Does the organisation have an AI policy?',
          weight: 3,
          options: [
            { id: 'y', label: 'Yes', value: 1 },
            { id: 'n', label: 'No', value: 0 },
          ],
        },
        {
          id: 'roles',
          type: 'choice',
          text: 'Are AI roles assigned?',
          options: [
            { id: 'y', label: 'Yes', value: 1 },
            { id: 'n', label: 'No', value: 0 },
          ],
        },
        {
          id: 'review',
          type: 'choice',
          text: 'Is the AI policy reviewed every year?',
          options: [
            { id: 'y', label: 'Yes', value: 1 },
            { id: 'n', label: 'No', value: 0 },
          ],
        },
      ],
    },
  ],
};
const RESPONSE = {
  format: 'aimskit.response/1',
  definition: { id: 'package-check', version: '1.0.0' },
  answers: { policy: { value: 'y' }, roles: { value: 'n' } },
};
// By hand: weights 3 (value 1), 1 (value 0), 1 (unanswered, counts as 0): 100 × 3 / 5 = 60; 2 of 3
// answered.
const READINESS = 60;
const COMPLETION = 2 / 3;

function sh(cmd: string, args: string[], cwd: string, timeout = 180_000): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}
function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function chromePath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (p) => existsSync(p),
  );
  if (!found)
    throw new Error(
      'No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.',
    );
  return found;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};
/** A static file server for `dir` on a free loopback port. */
async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}

describe('the npm package, installed in an empty folder', { timeout: 300_000 }, () => {
  let tmp = '';
  let app = '';
  let files: string[] = [];
  let pkgDir = '';
  let browser: Browser | undefined;
  let web: { url: string; server: Server } | undefined;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'aimskit-package-'));
    ok(sh(process.execPath, [join(root, 'scripts/build.mjs')], root), 'npm run build');
    const packed = JSON.parse(
      ok(sh('npm', ['pack', '--json', '--pack-destination', tmp], root), 'npm pack'),
    ) as { filename: string; files: { path: string }[] }[];
    files = packed[0]!.files.map((f) => f.path);
    app = join(tmp, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }),
    );
    ok(
      sh(
        'npm',
        [
          'install',
          join(tmp, packed[0]!.filename),
          '--no-audit',
          '--no-fund',
          '--prefer-offline',
          '--loglevel=error',
        ],
        app,
      ),
      'npm install <tarball>',
    );
    pkgDir = join(app, 'node_modules/aimskit');
    writeFileSync(join(app, 'definition.json'), JSON.stringify(DEFINITION));
    writeFileSync(join(app, 'response.json'), JSON.stringify(RESPONSE));
  });
  after(async () => {
    await browser?.close();
    web?.server.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function page(path: string) {
    browser ??= await chromium.launch({
      executablePath: chromePath(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    web ??= await serve(app);
    const context = await browser.newContext();
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    // A failed request is reported with its URL by the response listener; its console echo has
    // none.
    p.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        errors.push(`console: ${m.text()}`);
    });
    p.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
        errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await p.goto(`${web.url}/${path}`);
    return { p, errors, context };
  }

  it('holds the built package, its docs and nothing of the sources or tests', () => {
    for (const f of [
      'package.json',
      'README.md',
      'dist/index.js',
      'dist/core.js',
      'dist/content.js',
      'dist/store.js',
      'dist/cli.js',
      'dist/custom-elements.json',
      'dist/definition.schema.json',
      'dist/cdn/aimskit.js',
      'dist/types/src/core.d.ts',
      'dist/types/components/index.d.ts',
      ...ELEMENTS.map((e) => `dist/components/${e}.js`),
    ]) {
      assert.ok(files.includes(f), `${f} is missing from the tarball`);
    }
    const strays = files.filter(
      (f) =>
        /^(src|test|components|examples|scripts|bench|build|node_modules)\//.test(f) ||
        /\.tgz$/.test(f),
    );
    assert.deepEqual(strays, []);
  });

  it('every export, types, customElements and bin entry of package.json names a file that is installed', () => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
      bin: Record<string, string>;
      customElements: string;
    };
    const targets: string[] = [pkg.customElements, ...Object.values(pkg.bin)];
    for (const [key, value] of Object.entries(pkg.exports)) {
      const paths = typeof value === 'string' ? [value] : Object.values(value);
      for (const p of paths)
        targets.push(...(key.includes('*') ? ELEMENTS.map((e) => p.replace('*', e)) : [p]));
    }
    const missing = targets.filter((t) => !existsSync(join(pkgDir, t)));
    assert.deepEqual(missing, []);
    assert.ok(pkg.exports['./custom-elements.json'], 'aimskit/custom-elements.json is exported');
    const manifest = JSON.parse(readFileSync(join(pkgDir, pkg.customElements), 'utf8')) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = manifest.modules
      .flatMap((m) => (m.declarations ?? []).map((d) => d.tagName))
      .filter(Boolean)
      .sort();
    assert.deepEqual(tags, ELEMENTS.map((e) => `aims-${e}`).sort());
  });

  it('Node imports aimskit/core and aimskit/content, scores a response and verifies an envelope', () => {
    writeFileSync(
      join(app, 'score.mjs'),
      `
      import { readFileSync } from 'node:fs';
      import { parseDefinition, parseResponse, score, createEnvelope, verifyEnvelope } from 'aimskit/core';
      import { iso42001QuickScan } from 'aimskit/content';
      const definition = parseDefinition(JSON.parse(readFileSync('definition.json', 'utf8')));
      const response = parseResponse(JSON.parse(readFileSync('response.json', 'utf8')), definition);
      const card = score(definition, response);
      const envelope = await createEnvelope(definition, response);
      const tampered = structuredClone(envelope);
      tampered.response.answers.roles.value = 'y';
      console.log(JSON.stringify({
        readiness: card.overall.readiness, completion: card.overall.completion,
        verified: (await verifyEnvelope(envelope, definition)).ok, tampered: (await verifyEnvelope(tampered, definition)).ok,
        quickScan: iso42001QuickScan.id,
      }));
    `,
    );
    const out = JSON.parse(
      ok(sh(process.execPath, ['score.mjs'], app), 'node score.mjs'),
    ) as Record<string, unknown>;
    assert.equal(out.readiness, READINESS);
    assert.ok(
      Math.abs((out.completion as number) - COMPLETION) < 1e-9,
      `completion ${String(out.completion)}`,
    );
    assert.equal(out.verified, true);
    assert.equal(out.tampered, false);
    assert.equal(out.quickScan, 'iso42001-quick-scan');
  });

  it('the aimskit command runs from node_modules/.bin', () => {
    const bin = join(app, 'node_modules/.bin/aimskit');
    assert.match(ok(sh(bin, ['validate', 'definition.json'], app), 'aimskit validate'), /valid/);
    const card = JSON.parse(
      ok(
        sh(bin, ['score', 'response.json', '--definition', 'definition.json'], app),
        'aimskit score',
      ),
    ) as { overall: { readiness: number } };
    assert.equal(card.overall.readiness, READINESS);
    const bad = sh(bin, ['validate', 'response.json'], app);
    assert.equal(bad.status, 1, `${bad.stdout}${bad.stderr}`);
  });

  it('TypeScript finds the types of every entry point (NodeNext and bundler resolution)', () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      `
      import { AimsQuestionnaire, AimsScorecard, registerMessages } from 'aimskit';
      import { score, parseDefinition, type Scorecard } from 'aimskit/core';
      import { iso42001 } from 'aimskit/content';
      import { createMemoryStore } from 'aimskit/store';
      import 'aimskit/components/soa-table.js';
      const card: Scorecard = score(iso42001, { format: 'aimskit.response/1', definition: { id: iso42001.id, version: iso42001.version }, answers: {} });
      const readiness: number | null = card.overall.readiness;
      // @ts-expect-error readiness is a number or null, not a string
      const wrong: string = card.overall.readiness;
      const q: AimsQuestionnaire = document.createElement('aims-questionnaire');
      const s: AimsScorecard | null = document.querySelector('aims-scorecard');
      q.addEventListener('aims-answer', (e) => e.detail.question.toUpperCase());
      registerMessages('fr', { next: 'Suivant' });
      void [readiness, wrong, s, parseDefinition, createMemoryStore];
    `,
    );
    for (const [module, resolution] of [
      ['NodeNext', 'NodeNext'],
      ['ESNext', 'Bundler'],
    ]) {
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module,
            moduleResolution: resolution,
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: [],
          },
          files: ['consumer.ts'],
        }),
      );
      ok(
        sh(
          process.execPath,
          [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
          app,
        ),
        `tsc (${resolution})`,
      );
    }
  });

  it("a bundler resolves import 'aimskit', and the page renders the questionnaire in Chromium", async () => {
    const src = join(app, 'web');
    mkdirSync(src, { recursive: true });
    writeFileSync(
      join(src, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title></head><body><aims-questionnaire></aims-questionnaire><script type="module" src="./main.js"></script></body></html>',
    );
    writeFileSync(
      join(src, 'main.js'),
      `
      import 'aimskit';
      import { createSession, parseDefinition } from 'aimskit/core';
      document.querySelector('aims-questionnaire').session = createSession({ definition: parseDefinition(${JSON.stringify(DEFINITION)}) });
    `,
    );
    await build({
      configFile: false,
      root: src,
      logLevel: 'error',
      base: './',
      build: { outDir: join(app, 'bundled'), emptyOutDir: true },
    });
    const { p, errors, context } = await page('bundled/index.html');
    const legend = p.locator('aims-questionnaire [part~="question-text"]').first();
    await legend.waitFor({ timeout: 15_000 });
    assert.match((await legend.textContent()) ?? '', /Does the organisation have an AI policy\?/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('dist/cdn/aimskit.js imports no package by name, and works from one script tag with its chunks beside it', async () => {
    const cdn = join(pkgDir, 'dist/cdn');
    const bare: string[] = [];
    for (const f of readdirSync(cdn).filter((n) => n.endsWith('.js'))) {
      const text = readFileSync(join(cdn, f), 'utf8');
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g))
        if (!m[1]!.startsWith('./')) bare.push(`${f}: ${m[1]!}`);
    }
    assert.deepEqual(bare, []);
    // The expected question text is data of the content pack, read in Node from the same package.
    const first = ok(
      sh(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "import { iso42001QuickScan as d } from 'aimskit/content'; const q = d.sections[0].questions[0]; console.log(typeof q.text === 'string' ? q.text : q.text.en);",
        ],
        app,
      ),
      'read the quick scan',
    );
    writeFileSync(
      join(app, 'cdn.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cdn</title>' +
        '<script type="module" src="./node_modules/aimskit/dist/cdn/aimskit.js"></script></head>' +
        '<body><aims-assessment definition="iso42001-quick-scan" storage="memory"><aims-questionnaire></aims-questionnaire></aims-assessment></body></html>',
    );
    const { p, errors, context } = await page('cdn.html');
    const legend = p.locator('aims-questionnaire [part~="question-text"]').first();
    await legend.waitFor({ timeout: 15_000 });
    assert.ok(
      ((await legend.textContent()) ?? '').includes(first.trim()),
      `expected "${first.trim()}"`,
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});
