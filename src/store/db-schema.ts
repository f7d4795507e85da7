/**
 * The layout of the aimskit database, as idb's typed `DBSchema`: its stores, their keys, the rows
 * they hold (the row types of schema.ts, which every read checks) and the `by-assessment` index of
 * the two stores with a compound key. DOM-free: the memory store uses the same names and key paths.
 */
import type { DBSchema, StoreKey, StoreNames, StoreValue } from 'idb';
import type { AssessmentRow, EnvelopeRow, EvidenceRow, ResponseRow } from './schema.js';

/** The current version of the layout; the steps that lead to it are in migrate.ts. */
export const DB_VERSION = 2;

/** Version 2 (current): many assessments per origin, evidence and envelopes in their own stores. */
export interface AimsDatabase extends DBSchema {
  /** One row per assessment, keyed by its id. */
  assessments: { key: string; value: AssessmentRow };
  /** The response of each assessment, keyed by the assessment id. */
  responses: { key: string; value: ResponseRow };
  /** Evidence files, keyed by `[assessment, evidence id]`. */
  evidence: {
    key: [assessment: string, id: string];
    value: EvidenceRow;
    indexes: { 'by-assessment': string };
  };
  /** Submitted envelopes, keyed by `[assessment, createdAt]`. */
  envelopes: {
    key: [assessment: string, createdAt: string];
    value: EnvelopeRow;
    indexes: { 'by-assessment': string };
  };
}

/**
 * Version 1 (aimskit 0.0, never released as such, kept as the plausible first layout): one store
 * `drafts`, keyed by definition id, with the evidence files inline. Its rows are read as found
 * (`unknown` fields): the migration checks each one.
 */
export interface AimsDatabaseVersion1 extends DBSchema {
  drafts: { key: string; value: LegacyDraft };
}

/** A row of version 1's `drafts` store, as an old page may have left it. */
export interface LegacyDraft {
  definitionId?: unknown;
  definitionVersion?: unknown;
  title?: unknown;
  savedAt?: unknown;
  files?: Record<string, unknown>;
  response?: Record<string, unknown>;
}

/** The name of a store of the current layout. */
export type StoreName = StoreNames<AimsDatabase>;
/** A row of the store `Name`. */
export type RowOf<Name extends StoreName> = StoreValue<AimsDatabase, Name>;
/** The key of a row of the store `Name`. */
export type KeyOf<Name extends StoreName> = StoreKey<AimsDatabase, Name>;
/**
 * The stores whose rows belong to an assessment by a compound key (they have the `by-assessment`
 * index).
 */
export type OwnedStoreName = 'evidence' | 'envelopes';

/** The key path of each store: the key of a row is made of these fields. */
export const KEY_PATHS = {
  assessments: 'id',
  responses: 'assessment',
  evidence: ['assessment', 'id'],
  envelopes: ['assessment', 'createdAt'],
} as const satisfies { [Name in StoreName]: keyof RowOf<Name> | readonly (keyof RowOf<Name>)[] };

/** Every store of the current layout, in the order they are created. */
export const STORE_NAMES: StoreName[] = ['assessments', 'responses', 'evidence', 'envelopes'];

/** The name of the index, on the stores with a compound key, that lists an assessment's rows. */
export const BY_ASSESSMENT = 'by-assessment';
