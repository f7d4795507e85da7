/**
 * End-to-end harness: the demo served by Vite (as `npm start` serves it) and Debian's Chromium (or
 * CHROME_PATH) driven by playwright-core, so tests act as a user does: clicks, keys, reloads,
 * downloads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

/**
 * The project root: the nearest folder above this file whose package.json is aimskit's (with a
 * trailing slash).
 */
export const root = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dir !== dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'aimskit')
      return `${dir}/`;
    dir = dirname(dir);
  }
  throw new Error('aimskit project root not found');
})();

export function chromePath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const p of [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ]) {
    if (existsSync(p)) return p;
  }
  throw new Error(
    'No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.',
  );
}

export interface Demo {
  /** Base URL of the demo server, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly browser: Browser;
  /**
   * A fresh browser context (own IndexedDB, cookies) and a page in it; console errors are
   * collected.
   */
  newPage(options?: {
    acceptDownloads?: boolean;
  }): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** Starts the Vite dev server on a free loopback port and launches headless Chromium. */
export async function startDemo(): Promise<Demo> {
  const server: ViteDevServer = await createServer({
    configFile: `${root}vite.config.ts`,
    root,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    optimizeDeps: { noDiscovery: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('demo server has no port');
  const url = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
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
  return {
    url,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        acceptDownloads: options.acceptDownloads ?? true,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !/^Failed to load resource/.test(m.text()))
          errors.push(`console: ${m.text()}`);
      });
      page.on('response', (r) => {
        if (r.status() >= 400 && !/favicon\.ico$/.test(r.url()))
          errors.push(`HTTP ${r.status()}: ${r.url()}`);
      });
      return { context, page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** The WCAG 2.2 A and AA rules axe checks pages against. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The axe violations of the page as it is now (axe-core injected into the page, shadow roots
 * included), one line each: rule, impact and the first element's selector. Empty when it passes.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: `${root}node_modules/axe-core/axe.min.js` });
  return page.evaluate(async (tags) => {
    interface Violation {
      id: string;
      impact: string;
      nodes: { target: unknown[] }[];
    }
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${JSON.stringify(violation.nodes[0]?.target)}`,
    );
  }, WCAG_AA);
}
