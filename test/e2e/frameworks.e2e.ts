// The React and Vue examples (examples/react, examples/vue): each is built with Vite's JS API into
// a temp folder, served by a tiny static server on a loopback port and driven in Chromium as a
// person would use it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { chromePath, root } from './harness.js';

const apps = ['react', 'vue'] as const;
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

// Readiness as docs/scoring.md defines it: 100 × Σ values / Σ weights over the scored questions
// (unanswered count 0), rounded to one decimal at the end. The quick scan has 16 scored questions
// of weight 1 (docs/content.md).
const readiness = (values: number[]) =>
  (Math.round(((100 * values.reduce((a, b) => a + b, 0)) / 16) * 10) / 10).toFixed(1);

/** Waits (up to 5 s) until the locator's text is `want`; fails with the last text seen. */
async function textBecomes(locator: Locator, want: string): Promise<void> {
  let seen: string | undefined;
  for (
    const until = Date.now() + 5000;
    Date.now() < until;
    await new Promise((r) => setTimeout(r, 50))
  ) {
    seen = (await locator.textContent())?.trim();
    if (seen === want) return;
  }
  assert.equal(seen, want);
}

describe('framework examples (React 19, Vue 3)', () => {
  let out: string;
  let server: Server;
  let url: string;
  let browser: Browser;

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'aimskit-frameworks-'));
    for (const app of apps) {
      await build({
        configFile: join(root, `examples/${app}/vite.config.ts`),
        logLevel: 'error',
        build: { outDir: join(out, app), emptyOutDir: true },
      });
    }
    server = createServer((req, res) => {
      const path = normalize(
        decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
      ).replace(/^(\.\.[/\\])+/, '');
      let file = join(out, path);
      try {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('static server has no port');
    url = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({
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
        '--disable-quic',
      ],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const open = async (
    app: string,
  ): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(`${url}/${app}/`);
    return { page, errors, close: () => context.close() };
  };

  for (const app of apps) {
    const name = app === 'react' ? 'React' : 'Vue';

    it(`${name}: the readiness figure follows aims-change, and the app shows the envelope from aims-submit`, async () => {
      const { page, errors, close } = await open(app);
      await page.getByRole('heading', { level: 1, name: `aimskit in ${name}` }).waitFor();
      const figure = page.getByRole('status', { name: 'Readiness' });
      // aims-ready: the app reads the fresh session's scorecard (nothing answered yet).
      await page
        .getByRole('checkbox', { name: /We use AI tools or services made by others/ })
        .waitFor();
      assert.equal((await figure.textContent())?.trim(), readiness([]));

      await page
        .getByRole('checkbox', { name: /We use AI tools or services made by others/ })
        .check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page
        .getByRole('radio', { name: 'The list is complete, has an owner and is checked regularly' })
        .check();
      await textBecomes(figure, readiness([1]));
      await page.getByRole('radio', { name: 'They have named an owner and set a budget' }).check();
      await textBecomes(figure, readiness([1, 0.75]));

      // To the last section, then Finish: the questionnaire asks its assessment to submit, which
      // fires aims-submit.
      const finish = page.getByRole('button', { name: 'Finish' });
      for (let i = 0; i < 10 && !(await finish.isVisible()); i++)
        await page.getByRole('button', { name: 'Next' }).click();
      await finish.click();
      const received = page.getByRole('region', { name: 'Received response' });
      await received.waitFor();
      const text = await received.innerText();
      assert.match(text, new RegExp(`Readiness: ${readiness([1, 0.75]).replace('.', '\\.')}`));
      assert.match(text, /SHA-256 [A-Za-z0-9_-]{16}…/);
      assert.deepEqual(errors, []);
      await close();
    });

    it(`${name}: choosing another assessment sets the element's definition property`, async () => {
      const { page, errors, close } = await open(app);
      await page
        .getByRole('checkbox', { name: /We use AI tools or services made by others/ })
        .waitFor();
      await page
        .getByLabel('Assessment')
        .selectOption({ label: 'Full ISO/IEC 42001 assessment (73 questions)' });
      // The full pack's sections (docs/content.md): scope first, then one per clause and per Annex
      // A objective.
      await page.getByText('Clause 6: Planning').first().waitFor();
      assert.equal(
        await page
          .getByRole('checkbox', { name: /We use AI tools or services made by others/ })
          .count(),
        0,
      );
      assert.deepEqual(errors, []);
      await close();
    });
  }
});
