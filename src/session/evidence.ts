/**
 * Evidence files of a session: kept in memory until the store has them, and left out of a saved
 * response while they are not stored yet (./evidence-ref.ts checks a file before it is taken).
 */
import type { AssessmentResponse, EvidenceRef } from '../model/response.js';

/** `response` without the evidence references in `ids`. */
export function withoutEvidence(
  response: AssessmentResponse,
  ids: ReadonlySet<string>,
): AssessmentResponse {
  const answers = { ...response.answers };
  for (const [question, answer] of Object.entries(answers)) {
    if (answer.evidence?.some((file) => ids.has(file.id)))
      answers[question] = {
        ...answer,
        evidence: answer.evidence.filter((file) => !ids.has(file.id)),
      };
  }
  return { ...response, answers };
}

/** A file the session holds: its reference, its bytes, and whether the store has them yet. */
export interface HeldFile {
  readonly ref: EvidenceRef;
  readonly blob: Blob;
  stored: boolean;
}

/** The files added in this session, by evidence id. */
export class EvidenceFiles {
  private readonly files = new Map<string, HeldFile>();

  add(ref: EvidenceRef, blob: Blob, stored: boolean): void {
    this.files.set(ref.id, { ref, blob, stored });
  }

  /** The bytes of a file added in this session. */
  blobOf(id: string): Blob | undefined {
    return this.files.get(id)?.blob;
  }

  /** Files the store does not have yet. */
  pending(): HeldFile[] {
    return [...this.files.values()].filter((file) => !file.stored);
  }

  /** `response` as it may be saved now: without references to files not stored yet. */
  savable(response: AssessmentResponse): AssessmentResponse {
    const missing = new Set(this.pending().map((file) => file.ref.id));
    return missing.size ? withoutEvidence(response, missing) : response;
  }
}
