/** Shared by the store tests: a small definition, fresh database names, direct IndexedDB access. */
import { wrap, type IDBPDatabase } from 'idb';
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

/**
 * Opens a database with the raw API at `version`, running `onUpgrade` (on the raw database) when it
 * is created or raised; the open is awaited through idb.
 */
export async function rawOpen(
  name: string,
  version?: number,
  onUpgrade?: (db: IDBDatabase, transaction: IDBTransaction, oldVersion: number) => void,
): Promise<IDBPDatabase> {
  const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
  request.onupgradeneeded = (event) =>
    onUpgrade?.(request.result, request.transaction!, event.oldVersion);
  const db = await wrap(request);
  if (!db) throw new Error(`${name} did not open`);
  return db;
}

/** Writes rows into a store directly, past the store's validation. */
export async function rawPut(db: IDBPDatabase, store: string, rows: unknown[]): Promise<void> {
  const transaction = db.transaction(store, 'readwrite');
  await Promise.all([...rows.map((row) => transaction.store.put(row)), transaction.done]);
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
