/** Shared by the store tests: a small definition, fresh database names, raw IndexedDB helpers. */
import { parseDefinition } from '../../src/model/parse.js';

export const definition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'store-demo',
  version: '1.0.0',
  title: 'Store demo',
  scales: [
    {
      id: 'm',
      options: [
        { id: '0', label: 'None', value: 0 },
        { id: '1', label: 'Some', value: 0.5 },
        { id: '2', label: 'Full', value: 1 },
        { id: 'na', label: 'N/A', na: true },
      ],
    },
  ],
  requirements: [{ id: 'A.1', title: 'Control one', kind: 'control', group: 'A' }],
  sections: [
    {
      id: 's1',
      title: 'One',
      questions: [
        { id: 'q1', type: 'scale', scale: 'm', text: 'Q1', requirement: 'A.1' },
        { id: 'q2', type: 'scale', scale: 'm', text: 'Q2' },
        { id: 'q3', type: 'scale', scale: 'm', text: 'Q3' },
        { id: 'notes', type: 'text', text: 'Notes' },
      ],
    },
  ],
});

let n = 0;
/** A database name no other test uses. */
export const freshName = (what: string) =>
  `aimskit-test-${what}-${Date.now()}-${n++}-${Math.random().toString(36).slice(2, 8)}`;

/** Promise of an IDBRequest. */
export const req = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** Opens a database with raw IndexedDB at `version`, running `onUpgrade` when it is created or raised. */
export function rawOpen(
  name: string,
  version?: number,
  onUpgrade?: (db: IDBDatabase, tx: IDBTransaction, old: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    r.onupgradeneeded = (e) => onUpgrade?.(r.result, r.transaction!, e.oldVersion);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Writes rows into a store with raw IndexedDB. */
export async function rawPut(db: IDBDatabase, store: string, rows: unknown[]): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  for (const row of rows) tx.objectStore(store).put(row);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Waits until `check` returns truthy (polling), or fails after `ms`. */
export async function until<T>(
  check: () => T | Promise<T>,
  ms = 3000,
  what = 'condition',
): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const bytes = (blob: Blob) => blob.arrayBuffer().then((b) => Array.from(new Uint8Array(b)));
