// Browser tests in real headless Chromium (Debian's /usr/bin/chromium, or CHROME_PATH).
// `AIMS_BROWSERS=chromium,firefox` adds Firefox ESR, driven over WebDriver BiDi (see docs/development.md).
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

function chromePath() {
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
    'No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
}

const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const wanted = (process.env.AIMS_BROWSERS ?? 'chromium')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromeFlags },
    }),
  );
}
/**
 * A Firefox page whose `setViewport` tolerates a BiDi command this Firefox does not know yet.
 * Puppeteer 24 sets the screen orientation with every viewport (`emulation.
 * setScreenOrientationOverride`, Firefox 141 and later); Firefox ESR 140 answers "unknown command".
 * The viewport itself is set by a command of its own and stays; only the orientation, which no test
 * uses, is skipped.
 */
async function firefoxPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
    }
  };
  return page;
}

if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
      createPage: firefoxPage,
    }),
  );
}

/**
 * A test route that streams an endless body with no Content-Length (chunked), 64 KB at a time, for as long as
 * the client reads: a reader without a limit never finishes (test/components/assessment-limits.test.ts).
 */
function endlessBody(ctx, next) {
  if (ctx.path !== '/__aims-test/endless.json') return next();
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  ctx.type = 'application/json';
  ctx.body = new Readable({
    read() {
      sent += chunk.length;
      this.push(sent > 1024 ** 3 ? null : chunk);
    },
  });
}

export default {
  middleware: [endlessBody],
  files: ['test/**/*.test.ts', '!test/node/**', '!test/server/**'],
  nodeResolve: true,
  concurrency: 1,
  browsers,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
};
