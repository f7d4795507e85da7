/**
 * `createMemoryStore`: an `AssessmentStore` in plain Maps, for tests, servers and hosts that persist
 * elsewhere. Records are copied in and out (structured clone), so callers never share state with it;
 * evidence Blobs are immutable and kept as they are.
 */
import type { AssessmentResponse } from '../model/response.js';
import { StorageError, type AssessmentRecord, type AssessmentStore, type StoredEnvelope, type StoredEvidence } from '../session/store-types.js';

export function createMemoryStore(options: { now?: () => Date } = {}): AssessmentStore {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const records = new Map<string, AssessmentRecord>();
  const responses = new Map<string, AssessmentResponse>();
  const evidence = new Map<string, Map<string, StoredEvidence>>();
  const envelopes = new Map<string, StoredEnvelope[]>();
  const copy = <T>(v: T): T => structuredClone(v);
  const need = (id: string) => {
    const r = records.get(id);
    if (!r) throw new StorageError(`No assessment "${id}"`);
    return r;
  };
  const files = (id: string) => {
    let m = evidence.get(id);
    if (!m) evidence.set(id, (m = new Map()));
    return m;
  };
  return {
    list: async () => [...records.values()].map(copy),
    get: async (id) => (records.has(id) ? copy(records.get(id)) : undefined),
    async create(init) {
      const id = init.id ?? crypto.randomUUID();
      if (records.has(id)) throw new StorageError(`An assessment "${id}" already exists`);
      const stamp = now();
      const record: AssessmentRecord = { id, title: init.title, definition: { ...init.definition }, createdAt: stamp, updatedAt: stamp };
      records.set(id, record);
      if (init.response) responses.set(id, copy(init.response));
      return copy(record);
    },
    async rename(id, title) {
      records.set(id, { ...need(id), title, updatedAt: now() });
    },
    async duplicate(id, title) {
      const row = need(id);
      const stamp = now();
      const dup: AssessmentRecord = { ...row, id: crypto.randomUUID(), title: title ?? `${row.title} (copy)`, createdAt: stamp, updatedAt: stamp };
      records.set(dup.id, dup);
      const r = responses.get(id);
      if (r) responses.set(dup.id, copy(r));
      evidence.set(dup.id, new Map(files(id)));
      envelopes.set(dup.id, []);
      return copy(dup);
    },
    async delete(id) {
      records.delete(id);
      responses.delete(id);
      evidence.delete(id);
      envelopes.delete(id);
    },
    loadResponse: async (id) => (responses.has(id) ? copy(responses.get(id)) : undefined),
    async saveResponse(id, response) {
      responses.set(id, copy(response));
      const row = records.get(id);
      if (row) records.set(id, { ...row, updatedAt: now() });
    },
    async putEvidence(id, ev) {
      files(id).set(ev.ref.id, { ref: copy(ev.ref), blob: ev.blob });
    },
    getEvidence: async (id, evidenceId) => evidence.get(id)?.get(evidenceId),
    listEvidence: async (id) => [...files(id).values()],
    async putEnvelope(id, env) {
      envelopes.set(id, [...(envelopes.get(id) ?? []).filter((e) => e.createdAt !== env.createdAt), copy(env)]);
    },
    listEnvelopes: async (id) => (envelopes.get(id) ?? []).map(copy),
    takeProblems: () => [],
    close() {},
  };
}
