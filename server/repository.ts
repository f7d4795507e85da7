/**
 * The intake's store: requests sent to suppliers, the responses received for them (every round
 * kept), and the reviewer's decisions. One module over `SqlClient`, so the same SQL runs on PGlite
 * and on a PostgreSQL server. Rows come back as plain objects with ISO dates (UTC) and dates as
 * `YYYY-MM-DD`, the same from both databases.
 */
import type { AssessmentDefinition } from '../src/model/definition.js';
import type { PortfolioObjective, PortfolioSystem } from '../src/scoring/portfolio.js';
import type { Scorecard } from '../src/scoring/types.js';
import type { Row, SqlClient } from './database.js';

/** A request for one supplier's self-assessment. */
export interface IntakeRequest {
  readonly id: string;
  readonly supplier: string;
  readonly definition: { readonly id: string; readonly version: string };
  /** `YYYY-MM-DD`, or null when none was set. */
  readonly dueDate: string | null;
  readonly createdAt: string;
}

/** What the list of responses shows of one received response. */
export interface ResponseSummary {
  readonly id: string;
  readonly requestId: string;
  readonly supplier: string;
  readonly round: number;
  readonly readiness: number | null;
  readonly band: string | null;
  readonly completion: number;
  readonly signed: boolean;
  readonly keyThumbprint: string | null;
  readonly evidenceFiles: number;
  readonly receivedAt: string;
  /** How many answers the reviewer asked a follow-up on. */
  readonly followUps: number;
}

export type ReviewDecision = 'accept' | 'follow-up' | 'reject';

export interface Review {
  readonly question: string;
  readonly decision: ReviewDecision;
  readonly note: string;
  readonly decidedAt: string;
}

/** A received response in full: what was submitted, the server's own scorecard, the reviews. */
export interface StoredResponse extends ResponseSummary {
  readonly envelopeSha256: string;
  /** The envelope or bundle as it was submitted. */
  readonly submitted: unknown;
  /** The scorecard the server computed, never the one the file carried. */
  readonly scorecard: Scorecard;
  readonly reviews: readonly Review[];
}

/**
 * A round as the portfolio lists it: its summary, its groups' figures and its AI systems (each
 * left out for a response stored before the server kept them: older rows have no systems).
 */
export interface PortfolioRoundSummary extends ResponseSummary {
  readonly objectives?: readonly PortfolioObjective[];
  readonly systems?: readonly PortfolioSystem[];
}

/**
 * One supplier's line of the portfolio: its request, its latest round and the one before (null
 * when it has fewer rounds), and its number of rounds. Structurally the core's
 * `PortfolioSupplier`, so `<aims-supplier-portfolio>` takes it as it is.
 */
export interface PortfolioEntry {
  readonly request: IntakeRequest;
  readonly latest: PortfolioRoundSummary | null;
  readonly previous: PortfolioRoundSummary | null;
  readonly rounds: number;
}

/** What a new response is stored with. */
export interface NewResponse {
  readonly requestId: string;
  readonly envelopeSha256: string;
  readonly submitted: unknown;
  readonly scorecard: Scorecard;
  readonly signed: boolean;
  readonly keyThumbprint: string | null;
  readonly evidenceFiles: number;
  /** Each requirement group's figure (`portfolioObjectivesOf` in the core). */
  readonly objectives: readonly PortfolioObjective[];
  /** The AI systems declared and their class (`portfolioSystemsOf` in the core). */
  readonly systems: readonly PortfolioSystem[];
}

const UTC_TIME = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const isoTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', ${UTC_TIME})`;

const REQUEST_COLUMNS = `
  r.id, r.supplier, r.definition_id, r.definition_version,
  to_char(r.due_date, 'YYYY-MM-DD') AS due_date, ${isoTime('r.created_at')} AS created_at`;

const SUMMARY_COLUMNS = `
  s.id, s.request_id, r.supplier, s.round, s.readiness, s.band, s.completion, s.signed,
  s.key_thumbprint, s.evidence_files, ${isoTime('s.received_at')} AS received_at,
  (SELECT count(*) FROM intake_reviews v WHERE v.response_id = s.id AND v.decision = 'follow-up')
    AS follow_ups`;

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

function requestOf(row: Row): IntakeRequest {
  return {
    id: String(row['id']),
    supplier: String(row['supplier']),
    definition: { id: String(row['definition_id']), version: String(row['definition_version']) },
    dueDate: text(row['due_date']),
    createdAt: String(row['created_at']),
  };
}

