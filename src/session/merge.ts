/**
 * Merging two versions of one response (two tabs editing the same assessment). Pure.
 *
 * Answers (by question), risks (by id), SoA decisions (by control) and reviews (by question) merge entry by
 * entry: an entry changed on one side only is taken from that side; an entry present on both sides is the
 * one with the later `updatedAt` (last write wins; a tie keeps `a`'s). With `base`, the last version both
 * sides had in common, an entry one side removed since `base` stays removed unless the other side changed
 * it after `base` (an edit beats a concurrent removal). Without `base`, nothing is removed: the union is kept.
 * `meta` comes from the side with the later response `updatedAt`.
 */
import type { AssessmentResponse } from '../model/response.js';

type Stamped = { updatedAt?: string };

const time = (e: Stamped | undefined): number => {
  const t = e?.updatedAt ? Date.parse(e.updatedAt) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
};
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

function mergeEntries<T extends Stamped>(a: Record<string, T>, b: Record<string, T>, base?: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key];
    const y = b[key];
    const old = base?.[key];
    let pick: T | undefined;
    if (x && y) pick = time(y) > time(x) ? y : x;
    else {
      const only = (x ?? y)!;
      // Removed on the other side since base: stays removed unless changed here after base.
      pick = base && old && same(only, old) ? undefined : only;
    }
    if (pick) out[key] = pick;
  }
  return out;
}

const byId = <T extends { id: string }>(list: readonly T[] | undefined): Record<string, T> =>
  Object.fromEntries((list ?? []).map((r) => [r.id, r]));

/** Merges two versions of a response (see the module comment); `base` enables removals. */
export function mergeResponses(a: AssessmentResponse, b: AssessmentResponse, base?: AssessmentResponse): AssessmentResponse {
  const later = time(b) > time(a) ? b : a;
  const out: AssessmentResponse = { ...later, answers: mergeEntries(a.answers, b.answers, base?.answers) };
  if (a.risks || b.risks) {
    const merged = mergeEntries(byId(a.risks), byId(b.risks), base && byId(base.risks));
    // Keep a's order, then risks only b has, in b's order.
    const order = [...(a.risks ?? []), ...(b.risks ?? [])].map((r) => r.id);
    out.risks = [...new Set(order)].filter((id) => merged[id]).map((id) => merged[id]!);
  }
  for (const key of ['soa', 'review'] as const) {
    if (a[key] || b[key]) out[key] = mergeEntries<Stamped>(a[key] ?? {}, b[key] ?? {}, base?.[key]) as never;
    else delete out[key];
  }
  return out;
}
