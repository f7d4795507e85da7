/**
 * The SQL the intake runs, over either database it supports: PGlite (PostgreSQL compiled to
 * WebAssembly, embedded, the default) or a PostgreSQL server through `pg` (`DATABASE_URL`). Both
 * speak the same SQL; this module gives them one small interface, so the repository and the
 * migrations are written once.
 */
import { mkdirSync } from 'node:fs';

/** A row as the database returns it: column name to value. */
export type Row = Record<string, unknown>;

/** What the repository needs of a database connection. */
export interface SqlClient {
  /** Runs one statement with `$1`, `$2` … parameters and returns its rows. */
  query<Result extends Row = Row>(text: string, params?: readonly unknown[]): Promise<Result[]>;
  /** Runs several statements without parameters (the migrations). */
  exec(text: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<Result>(work: (client: SqlClient) => Promise<Result>): Promise<Result>;
}

/** A database the intake opened, and how to close it. */
export interface Database extends SqlClient {
  /** Which kind it is: `pglite` (embedded) or `postgres` (a server). */
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** The part of PGlite's API used here (its `query`, `exec`, `transaction` and `close`). */
interface PgliteLike {
  query<Result>(text: string, params?: unknown[]): Promise<{ rows: Result[] }>;
  exec(text: string): Promise<unknown>;
  transaction<Result>(work: (transaction: PgliteLike) => Promise<Result>): Promise<Result>;
  close(): Promise<void>;
}

/** A PGlite connection (or one of its transactions) as an `SqlClient`. */
function pgliteClient(connection: PgliteLike): SqlClient {
  return {
    async query<Result extends Row>(text: string, params: readonly unknown[] = []) {
      const result = await connection.query<Result>(text, [...params]);
      return result.rows;
    },
    async exec(text: string) {
      await connection.exec(text);
    },
    transaction<Result>(work: (client: SqlClient) => Promise<Result>) {
      return connection.transaction((transaction) => work(pgliteClient(transaction)));
    },
  };
}

/**
 * Opens the embedded database: in `dataDir` (created if missing; its data persists across
 * restarts), or in memory when `dataDir` is omitted.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const connection = (await PGlite.create(dataDir ?? 'memory://')) as unknown as PgliteLike;
  return { kind: 'pglite', ...pgliteClient(connection), close: () => connection.close() };
}

/** The part of `pg`'s API used here. */
interface PgQueryable {
  query<Result>(text: string, params?: unknown[]): Promise<{ rows: Result[] }>;
}
interface PgPoolLike extends PgQueryable {
  connect(): Promise<PgQueryable & { release(): void }>;
  end(): Promise<void>;
}

/** A `pg` connection as an `SqlClient`; `transaction` needs a pool to take a connection from. */
function postgresClient(connection: PgQueryable, pool?: PgPoolLike): SqlClient {
  return {
    async query<Result extends Row>(text: string, params: readonly unknown[] = []) {
      const result = await connection.query<Result>(text, [...params]);
      return result.rows;
    },
    async exec(text: string) {
      await connection.query(text);
    },
    async transaction<Result>(work: (client: SqlClient) => Promise<Result>) {
      if (!pool) return work(postgresClient(connection));
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(postgresClient(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

/**
 * Opens a PostgreSQL server's database by its URL (`postgres://user:password@host:5432/name`). Needs
 * the `pg` package, which aimskit does not install for you: `npm install pg`.
 */
export async function openPostgres(databaseUrl: string): Promise<Database> {
  let pg: { default?: { Pool: new (config: object) => PgPoolLike }; Pool?: unknown };
  try {
    pg = await import('pg');
  } catch {
    throw new Error('DATABASE_URL needs the "pg" package: run npm install pg');
  }
  const Pool = (pg.default?.Pool ?? pg.Pool) as new (config: object) => PgPoolLike;
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  // Fails here, with the server's message, when the database cannot be reached.
  await pool.query('SELECT 1');
  return { kind: 'postgres', ...postgresClient(pool, pool), close: () => pool.end() };
}

/**
 * The database the intake uses: a PostgreSQL server when `databaseUrl` is given, else PGlite in
 * `dataDir` (in memory without one).
 */
export function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
}): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}
