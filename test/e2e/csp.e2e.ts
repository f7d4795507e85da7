// Strict CSP and Trusted Types (issue 12): examples/strict/index.html, served by a tiny static
// server with the header Content-Security-Policy: default-src 'self'; script-src 'self'; style-src
// 'self'; require-trusted-types-for 'script' loads the CDN build (dist/cdn/aimskit.js and its
// on-demand chunks), renders every element, and a user completes the quick scan, adds a risk,
// decides a control, exports the SoA, switches to German and prints. Not one CSP violation may
// occur: none seen by a `securitypolicyviolation` listener, none reported to the server's
// report-uri, none in the console. A last test injects an inline script on purpose, to prove those
// detectors catch one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromePath, root } from './harness.js';

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const PAGE = '/examples/strict/index.html';
/**
 * Only these are served: the example's assets, the CDN build and the content packs it loads
 * (dist/content.js and the small chunks that file imports).
 */
const SERVED = ['examples/strict/', 'dist/cdn/', 'dist/content.js', 'dist/chunks/'];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Newest modification time of the files under `dir` (recursively), in ms. */
function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name),
      s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

/**
 * Builds dist/ with the project's build script when dist/cdn/aimskit.js is missing or older than
 * the sources.
 */
function ensureBuild(): void {
  const cdn = join(root, 'dist/cdn/aimskit.js');
  const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'components')));
  if (existsSync(cdn) && statSync(cdn).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
}

interface StrictServer {
  url: string;
  reports: unknown[];
  server: Server;
}

/** A static server for SERVED, every response with the strict policy (reports to /csp-report). */
async function serve(): Promise<StrictServer> {
  const reports: unknown[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (req.method === 'POST' && path === '/csp-report') {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        try {
          reports.push(JSON.parse(body));
        } catch {
          reports.push(body);
        }
        res.writeHead(204).end();
      });
      return;
    }
    const rel = normalize(path).replace(/^[/\\]+/, '');
    const file = join(root, rel);
    const ok =
      req.method === 'GET' &&
      SERVED.some((d) => rel.startsWith(d)) &&
      !rel.split(sep).includes('..') &&
      existsSync(file) &&
      statSync(file).isFile();
    const headers = {
      'Content-Security-Policy': `${POLICY}; report-uri /csp-report`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    if (!ok) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, {
        ...headers,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      })
      .end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, reports, server };
}

declare global {
  interface Window {
    __csp?: string[];
  }
}

/**
 * A fresh context and page that records violations (listener installed before any page script),
 * errors and console.
 */
async function open(browser: Browser, url: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        window.__csp!.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
        );
      },
      true,
    );
  });
  const errors: string[] = [];
  const csp: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (/Content Security Policy|Trusted Type|TrustedHTML|TrustedScript/i.test(m.text()))
      csp.push(`console: ${m.text()}`);
    else if (m.type() === 'error' && !/^Failed to load resource/.test(m.text()))
      errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !/favicon\.ico$/.test(r.url()))
      errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url);
  const violations = async () => [...csp, ...(await page.evaluate(() => window.__csp ?? []))];
  return { context, page, errors, violations };
}

/** Reports reach the server shortly after the violation; give them a moment. */
const reportsSettle = () => new Promise((r) => setTimeout(r, 500));

async function answerQuickScan(page: Page): Promise<number> {
  const q = page.locator('aims-questionnaire');
  let answered = 0;
  for (let s = 0; s < 20; s++) {
    const groups = q.getByRole('group');
    await groups.first().waitFor();
    const n = await groups.count();
    for (let i = 0; i < n; i++) {
      const g = groups.nth(i);
      const radios = g.getByRole('radio');
      if (await radios.count()) await radios.nth(Math.min(2, (await radios.count()) - 1)).click();
      else await g.getByRole('checkbox').first().click();
      answered++;
    }
    const finish = q.getByRole('button', { name: 'Finish' });
    if (await finish.isVisible()) {
      await finish.click();
      return answered;
    }
    await q.getByRole('button', { name: 'Next' }).click();
    await q.getByRole('heading', { level: 2 }).waitFor();
  }
  throw new Error('the quick scan never showed Finish');
}

