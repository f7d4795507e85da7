/**
 * The record layer both stores share: keys, stamps, validation of every record read (a bad one is reported in
 * `takeProblems()` and skipped; a damaged response loses only its damaged pieces), and list, create, rename,
 * duplicate and delete. A backend only runs a transaction over its tables (`Run`).
 */
import { validate } from '../model/issues.js';
import type { z } from '../model/zod.js';
import { AnswerSchema, ReviewSchema, RiskSchema, SoaDecisionSchema } from '../model/response.js';
import {
  StorageError,
  type AssessmentRecord,
  type AssessmentStore,
} from '../session/store-types.js';
import type { StorageProblem } from '../session/types.js';
import {
  AssessmentRecordSchema,
  EnvelopeRowSchema,
  EvidenceRowSchema,
  NAMES,
  ResponseRowSchema,
  type Name,
} from './schema.js';

/** A row schema, and the row it reads. */
type Schema = z.core.$ZodType;
type Infer<S extends Schema> = z.infer<S>;

/** One transaction's requests. `all` lists a table, or an assessment's rows in it; `del` drops what an assessment owns in it. */
export interface Tx {
  get(s: Name, key: string | string[]): Promise<any>;
  all(s: Name, assessment?: string): Promise<any[]>;
  put(s: Name, row: object, add?: boolean): Promise<unknown>;
  del(s: Name, assessment: string): Promise<unknown>;
  /** Commits now, without waiting for more requests (IndexedDB). */
  commit(): void;
}
/**
 * Runs `fn` in one transaction over `scope` (default: every table). A write that must not wait names only its
 * table: a transaction waits for every earlier one that writes to a table it shares.
 */
export type Run = <T>(write: boolean, fn: (t: Tx) => Promise<T>, scope?: Name[]) => Promise<T>;

/** Returns `value` when it fits `schema`, else reports it under `key` (at most three problems) and returns undefined. */
export function check<S extends Schema>(
  problems: StorageProblem[],
  schema: S,
  value: unknown,
  key: string,
  path?: PropertyKey[],
): Infer<S> | undefined {
  const issues = validate(schema, value, path);
  if (!issues.length) return value as Infer<S>;
  problems.push({
    key,
    message: issues
      .slice(0, 3)
      .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
      .join('; '),
  });
}

/** The schema of one piece of each salvaged part of a response. */
const PIECE_SCHEMAS = {
  answers: AnswerSchema,
  risks: RiskSchema,
  soa: SoaDecisionSchema,
  review: ReviewSchema,
};

