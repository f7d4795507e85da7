/**
 * What both entries of the `aimskit` command read from Node: the package's version and standard
 * input. One module, so `dist/cli.js` (which bundles it) and the test build find the package.json
 * from the same place.
 */
import { readFileSync } from 'node:fs';

/** The version in aimskit's package.json, read from `dist/cli.js` (or `build/node/src/cli/`). */
export function packageVersion(): string {
  for (const relative of ['../package.json', '../../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as {
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

/** Standard input as text. */
export async function readStdin(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk as string;
  return text;
}
