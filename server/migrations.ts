/**
 * The intake's database layout, as numbered steps. A new database goes through every step; an
 * older one through the steps it has not had yet. Each step runs in its own transaction and records
 * itself in `aimskit_migrations`, so a step that fails leaves the database at the step before.
 * Never edit a step that has shipped: add the next one.
 */
import type { SqlClient } from './database.js';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'requests and the responses received for them',
    sql: `
      CREATE TABLE intake_requests (
        id text PRIMARY KEY,
        token_sha256 text NOT NULL UNIQUE,
        supplier text NOT NULL,
        definition_id text NOT NULL,
        definition_version text NOT NULL,
        due_date date,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE intake_responses (
        id text PRIMARY KEY,
        request_id text NOT NULL REFERENCES intake_requests (id),
        round integer NOT NULL,
        envelope_sha256 text NOT NULL,
        submitted jsonb NOT NULL,
        scorecard jsonb NOT NULL,
        readiness double precision,
        band text,
        completion double precision NOT NULL,
        signed boolean NOT NULL,
        key_thumbprint text,
        evidence_files integer NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (request_id, round),
        UNIQUE (request_id, envelope_sha256)
      );
    `,
  },
  {
    version: 2,
    description: "the reviewer's decisions per answer, and the index the portfolio lists by",
    sql: `
      CREATE TABLE intake_reviews (
        response_id text NOT NULL REFERENCES intake_responses (id),
        question text NOT NULL,
        decision text NOT NULL CHECK (decision IN ('accept', 'follow-up', 'reject')),
        note text NOT NULL DEFAULT '',
        decided_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (response_id, question)
      );
      CREATE INDEX intake_responses_by_request ON intake_responses (request_id, round DESC);
    `,
  },
  {
    version: 3,
    description: "the server's own settings (the digest of the buyer's API key)",
    sql: `
      CREATE TABLE intake_settings (
        name text PRIMARY KEY,
        value text NOT NULL
      );
    `,
  },
  {
    version: 4,
    description: "what the portfolio shows of a response: its groups' figures and its AI systems",
    // Computed once at intake, so the portfolio never reads the big submitted/scorecard columns.
    // Older rows get their groups' figures from their stored scorecard (no titles: the scorecard
    // has ids only); their systems stay NULL (classifying needs the core), so they show none.
    sql: `
      ALTER TABLE intake_responses ADD COLUMN objectives jsonb, ADD COLUMN systems jsonb;
      UPDATE intake_responses
         SET objectives = coalesce(
               (SELECT jsonb_agg(
                         jsonb_build_object('id', each_group ->> 'id',
                                            'readiness', each_group -> 'readiness')
                         ORDER BY position)
                  FROM jsonb_array_elements(scorecard -> 'groups')
                       WITH ORDINALITY AS listed (each_group, position)),
               '[]'::jsonb)
       WHERE jsonb_typeof(scorecard -> 'groups') = 'array';
    `,
  },
  {
    version: 5,
    description: 'the definitions a buyer registers through the API (a pack cut to its questions)',
    sql: `
      CREATE TABLE intake_definitions (
        id text NOT NULL,
        version text NOT NULL,
        definition jsonb NOT NULL,
        sha256 text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id, version)
      );
    `,
  },
];

/** The newest layout version. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The version the database is at (0 when it has none of the intake's tables). */
export async function schemaVersion(client: SqlClient): Promise<number> {
  await client.exec(`
    CREATE TABLE IF NOT EXISTS aimskit_migrations (
      version integer PRIMARY KEY,
      description text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    );
  `);
  const rows = await client.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM aimskit_migrations',
  );
  return Number(rows[0]?.version ?? 0);
}

/**
 * Brings the database to `target` (default: the latest layout), step by step. Returns the versions
 * it applied. Refuses a database newer than this code knows.
 */
export async function migrate(client: SqlClient, target = LATEST_VERSION): Promise<number[]> {
  const current = await schemaVersion(client);
  if (current > LATEST_VERSION) {
    throw new Error(
      `the database is at layout version ${current}, newer than this aimskit knows ` +
        `(${LATEST_VERSION}): upgrade aimskit`,
    );
  }
  const applied: number[] = [];
  for (const step of MIGRATIONS) {
    if (step.version <= current || step.version > target) continue;
    await client.transaction(async (transaction) => {
      await transaction.exec(step.sql);
      await transaction.query(
        'INSERT INTO aimskit_migrations (version, description) VALUES ($1, $2)',
        [step.version, step.description],
      );
    });
    applied.push(step.version);
  }
  return applied;
}
