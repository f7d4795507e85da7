// The package people install: `npm run build`, `npm pack`, then `npm install <tarball>` in an empty
// folder, and use it from there as a user would: Node imports `aimskit/core` and scores a response
// (and `require()`s it from CommonJS), the `aimskit` command runs, TypeScript finds the types of
// every entry point (NodeNext, bundler and node10 resolution), a bundler (Vite) resolves `import
// 'aimskit'` into a page that renders <aims-questionnaire> in headless Chromium, and
// dist/cdn/aimskit.js works from a plain <script type="module"> tag with only the files beside it,
// the review flow included. The tarball ships each file once and no source maps; the editors' data
// covers the manifest. Then the README's own snippets go into fresh Vite vanilla-TS and React-TS
// apps, which install the tarball, type-check and build. Takes about a minute and a half.
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
import { createHash } from 'node:crypto';
import { symlinkSync } from 'node:fs';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

const root = process.cwd();
const ELEMENTS = [
  'assessment',
  'questionnaire',
  'risk-matrix',
  'soa-table',
  'scorecard',
  'action-plan',
  'inventory',
  'supplier-portfolio',
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
  let packedFiles: { path: string; size: number }[] = [];
  let tarball = '';
  let pkgDir = '';
  let browser: Browser | undefined;
  let web: { url: string; server: Server } | undefined;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'aimskit-package-'));
    ok(sh(process.execPath, [join(root, 'scripts/build.mjs')], root), 'npm run build');
    // Built just above: --ignore-scripts keeps prepack from building a second time.
    const packed = JSON.parse(
      ok(
        sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], root),
        'npm pack',
      ),
    ) as { filename: string; files: { path: string; size: number }[] }[];
    packedFiles = packed[0]!.files;
    files = packedFiles.map((f) => f.path);
    tarball = join(tmp, packed[0]!.filename);
    app = join(tmp, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }),
    );
    ok(
      sh(
        'npm',
        ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
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

  it('every path package.json names (main, types, exports, typesVersions, sideEffects, bin, customElements, web-types) is installed', () => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
      main: string;
      types: string;
      exports: Record<string, string | Record<string, string>>;
      typesVersions: Record<string, Record<string, string[]>>;
      sideEffects: string[];
      bin: Record<string, string>;
      customElements: string;
      'web-types': string;
    };
    const expand = (path: string) =>
      path.includes('*') ? ELEMENTS.map((e) => path.replace('*', e)) : [path];
    const targets: string[] = [
      pkg.main,
      pkg.types,
      pkg.customElements,
      pkg['web-types'],
      ...Object.values(pkg.bin),
    ];
    for (const value of Object.values(pkg.exports))
      for (const path of typeof value === 'string' ? [value] : Object.values(value))
        targets.push(...expand(path));
    for (const paths of Object.values(pkg.typesVersions['*'] ?? {}))
      for (const path of paths) targets.push(...expand(path));
    const missing = targets.filter((t) => !existsSync(join(pkgDir, t)));
    assert.deepEqual(missing, []);
    // Each sideEffects pattern names files the package ships (none of the sources).
    for (const pattern of pkg.sideEffects) {
      const matcher = new RegExp(
        `^${pattern
          .replace(/^\.\//, '')
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '[^/]+')}$`,
      );
      assert.ok(
        files.some((f) => matcher.test(f)),
        `sideEffects pattern ${pattern} matches no file of the package`,
      );
    }
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

  it('ships each file once, the content packs in one file, and no source maps', () => {
    // No source maps at all (docs/decisions.md): they would name sources the package does not ship.
    const MAX_MAP_BYTES = 0;
    const maps = packedFiles.filter((f) => f.path.endsWith('.map') && f.size > MAX_MAP_BYTES);
    assert.deepEqual(
      maps.map((f) => f.path),
      [],
    );
    // No two files with the same bytes (small files such as a two-line re-export aside).
    const byDigest = new Map<string, string[]>();
    for (const { path, size } of packedFiles) {
      if (size < 512) continue;
      const digest = createHash('sha256')
        .update(readFileSync(join(pkgDir, path)))
        .digest('hex');
      byDigest.set(digest, [...(byDigest.get(digest) ?? []), path]);
    }
    const duplicates = [...byDigest.values()].filter((paths) => paths.length > 1);
    assert.deepEqual(duplicates, []);
    // A sentence of the full pack's text is in exactly one JavaScript file.
    const sentence = ok(
      sh(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "import { iso42001 as d } from 'aimskit/content'; const q = d.sections.at(-1).questions.at(-1); console.log(typeof q.text === 'string' ? q.text : q.text.en);",
        ],
        app,
      ),
      'read the full pack',
    ).trim();
    assert.ok(sentence.length > 20, `a sentence of the pack: "${sentence}"`);
    const holders = files.filter(
      (f) => f.endsWith('.js') && readFileSync(join(pkgDir, f), 'utf8').includes(sentence),
    );
    assert.deepEqual(holders, ['dist/content.js']);
  });

  it('the editor data (VS Code custom data, JetBrains web-types) covers every element, attribute and event of the manifest', () => {
    type Named = { name: string };
    const manifest = JSON.parse(
      readFileSync(join(pkgDir, 'dist/custom-elements.json'), 'utf8'),
    ) as {
      modules: {
        path: string;
        declarations?: {
          name: string;
          tagName?: string;
          attributes?: Named[];
          events?: (Named & { type?: { text: string } })[];
          superclass?: { module?: string };
        }[];
        exports?: { declaration: { module?: string } }[];
      }[];
    };
    // Paths name the shipped JavaScript modules, never TypeScript sources.
    for (const module of manifest.modules) {
      assert.ok(existsSync(join(pkgDir, module.path)), `${module.path} is shipped`);
      assert.doesNotMatch(module.path, /\.ts$/);
    }
    const referenced = new Set<string>();
    JSON.stringify(manifest, (key, value: unknown) => {
      if (key === 'module' && typeof value === 'string') referenced.add(value);
      return value;
    });
    for (const module of referenced)
      assert.ok(existsSync(join(pkgDir, module)), `referenced module ${module} is shipped`);
    const vscode = JSON.parse(
      readFileSync(join(pkgDir, 'dist/vscode.html-custom-data.json'), 'utf8'),
    ) as { version: number; tags: (Named & { attributes: Named[] })[] };
    const webTypes = JSON.parse(readFileSync(join(pkgDir, 'dist/web-types.json'), 'utf8')) as {
      name: string;
      contributions: {
        html: {
          elements: (Named & {
            attributes: Named[];
            js: { events: (Named & { type?: string })[] };
          })[];
        };
      };
    };
    assert.equal(vscode.version, 1.1);
    assert.equal(webTypes.name, 'aimskit');
    const elements = manifest.modules.flatMap((m) =>
      (m.declarations ?? []).filter((d) => d.tagName),
    );
    assert.equal(elements.length, ELEMENTS.length);
    for (const element of elements) {
      const tag = element.tagName!;
      const inVscode = vscode.tags.find((t) => t.name === tag);
      const inWebTypes = webTypes.contributions.html.elements.find((e) => e.name === tag);
      assert.ok(inVscode, `${tag} in the VS Code data`);
      assert.ok(inWebTypes, `${tag} in web-types`);
      for (const attribute of element.attributes ?? []) {
        assert.ok(
          inVscode.attributes.some((a) => a.name === attribute.name),
          `${tag}[${attribute.name}] in the VS Code data`,
        );
        assert.ok(
          inWebTypes.attributes.some((a) => a.name === attribute.name),
          `${tag}[${attribute.name}] in web-types`,
        );
      }
      assert.ok((element.events ?? []).length > 0, `${tag} has events`);
      for (const event of element.events ?? []) {
        assert.match(event.type?.text ?? '', /^Aims\w+Event$/, `${tag} ${event.name} has a type`);
        const listed: { name: string; type?: string } | undefined = inWebTypes.js.events.find(
          (e) => e.name === event.name,
        );
        assert.equal(listed?.type, event.type?.text, `${tag} ${event.name} in web-types`);
      }
    }
    // aims-submit's detail carries the envelope type, not unknown.
    const events = readFileSync(join(pkgDir, 'dist/types/components/base/events.d.ts'), 'utf8');
    assert.match(events, /envelope: Envelope/, 'aims-submit carries an Envelope');
  });

  it('CommonJS require()s aimskit/core and aimskit/content (Node 20.19 and later)', (t) => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    if (major < 20 || (major === 20 && minor < 19)) {
      const reason = `Node ${process.versions.node} cannot require() ES modules (20.19 can)`;
      console.log(`skipped: ${reason}`);
      t.skip(reason);
      return;
    }
    writeFileSync(
      join(app, 'score.cjs'),
      `
      const { parseDefinition, score } = require('aimskit/core');
      const { iso42001QuickScan } = require('aimskit/content');
      const definition = parseDefinition(require('./definition.json'));
      const card = score(definition, require('./response.json'));
      console.log(JSON.stringify({ readiness: card.overall.readiness, quickScan: iso42001QuickScan.id }));
    `,
    );
    const run = sh(process.execPath, ['--no-warnings', 'score.cjs'], app);
    const out = JSON.parse(ok(run, 'node score.cjs')) as Record<string, unknown>;
    assert.deepEqual(out, { readiness: READINESS, quickScan: 'iso42001-quick-scan' });
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

  it('TypeScript finds the types of every entry point (NodeNext, bundler and node10 resolution)', () => {
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
      // aims-submit's detail.envelope is an Envelope, not unknown.
      document.querySelector('aims-assessment')?.addEventListener('aims-submit', (e) => e.detail.envelope.createdAt.toUpperCase());
      registerMessages('fr', { next: 'Suivant' });
      void [readiness, wrong, s, parseDefinition, createMemoryStore];
    `,
    );
    for (const [module, resolution] of [
      ['NodeNext', 'NodeNext'],
      ['ESNext', 'Bundler'],
      // Old resolution, which reads no "exports": package.json's types and typesVersions.
      ['CommonJS', 'node10'],
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

  it('dist/cdn/aimskit.js and every file it loads import no package by name, and it works from one script tag', async () => {
    const cdn = join(pkgDir, 'dist/cdn');
    const bare: string[] = [];
    const reached = new Set<string>();
    const pending = readdirSync(cdn)
      .filter((n) => n.endsWith('.js'))
      .map((n) => join(cdn, n));
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)) {
        const specifier = m[1]!;
        if (specifier.startsWith('./') || specifier.startsWith('../'))
          pending.push(join(dirname(file), specifier));
        else bare.push(`${relative(pkgDir, file)}: ${specifier}`);
      }
    }
    assert.deepEqual(bare, []);
    const outside = [...reached].filter((f) => !existsSync(f));
    assert.deepEqual(outside, [], 'every file the CDN files import is in the package');
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

  it("the README's review flow works from the CDN files alone: definitions as objects, createSession, verifyEnvelope", async () => {
    // The page imports only dist/cdn/aimskit.js and dist/cdn/content.js, as a CDN page would.
    const cdnBase = './node_modules/aimskit/dist/cdn';
    writeFileSync(
      join(app, 'cdn-review.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>review</title></head>
      <body><aims-questionnaire readonly></aims-questionnaire>
      <p id="verified"></p>
      <script type="module">
        import { createSession, createEnvelope, verifyEnvelope } from '${cdnBase}/aimskit.js';
        import { iso42001Supplier } from '${cdnBase}/content.js';
        const definition = iso42001Supplier;
        const response = {
          format: 'aimskit.response/1',
          definition: { id: definition.id, version: definition.version },
          answers: { 'sup-company': { value: 'Acme Components Ltd' } },
        };
        const envelope = await createEnvelope(definition, response);
        const result = await verifyEnvelope(envelope, definition);
        document.getElementById('verified').textContent = result.ok ? 'verified' : 'rejected';
        document.querySelector('aims-questionnaire').session = createSession({ definition, response });
      </script></body></html>`,
    );
    const { p, errors, context } = await page('cdn-review.html');
    await p.locator('#verified', { hasText: /verified|rejected/ }).waitFor({ timeout: 15_000 });
    assert.equal(await p.locator('#verified').textContent(), 'verified');
    const field = p
      .locator('aims-questionnaire input[type="text"], aims-questionnaire textarea')
      .first();
    await field.waitFor({ timeout: 15_000 });
    assert.equal(await field.inputValue(), 'Acme Components Ltd');
    assert.equal(await field.getAttribute('readonly'), '');
    assert.deepEqual(errors, []);
    await context.close();
  });

  /** The fenced block after `<!-- snippet: name -->` in README.md. */
  function readmeSnippet(name: string, language: string): string {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const marker = `<!-- snippet: ${name} -->`;
    const at = readme.indexOf(marker);
    assert.ok(
      at >= 0,
      `README.md has no "${marker}" marker (the starter-app test reads its snippet)`,
    );
    const block = new RegExp(`^\\s*\`\`\`${language}\\n([\\s\\S]*?)\\n\`\`\``).exec(
      readme.slice(at + marker.length),
    );
    assert.ok(block, `README.md: "${marker}" must be followed by a \`\`\`${language} block`);
    return `${block[1]!}\n`;
  }

  /**
   * A fresh app in `app/starters/<name>`: its own package.json, the tarball installed, then the
   * repository's copies of `links` (React, their types, Vite) linked in, to save installing them.
   */
  function starterApp(name: string, links: string[]): string {
    const dir = join(app, 'starters', name);
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: `starter-${name}`, version: '0.0.0', private: true, type: 'module' }),
    );
    ok(
      sh(
        'npm',
        ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
        dir,
      ),
      `npm install <tarball> (${name})`,
    );
    for (const link of links) {
      const target = join(dir, 'node_modules', link);
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(join(root, 'node_modules', link), target, 'dir');
    }
    return dir;
  }

  /** The compiler options of Vite's TypeScript templates (tsconfig.app.json). */
  const templateOptions = {
    target: 'ES2022',
    useDefineForClassFields: true,
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    types: ['vite/client'],
    skipLibCheck: true,
    moduleResolution: 'bundler',
    allowImportingTsExtensions: true,
    verbatimModuleSyntax: true,
    moduleDetection: 'force',
    noEmit: true,
    strict: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    erasableSyntaxOnly: true,
    noFallthroughCasesInSwitch: true,
    noUncheckedSideEffectImports: true,
  };

  /** tsc --noEmit, vite build, then the built page in Chromium until the questionnaire shows. */
  async function checkStarter(dir: string, name: string, jsx: boolean) {
    ok(
      sh(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', dir],
        dir,
      ),
      `tsc --noEmit (${name})`,
    );
    await build({
      configFile: false,
      root: dir,
      logLevel: 'error',
      base: './',
      ...(jsx ? { esbuild: { jsx: 'automatic' as const } } : {}),
      build: { outDir: join(dir, 'dist'), emptyOutDir: true },
    });
    const { p, errors, context } = await page(`starters/${name}/dist/index.html`);
    const legend = p.locator('aims-questionnaire [part~="question-text"]').first();
    await legend.waitFor({ timeout: 15_000 });
    assert.deepEqual(errors, []);
    await context.close();
  }

  it("the README's vanilla-TS snippet type-checks, builds and runs in a fresh Vite app", async () => {
    const main = readmeSnippet('vanilla-ts', 'ts');
    const dir = starterApp('vanilla', ['vite']);
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>vanilla</title></head>' +
        '<body><div id="app"></div><script type="module" src="/src/main.ts"></script></body></html>',
    );
    writeFileSync(join(dir, 'src/main.ts'), main);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: templateOptions, include: ['src'] }),
    );
    await checkStarter(dir, 'vanilla', false);
  });

  it("the README's React-TS snippet type-checks, builds and runs in a fresh Vite React 19 app", async () => {
    const appTsx = readmeSnippet('react-tsx', 'tsx');
    const dir = starterApp('react', [
      'vite',
      'react',
      'react-dom',
      '@types/react',
      '@types/react-dom',
    ]);
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>react</title></head>' +
        '<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
    );
    writeFileSync(join(dir, 'src/App.tsx'), appTsx);
    // main.tsx as Vite's react-ts template has it (without its stylesheet).
    writeFileSync(
      join(dir, 'src/main.tsx'),
      `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { ...templateOptions, jsx: 'react-jsx' },
        include: ['src'],
      }),
    );
    await checkStarter(dir, 'react', true);
  });
});
