/**
 * `openIndexedDbStore`: the browser's `AssessmentStore`, on IndexedDB (through idb) with cross-tab
 * notices over BroadcastChannel. Every record read is validated; a bad one is reported and skipped.
 * When IndexedDB cannot be opened (private modes, a blocked upgrade, a newer schema from another page)
 * operations reject with a `StorageError` and the next operation tries to open it again.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { validate, type Infer, type Schema } from '../model/schema-kit.js';
import { ResponseSchema, type AssessmentResponse } from '../model/response.js';
import { StorageError, type AssessmentRecord, type AssessmentStore, type StoredEnvelope, type StoredEvidence } from '../session/store-types.js';
import type { StorageProblem } from '../session/types.js';
import {
  AssessmentRecordSchema, DB_VERSION, EnvelopeRowSchema, EvidenceRowSchema, ResponseRowSchema, upgrade, type AimsDB,
} from './schema.js';

export interface IndexedDbStoreOptions {
  /** The database name (default `aimskit`); one per origin is enough, it holds many assessments. */
  readonly name?: string;
  /** The clock for record stamps (default: the system clock). */
  readonly now?: () => Date;
  /** Cross-tab notices (default true where BroadcastChannel exists). */
  readonly broadcast?: boolean;
}

type Db = IDBPDatabase<AimsDB>;

function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = (e as { name?: string })?.name;
  const message = (e as Error)?.message || String(e);
  if (name === 'QuotaExceededError') return new StorageError(`The browser's storage is full (${message})`, 'quota', { cause: e });
  return new StorageError(`Saving in this browser failed: ${message}`, 'failed', { cause: e });
}

