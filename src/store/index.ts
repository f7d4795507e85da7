/** `aimskit/store`: persistence in the browser (IndexedDB) and in memory. */
export { openIndexedDbStore, type IndexedDbStoreOptions } from './idb-store.js';
export { createMemoryStore } from './memory-store.js';
export { flushOnPageHide } from './lifecycle.js';
export { DB_VERSION } from './db-schema.js';
export { createVersion1 } from './migrate.js';
export {
  StorageError,
  type AssessmentStore,
  type AssessmentRecord,
  type StoredEvidence,
  type StoredEnvelope,
} from '../session/store-types.js';