function summaryOf(row: Row): ResponseSummary {
  const readiness = row['readiness'];
  return {
    id: String(row['id']),
    requestId: String(row['request_id']),
    supplier: String(row['supplier']),
    round: Number(row['round']),
    readiness: readiness === null ? null : Number(readiness),
    band: text(row['band']),
    completion: Number(row['completion']),
    signed: Boolean(row['signed']),
    keyThumbprint: text(row['key_thumbprint']),
    evidenceFiles: Number(row['evidence_files']),
    receivedAt: String(row['received_at']),
    followUps: Number(row['follow_ups'] ?? 0),
  };
}

/** A JSON column's value: PostgreSQL drivers parse jsonb; text is parsed here for safety. */
const jsonOf = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** A listed round: the summary, with its groups' figures and systems where the row has them. */
function roundOf(row: Row): PortfolioRoundSummary {
  const objectives = row['objectives'];
  const systems = row['systems'];
  return {
    ...summaryOf(row),
    ...(objectives === null ? {} : { objectives: jsonOf(objectives) as PortfolioObjective[] }),
    ...(systems === null ? {} : { systems: jsonOf(systems) as PortfolioSystem[] }),
  };
}

export interface Repository {
  createRequest(request: IntakeRequest & { readonly tokenSha256: string }): Promise<IntakeRequest>;
  requestById(id: string): Promise<IntakeRequest | null>;
  requestByToken(tokenSha256: string): Promise<IntakeRequest | null>;
  listRequests(): Promise<IntakeRequest[]>;
  /**
   * Stores a response as the request's next round, or, when the same envelope was received for the
   * request before, returns that one (`duplicate: true`): resubmitting is idempotent.
   */
  addResponse(
    response: NewResponse,
    newId: () => string,
  ): Promise<{ readonly response: ResponseSummary; readonly duplicate: boolean }>;
  listResponses(filter?: { readonly requestId?: string }): Promise<ResponseSummary[]>;
  responseById(id: string): Promise<StoredResponse | null>;
  /** Records (or replaces) the reviewer's decision on each answer named. */
  recordReviews(
    responseId: string,
    reviews: readonly Omit<Review, 'decidedAt'>[],
  ): Promise<readonly Review[]>;
  /** Every request with its latest round and the one before (newest request first). */
  portfolio(): Promise<PortfolioEntry[]>;
  /** A setting of the server (null when unset). */
  setting(name: string): Promise<string | null>;
  /** Stores a setting of the server, replacing an earlier value. */
  saveSetting(name: string, value: string): Promise<void>;
  /** The reviewer's decisions on a response (empty when none, or no such response). */
  reviews(responseId: string): Promise<readonly Review[]>;
  /**
   * Stores a definition registered by the buyer, unless one is stored under its id and version
   * already: a stored definition is never replaced. Returns the stored one's digest, and whether
   * this call stored it.
   */
  saveDefinition(
    definition: RegisteredDefinition,
  ): Promise<{ readonly sha256: string; readonly created: boolean }>;
  /** A registered definition by id and version (null when none). */
  definition(id: string, version: string): Promise<RegisteredDefinition | null>;
  /** Every registered definition's id, version and title (oldest first). */
  listDefinitions(): Promise<DefinitionSummary[]>;
}

/** A definition the buyer registered, with the digest of its canonical JSON. */
export interface RegisteredDefinition {
  readonly definition: AssessmentDefinition;
  readonly sha256: string;
}

/** What the list of definitions shows of one. */
export interface DefinitionSummary {
  readonly id: string;
  readonly version: string;
  readonly title: AssessmentDefinition['title'];
  readonly createdAt: string;
}

