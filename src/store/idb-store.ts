/**
 * `openIndexedDbStore`: the browser's `AssessmentStore`, on IndexedDB with cross-tab notices over
 * BroadcastChannel (records and validation in records.ts). When IndexedDB cannot be opened (private modes,
 * a blocked upgrade, a newer schema from another page) operations reject with a `StorageError` and the next
 * operation tries to open it again.
 */
import { ResponseSchema, type AssessmentResponse } from '../model/response.js';
import { StorageError, type AssessmentStore } from '../session/store-types.js';
import type { StorageProblem } from '../session/types.js';
import { check, recordStore, type Run } from './records.js';
import { req, upgrade } from './migrate.js';
import { DB_VERSION, KEYS, NAMES } from './schema.js';

export interface IndexedDbStoreOptions {
  /** The database name (default `aimskit`); one per origin is enough, it holds many assessments. */
  readonly name?: string;
  /** The clock for record stamps (default: the system clock). */
  readonly now?: () => Date;
  /** Cross-tab notices (default true where BroadcastChannel exists). */
  readonly broadcast?: boolean;
}

function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const message = (e as Error)?.message || String(e);
  return (e as Error)?.name === 'QuotaExceededError'
    ? new StorageError(`The browser's storage is full (${message})`, 'quota', { cause: e })
    : new StorageError(`Saving in this browser failed: ${message}`, 'failed', { cause: e });
}

/** Opens (lazily, retrying after a failure) the aimskit database and returns a store over it. */
export async function openIndexedDbStore(
  options: IndexedDbStoreOptions = {},
): Promise<AssessmentStore> {
  const name = options.name ?? 'aimskit';
  const problems: StorageProblem[] = [];
  const watchers = new Map<string, Set<(r: AssessmentResponse) => void>>();
  let channel =
    options.broadcast !== false && typeof BroadcastChannel !== 'undefined'
      ? new BroadcastChannel(`aimskit:${name}`)
      : undefined;
  let pending: Promise<IDBDatabase> | undefined;

  const connect = async (): Promise<IDBDatabase> => {
    if (typeof indexedDB === 'undefined')
      throw new StorageError('IndexedDB is not available in this browser', 'unavailable');
    try {
      const r = indexedDB.open(name, DB_VERSION);
      r.onupgradeneeded = (e) => void upgrade(r.result, e.oldVersion, r.transaction!);
      let gaveUp = false;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const fail = (e: unknown) => {
          gaveUp = true;
          reject(e);
        };
        // If the open succeeds after we gave up on it, let the connection go.
        r.onsuccess = () => (gaveUp ? r.result.close() : resolve(r.result));
        r.onerror = () => fail(r.error);
        r.onblocked = () =>
          fail(new Error('another tab keeps an older version of the database open'));
      });
      // A newer version opening elsewhere: let it upgrade, reopen on the next operation.
      db.onversionchange = () => {
        db.close();
        pending = undefined;
      };
      db.onclose = () => {
        pending = undefined;
      };
      return db;
    } catch (e) {
      throw new StorageError(
        `The browser's database could not be opened: ${(e as Error)?.message ?? e}`,
        'unavailable',
        { cause: e },
      );
    }
  };
  const open = (): Promise<IDBDatabase> => {
    if (!pending) {
      const p = (pending = connect());
      p.catch(() => {
        if (pending === p) pending = undefined;
      });
    }
    return pending;
  };

  const run: Run = async (write, fn, scope = NAMES) => {
    const db = await open();
    try {
      const tx = db.transaction(scope, write ? 'readwrite' : 'readonly');
      const done = new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onabort = () => reject(tx.error);
      });
      done.catch(() => undefined);
      const out = await fn({
        get: (s, key) => req(tx.objectStore(s).get(key)),
        all: (s, id) =>
          req(
            id === undefined
              ? tx.objectStore(s).getAll()
              : tx.objectStore(s).index('by-assessment').getAll(id),
          ),
        put: (s, row, add) => req(tx.objectStore(s)[add ? 'add' : 'put'](row)),
        del: (s, id) =>
          req(
            tx
              .objectStore(s)
              .delete(typeof KEYS[s] === 'string' ? id : IDBKeyRange.bound([id], [id, []])),
          ),
        commit: () => tx.commit(),
      });
      await done;
      return out;
    } catch (e) {
      throw toStorageError(e);
    }
  };

  if (channel) {
    channel.onmessage = ({ data }: MessageEvent) => {
      const set = typeof data?.assessment === 'string' ? watchers.get(data.assessment) : undefined;
      const response = set?.size
        ? check(problems, ResponseSchema, data.response, `broadcast/${data.assessment}`)
        : undefined;
      if (response) for (const l of set!) l(response);
    };
  }

  const store = recordStore(
    run,
    options.now,
    problems,
    {
      watch(id, listener) {
        const set = watchers.get(id) ?? new Set();
        watchers.set(id, set.add(listener));
        return () => {
          set.delete(listener);
        };
      },
      close() {
        channel?.close();
        channel = undefined;
        void pending?.then(
          (db) => db.close(),
          () => undefined,
        );
        pending = undefined;
      },
    },
    (assessment, response) => channel?.postMessage({ assessment, response }),
  );
  // Open now so the first read is fast; a failure here is retried by the first operation.
  await open().catch(() => undefined);
  return store;
}
