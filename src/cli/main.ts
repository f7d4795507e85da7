/** Entry of the `aimskit` command's core commands (`build/node/src/cli/main.js` in tests). */
import { run } from './cli.js';
import { packageVersion, readStdin } from './node-io.js';

process.exitCode = await run(
  process.argv.slice(2),
  {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    stdin: readStdin,
  },
  packageVersion(),
);
