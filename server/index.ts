/**
 * `aimskit/server`: the buyer's intake. A Fetch API handler (`createIntakeHandler`), its repository
 * on PostgreSQL or the embedded PGlite (`openDatabase`, `migrate`, `createRepository`), and a
 * `node:http` server (`startIntakeServer`). Node 20 or later; no browser parts. docs/server.md.
 */
export {
  openDatabase,
  openPglite,
  openPostgres,
  type Database,
  type SqlClient,
  type Row,
} from './database.js';
export {
  MIGRATIONS,
  LATEST_VERSION,
  migrate,
  schemaVersion,
  type Migration,
} from './migrations.js';
export {
  createRepository,
  type Repository,
  type IntakeRequest,
  type ResponseSummary,
  type StoredResponse,
  type Review,
  type ReviewDecision,
  type PortfolioEntry,
  type PortfolioRoundSummary,
  type NewResponse,
} from './repository.js';
export {
  createIntakeHandler,
  portfolioCsv,
  DEFAULT_MAX_BYTES,
  type IntakeHandler,
  type IntakeOptions,
} from './handler.js';
export {
  startIntakeServer,
  toNodeListener,
  toRequest,
  sendResponse,
  type StartOptions,
  type StartedIntake,
} from './node.js';
