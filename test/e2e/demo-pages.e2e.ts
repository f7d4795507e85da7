// The demo as a newcomer meets it (issue 18): `npm start`, exactly as the README says, then every
// page the start page links, each loaded in a fresh browser context. The server may print nothing
// a user must decode (no error, no warning), and no page may show a page error, a console error
// or an HTTP error; every aims-* element on a page must be defined, so a page that silently failed
// to load its script fails here too.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { chromePath, root } from './harness.js';

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Drops terminal colour codes, so the output reads as a user sees it. */
const ESCAPE = String.fromCharCode(27);
const plainText = (text: string) => text.replaceAll(new RegExp(`${ESCAPE}\\[[0-9;]*m`, 'g'), '');

interface StartedDemo {
  url: string;
  process: ChildProcess;
  /** Everything `npm start` printed so far, stdout and stderr together. */
  output(): string;
}

/** Runs `npm start` on a free port and waits for the address Vite prints. */
async function npmStart(): Promise<StartedDemo> {
  const port = await freePort();
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NO_COLOR: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk) => (printed += chunk));
  child.stderr?.on('data', (chunk) => (printed += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start printed no address:\n${printed}`)),
      60_000,
    );
    const check = () => {
      const match = /Local:\s+(http:\/\/[^\s/]+)/.exec(plainText(printed));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}):\n${printed}`)));
  });
  return { url, process: child, output: () => plainText(printed) };
}

/** Lines of the server's output that a user would have to decode. */
function alarmingLines(output: string): string[] {
  return output.split('\n').filter((line) => /error|warn|failed|cannot|not found/i.test(line));
}

describe('npm start, as the README says', () => {
  let demo: StartedDemo;
  let browser: Browser;
  let linkedPages: string[] = [];

  before(async () => {
    demo = await npmStart();
    browser = await chromium.launch({
      executablePath: chromePath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    if (demo?.process.pid) process.kill(-demo.process.pid, 'SIGTERM');
  });

  it('opens the start page, which links the demo pages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${demo.url}/`);
    await page.waitForURL(/examples\/index\.html$/);
    linkedPages = await page
      .locator('main a[href]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    await context.close();
    assert.ok(linkedPages.length >= 10, `linked pages: ${linkedPages.join(', ')}`);
  });

  it('loads every linked page with no page, console or HTTP error and every element defined', async () => {
    assert.ok(linkedPages.length > 0, 'the start page was read first');
    const problems: string[] = [];
    for (const address of linkedPages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      page.on('requestfailed', (request) =>
        errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
      );
      await page.goto(address, { waitUntil: 'networkidle' });
      const undefinedElements = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .map((element) => element.localName)
          .filter((name) => name.startsWith('aims-') && !customElements.get(name)),
      );
      for (const name of new Set(undefinedElements)) errors.push(`<${name}> is not defined`);
      const title = await page.title();
      if (!title) errors.push('the page has no title');
      for (const error of errors) problems.push(`${new URL(address).pathname}: ${error}`);
      await context.close();
    }
    assert.deepEqual(problems, []);
  });

  it('printed nothing a user must decode', () => {
    assert.deepEqual(alarmingLines(demo.output()), [], demo.output());
  });
});
