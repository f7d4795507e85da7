// Node tests (npm run test:node): compiles the core and test/core + test/node with tsc to
// build/node, then runs every *.test.js with Node's own test runner. Node 20 cannot run TypeScript
// directly.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// AIMS_TEST_OUT (default build/node, one level under build/) lets runs in the same tree not share a
// folder.
const out = process.env.AIMS_TEST_OUT ?? 'build/node';
rmSync(join(root, out), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/typescript/bin/tsc'),
    '-p',
    join(root, 'tsconfig.node-test.json'),
    '--outDir',
    join(root, out),
  ],
  { stdio: 'inherit' },
);

const walk = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : n.endsWith('.test.js') ? [p] : [];
  });
const dirs = [`${out}/test/core`, `${out}/test/node`, `${out}/test/server`]
  .map((d) => join(root, d))
  .filter(existsSync);
const files = dirs.flatMap(walk).sort();
if (files.length === 0) {
  console.error('test:node: no test files found');
  process.exit(1);
}
const only = process.argv.slice(2);
const run = spawnSync(
  process.execPath,
  ['--test', ...(only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files)],
  { stdio: 'inherit', cwd: root },
);
process.exit(run.status ?? 1);
