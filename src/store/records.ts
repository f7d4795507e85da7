/**
 * The record layer both stores share: keys, stamps, validation of every record read (a bad one is
 * reported in `takeProblems()` and skipped; a damaged response loses only its damaged pieces), and
 * list, create, rename, duplicate and delete. A backend only runs a transaction over its tables
 * (`Run`).
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
  ResponseRowSchema,
  type ResponseRow,
} from './schema.js';
import {
  STORE_NAMES,
  type KeyOf,
  type OwnedStoreName,
  type RowOf,
  type StoreName,
} from './db-schema.js';

/** A row schema, and the row it reads. */
type Schema = z.core.$ZodType;
type Infer<S extends Schema> = z.infer<S>;

/**
 * One transaction's requests, typed by store: a row of `assessments` is an `AssessmentRow`, and so
 * on. The rows come back as stored; the record layer checks each one before it uses it.
 */
export interface Tx {
  get<Name extends StoreName>(store: Name, key: KeyOf<Name>): Promise<RowOf<Name> | undefined>;
  /** Every row of a store. */
  all<Name extends StoreName>(store: Name): Promise<RowOf<Name>[]>;
  /** The rows of one assessment in a store with a compound key (`by-assessment`). */
  allOf<Name extends OwnedStoreName>(store: Name, assessment: string): Promise<RowOf<Name>[]>;
  /** Writes a row; with `add`, fails when a row with its key exists. */
  put<Name extends StoreName>(store: Name, row: RowOf<Name>, add?: boolean): Promise<unknown>;
  /** Drops what an assessment owns in a store. */
  del(store: StoreName, assessment: string): Promise<unknown>;
  /** Commits now, without waiting for more requests (IndexedDB). */
  commit(): void;
}
/**
 * Runs `fn` in one transaction over `scope` (default: every table). A write that must not wait
 * names only its table: a transaction waits for every earlier one that writes to a table it shares.
 */
export type Run = <T>(
  write: boolean,
  fn: (transaction: Tx) => Promise<T>,
  scope?: StoreName[],
) => Promise<T>;

/**
 * Returns `value` when it fits `schema`, else reports it under `key` (at most three problems) and
 * returns undefined.
 */
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

