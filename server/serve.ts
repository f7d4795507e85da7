/**
 * `aimskit serve`: the intake on the embedded database (or `DATABASE_URL`), ready for a procurement
 * team. On the first start without `AIMSKIT_API_KEY` it makes a buyer API key, prints it once and
 * keeps only its digest in the database; later starts check against that digest.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseDefinition } from '../src/model/parse.js';
import type { AssessmentDefinition } from '../src/model/definition.js';
import { openDatabase } from './database.js';
import { createIntakeHandler, sha256Hex } from './handler.js';
import { migrate } from './migrations.js';
import { toNodeListener } from './node.js';
import { createRepository } from './repository.js';

export const SERVE_USAGE = `  aimskit serve [--port 8787] [--host 127.0.0.1] [--data ./aimskit-data]
                [--definition <file>]
      Runs the buyer's intake (docs/server.md) on the embedded database in --data (kept across
      restarts), or on the PostgreSQL server in DATABASE_URL. Serves the built-in definitions and
      each --definition file (repeatable). The buyer API key is AIMSKIT_API_KEY, or one made on the
      first start and printed once. GET /api/health answers { "ok": true }.`;

/** Where the command writes and how it knows its environment. */
export interface ServeIo {
  out(text: string): void;
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The value after `--name` (the last one wins), every value of a repeatable option. */
function optionValues(argv: readonly string[], name: string): string[] {
  const values: string[] = [];
  argv.forEach((argument, index) => {
    if (argument === `--${name}` && index + 1 < argv.length) values.push(argv[index + 1]!);
  });
  return values;
}

/** The built-in definitions and the files named by --definition. */
async function definitionsFor(files: readonly string[]): Promise<AssessmentDefinition[]> {
  const { builtInDefinitions } = await import('../src/content.js');
  const builtIn = Object.values(builtInDefinitions).map((definition) =>
    parseDefinition(definition),
  );
  const own = await Promise.all(
    files.map(async (file) => parseDefinition(JSON.parse(await readFile(file, 'utf8')))),
  );
  return [...builtIn, ...own];
}

/** A running intake: its address, and how to stop it. */
export interface ServingIntake {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the intake as `aimskit serve` does; resolves once it listens. */
export async function serve(argv: readonly string[], io: ServeIo): Promise<ServingIntake> {
  const port = Number(optionValues(argv, 'port').pop() ?? io.env['PORT'] ?? 8787);
  const host = optionValues(argv, 'host').pop() ?? io.env['HOST'] ?? '127.0.0.1';
  const dataDir = resolve(optionValues(argv, 'data').pop() ?? 'aimskit-data');
  const databaseUrl = io.env['DATABASE_URL'] || undefined;
  const definitions = await definitionsFor(optionValues(argv, 'definition'));
  const database = await openDatabase({ databaseUrl, dataDir });
  await migrate(database);
  const repository = createRepository(database);

  const givenKey = io.env['AIMSKIT_API_KEY'] || undefined;
  let keyDigest = await repository.setting('api-key-sha256');
  if (!givenKey && !keyDigest) {
    const newKey = randomBytes(24).toString('base64url');
    keyDigest = sha256Hex(newKey);
    await repository.saveSetting('api-key-sha256', keyDigest);
    io.out(`aimskit serve: the buyer API key (shown once, keep it): ${newKey}`);
  }
  const handler = createIntakeHandler({
    repository,
    definitions,
    ...(givenKey ? { apiKey: givenKey } : { apiKeySha256: keyDigest! }),
  });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host}:${boundPort}`;
  const where = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${dataDir}`;
  io.out(`aimskit serve: listening on ${url}, on ${where}`);
  return {
    url,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      await database.close();
    },
  };
}
