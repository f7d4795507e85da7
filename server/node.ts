/**
 * The intake on Node's own `http` module: an adapter from `IncomingMessage` to the Fetch API's
 * `Request` and back, and `startIntakeServer`, which opens the database, migrates it and listens.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { AssessmentDefinition } from '../src/model/definition.js';
import { openDatabase, type Database } from './database.js';
import { createIntakeHandler, type IntakeHandler, type IntakeOptions } from './handler.js';
import { migrate } from './migrations.js';
import { createRepository } from './repository.js';

/** A Node request as a Fetch API `Request` (the body streamed, not buffered). */
export function toRequest(incoming: IncomingMessage): Request {
  const host = incoming.headers.host ?? 'localhost';
  const url = new URL(incoming.url ?? '/', `http://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  return new Request(url, {
    method: incoming.method,
    headers,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream<Uint8Array>) : undefined,
    // Node's fetch needs this to send a streamed body.
    duplex: 'half',
  } as RequestInit);
}

/** Writes a Fetch API `Response` to a Node response. */
export async function sendResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.statusCode = response.status;
  response.headers.forEach((value, name) => outgoing.setHeader(name, value));
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  outgoing.end(body);
}

/** A `node:http` request listener over the handler. */
export function toNodeListener(handler: IntakeHandler) {
  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    void handler(toRequest(incoming))
      .then((response) => sendResponse(response, outgoing))
      .catch(() => {
        outgoing.statusCode = 500;
        outgoing.end();
      })
      .finally(() => {
        // A body the handler refused (413) is drained, so the connection closes cleanly.
        if (!incoming.complete) incoming.resume();
      });
  };
}

export interface StartOptions extends Omit<IntakeOptions, 'repository'> {
  readonly port?: number;
  readonly host?: string;
  /** PGlite's data folder (default: in memory). Ignored with `databaseUrl`. */
  readonly dataDir?: string;
  /** A PostgreSQL server's URL (needs `pg`). */
  readonly databaseUrl?: string;
  readonly definitions: readonly AssessmentDefinition[];
}

export interface StartedIntake {
  readonly url: string;
  readonly database: Database;
  close(): Promise<void>;
}

/** Opens and migrates the database, then serves the intake on `host:port`. */
export async function startIntakeServer(options: StartOptions): Promise<StartedIntake> {
  const database = await openDatabase(options);
  await migrate(database);
  const handler = createIntakeHandler({ ...options, repository: createRepository(database) });
  const server = createServer(toNodeListener(handler));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    database,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
