/**
 * The IndexedDB migrations.
 * Version 1 (aimskit 0.0, never released as such, kept as the plausible first layout): one store `drafts`,
 * keyed by definition id, each `{ definitionId, definitionVersion, title?, response, files, savedAt }` with
 * the evidence files inline (`files[evidenceId] = Blob`).
 * Version 2 (current): many assessments per origin, evidence and envelopes in their own stores.
 */
import { KEYS, NAMES, type Name } from './schema.js';

/** The promise of an IndexedDB request. */
export const req = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** Version 0 → 1: the first layout. Kept so that tests (and old pages) can build a version-1 database. */
export function createVersion1(db: IDBDatabase): void {
  db.createObjectStore('drafts', { keyPath: 'definitionId' });
}

type Draft = {
  definitionId?: unknown;
  definitionVersion?: unknown;
  title?: unknown;
  savedAt?: unknown;
  files?: Record<string, unknown>;
  response?: Record<string, unknown>;
};

/**
 * Runs every migration step from `oldVersion` up to `DB_VERSION`, in order (inside the open's upgrade transaction).
 * Version 1 → 2 makes one assessment per old draft (id = the definition id) and moves its files to `evidence`.
 */
export async function upgrade(
  db: IDBDatabase,
  oldVersion: number,
  tx: IDBTransaction,
): Promise<void> {
  for (const s of NAMES) {
    const store = db.createObjectStore(s, { keyPath: KEYS[s] });
    if (Array.isArray(KEYS[s])) store.createIndex('by-assessment', 'assessment');
  }
  if (oldVersion < 1 || !db.objectStoreNames.contains('drafts')) return;
  const put = (s: Name, row: object) => tx.objectStore(s).put(row);
  for (const d of (await req(tx.objectStore('drafts').getAll())) as Draft[]) {
    const id = d.definitionId,
      at = typeof d.savedAt === 'string' ? d.savedAt : new Date(0).toISOString();
    if (typeof id !== 'string') continue;
    const response = (d.response ?? {}) as {
      definition?: { version?: unknown };
      answers?: Record<string, { evidence?: { id: string }[] }>;
    };
    const version =
      typeof d.definitionVersion === 'string'
        ? d.definitionVersion
        : String(response.definition?.version ?? '');
    put('assessments', {
      id,
      title: typeof d.title === 'string' ? d.title : id,
      definition: { id, version },
      createdAt: at,
      updatedAt: at,
    });
    // Stored as found: reading validates it, so a bad old draft is reported rather than silently dropped here.
    put('responses', { assessment: id, response });
    for (const answer of Object.values(response.answers ?? {})) {
      for (const ref of answer?.evidence ?? []) {
        const blob = d.files?.[ref.id];
        if (blob instanceof Blob) put('evidence', { assessment: id, id: ref.id, ref, blob });
      }
    }
  }
  db.deleteObjectStore('drafts');
}
