/** Entry of the `aimskit` command (`dist/cli.js`, and `build/node/src/cli/main.js` in tests). */
import { readFileSync } from 'node:fs';
import { run } from './cli.js';

function packageVersion(): string {
  for (const rel of ['../package.json', '../../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'aimskit' && pkg.version) return pkg.version;
    } catch {
      // try the next place
    }
  }
  return 'unknown';
}

async function stdin(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk as string;
  return text;
}

process.exitCode = await run(
  process.argv.slice(2),
  {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    stdin,
  },
  packageVersion(),
);