describe('strict Content Security Policy and Trusted Types', () => {
  let browser: Browser;
  let srv: StrictServer;
  before(async () => {
    ensureBuild();
    srv = await serve();
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
    await new Promise((r) => srv?.server.close(r));
  });

  it(
    'every element renders, the quick scan completes, a risk, a decision, an export, German and print: no violation',
    { timeout: 180_000 },
    async () => {
      const { context, page, errors, violations } = await open(browser, `${srv.url}${PAGE}`);
      const header = (await page.request.get(`${srv.url}${PAGE}`)).headers()[
        'content-security-policy'
      ];
      assert.ok(header?.startsWith(POLICY), `the page is served with the policy: ${header}`);

      // The quick scan, as a user fills it in; Finish submits (the page's script shows the sealed
      // result).
      const answered = await answerQuickScan(page);
      assert.ok(answered >= 10, `answered ${answered} questions`);
      await page
        .getByRole('status')
        .filter({ hasText: /^Submitted\. Readiness \d/ })
        .waitFor();

      // The scorecard shows the figure the envelope carried.
      const status = await page.locator('#status').innerText();
      const figure = await page
        .locator('aims-scorecard')
        .getByRole('meter', { name: 'Overall readiness' })
        .getAttribute('aria-valuenow');
      assert.match(status, new RegExp(`Readiness ${figure!.replace('.', '\\.')} of 100`));

      // A risk through the risk matrix's form; the grid colours its levels (set through the CSSOM,
      // not style attributes).
      const matrix = page.locator('aims-risk-matrix');
      await matrix.getByRole('button', { name: 'Add a risk' }).click();
      await matrix.getByLabel('Title').fill('Model drift goes unnoticed');
      await matrix.locator('select[name=likelihood]').selectOption({ index: 4 });
      await matrix.locator('select[name=impact]').selectOption({ index: 4 });
      await matrix.getByRole('button', { name: 'Save risk' }).click();
      await matrix.getByRole('row', { name: /Model drift goes unnoticed/ }).waitFor();
      const colour = await matrix
        .getByRole('gridcell')
        .first()
        .evaluate((td) => getComputedStyle(td).getPropertyValue('--_c'));
      assert.match(colour.trim(), /^(#[0-9a-f]{3,8}|rgb)/i, `a level colour: ${colour}`);

      // A decision in the SoA, and its CSV export (a blob: download).
      const soa = page.locator('aims-soa-table');
      const firstRow = soa.locator('tr[part~=row]').first();
      await firstRow.getByRole('combobox').first().selectOption('yes');
      await firstRow.locator('input[data-field=justification]').fill('Needed for our own models.');
      await firstRow.locator('input[data-field=justification]').press('Tab');
      const download = page.waitForEvent('download');
      await soa.getByRole('button', { name: 'Download CSV' }).click();
      const csv = readFileSync((await (await download).path())!, 'utf8');
      assert.match(csv, /Needed for our own models\./);

      // German strings load on demand, from a chunk beside aimskit.js.
      await page.getByRole('button', { name: 'Deutsch' }).click();
      await page
        .locator('aims-scorecard')
        .getByRole('button', { name: /Drucken|PDF/ })
        .waitFor();

      // Print: a real print layout to PDF (print media), then the scorecard's Print button, which
      // renders the full report in print mode and calls the browser's print (headless Chromium
      // prints it in the background; that job never ends, so the PDF comes first). The button hides
      // itself in print media, so a user clicks it on screen.
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(
        pdf.length > 10_000 && pdf.subarray(0, 5).toString() === '%PDF-',
        'a PDF came out of the print layout',
      );
      await page.emulateMedia({ media: 'screen' });
      await page
        .locator('aims-scorecard')
        .getByRole('button', { name: /Drucken|PDF/ })
        .click();
      await page.locator('aims-scorecard:not([printing])').waitFor({ state: 'attached' });

      await reportsSettle();
      assert.deepEqual(
        await violations(),
        [],
        'no securitypolicyviolation and no CSP message in the console',
      );
      assert.deepEqual(srv.reports, [], 'no CSP report reached the server');
      assert.deepEqual(errors, []);
      await context.close();
    },
  );

  it(
    'zod checks a definition in the page under the policy: no probe of new Function',
    { timeout: 60_000 },
    async () => {
      const { context, page, violations } = await open(browser, `${srv.url}${PAGE}`);
      await page.locator('aims-questionnaire').getByRole('group').first().waitFor();
      // A definition with shape problems: zod's object, union and error-map paths all run in the
      // page.
      const issues = await page.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const element = document.querySelector('aims-assessment') as HTMLElement & {
              definition: unknown;
            };
            element.addEventListener('aims-definition-error', (event) =>
              resolve((event as CustomEvent<{ issues: unknown }>).detail.issues),
            );
            element.definition = {
              format: 'aimskit.definition/1',
              id: 'probe',
              version: '1',
              title: 5,
              colour: 'red',
              scales: [],
              sections: [
                { id: 's', title: 'S', questions: [{ id: 'q', type: 'text', text: 'Q' }] },
              ],
            };
          }),
      );
      assert.deepEqual(issues, [
        { path: 'title', message: 'has the wrong form: number 5' },
        { path: 'colour', message: 'unknown field "colour"' },
      ]);
      await reportsSettle();
      assert.deepEqual(await violations(), [], 'zod probed nothing');
      await context.close();
    },
  );

  it(
    'the detectors catch a violation (an inline script injected on purpose)',
    { timeout: 60_000 },
    async () => {
      const before = srv.reports.length;
      const { context, page, violations } = await open(browser, `${srv.url}${PAGE}`);
      await page.locator('aims-questionnaire').getByRole('group').first().waitFor();
      // Playwright adds an inline <script> element: the policy must block it, and every detector
      // must see it.
      await page.addScriptTag({ content: 'document.title = "ran";' }).catch(() => undefined);
      await reportsSettle();
      assert.notEqual(await page.title(), 'ran');
      const seen = await violations();
      assert.ok(
        seen.some((v) => /script-src|trusted-types/.test(v)),
        `the listener saw the blocked script: ${seen.join('; ')}; reports: ${JSON.stringify(srv.reports)}`,
      );
      assert.ok(srv.reports.length > before, 'a report reached the server');
      await context.close();
    },
  );
});
