/**
 * Entry of the `aimskit` command (`dist/cli.js`): `serve` runs the buyer's intake (./serve.ts);
 * every other command is the core's (src/cli/cli.ts), which knows nothing of the server.
 */
import { run, USAGE } from '../src/cli/cli.js';
import { packageVersion, readStdin } from '../src/cli/node-io.js';
import { serve, SERVE_USAGE } from './serve.js';

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);
const [command, ...rest] = process.argv.slice(2);

if (command === 'serve') {
  try {
    const intake = await serve(rest, { out, err, env: process.env });
    const stop = async () => {
      await intake.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    err(`aimskit serve: ${(error as Error).message}`);
    process.exitCode = 2;
  }
} else if (command === '--help' || command === '-h' || command === 'help') {
  out(USAGE.replace('\n\nBuilt-in definition ids', `\n${SERVE_USAGE}\n\nBuilt-in definition ids`));
} else {
  process.exitCode = await run(
    process.argv.slice(2),
    { out, err, stdin: readStdin },
    packageVersion(),
  );
}