/** The fields of a response whose pieces are kept one by one when the record is damaged. */
const SALVAGED_FIELDS = ['answers', 'risks', 'soa', 'review'] as const;
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
  /**
   * The row when it fits its schema (a misfit is reported under `key`); undefined when there is
   * none.
   */
  const checked = <RowSchema extends Schema>(schema: RowSchema, row: unknown, key: string) =>
    row === undefined ? undefined : check(problems, schema, row, key);
  /**
   * The rows that fit their schema, each reported under `prefix` and its `field` when it does not.
   */
  const checkedRows = <RowSchema extends Schema, Row extends object>(
    schema: RowSchema,
    list: Row[],
    prefix: string,
    field: keyof Row & string,
  ) => list.flatMap((row) => checked(schema, row, prefix + String(row[field])) ?? []);
  const requireAssessment = async (transaction: Tx, id: string): Promise<AssessmentRecord> => {
    const row = await transaction.get('assessments', id);
    const record = checked(AssessmentRecordSchema, row, `assessments/${id}`);
    if (!record) throw new StorageError(`No assessment "${id}"`);
    return record;
  };
  /**
   * Keeps each answer, risk, SoA decision and review that fits its schema; reports the others by
   * path.
   */
  const salvage = (row: ResponseRow | undefined, key: string): unknown => {
    const response: unknown = row?.response;
    if (!response || typeof response !== 'object' || !validate(ResponseRowSchema, row).length)
      return row;
    const repaired: Record<string, unknown> = { ...response };
    for (const field of SALVAGED_FIELDS) {
      const pieces = repaired[field];
      const fits = (piece: unknown, at: PropertyKey) =>
        !!check(problems, PIECE_SCHEMAS[field], piece, key, ['response', field, at]);
      if (pieces && typeof pieces === 'object') {
        repaired[field] = Array.isArray(pieces)
          ? pieces.filter(fits)
          : Object.fromEntries(Object.entries(pieces).filter(([at, piece]) => fits(piece, at)));
      }
    }
    return { ...row, response: repaired };
  };

  return {
    list: () =>
      run(false, async (transaction) => {
        const all = await transaction.all('assessments');
        return checkedRows(AssessmentRecordSchema, all, 'assessments/', 'id');
      }),
    get: (id) =>
      run(false, async (transaction) => {
        const row = await transaction.get('assessments', id);
        return checked(AssessmentRecordSchema, row, `assessments/${id}`);
      }),
    create: (init) =>
      run(true, async (transaction) => {
        const createdAt = stamp();
        const record: AssessmentRecord = {
          id: init.id ?? crypto.randomUUID(),
          title: init.title,
          definition: { ...init.definition },
          createdAt,
          updatedAt: createdAt,
        };
        await transaction.put('assessments', record, true);
        if (init.response) {
          const row = { assessment: record.id, response: init.response };
          await transaction.put('responses', row);
        }
        return record;
      }),
    rename: (id, title) =>
      run(true, async (transaction) => {
        const record = await requireAssessment(transaction, id);
        await transaction.put('assessments', { ...record, title, updatedAt: stamp() });
      }),
    duplicate: (id, title) =>
      run(true, async (transaction) => {
        const original = await requireAssessment(transaction, id);
        const createdAt = stamp();
        const copy: AssessmentRecord = {
          ...original,
          id: crypto.randomUUID(),
          title: title ?? `${original.title} (copy)`,
          createdAt,
          updatedAt: createdAt,
        };
        await transaction.put('assessments', copy, true);
        const response = await transaction.get('responses', id);
        if (response) await transaction.put('responses', { ...response, assessment: copy.id });
        for (const evidence of await transaction.allOf('evidence', id))
          await transaction.put('evidence', { ...evidence, assessment: copy.id });
        return copy;
      }),
    delete: (id) =>
      run(true, async (transaction) => {
        for (const storeName of STORE_NAMES) await transaction.del(storeName, id);
      }),
    loadResponse: (id) =>
      run(false, async (transaction) => {
        const key = `responses/${id}`;
        const row = salvage(await transaction.get('responses', id), key);
        return checked(ResponseRowSchema, row, key)?.response;
      }),
    // The response in a transaction of its own, committed at once: a save started as the page goes
    // away (pagehide) cannot wait for a read to come back before the page is gone. The record's
    // stamp follows.
    async saveResponse(id, response) {
      await run(
        true,
        (transaction) => {
          const written = transaction.put('responses', { assessment: id, response });
          transaction.commit();
          return written;
        },
        ['responses'],
      );
      await run(
        true,
        async (transaction) => {
          const row = await transaction.get('assessments', id);
          if (row) await transaction.put('assessments', { ...row, updatedAt: stamp() });
        },
        ['assessments'],
      );
      saved?.(id, response);
    },
    putEvidence: (id, { ref, blob }) =>
      run(
        true,
        async (transaction) => {
          await transaction.put('evidence', { assessment: id, id: ref.id, ref, blob });
        },
        ['evidence'],
      ),
    getEvidence: (id, evidenceId) =>
      run(false, async (transaction) => {
        const row = await transaction.get('evidence', [id, evidenceId]);
        const evidence = checked(EvidenceRowSchema, row, `evidence/${id}/${evidenceId}`);
        return evidence && { ref: evidence.ref, blob: evidence.blob };
      }),
    listEvidence: (id) =>
      run(false, async (transaction) => {
        const all = await transaction.allOf('evidence', id);
        const valid = checkedRows(EvidenceRowSchema, all, `evidence/${id}/`, 'id');
        return valid.map((evidence) => ({ ref: evidence.ref, blob: evidence.blob }));
      }),
    putEnvelope: (id, { createdAt, envelope }) =>
      run(
        true,
        async (transaction) => {
          await transaction.put('envelopes', { assessment: id, createdAt, envelope });
        },
        ['envelopes'],
      ),
    listEnvelopes: (id) =>
      run(false, async (transaction) => {
        const all = await transaction.allOf('envelopes', id);
        const valid = checkedRows(EnvelopeRowSchema, all, `envelopes/${id}/`, 'createdAt');
        return valid.map((row) => ({ createdAt: row.createdAt, envelope: row.envelope }));
      }),
    takeProblems: () => problems.splice(0),
    close() {},
    ...extra,
  };
}
