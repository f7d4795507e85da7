/**
 * The IndexedDB layout (a typed idb `DBSchema`), its migrations, and the schemas (schema kit) every record read is
 * checked against.
 *
 * Version 1 (aimskit 0.0, never released as such, kept as the plausible first layout): one store `drafts`,
 * keyed by definition id, each `{ definitionId, definitionVersion, title?, response, files, savedAt }` with
 * the evidence files inline (`files[evidenceId] = Blob`).
 * Version 2 (current): many assessments per origin, evidence and envelopes in their own stores.
 */
import * as k from '../model/schema-kit.js';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AssessmentRecord, StoredEvidence } from '../session/store-types.js';
import { EvidenceRefSchema, ResponseSchema, type AssessmentResponse } from '../model/response.js';

export const DB_VERSION = 2;

export interface ResponseRow { assessment: string; response: AssessmentResponse }
export interface EvidenceRow { assessment: string; id: string; ref: StoredEvidence['ref']; blob: Blob }
export interface EnvelopeRow { assessment: string; createdAt: string; envelope: Record<string, unknown> }

export interface AimsDB extends DBSchema {
  assessments: { key: string; value: AssessmentRecord };
  responses: { key: string; value: ResponseRow };
  evidence: { key: [string, string]; value: EvidenceRow; indexes: { 'by-assessment': string } };
  envelopes: { key: [string, string]; value: EnvelopeRow; indexes: { 'by-assessment': string } };
}

const Stamp = k.string(k.minLength(1));
const Str = k.string();
export const AssessmentRecordSchema = k.object({
  id: Stamp,
  title: Str,
  definition: k.object({ id: Str, version: Str }),
  createdAt: Stamp,
  updatedAt: Stamp,
});
export const ResponseRowSchema = k.object({ assessment: Str, response: ResponseSchema });
export const EvidenceRowSchema = k.object({
  assessment: Str,
  id: Str,
  ref: EvidenceRefSchema,
  blob: k.custom<Blob>((b) => typeof Blob !== 'undefined' && b instanceof Blob, 'expected the file\'s bytes (a Blob)'),
});
export const EnvelopeRowSchema = k.object({
  assessment: Str,
  createdAt: Stamp,
  envelope: k.record(Str, k.any()),
});

type UpgradeTx = IDBPTransaction<AimsDB, StoreNames<AimsDB>[], 'versionchange'>;

/** Version 0 → 1: the first layout. Kept so that tests (and old pages) can build a version-1 database. */
export function createVersion1(db: IDBDatabase): void {
  db.createObjectStore('drafts', { keyPath: 'definitionId' });
}

/** Version 1 → 2: one assessment per old draft (id = the definition id), evidence moved to its own store. */
async function migrate1to2(db: IDBPDatabase<AimsDB>, tx: UpgradeTx): Promise<void> {
  createVersion2Stores(db);
  const raw = db as unknown as IDBPDatabase;
  if (!raw.objectStoreNames.contains('drafts')) return;
  const untyped = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  const drafts = (await untyped.objectStore('drafts').getAll()) as Record<string, unknown>[];
  for (const d of drafts) {
    const id = typeof d.definitionId === 'string' ? d.definitionId : undefined;
    if (!id) continue;
    const savedAt = typeof d.savedAt === 'string' ? d.savedAt : new Date(0).toISOString();
    const response = (d.response ?? {}) as AssessmentResponse;
    await tx.objectStore('assessments').put({
      id,
      title: typeof d.title === 'string' ? d.title : id,
      definition: { id, version: typeof d.definitionVersion === 'string' ? d.definitionVersion : String(response.definition?.version ?? '') },
      createdAt: savedAt,
      updatedAt: savedAt,
    });
    // Stored as found: reading validates it, so a bad old draft is reported rather than silently dropped here.
    await tx.objectStore('responses').put({ assessment: id, response });
    const files = (d.files ?? {}) as Record<string, unknown>;
    for (const answer of Object.values(response.answers ?? {})) {
      for (const ref of answer?.evidence ?? []) {
        const blob = files[ref.id];
        if (blob instanceof Blob) await tx.objectStore('evidence').put({ assessment: id, id: ref.id, ref, blob });
      }
    }
  }
  raw.deleteObjectStore('drafts');
}

function createVersion2Stores(db: IDBPDatabase<AimsDB>): void {
  db.createObjectStore('assessments', { keyPath: 'id' });
  db.createObjectStore('responses', { keyPath: 'assessment' });
  db.createObjectStore('evidence', { keyPath: ['assessment', 'id'] }).createIndex('by-assessment', 'assessment');
  db.createObjectStore('envelopes', { keyPath: ['assessment', 'createdAt'] }).createIndex('by-assessment', 'assessment');
}

/** Runs every migration step from `oldVersion` up to `DB_VERSION`, in order. */
export async function upgrade(db: IDBPDatabase<AimsDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    createVersion2Stores(db);
    return;
  }
  if (oldVersion < 2) await migrate1to2(db, tx);
}
