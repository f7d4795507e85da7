/**
 * `createMemoryStore`: an `AssessmentStore` in plain Maps, for tests, servers and hosts that persist
 * elsewhere. Rows are copied in and out (structured clone), so callers never share state with it;
 * evidence Blobs are immutable and kept as they are.
 */
import { StorageError, type AssessmentStore } from '../session/store-types.js';
import { recordStore, type Tx } from './records.js';
import { KEYS, type Name } from './schema.js';

export function createMemoryStore(options: { now?: () => Date } = {}): AssessmentStore {
  const tables = new Map<Name, Map<string, any>>();
  const table = (s: Name) => tables.get(s) ?? tables.set(s, new Map()).get(s)!;
  const clone = ({ blob, ...row }: any) =>
    blob ? { ...structuredClone(row), blob } : structuredClone(row);
  const keyOf = (s: Name, row: any) => {
    const path = KEYS[s];
    return JSON.stringify(typeof path === 'string' ? row[path] : path.map((p) => row[p]));
  };
  const t: Tx = {
    get: async (s, key) => {
      const row = table(s).get(JSON.stringify(key));
      return row && clone(row);
    },
    all: async (s, id) =>
      [...table(s).values()].filter((r) => id === undefined || r.assessment === id).map(clone),
    put: async (s, row, add) => {
      const key = keyOf(s, row);
      if (add && table(s).has(key)) throw new StorageError(`${s} ${key} already exists`);
      table(s).set(key, clone(row));
    },
    del: async (s, id) => {
      for (const [key, r] of table(s)) if ((r.assessment ?? r.id) === id) table(s).delete(key);
    },
    commit() {},
  };
  return recordStore((_, fn) => fn(t), options.now);
}
