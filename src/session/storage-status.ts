/** What the session says about persistence (`storage` of a snapshot), in one place. */
import type { StorageProblem, StorageStatus } from './types.js';

/** What a failed read or write may carry: a DOMException's name, a StorageError's reason. */
interface Failure {
  readonly name?: unknown;
  readonly reason?: unknown;
  readonly message?: unknown;
}

/** The reason a read or write failed, in words. */
function failureReason(error: unknown): string {
  const failure: Failure = typeof error === 'object' && error !== null ? error : {};
  if (failure.name === 'QuotaExceededError' || failure.reason === 'quota')
    return "The browser's storage is full";
  return String(failure.message || error);
}

/**
 * The status after a failed read or write: what went wrong, and that changes stay in this page
 * meanwhile.
 */
export const memoryOnly = (error: unknown): StorageStatus => ({
  state: 'memory-only',
  message: `${failureReason(error)}: changes are kept in this page only until saving works again`,
});

/** The status a session starts in: `error` when stored records were skipped, else saved or idle. */
export function initialStatus(
  problems: readonly StorageProblem[],
  hasStore: boolean,
): StorageStatus {
  if (!problems.length) return { state: hasStore ? 'saved' : 'idle' };
  const count = problems.length;
  const records = count > 1 ? `${count} stored records` : `${count} stored record`;
  const verb = count > 1 ? 'were' : 'was';
  return {
    state: 'error',
    message: `${records} could not be read and ${verb} skipped`,
    problems,
  };
}
