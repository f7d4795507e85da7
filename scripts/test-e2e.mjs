// End-to-end tests (npm run test:e2e): compiles test/e2e with tsc to build/e2e, then runs every
// *.e2e.js with Node's test runner, one file at a time (each starts the demo server and Chromium).
// Pass substrings to filter.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
rmSync(join(root, 'build/e2e'), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.e2e.json')],
  { stdio: 'inherit' },
);
const dir = join(root, 'build/e2e/test/e2e');
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.e2e.js'))
      .sort()
      .map((f) => join(dir, f))
  : [];
const only = process.argv.slice(2);
const chosen = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
if (chosen.length === 0) {
  console.error('test:e2e: no end-to-end test files found');
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...chosen], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(run.status ?? 1);