export function createRepository(client: SqlClient): Repository {
  async function reviewsOf(database: SqlClient, responseId: string): Promise<Review[]> {
    const rows = await database.query(
      `SELECT question, decision, note, ${isoTime('decided_at')} AS decided_at
         FROM intake_reviews WHERE response_id = $1 ORDER BY question`,
      [responseId],
    );
    return rows.map((row) => ({
      question: String(row['question']),
      decision: row['decision'] as ReviewDecision,
      note: String(row['note']),
      decidedAt: String(row['decided_at']),
    }));
  }

  async function summaryById(database: SqlClient, id: string): Promise<ResponseSummary | null> {
    const rows = await database.query(
      `SELECT ${SUMMARY_COLUMNS} FROM intake_responses s
         JOIN intake_requests r ON r.id = s.request_id WHERE s.id = $1`,
      [id],
    );
    return rows[0] ? summaryOf(rows[0]) : null;
  }

  return {
    async createRequest(request) {
      const rows = await client.query(
        `INSERT INTO intake_requests
           (id, token_sha256, supplier, definition_id, definition_version, due_date)
         VALUES ($1, $2, $3, $4, $5, $6::date)
         RETURNING id, supplier, definition_id, definition_version,
           to_char(due_date, 'YYYY-MM-DD') AS due_date, ${isoTime('created_at')} AS created_at`,
        [
          request.id,
          request.tokenSha256,
          request.supplier,
          request.definition.id,
          request.definition.version,
          request.dueDate,
        ],
      );
      return requestOf(rows[0]!);
    },

    async requestById(id) {
      const rows = await client.query(
        `SELECT ${REQUEST_COLUMNS} FROM intake_requests r WHERE r.id = $1`,
        [id],
      );
      return rows[0] ? requestOf(rows[0]) : null;
    },

    async requestByToken(tokenSha256) {
      const rows = await client.query(
        `SELECT ${REQUEST_COLUMNS} FROM intake_requests r WHERE r.token_sha256 = $1`,
        [tokenSha256],
      );
      return rows[0] ? requestOf(rows[0]) : null;
    },

    async listRequests() {
      const rows = await client.query(
        `SELECT ${REQUEST_COLUMNS} FROM intake_requests r ORDER BY r.created_at DESC, r.id`,
      );
      return rows.map(requestOf);
    },

    addResponse(response, newId) {
      return client.transaction(async (database) => {
        const earlier = await database.query<{ id: string }>(
          'SELECT id FROM intake_responses WHERE request_id = $1 AND envelope_sha256 = $2',
          [response.requestId, response.envelopeSha256],
        );
        if (earlier[0]) {
          const summary = await summaryById(database, earlier[0].id);
          return { response: summary!, duplicate: true };
        }
        const rounds = await database.query<{ round: number | null }>(
          'SELECT max(round) AS round FROM intake_responses WHERE request_id = $1',
          [response.requestId],
        );
        const round = Number(rounds[0]?.round ?? 0) + 1;
        const id = newId();
        const overall = response.scorecard.overall;
        await database.query(
          `INSERT INTO intake_responses
             (id, request_id, round, envelope_sha256, submitted, scorecard, readiness, band,
              completion, signed, key_thumbprint, evidence_files, objectives, systems)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9, $10, $11, $12,
                   $13::jsonb, $14::jsonb)`,
          [
            id,
            response.requestId,
            round,
            response.envelopeSha256,
            JSON.stringify(response.submitted),
            JSON.stringify(response.scorecard),
            overall.readiness,
            overall.band,
            overall.completion,
            response.signed,
            response.keyThumbprint,
            response.evidenceFiles,
            JSON.stringify(response.objectives),
            JSON.stringify(response.systems),
          ],
        );
        const summary = await summaryById(database, id);
        return { response: summary!, duplicate: false };
      });
    },

    async listResponses(filter = {}) {
      const rows = filter.requestId
        ? await client.query(
            `SELECT ${SUMMARY_COLUMNS} FROM intake_responses s
               JOIN intake_requests r ON r.id = s.request_id
              WHERE s.request_id = $1 ORDER BY s.round DESC`,
            [filter.requestId],
          )
        : await client.query(
            `SELECT ${SUMMARY_COLUMNS} FROM intake_responses s
               JOIN intake_requests r ON r.id = s.request_id
              ORDER BY s.received_at DESC, s.id`,
          );
      return rows.map(summaryOf);
    },

    async responseById(id) {
      const rows = await client.query(
        `SELECT ${SUMMARY_COLUMNS}, s.envelope_sha256, s.submitted, s.scorecard
           FROM intake_responses s JOIN intake_requests r ON r.id = s.request_id WHERE s.id = $1`,
        [id],
      );
      const row = rows[0];
      if (!row) return null;
      return {
        ...summaryOf(row),
        envelopeSha256: String(row['envelope_sha256']),
        submitted: jsonOf(row['submitted']),
        scorecard: jsonOf(row['scorecard']) as Scorecard,
        reviews: await reviewsOf(client, id),
      };
    },

    recordReviews(responseId, reviews) {
      return client.transaction(async (database) => {
        for (const review of reviews) {
          await database.query(
            `INSERT INTO intake_reviews (response_id, question, decision, note)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (response_id, question)
             DO UPDATE SET decision = EXCLUDED.decision, note = EXCLUDED.note, decided_at = now()`,
            [responseId, review.question, review.decision, review.note],
          );
        }
        return reviewsOf(database, responseId);
      });
    },

    async portfolio() {
      const requests = await client.query(
        `SELECT ${REQUEST_COLUMNS} FROM intake_requests r ORDER BY r.created_at DESC, r.id`,
      );
      // One pass per table: the two newest rounds of each request (recency 1 and 2), its number
      // of rounds and their follow-ups (correlated subqueries per row made the listing
      // quadratic). Only the small columns are read, never submitted or scorecard.
      const newest = await client.query(
        `WITH ranked AS (
           SELECT id, request_id, round, readiness, band, completion, signed, key_thumbprint,
                  evidence_files, received_at, objectives, systems,
                  row_number() OVER (PARTITION BY request_id ORDER BY round DESC) AS recency,
                  count(*) OVER (PARTITION BY request_id) AS rounds
             FROM intake_responses
         ), follow_ups AS (
           SELECT response_id, count(*) AS follow_ups FROM intake_reviews
            WHERE decision = 'follow-up' GROUP BY response_id
         )
         SELECT s.id, s.request_id, r.supplier, s.round, s.readiness, s.band, s.completion,
                s.signed, s.key_thumbprint, s.evidence_files,
                ${isoTime('s.received_at')} AS received_at,
                coalesce(f.follow_ups, 0) AS follow_ups, s.objectives, s.systems, s.recency,
                s.rounds
           FROM ranked s
           JOIN intake_requests r ON r.id = s.request_id
           LEFT JOIN follow_ups f ON f.response_id = s.id
          WHERE s.recency <= 2`,
      );
      const latestOf = new Map<string, Row>();
      const previousOf = new Map<string, Row>();
      for (const row of newest) {
        const byRequest = Number(row['recency']) === 1 ? latestOf : previousOf;
        byRequest.set(String(row['request_id']), row);
      }
      return requests.map((row) => {
        const request = requestOf(row);
        const latest = latestOf.get(request.id);
        const previous = previousOf.get(request.id);
        return {
          request,
          latest: latest ? roundOf(latest) : null,
          previous: previous ? roundOf(previous) : null,
          rounds: latest ? Number(latest['rounds']) : 0,
        };
      });
    },

    async setting(name) {
      const rows = await client.query('SELECT value FROM intake_settings WHERE name = $1', [name]);
      return rows[0] ? String(rows[0]['value']) : null;
    },

    async saveSetting(name, value) {
      await client.query(
        `INSERT INTO intake_settings (name, value) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value`,
        [name, value],
      );
    },

    reviews(responseId) {
      return reviewsOf(client, responseId);
    },

    async saveDefinition({ definition, sha256 }) {
      const inserted = await client.query(
        `INSERT INTO intake_definitions (id, version, definition, sha256)
         VALUES ($1, $2, $3::jsonb, $4)
         ON CONFLICT (id, version) DO NOTHING RETURNING sha256`,
        [definition.id, definition.version, JSON.stringify(definition), sha256],
      );
      if (inserted[0]) return { sha256, created: true };
      const stored = await client.query(
        'SELECT sha256 FROM intake_definitions WHERE id = $1 AND version = $2',
        [definition.id, definition.version],
      );
      return { sha256: String(stored[0]?.['sha256']), created: false };
    },

    async definition(id, version) {
      const rows = await client.query(
        'SELECT definition, sha256 FROM intake_definitions WHERE id = $1 AND version = $2',
        [id, version],
      );
      const row = rows[0];
      if (!row) return null;
      return {
        definition: jsonOf(row['definition']) as AssessmentDefinition,
        sha256: String(row['sha256']),
      };
    },

    async listDefinitions() {
      const rows = await client.query(
        // The title inside an object: `jsonOf` would read a title that is a plain string as JSON
        // text.
        `SELECT id, version, jsonb_build_object('title', definition -> 'title') AS head,
                ${isoTime('created_at')} AS created_at
           FROM intake_definitions ORDER BY created_at, id, version`,
      );
      return rows.map((row) => ({
        id: String(row['id']),
        version: String(row['version']),
        title: (jsonOf(row['head']) as Pick<AssessmentDefinition, 'title'>).title,
        createdAt: String(row['created_at']),
      }));
    },
  };
}
