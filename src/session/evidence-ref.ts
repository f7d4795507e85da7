/**
 * Taking an evidence file: whether the question may take it, and the reference a response keeps
 * for it. A module of its own: the session loads it (with the SHA-256 code) when a file is first
 * attached, not before.
 */
import { formatPath, type AimsIssue } from '../model/issues.js';
import { MAX_EVIDENCE_SIZE, formatSize } from '../model/limits.js';
import type { DefinitionIndex } from '../model/parse-response.js';
import type { EvidenceRef } from '../model/response.js';
import { sha256Hex } from '../util/bytes.js';

/** Longest file name kept in an evidence reference. */
const MAX_NAME_LENGTH = 255;

/** The reference a response keeps for a file: its id, name, type, size and SHA-256. */
export async function evidenceRef(id: string, file: Blob, name?: string): Promise<EvidenceRef> {
  const given = name ?? (file as { name?: string }).name ?? 'file';
  return {
    id,
    name: given.slice(0, MAX_NAME_LENGTH) || 'file',
    type: file.type,
    size: file.size,
    sha256: await sha256Hex(file),
  };
}

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
