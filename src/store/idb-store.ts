/**
 * `openIndexedDbStore`: the browser's `AssessmentStore`, on IndexedDB through idb (the typed layout
 * in db-schema.ts, the migrations in migrate.ts) with cross-tab notices over BroadcastChannel
 * (records and validation in records.ts). When IndexedDB cannot be opened (private modes, a blocked
 * upgrade, a newer schema from another page) operations reject with a `StorageError` and the next
 * operation tries to open it again.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { ResponseSchema, type AssessmentResponse } from '../model/response.js';
import { StorageError, type AssessmentStore } from '../session/store-types.js';
import type { StorageProblem } from '../session/types.js';
import { check, recordStore, type Run, type Tx } from './records.js';
import { upgrade } from './migrate.js';
import {
  BY_ASSESSMENT,
  DB_VERSION,
  KEY_PATHS,
  STORE_NAMES,
  type AimsDatabase,
  type StoreName,
} from './db-schema.js';

export interface IndexedDbStoreOptions {
  /** The database name (default `aimskit`); one per origin is enough, it holds many assessments. */
  readonly name?: string;
  /** The clock for record stamps (default: the system clock). */
  readonly now?: () => Date;
  /** Cross-tab notices (default true where BroadcastChannel exists). */
  readonly broadcast?: boolean;
}

type Database = IDBPDatabase<AimsDatabase>;
type Transaction = IDBPTransaction<AimsDatabase, StoreName[], 'readwrite'>;
type ResponseListener = (response: AssessmentResponse) => void;

/** What an error says (a DOMException from another realm too). */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return (typeof message === 'string' && message) || String(error);
}

function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const message = messageOf(error);
  if ((error as { name?: unknown } | null)?.name === 'QuotaExceededError')
    return new StorageError(`The browser's storage is full (${message})`, 'quota', {
      cause: error,
    });
  return new StorageError(`Saving in this browser failed: ${message}`, 'failed', { cause: error });
}

/** The requests of `transaction`, as the record layer asks for them. */
function requestsOf(transaction: Transaction): Tx {
  return {
    get: (storeName, key) => transaction.objectStore(storeName).get(key),
    all: (storeName) => transaction.objectStore(storeName).getAll(),
    allOf: (storeName, assessment) =>
      transaction.objectStore(storeName).index(BY_ASSESSMENT).getAll(IDBKeyRange.only(assessment)),
    put: (storeName, row, add) => {
      const store = transaction.objectStore(storeName);
      return add ? store.add(row) : store.put(row);
    },
    del: (storeName, assessment) => {
      const store = transaction.objectStore(storeName);
      // A compound key starts with the assessment: every key from [id] up to [id, []] is the
      // assessment's.
      const owned =
        typeof KEY_PATHS[storeName] === 'string'
          ? assessment
          : IDBKeyRange.bound([assessment], [assessment, []]);
      return store.delete(owned);
    },
    commit: () => transaction.commit(),
  };
}

/** A message of the cross-tab channel: an assessment's response, saved in another tab. */
interface SavedNotice {
  assessment: string;
  response: unknown;
}
const isSavedNotice = (data: unknown): data is SavedNotice =>
  typeof data === 'object' &&
  data !== null &&
  typeof (data as { assessment?: unknown }).assessment === 'string';

/** Opens (lazily, retrying after a failure) the aimskit database and returns a store over it. */
export async function openIndexedDbStore(
  options: IndexedDbStoreOptions = {},
): Promise<AssessmentStore> {
  const name = options.name ?? 'aimskit';
  const problems: StorageProblem[] = [];
  const watchers = new Map<string, Set<ResponseListener>>();
  let channel =
    options.broadcast !== false && typeof BroadcastChannel !== 'undefined'
      ? new BroadcastChannel(`aimskit:${name}`)
      : undefined;
  let pending: Promise<Database> | undefined;
  const forget = () => {
    pending = undefined;
  };

  /**
   * An open that another tab's older connection holds up: operations fail at once while it waits,
   * and the first one after it went through takes its connection.
   */
  let held: { opening: Promise<Database>; settled: boolean } | undefined;
  const blockedError = () => new Error('another tab keeps an older version of the database open');

  const startOpen = (): Promise<Database> => {
    // Rejected when the upgrade is blocked: the operation fails now instead of waiting for the tab.
    let rejectBlocked: (error: Error) => void = () => undefined;
    const blocked = new Promise<never>((_resolve, reject) => {
      rejectBlocked = reject;
    });
    const opening = openDB<AimsDatabase>(name, DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, transaction) =>
        void upgrade(db, oldVersion, transaction),
      blocked: () => {
        const waiting = { opening, settled: false };
        const settle = () => {
          waiting.settled = true;
        };
        opening.then(settle, settle);
        held = waiting;
        rejectBlocked(blockedError());
      },
      // A newer version opening elsewhere: let it upgrade, reopen on the next operation.
      blocking: () => {
        void opening.then((db) => db.close());
        if (held?.opening === opening) held = undefined;
        forget();
      },
      terminated: forget,
    });
    return Promise.race([opening, blocked]);
  };

  const connect = async (): Promise<Database> => {
    if (typeof indexedDB === 'undefined')
      throw new StorageError('IndexedDB is not available in this browser', 'unavailable');
    try {
      if (!held) return await startOpen();
      if (!held.settled) throw blockedError();
      const { opening } = held;
      held = undefined;
      return await opening;
    } catch (error) {
      throw new StorageError(
        `The browser's database could not be opened: ${messageOf(error)}`,
        'unavailable',
        { cause: error },
      );
    }
  };
  const open = (): Promise<Database> => {
    if (pending) return pending;
    const connecting = connect();
    pending = connecting;
    connecting.catch(() => {
      if (pending === connecting) forget();
    });
    return connecting;
  };

  const run: Run = async (write, work, scope = STORE_NAMES) => {
    const db = await open();
    try {
      // Typed as a write transaction: the record layer writes only in those it runs with `write` (a
      // write in a read-only one would fail as IndexedDB's ReadOnlyError).
      const mode = write ? 'readwrite' : 'readonly';
      const transaction = db.transaction(scope, mode) as Transaction;
      // Heard below, after the work; a failed request aborts the transaction before that.
      transaction.done.catch(() => undefined);
      const result = await work(requestsOf(transaction));
      await transaction.done;
      return result;
    } catch (error) {
      throw toStorageError(error);
    }
  };

  if (channel) {
    channel.onmessage = ({ data }: MessageEvent<unknown>) => {
      if (!isSavedNotice(data)) return;
      const listeners = watchers.get(data.assessment);
      if (!listeners?.size) return;
      const key = `broadcast/${data.assessment}`;
      const response = check(problems, ResponseSchema, data.response, key);
      if (response) for (const listener of listeners) listener(response);
    };
  }

  const store = recordStore(
    run,
    options.now,
    problems,
    {
      watch(id, listener) {
        const listeners = watchers.get(id) ?? new Set();
        watchers.set(id, listeners.add(listener));
        return () => {
          listeners.delete(listener);
        };
      },
      close() {
        channel?.close();
        channel = undefined;
        for (const connection of [pending, held?.opening]) {
          void connection?.then(
            (db) => db.close(),
            () => undefined,
          );
        }
        held = undefined;
        forget();
      },
    },
    (assessment, response) => channel?.postMessage({ assessment, response }),
  );
  // Open now so the first read is fast; a failure here is retried by the first operation.
  await open().catch(() => undefined);
  return store;
}
