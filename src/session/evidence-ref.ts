/**
 * The reference a response keeps for an evidence file. A module of its own: the session loads it
 * (with the SHA-256 code) when a file is first attached, not before.
 */
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
