/**
 * The IndexedDB migrations, one step per version, run in order inside the open's upgrade
 * transaction: a new database goes through every step, an old one through the steps it has not had
 * yet. Version 1: one store `drafts`, keyed by definition id, each `{ definitionId,
 * definitionVersion, title?, response, files, savedAt }` with the evidence files inline
 * (`files[evidenceId] = Blob`). Version 2 (current): many assessments per origin, evidence and
 * envelopes in their own stores.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import {
  BY_ASSESSMENT,
  KEY_PATHS,
  type AimsDatabase,
  type AimsDatabaseVersion1,
  type LegacyDraft,
} from './db-schema.js';
import type { EvidenceRef } from '../model/response.js';
import type { ResponseRow } from './schema.js';

/** What creating version 1 needs of a database: a raw `IDBDatabase` or idb's wrapper of one. */
interface CreatesStores {
  createObjectStore(name: string, options?: IDBObjectStoreParameters): unknown;
}

/**
 * Version 0 → 1: the first layout. Exported so that tests (and old pages) can build a version-1
 * database.
 */
export function createVersion1(db: CreatesStores): void {
  db.createObjectStore('drafts', { keyPath: 'definitionId' });
}

/**
 * The upgrade transaction, over the stores of both layouts (the drafts are read while moving them).
 */
type UpgradeTransaction = IDBPTransaction<
  AimsDatabase,
  StoreNames<AimsDatabase>[],
  'versionchange'
>;

/** The evidence references and the definition version an old draft's response may carry. */
interface LegacyResponse {
  definition?: { version?: unknown };
  answers?: Record<string, { evidence?: EvidenceRef[] } | undefined>;
}

/**
 * Version 1 → 2: creates the stores of version 2, makes one assessment per old draft (id = the
 * definition id), moves its files to `evidence`, and drops `drafts`.
 */
async function upgradeToVersion2(
  db: IDBPDatabase<AimsDatabase>,
  transaction: UpgradeTransaction,
): Promise<void> {
  db.createObjectStore('assessments', { keyPath: KEY_PATHS.assessments });
  db.createObjectStore('responses', { keyPath: KEY_PATHS.responses });
  const evidence = db.createObjectStore('evidence', { keyPath: [...KEY_PATHS.evidence] });
  evidence.createIndex(BY_ASSESSMENT, 'assessment');
  const envelopes = db.createObjectStore('envelopes', { keyPath: [...KEY_PATHS.envelopes] });
  envelopes.createIndex(BY_ASSESSMENT, 'assessment');
  // The stores of version 1 are not in the current layout: they are reached through its own schema.
  const version1 = db as unknown as IDBPDatabase<AimsDatabaseVersion1>;
  const version1Transaction = transaction as unknown as IDBPTransaction<
    AimsDatabaseVersion1,
    ['drafts'],
    'versionchange'
  >;
  const drafts = await version1Transaction.objectStore('drafts').getAll();
  await Promise.all(drafts.flatMap((draft) => moveDraft(draft, transaction)));
  version1.deleteObjectStore('drafts');
}

/**
 * Writes the assessment, response and evidence rows of one old draft (a draft without an id is
 * left); returns the writes.
 */
function moveDraft(draft: LegacyDraft, transaction: UpgradeTransaction): Promise<unknown>[] {
  const id = draft.definitionId;
  if (typeof id !== 'string') return [];
  const savedAt = typeof draft.savedAt === 'string' ? draft.savedAt : new Date(0).toISOString();
  const response = (draft.response ?? {}) as LegacyResponse;
  const version =
    typeof draft.definitionVersion === 'string'
      ? draft.definitionVersion
      : String(response.definition?.version ?? '');
  const writes: Promise<unknown>[] = [];
  // A write that throws at once (a value that cannot be a key) fails like one that fails later, so
  // the upgrade hears every write, and none is left unhandled once it aborts.
  const write = (request: () => Promise<unknown>) => {
    try {
      writes.push(request());
    } catch (error) {
      writes.push(Promise.reject(error));
    }
  };
  write(() =>
    transaction.objectStore('assessments').put({
      id,
      title: typeof draft.title === 'string' ? draft.title : id,
      definition: { id, version },
      createdAt: savedAt,
      updatedAt: savedAt,
    }),
  );
  // Stored as found: reading validates it, so a bad old draft is reported rather than silently
  // dropped here.
  const storedResponse = response as unknown as ResponseRow['response'];
  write(() =>
    transaction.objectStore('responses').put({ assessment: id, response: storedResponse }),
  );
  for (const answer of Object.values(response.answers ?? {})) {
    for (const ref of answer?.evidence ?? []) {
      const blob = draft.files?.[ref.id];
      if (blob instanceof Blob) {
        const row = { assessment: id, id: ref.id, ref, blob };
        write(() => transaction.objectStore('evidence').put(row));
      }
    }
  }
  return writes;
}

/**
 * Runs every migration step from `oldVersion` up to the current version, in order. A step that
 * fails aborts the upgrade, so the open fails and the database stays as it was.
 */
export async function upgrade(
  db: IDBPDatabase<AimsDatabase>,
  oldVersion: number,
  transaction: UpgradeTransaction,
): Promise<void> {
  // An aborted upgrade is reported by the open itself (it fails with the abort's error).
  transaction.done.catch(() => undefined);
  try {
    if (oldVersion < 1) createVersion1(db);
    if (oldVersion < 2) await upgradeToVersion2(db, transaction);
  } catch {
    abortUnlessAborted(transaction);
  }
}

/**
 * Aborts `transaction`; a failed request has usually aborted it already, which `abort()` refuses.
 */
function abortUnlessAborted(transaction: UpgradeTransaction): void {
  try {
    transaction.abort();
  } catch {
    // Already aborted: nothing left to undo.
  }
}