/** Opens (lazily, retrying after a failure) the aimskit database and returns a store over it. */
export async function openIndexedDbStore(options: IndexedDbStoreOptions = {}): Promise<AssessmentStore> {
  const name = options.name ?? 'aimskit';
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  let pending: Promise<Db> | undefined;
  let problems: StorageProblem[] = [];
  const watchers = new Map<string, Set<(r: AssessmentResponse) => void>>();
  const channel = options.broadcast !== false && typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(`aimskit:${name}`) : undefined;
  let closed = false;

  const open = (): Promise<Db> => {
    if (!pending) {
      const attempt = (async () => {
        if (typeof indexedDB === 'undefined') throw new StorageError('IndexedDB is not available in this browser', 'unavailable');
        try {
          let onBlocked: (e: Error) => void = () => undefined;
          const blocked = new Promise<never>((_, reject) => { onBlocked = reject; });
          let gaveUp = false;
          const opening = openDB<AimsDB>(name, DB_VERSION, {
            upgrade: (db, oldVersion, _newVersion, tx) => { void upgrade(db, oldVersion, tx); },
            blocked: () => onBlocked(new Error('another tab keeps an older version of the database open')),
            blocking: () => { void opening.then((db) => db.close()); pending = undefined; },
            terminated: () => { pending = undefined; },
          });
          // If the open succeeds after we gave up on it, let the connection go.
          void opening.then((db) => { if (gaveUp) db.close(); }, () => undefined);
          return await Promise.race([opening, blocked]).catch((e: unknown) => { gaveUp = true; throw e; });
        } catch (e) {
          throw new StorageError(`The browser's database could not be opened: ${(e as Error)?.message ?? e}`, 'unavailable', { cause: e });
        }
      })();
      pending = attempt;
      attempt.catch(() => { if (pending === attempt) pending = undefined; });
    }
    return pending;
  };

  const run = async <T>(fn: (db: Db) => Promise<T>): Promise<T> => {
    const db = await open();
    try {
      return await fn(db);
    } catch (e) {
      throw toStorageError(e);
    }
  };

  /** Validates one record; reports and drops it when it does not fit. */
  const valid = <S extends Schema>(schema: S, value: unknown, key: string): Infer<S> | undefined => {
    const issues = validate(schema, value);
    if (!issues.length) return value as Infer<S>;
    problems.push({ key, message: issues.slice(0, 3).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ') });
    return undefined;
  };
  const validAll = <S extends Schema>(schema: S, rows: unknown[], keyOf: (row: Record<string, unknown>, i: number) => string): Infer<S>[] =>
    rows.flatMap((row, i) => {
      const v = valid(schema, row, keyOf((row ?? {}) as Record<string, unknown>, i));
      return v === undefined ? [] : [v];
    });

  /**
   * A damaged response row loses only its damaged pieces: each answer, risk, SoA decision and review that does not
   * fit its schema is reported (with the row's key and the piece's path) and left out; the rest is kept.
   */
  const salvage = (row: unknown, key: string): unknown => {
    const r = (row as { response?: unknown } | null)?.response;
    if (!r || typeof r !== 'object' || !validate(ResponseRowSchema, row).length) return row;
    const out: Record<string, unknown> = { ...r };
    for (const f of ['answers', 'risks', 'soa', 'review'] as const) {
      const v = out[f], item = ResponseSchema.p[f].i!;
      if (!v || typeof v !== 'object') continue;
      const ok = (x: unknown, at: PropertyKey) => {
        const issues = validate(item, x, ['response', f, at]);
        if (issues.length) problems.push({ key, message: issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ') });
        return !issues.length;
      };
      out[f] = Array.isArray(v) ? v.filter(ok) : Object.fromEntries(Object.entries(v).filter(([k, x]) => ok(x, k)));
    }
    return { ...(row as object), response: out };
  };

  const evidenceOf = (db: Db, id: string) => db.getAllFromIndex('evidence', 'by-assessment', id);

  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const data = event.data as { assessment?: unknown; response?: unknown } | null;
      if (!data || typeof data.assessment !== 'string') return;
      const set = watchers.get(data.assessment);
      if (!set?.size) return;
      const response = valid(ResponseSchema, data.response, `broadcast/${data.assessment}`);
      if (response) for (const l of set) l(response);
    };
  }

  const store: AssessmentStore = {
    list: () => run(async (db) => validAll(AssessmentRecordSchema, await db.getAll('assessments'), (r, i) => `assessments/${String(r.id ?? i)}`)),
    get: (id) => run(async (db) => {
      const row = await db.get('assessments', id);
      return row === undefined ? undefined : valid(AssessmentRecordSchema, row, `assessments/${id}`);
    }),
    create: (init) => run(async (db) => {
      const stamp = now();
      const record: AssessmentRecord = { id: init.id ?? crypto.randomUUID(), title: init.title, definition: { ...init.definition }, createdAt: stamp, updatedAt: stamp };
      const tx = db.transaction(['assessments', 'responses'], 'readwrite');
      tx.done.catch(() => undefined);
      await tx.objectStore('assessments').add(record);
      if (init.response) await tx.objectStore('responses').put({ assessment: record.id, response: init.response });
      await tx.done;
      return record;
    }),
    rename: (id, title) => run(async (db) => {
      const tx = db.transaction('assessments', 'readwrite');
      const row = await tx.store.get(id);
      if (!row) throw new StorageError(`No assessment "${id}"`);
      await tx.store.put({ ...row, title, updatedAt: now() });
      await tx.done;
    }),
    duplicate: (id, title) => run(async (db) => {
      const tx = db.transaction(['assessments', 'responses', 'evidence'], 'readwrite');
      tx.done.catch(() => undefined);
      const row = valid(AssessmentRecordSchema, await tx.objectStore('assessments').get(id), `assessments/${id}`);
      if (!row) throw new StorageError(`No assessment "${id}"`);
      const stamp = now();
      const copy: AssessmentRecord = { ...row, id: crypto.randomUUID(), title: title ?? `${row.title} (copy)`, createdAt: stamp, updatedAt: stamp };
      await tx.objectStore('assessments').add(copy);
      const response = await tx.objectStore('responses').get(id);
      if (response) await tx.objectStore('responses').put({ ...response, assessment: copy.id });
      for (const ev of await tx.objectStore('evidence').index('by-assessment').getAll(id)) {
        await tx.objectStore('evidence').put({ ...ev, assessment: copy.id });
      }
      await tx.done;
      return copy;
    }),
    delete: (id) => run(async (db) => {
      const tx = db.transaction(['assessments', 'responses', 'evidence', 'envelopes'], 'readwrite');
      await tx.objectStore('assessments').delete(id);
      await tx.objectStore('responses').delete(id);
      for (const s of ['evidence', 'envelopes'] as const) {
        for (const key of await tx.objectStore(s).index('by-assessment').getAllKeys(id)) await tx.objectStore(s).delete(key);
      }
      await tx.done;
    }),
    loadResponse: (id) => run(async (db) => {
      const row = await db.get('responses', id);
      return row === undefined ? undefined : valid(ResponseRowSchema, salvage(row, `responses/${id}`), `responses/${id}`)?.response;
    }),
    saveResponse: (id, response) => run(async (db) => {
      // The response first, in a transaction committed at once: a save started as the page goes away
      // (pagehide) cannot wait for a read to come back before the page is gone.
      const tx = db.transaction('responses', 'readwrite');
      const put = tx.store.put({ assessment: id, response });
      tx.commit();
      await Promise.all([put, tx.done]);
      const tx2 = db.transaction('assessments', 'readwrite');
      const row = await tx2.store.get(id);
      if (row) await tx2.store.put({ ...row, updatedAt: now() });
      await tx2.done;
      if (channel && !closed) channel.postMessage({ assessment: id, response });
    }),
    putEvidence: (id, ev) => run(async (db) => { await db.put('evidence', { assessment: id, id: ev.ref.id, ref: ev.ref, blob: ev.blob }); }),
    getEvidence: (id, evidenceId) => run(async (db) => {
      const row = await db.get('evidence', [id, evidenceId]);
      const v = row === undefined ? undefined : valid(EvidenceRowSchema, row, `evidence/${id}/${evidenceId}`);
      return v && ({ ref: v.ref, blob: v.blob } satisfies StoredEvidence);
    }),
    listEvidence: (id) => run(async (db) =>
      validAll(EvidenceRowSchema, await evidenceOf(db, id), (r, i) => `evidence/${id}/${String(r.id ?? i)}`).map((v) => ({ ref: v.ref, blob: v.blob }))),
    putEnvelope: (id, env) => run(async (db) => { await db.put('envelopes', { assessment: id, createdAt: env.createdAt, envelope: env.envelope }); }),
    listEnvelopes: (id) => run(async (db) =>
      validAll(EnvelopeRowSchema, await db.getAllFromIndex('envelopes', 'by-assessment', id), (r, i) => `envelopes/${id}/${String(r.createdAt ?? i)}`)
        .map((v): StoredEnvelope => ({ createdAt: v.createdAt, envelope: v.envelope }))),
    takeProblems() {
      const out = problems;
      problems = [];
      return out;
    },
    watch(id, listener) {
      let set = watchers.get(id);
      if (!set) watchers.set(id, (set = new Set()));
      set.add(listener);
      return () => { set.delete(listener); };
    },
    close() {
      closed = true;
      channel?.close();
      void pending?.then((db) => db.close(), () => undefined);
      pending = undefined;
    },
  };
  // Open now so the first read is fast; a failure here is retried by the first operation.
  await open().catch(() => undefined);
  return store;
}
