/**
 * Merging two versions of one response (two tabs editing the same assessment). Pure.
 *
 * Answers (by question), risks (by id), SoA decisions (by control) and reviews (by question) merge
 * entry by entry: an entry changed on one side only is taken from that side; an entry present on
 * both sides is the one with the later `updatedAt` (last write wins; a tie keeps the first side's).
 * With `base`, the last version both sides had in common, an entry one side removed since `base`
 * stays removed unless the other side changed it after `base` (an edit beats a concurrent
 * removal). Without `base`, nothing is removed: the union is kept. `meta` comes from the side with
 * the later response `updatedAt`.
 */
import type { AssessmentResponse } from '../model/response.js';
import { sameJson } from '../util/json.js';

type Stamped = { updatedAt?: string };
type Entries<T> = Record<string, T> | undefined;

/** When an entry was written (-Infinity when it does not say). */
const time = (entry: Stamped | undefined): number => {
  const written = Date.parse(entry?.updatedAt ?? '');
  return Number.isNaN(written) ? -Infinity : written;
};
/** Own keys only: an id such as `constructor` or `__proto__` never reads or writes a prototype. */
const own = <T>(entries: Entries<T>, key: string): T | undefined =>
  entries && Object.hasOwn(entries, key) ? entries[key] : undefined;

/**
 * The merged entry under one key. Both sides: the later write. One side: an entry the other side
 * removed since base stays removed, unless it changed after base.
 */
function pickEntry<T extends Stamped>(
  mine: T | undefined,
  theirs: T | undefined,
  common: T | undefined,
  hasBase: boolean,
): T | undefined {
  if (mine && theirs) return time(theirs) > time(mine) ? theirs : mine;
  const only = mine ?? theirs;
  return hasBase && sameJson(only, common) ? undefined : only;
}

function mergeEntries<T extends Stamped>(
  mine: Entries<T>,
  theirs: Entries<T>,
  base?: Entries<T>,
): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const key of new Set([...Object.keys(mine ?? {}), ...Object.keys(theirs ?? {})])) {
    const pick = pickEntry(own(mine, key), own(theirs, key), own(base, key), !!base);
    if (pick) out[key] = pick;
  }
  return { ...out };
}

const byId = <T extends { id: string }>(list: readonly T[] | undefined): Entries<T> =>
  list && Object.fromEntries(list.map((r) => [r.id, r]));

/** Merges two versions of a response (see the module comment); `base` enables removals. */
export function mergeResponses(
  mine: AssessmentResponse,
  theirs: AssessmentResponse,
  base?: AssessmentResponse,
): AssessmentResponse {
  const out: AssessmentResponse = {
    ...(time(theirs) > time(mine) ? theirs : mine),
    answers: mergeEntries(mine.answers, theirs.answers, base?.answers),
  };
  if (mine.risks || theirs.risks) {
    const merged = mergeEntries(byId(mine.risks), byId(theirs.risks), base && byId(base.risks));
    // Keep the first side's order, then the risks only the second has, in its order.
    const ids = new Set([...(mine.risks ?? []), ...(theirs.risks ?? [])].map((risk) => risk.id));
    out.risks = [...ids].flatMap((id) => own(merged, id) ?? []);
  }
  for (const key of ['soa', 'review'] as const) {
    if (mine[key] || theirs[key])
      out[key] = mergeEntries<Stamped>(mine[key], theirs[key], base?.[key]) as never;
    else delete out[key];
  }
  return out;
}
