/**
 * The contract of the session: the one state container every element shares
 * (docs/persistence.md, "The session").
 * DOM-free. Implemented in `./session.ts`; components depend only on these types.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type {
  AnswerValue,
  AssessmentResponse,
  EvidenceRef,
  Review,
  Risk,
  SoaDecision,
} from '../model/response.js';
import type { AimsIssue } from '../model/issues.js';

/** Every change to a response is one of these. */
export type SessionAction =
  | { type: 'answer'; question: string; value: AnswerValue; justification?: string }
  | { type: 'clear'; question: string }
  /** The justification of an N/A (or `requiresJustification`) answer. */
  | { type: 'justify'; question: string; justification: string }
  | { type: 'comment'; question: string; comment: string }
  | { type: 'evidence-add'; question: string; evidence: EvidenceRef }
  | { type: 'evidence-remove'; question: string; evidence: string }
  | { type: 'risk-add'; risk: Risk }
  | { type: 'risk-update'; risk: Risk }
  | { type: 'risk-remove'; id: string }
  /** `decision: null` removes the explicit decision (the SoA falls back to derivation). */
  | { type: 'soa'; control: string; decision: SoaDecision | null }
  | { type: 'review'; question: string; review: Review | null }
  | { type: 'meta'; meta: NonNullable<AssessmentResponse['meta']> }
  /** Empties the response (answers, risks, SoA decisions, reviews). */
  | { type: 'reset' }
  /** Replaces the whole response (import, merge from another tab); validated like any input. */
  | { type: 'replace'; response: AssessmentResponse };

export type SessionActionType = SessionAction['type'];

/**
 * A stored record that could not be read (corrupted, or no longer fitting the definition); it was
 * skipped.
 */
export interface StorageProblem {
  /** Which record: `responses/<assessment>`, `evidence/<assessment>/<id>`, `answers["q1"]` … */
  readonly key: string;
  readonly message: string;
}

/**
 * Where persistence stands; elements show a notice (and emit `aims-storage-error`) when it is
 * `memory-only` or `error`. `idle`: no store. `memory-only`: saving failed (storage unavailable or
 * full), the session keeps working in memory and retries on the next change. `error`: stored
 * records were skipped.
 */
export interface StorageStatus {
  readonly state: 'idle' | 'saving' | 'saved' | 'memory-only' | 'error';
  /** Human-readable reason when `memory-only` or `error`. */
  readonly message?: string;
  /** Records skipped while loading (state `error`). */
  readonly problems?: readonly StorageProblem[];
}

/** What subscribers receive: immutable, replaced (never mutated) on every change. */
export interface SessionSnapshot {
  readonly definition: AssessmentDefinition;
  readonly response: AssessmentResponse;
  /** `score(definition, response)`; the Scorecard type lives in src/scoring. */
  readonly scorecard: import('../scoring/types.js').Scorecard;
  /** Ids of the questions visible under the current answers (showIf). */
  readonly visible: ReadonlySet<string>;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Increments on every accepted change. */
  readonly revision: number;
  readonly storage: StorageStatus;
  /** The action that produced this snapshot (undefined for the first; undo/redo carry theirs). */
  readonly lastAction?: SessionAction | { type: 'undo' } | { type: 'redo' } | { type: 'external' };
}

export type SessionListener = (snapshot: SessionSnapshot) => void;

/** Thrown by `dispatch` for an action that does not fit the definition; state is left unchanged. */
export class SessionActionError extends Error {
  readonly issues: readonly AimsIssue[];
  constructor(issues: readonly AimsIssue[]) {
    const problems = issues.map((found) =>
      found.path ? `${found.path}: ${found.message}` : found.message,
    );
    super(`Action refused: ${problems.join('; ')}`);
    this.name = 'SessionActionError';
    this.issues = issues;
  }
}

export interface AssessmentSession {
  /** The current snapshot. */
  readonly state: SessionSnapshot;
  /** Applies one change, or throws `SessionActionError` and changes nothing. */
  dispatch(action: SessionAction): SessionSnapshot;
  /** Calls `listener` on every change (not immediately); returns the unsubscribe function. */
  subscribe(listener: SessionListener): () => void;
  undo(): boolean;
  redo(): boolean;
  /** Stores a file as evidence for a question (bytes in the store, a digest in the response). */
  addEvidence(question: string, file: Blob, name?: string): Promise<EvidenceRef>;
  /** The bytes of an evidence file, when the store still has them. */
  getEvidence(id: string): Promise<Blob | undefined>;
  /** Writes pending changes now (called on pagehide / visibilitychange). */
  flush(): Promise<void>;
  /** Stops autosave and cross-tab sync; the session stays readable. */
  close(): void;
}