/** A store over `run`; `extra` adds `watch` and `close`, `saved` hears each response saved. */
export function recordStore(
  run: Run,
  now = () => new Date(),
  problems: StorageProblem[] = [],
  extra?: Pick<AssessmentStore, 'watch' | 'close'>,
  saved?: (id: string, response: unknown) => void,
): AssessmentStore {
  const stamp = () => now().toISOString();
  const one = <S extends Schema>(s: S, row: unknown, key: string) =>
    row === undefined ? undefined : check(problems, s, row, key);
  const rows = <S extends Schema>(s: S, list: any[], key: string, field: string): Infer<S>[] =>
    list.flatMap((r) => one(s, r, key + r[field]) ?? []);
  const need = async (t: Tx, id: string): Promise<AssessmentRecord> =>
    one(AssessmentRecordSchema, await t.get('assessments', id), `assessments/${id}`) ??
    Promise.reject(new StorageError(`No assessment "${id}"`));
  /** Keeps each answer, risk, SoA decision and review that fits its schema; reports the others by path. */
  const salvage = (row: any, key: string): unknown => {
    const r = row?.response;
    if (!r || typeof r !== 'object' || !validate(ResponseRowSchema, row).length) return row;
    const out = { ...r };
    for (const f of ['answers', 'risks', 'soa', 'review'] as const) {
      const v = out[f];
      const ok = (x: unknown, at: PropertyKey) =>
        !!check(problems, PIECE_SCHEMAS[f], x, key, ['response', f, at]);
      if (v && typeof v === 'object')
        out[f] = Array.isArray(v)
          ? v.filter(ok)
          : Object.fromEntries(Object.entries(v).filter(([k, x]) => ok(x, k)));
    }
    return { ...row, response: out };
  };

  return {
    list: () =>
      run(false, async (t) =>
        rows(AssessmentRecordSchema, await t.all('assessments'), 'assessments/', 'id'),
      ),
    get: (id) =>
      run(false, async (t) =>
        one(AssessmentRecordSchema, await t.get('assessments', id), `assessments/${id}`),
      ),
    create: (init) =>
      run(true, async (t) => {
        const at = stamp();
        const record: AssessmentRecord = {
          id: init.id ?? crypto.randomUUID(),
          title: init.title,
          definition: { ...init.definition },
          createdAt: at,
          updatedAt: at,
        };
        await t.put('assessments', record, true);
        if (init.response)
          await t.put('responses', { assessment: record.id, response: init.response });
        return record;
      }),
    rename: (id, title) =>
      run(true, async (t) => {
        await t.put('assessments', { ...(await need(t, id)), title, updatedAt: stamp() });
      }),
    duplicate: (id, title) =>
      run(true, async (t) => {
        const row = await need(t, id),
          at = stamp();
        const copy: AssessmentRecord = {
          ...row,
          id: crypto.randomUUID(),
          title: title ?? `${row.title} (copy)`,
          createdAt: at,
          updatedAt: at,
        };
        await t.put('assessments', copy, true);
        const response = await t.get('responses', id);
        if (response) await t.put('responses', { ...response, assessment: copy.id });
        for (const ev of await t.all('evidence', id))
          await t.put('evidence', { ...ev, assessment: copy.id });
        return copy;
      }),
    delete: (id) =>
      run(true, async (t) => {
        for (const s of NAMES) await t.del(s, id);
      }),
    loadResponse: (id) =>
      run(false, async (t) => {
        const key = `responses/${id}`;
        return one(ResponseRowSchema, salvage(await t.get('responses', id), key), key)?.response;
      }),
    // The response in a transaction of its own, committed at once: a save started as the page goes away
    // (pagehide) cannot wait for a read to come back before the page is gone. The record's stamp follows.
    async saveResponse(id, response) {
      await run(
        true,
        (t) => {
          const done = t.put('responses', { assessment: id, response });
          t.commit();
          return done;
        },
        ['responses'],
      );
      await run(
        true,
        async (t) => {
          const row = await t.get('assessments', id);
          if (row) await t.put('assessments', { ...row, updatedAt: stamp() });
        },
        ['assessments'],
      );
      saved?.(id, response);
    },
    putEvidence: (id, { ref, blob }) =>
      run(
        true,
        async (t) => {
          await t.put('evidence', { assessment: id, id: ref.id, ref, blob });
        },
        ['evidence'],
      ),
    getEvidence: (id, ev) =>
      run(false, async (t) => {
        const v = one(EvidenceRowSchema, await t.get('evidence', [id, ev]), `evidence/${id}/${ev}`);
        return v && { ref: v.ref, blob: v.blob };
      }),
    listEvidence: (id) =>
      run(false, async (t) =>
        rows(EvidenceRowSchema, await t.all('evidence', id), `evidence/${id}/`, 'id').map((v) => ({
          ref: v.ref,
          blob: v.blob,
        })),
      ),
    putEnvelope: (id, { createdAt, envelope }) =>
      run(
        true,
        async (t) => {
          await t.put('envelopes', { assessment: id, createdAt, envelope });
        },
        ['envelopes'],
      ),
    listEnvelopes: (id) =>
      run(false, async (t) =>
        rows(EnvelopeRowSchema, await t.all('envelopes', id), `envelopes/${id}/`, 'createdAt').map(
          (v) => ({ createdAt: v.createdAt, envelope: v.envelope }),
        ),
      ),
    takeProblems: () => problems.splice(0),
    close() {},
    ...extra,
  };
}
