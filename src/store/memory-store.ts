/**
 * `createMemoryStore`: an `AssessmentStore` in plain Maps, for tests, servers and hosts that
 * persist elsewhere. Rows are copied in and out (structured clone), so callers never share state
 * with it; evidence Blobs are immutable and kept as they are.
 */
import { StorageError, type AssessmentStore } from '../session/store-types.js';
import { recordStore, type Tx } from './records.js';
import { KEY_PATHS, type RowOf, type StoreName } from './db-schema.js';

/** Each store's rows, by their key (as JSON). */
type Tables = { [Name in StoreName]: Map<string, RowOf<Name>> };

/** A copy of `row` that shares nothing with it but its Blob (immutable). */
function copyOf<Row extends object>(row: Row): Row {
  if (!('blob' in row)) return structuredClone(row);
  const { blob, ...rest } = row;
  return { ...structuredClone(rest), blob } as Row;
}

/** The key of `row` in `storeName`, as JSON: what `get` is asked for, stringified the same way. */
function keyOf<Name extends StoreName>(storeName: Name, row: RowOf<Name>): string {
  const keyPath: string | readonly string[] = KEY_PATHS[storeName];
  const fields: Readonly<Record<string, unknown>> = row;
  const key = typeof keyPath === 'string' ? fields[keyPath] : keyPath.map((field) => fields[field]);
  return JSON.stringify(key);
}

/** The assessment a row belongs to: its `assessment` field, or the id of an assessment row. */
const ownerOf = (row: RowOf<StoreName>): string => ('assessment' in row ? row.assessment : row.id);

export function createMemoryStore(options: { now?: () => Date } = {}): AssessmentStore {
  const tables: Tables = {
    assessments: new Map(),
    responses: new Map(),
    evidence: new Map(),
    envelopes: new Map(),
  };
  const table = <Name extends StoreName>(storeName: Name): Tables[Name] => tables[storeName];
  const rowsOf = <Name extends StoreName>(storeName: Name): RowOf<Name>[] => [
    ...table(storeName).values(),
  ];
  const transaction: Tx = {
    get: async (storeName, key) => {
      const row = table(storeName).get(JSON.stringify(key));
      return row && copyOf(row);
    },
    all: async (storeName) => rowsOf(storeName).map(copyOf),
    allOf: async (storeName, assessment) =>
      rowsOf(storeName)
        .filter((row) => row.assessment === assessment)
        .map(copyOf),
    put: async (storeName, row, add) => {
      const key = keyOf(storeName, row);
      const rows = table(storeName);
      if (add && rows.has(key)) throw new StorageError(`${storeName} ${key} already exists`);
      rows.set(key, copyOf(row));
    },
    del: async (storeName, assessment) => {
      const rows: Map<string, RowOf<StoreName>> = table(storeName);
      for (const [key, row] of rows) if (ownerOf(row) === assessment) rows.delete(key);
    },
    commit() {},
  };
  return recordStore((_write, work) => work(transaction), options.now);
}
