/**
 * The databases the server tests run against: the embedded PGlite always, and a PostgreSQL server
 * when `AIMS_TEST_DATABASE_URL` names one (CI starts Debian's PostgreSQL and sets it; .ci/run).
 * Each test database is a fresh schema, dropped afterwards, so runs never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import type { SigningKeyPair } from '../../src/io/envelope.js';
import type { AssessmentDefinition } from '../../src/model/definition.js';
import { openPglite, openPostgres, type Database } from '../../server/database.js';
import { createIntakeHandler, type IntakeHandler } from '../../server/handler.js';
import { migrate } from '../../server/migrations.js';
import { createRepository } from '../../server/repository.js';

export interface TestDatabase {
  readonly name: string;
  open(): Promise<Database>;
}

const postgresUrl = process.env['AIMS_TEST_DATABASE_URL'];

if (!postgresUrl) {
  const reason =
    'server tests: AIMS_TEST_DATABASE_URL is not set, so the PostgreSQL runs are skipped (PGlite runs); CI sets it';
  if (process.env['CI']) throw new Error(`${reason}, but CI is set: .ci/run must start PostgreSQL`);
  console.log(reason);
}

/** A PostgreSQL database in a schema of its own, dropped on close. */
async function openPostgresSchema(url: string): Promise<Database> {
  const schema = `aimskit_test_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(url);
  await admin.exec(`CREATE SCHEMA ${schema}`);
  await admin.close();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  const database = await openPostgres(scoped.href);
  return {
    ...database,
    kind: database.kind,
    async close() {
      await database.close();
      const cleanup = await openPostgres(url);
      await cleanup.exec(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.close();
    },
  };
}

export const TEST_DATABASES: readonly TestDatabase[] = [
  { name: 'PGlite', open: () => openPglite() },
  ...(postgresUrl ? [{ name: 'PostgreSQL', open: () => openPostgresSchema(postgresUrl) }] : []),
];

/** A test database with the intake over it, and a supplier's signing key. */
export interface TestIntake {
  readonly database: Database;
  readonly handler: IntakeHandler;
  readonly signing: SigningKeyPair;
}

/** Opens a fresh, migrated database of `target` and the intake handler over it. */
export async function openTestIntake(
  target: TestDatabase,
  definitions: readonly AssessmentDefinition[],
  apiKey: string,
): Promise<TestIntake> {
  const database = await target.open();
  await migrate(database);
  const handler = createIntakeHandler({
    repository: createRepository(database),
    definitions,
    apiKey,
  });
  const signing = (await globalThis.crypto.subtle.generateKey(
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['sign', 'verify'],
  )) as SigningKeyPair;
  return { database, handler, signing };
}
