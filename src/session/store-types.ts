/**
 * The persistence contract. The session talks to storage only through `AssessmentStore`;
 * `aimskit/store` implements it over IndexedDB (`openIndexedDbStore`) and in memory
 * (`createMemoryStore`).
 * DOM-free: hosts may implement it over anything (a server API, the file system).
 */
import type { AssessmentResponse, EvidenceRef } from '../model/response.js';
import type { StorageProblem } from './types.js';

/** One assessment kept by a store (many per origin). */
export interface AssessmentRecord {
  readonly id: string;
  readonly title: string;
  readonly definition: { readonly id: string; readonly version: string };
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** An evidence file: its reference (as in the response) and its bytes. */
export interface StoredEvidence {
  readonly ref: EvidenceRef;
  readonly blob: Blob;
}

/** A submitted envelope (`aimskit.envelope/1`), kept as JSON. */
export interface StoredEnvelope {
  readonly createdAt: string;
  readonly envelope: Record<string, unknown>;
}

/** What a store operation rejects with; `quota` tells a full disk from an unavailable database. */
export class StorageError extends Error {
  readonly reason: 'unavailable' | 'quota' | 'failed';
  constructor(
    message: string,
    reason: StorageError['reason'] = 'failed',
    options?: { cause?: unknown },
  ) {
    super(message);
    this.name = 'StorageError';
    this.reason = reason;
    if (options && 'cause' in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

export interface AssessmentStore {
  list(): Promise<AssessmentRecord[]>;
  get(id: string): Promise<AssessmentRecord | undefined>;
  /** Creates an assessment (a fresh id unless given) with an optional first response. */
  create(init: {
    id?: string;
    title: string;
    definition: { id: string; version: string };
    response?: AssessmentResponse;
  }): Promise<AssessmentRecord>;
  rename(id: string, title: string): Promise<void>;
  /** Copies the record, its response and its evidence under a new id. */
  duplicate(id: string, title?: string): Promise<AssessmentRecord>;
  /** Deletes the record, its response, evidence and envelopes. */
  delete(id: string): Promise<void>;
  /**
   * The current response of an assessment (validated on read; a corrupted one is reported and
   * skipped).
   */
  loadResponse(id: string): Promise<AssessmentResponse | undefined>;
  saveResponse(id: string, response: AssessmentResponse): Promise<void>;
  putEvidence(id: string, evidence: StoredEvidence): Promise<void>;
  getEvidence(id: string, evidenceId: string): Promise<StoredEvidence | undefined>;
  listEvidence(id: string): Promise<StoredEvidence[]>;
  putEnvelope(id: string, envelope: StoredEnvelope): Promise<void>;
  listEnvelopes(id: string): Promise<StoredEnvelope[]>;
  /** Records skipped by reads since the last call (corrupted or invalid), then forgets them. */
  takeProblems(): StorageProblem[];
  /**
   * Calls `listener` when another tab saves this assessment's response; returns the unsubscribe
   * function.
   */
  watch?(id: string, listener: (response: AssessmentResponse) => void): () => void;
  close(): void;
}
