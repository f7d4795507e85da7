// npm run screenshots: photographs the sample readiness report (examples/report.html) as a reader
// meets it, to check its layout by eye: at 1280 px and 390 px wide, light and dark, and as printed
// (a PDF and a picture of the print layout). Writes build/screenshots/; with --readme it also
// refreshes the README's picture (docs/images/report.png: the report's summary and bars at
// 1280 px, light).
//
//   node scripts/screenshots.mjs [--readme]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { root } from './entries.mjs';

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const outputFolder = join(root, 'build/screenshots');
mkdirSync(outputFolder, { recursive: true });

/** The views to photograph: width, colour scheme and media. */
const VIEWS = [
  { name: '1280-light', width: 1280, colorScheme: 'light', media: 'screen' },
  { name: '1280-dark', width: 1280, colorScheme: 'dark', media: 'screen' },
  { name: '390-light', width: 390, colorScheme: 'light', media: 'screen' },
  { name: '390-dark', width: 390, colorScheme: 'dark', media: 'screen' },
  { name: 'print', width: 800, colorScheme: 'light', media: 'print' },
];

const { existsSync } = await import('node:fs');
const executablePath =
  process.env.CHROME_PATH ?? CHROME_CANDIDATES.find((candidate) => existsSync(candidate));
if (!executablePath) throw new Error('screenshots: no Chromium found (set CHROME_PATH)');

const server = await createServer({
  configFile: join(root, 'vite.config.ts'),
  root,
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0, hmr: false },
});
await server.listen();
const address = `http://127.0.0.1:${server.httpServer.address().port}`;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });

try {
  for (const view of VIEWS) {
    const page = await browser.newPage({
      viewport: { width: view.width, height: 900 },
      colorScheme: view.colorScheme,
    });
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.emulateMedia({ media: view.media, colorScheme: view.colorScheme });
    await page.goto(`${address}/examples/report.html`, { waitUntil: 'networkidle' });
    const scorecard = page.locator('aims-scorecard');
    // Print mode renders the whole report (the print button sets it while the dialog is open).
    if (view.media === 'print') await scorecard.evaluate((element) => (element.printing = true));
    await scorecard.evaluate((element) => element.updateComplete);
    const file = join(outputFolder, `report-${view.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    if (view.media === 'print') {
      await page.pdf({
        path: join(outputFolder, 'report.pdf'),
        format: 'A4',
        printBackground: true,
      });
    }
    if (view.name === '1280-light' && process.argv.includes('--readme')) {
      const picture = join(root, 'docs/images/report.png');
      mkdirSync(join(root, 'docs/images'), { recursive: true });
      await page.screenshot({ path: picture, clip: { x: 0, y: 120, width: 1280, height: 1250 } });
      console.log(`screenshots: ${picture}`);
    }
    if (problems.length) throw new Error(`screenshots: ${view.name}: ${problems.join('; ')}`);
    console.log(`screenshots: ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
