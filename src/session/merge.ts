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
type Entries<T> = Record<string, T> | undefined;

const time = (e: Stamped | undefined): number => {
  const t = Date.parse(e?.updatedAt ?? '');
  return Number.isNaN(t) ? -Infinity : t;
};
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
/** Own keys only: an id such as `constructor` or `__proto__` never reads (or writes) a prototype. */
const own = <T>(r: Entries<T>, key: string): T | undefined =>
  r && Object.hasOwn(r, key) ? r[key] : undefined;

function mergeEntries<T extends Stamped>(
  a: Entries<T>,
  b: Entries<T>,
  base?: Entries<T>,
): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const key of new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])) {
    const x = own(a, key);
    const y = own(b, key);
    const only = x ?? y;
    // Both sides: the later write. One side: removed on the other since base stays removed unless changed after base.
    const pick =
      x && y ? (time(y) > time(x) ? y : x) : base && same(only, own(base, key)) ? undefined : only;
    if (pick) out[key] = pick;
  }
  return { ...out };
}

const byId = <T extends { id: string }>(list: readonly T[] | undefined): Entries<T> =>
  list && Object.fromEntries(list.map((r) => [r.id, r]));

/** Merges two versions of a response (see the module comment); `base` enables removals. */
export function mergeResponses(
  a: AssessmentResponse,
  b: AssessmentResponse,
  base?: AssessmentResponse,
): AssessmentResponse {
  const out: AssessmentResponse = {
    ...(time(b) > time(a) ? b : a),
    answers: mergeEntries(a.answers, b.answers, base?.answers),
  };
  if (a.risks || b.risks) {
    const merged = mergeEntries(byId(a.risks), byId(b.risks), base && byId(base.risks));
    // Keep a's order, then risks only b has, in b's order.
    out.risks = [...new Set([...(a.risks ?? []), ...(b.risks ?? [])].map((r) => r.id))].flatMap(
      (id) => own(merged, id) ?? [],
    );
  }
  for (const key of ['soa', 'review'] as const) {
    if (a[key] || b[key]) out[key] = mergeEntries<Stamped>(a[key], b[key], base?.[key]) as never;
    else delete out[key];
  }
  return out;
}
