/**
 * Evidence files of a session: checked before they are taken, kept in memory until the store has
 * them, and left out of a saved response while they are not stored yet.
 */
import { formatPath, type AimsIssue } from '../model/issues.js';
import { MAX_EVIDENCE_SIZE, formatSize } from '../model/limits.js';
import type { AssessmentResponse, EvidenceRef } from '../model/response.js';
import type { DefinitionIndex } from '../model/parse-response.js';

/** Why `question` cannot take `file` as evidence, or undefined when it can. */
export function evidenceRefusal(
  index: DefinitionIndex,
  question: string,
  file: Blob,
): AimsIssue[] | undefined {
  const found = index.questions.get(question);
  let message: string | undefined;
  if (!found) message = `unknown question "${question}"`;
  else if (found.attachments === false) message = `question "${question}" takes no evidence files`;
  else if (file.size > MAX_EVIDENCE_SIZE) {
    const limit = formatSize(MAX_EVIDENCE_SIZE);
    message = `the file is larger than ${limit}, the limit for one evidence file`;
  }
  if (message === undefined) return undefined;
  return [{ path: formatPath(['answers', question, 'evidence']), message }];
}

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
