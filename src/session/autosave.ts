/**
 * Autosave: a debounced write of the session's response (and its evidence files) to the store.
 *
 * The answers are written first, in a transaction opened at once, before any await: on `pagehide`
 * the page may be gone a moment later, and a write that waited for an earlier save or for evidence
 * would be lost. Transactions on one store commit in the order they were opened, so a newer save
 * always lands last; an older save skips its second write once a newer one has started. A file
 * that cannot be stored (storage full) never holds back the answers: they are saved without
 * references to files not stored yet, and the failure is reported (retried on the next save).
 * Saving is not announced (every snapshot re-renders).
 */
import type { AssessmentResponse } from '../model/response.js';
import type { EvidenceFiles } from './evidence.js';
import type { AssessmentStore } from './store-types.js';

/** What autosave needs from its session. */
export interface AutosaveHost {
  readonly store: AssessmentStore | undefined;
  /** The assessment id in the store. */
  readonly key: string;
  /** Debounce in ms. */
  readonly delay: number;
  readonly files: EvidenceFiles;
  /** The response to save now. */
  current(): AssessmentResponse;
  /** `response` is what the store holds now. */
  saved(response: AssessmentResponse): void;
  /** A write failed (it is retried on the next change and on flush). */
  failed(error: unknown): void;
}

export class Autosave {
  /** Changes not written yet. */
  dirty = false;
  /** After `close()`: nothing is scheduled any more. */
  closed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts saves, so that an older save can tell a newer one has started. */
  private generation = 0;

  constructor(private readonly host: AutosaveHost) {}

  /** Marks the response changed and schedules a save. */
  changed(): void {
    this.dirty = true;
    this.schedule();
  }

  /** Marks the response changed and saves it now, without the debounce. */
  now(): void {
    this.dirty = true;
    this.stop();
    void this.save();
  }

  /** Cancels a pending save; true when one was pending. */
  stop(): boolean {
    const pending = this.timer !== undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    return pending;
  }

  /** Saves after the debounce (restarting it), unless there is no store or autosave is closed. */
  schedule(): void {
    if (!this.host.store || this.closed) return;
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, this.host.delay);
  }

  /** Writes pending changes and files now. Never rejects: a failure goes to `host.failed`. */
  async save(): Promise<void> {
    const { store, key, files } = this.host;
    if (!store) return;
    if (!this.dirty && !files.pending().length) return;
    const response = this.host.current();
    this.generation++;
    const mine = this.generation;
    this.dirty = false;
    try {
      const first = store.saveResponse(key, files.savable(response));
      first.catch(() => undefined); // handled below, after the evidence writes
      let failed: unknown;
      const written = files.pending();
      for (const file of written) {
        try {
          await store.putEvidence(key, { ref: file.ref, blob: file.blob });
          file.stored = true;
        } catch (error) {
          failed ??= error;
        }
      }
      await first;
      const newest = mine === this.generation;
      if (written.some((file) => file.stored) && newest)
        await store.saveResponse(key, files.savable(response));
      if (failed) throw failed;
      if (mine === this.generation) this.host.saved(response);
    } catch (error) {
      this.dirty = true;
      this.host.failed(error);
    }
  }

  /** Stops scheduling; a save that was pending is written now. */
  close(): void {
    if (this.stop()) void this.save();
    this.closed = true;
  }
}
