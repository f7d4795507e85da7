/** Helpers for JSON-shaped values, shared by the session, its merge and the envelope code. */

/**
 * Do two JSON values serialise to the same text? Key order counts, and fields holding `undefined`
 * count as absent (as `JSON.stringify` writes them).
 */
export const sameJson = (left: unknown, right: unknown): boolean =>
  JSON.stringify(left) === JSON.stringify(right);

/**
 * A plain object (`{}`, a parsed JSON object, or `Object.create(null)`): not null, not an array,
 * not a Date, a Map, a class instance or a boxed `new Boolean(false)`.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
