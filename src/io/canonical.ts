/**
 * Canonical JSON (RFC 8785, JCS): object keys sorted by UTF-16 code units at every depth, no white
 * space, strings escaped as JSON.stringify does, numbers in JavaScript's shortest round-trip form
 * with -0 written as 0. Object properties whose value is `undefined` are left out (as
 * JSON.stringify does), so an object hashes the same before and after a trip through a JSON file.
 * Anything else that is not JSON (NaN, Infinity, undefined in an array, functions, symbols,
 * bigints, Dates, Maps, class instances, lone surrogates, cycles) throws a `CanonicalJsonError`
 * naming where it was found.
 */
import { formatPath } from '../model/issues.js';

export class CanonicalJsonError extends Error {
  /** Where the value was found: `$.answers["q-1"].value[2]`. */
  readonly path: string;
  constructor(what: string, path: string) {
    super(`canonicalJson: ${what} at ${path} is not JSON`);
    this.name = 'CanonicalJsonError';
    this.path = path;
  }
}

const MAX_DEPTH = 1000;

/**
 * Thrown inside: `[what, …keys]`, the keys from the innermost out, added as the failure travels up.
 */
type Fail = (string | number)[];
const fail = (what: string): never => {
  throw [what] satisfies Fail;
};

/** Characters that need escaping, or a closer look (surrogates). */
const SPECIAL = /[\u0000-\u001f"\\\uD800-\uDFFF]/;

function str(s: string): string {
  if (!SPECIAL.test(s)) return `"${s}"`; // the common case, without JSON.stringify's per-call cost
  if (/\p{Cs}/u.test(s)) fail('a string with a lone surrogate');
  return JSON.stringify(s);
}

function ser(v: unknown, depth: number): string {
  const t = typeof v;
  if (t === 'string') return str(v as string);
  // String() writes numbers in their shortest round-trip form, and -0 as 0.
  if ((t === 'number' && Number.isFinite(v)) || t === 'boolean' || v === null) return String(v);
  if (t !== 'object') fail(t === 'number' ? String(v) : t === 'undefined' ? t : `a ${t}`);
  if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels (or a cycle)`);
  const o = v as Record<string | number, unknown>;
  const list = Array.isArray(o);
  const p = Object.getPrototypeOf(o);
  if (!list && p !== Object.prototype && p !== null)
    fail(`a ${o.constructor?.name ?? 'non-plain'} object`);
  let out = '';
  let key: string | number | undefined;
  try {
    if (list) for (key = 0; key < o.length; key++) out += (key ? ',' : '') + ser(o[key], depth + 1);
    else {
      for (key of Object.keys(o).sort()) {
        const x = o[key];
        if (x !== undefined) out += (out ? ',' : '') + str(key) + ':' + ser(x, depth + 1);
      }
    }
  } catch (e) {
    if (Array.isArray(e) && key !== undefined) e.push(key);
    throw e;
  }
  return list ? `[${out}]` : `{${out}}`;
}

/**
 * `$.answers["q-1"].value[2]`: formatPath's form, each key after a first one (the `[0]` cut off).
 */
const pathOf = (keys: readonly (string | number)[]) => '$' + formatPath([0, ...keys]).slice(3);

/**
 * The RFC 8785 canonical JSON text of a JSON value. Throws `CanonicalJsonError` for anything else.
 */
export function canonicalJson(value: unknown): string {
  try {
    return ser(value, 0);
  } catch (e) {
    if (Array.isArray(e)) throw new CanonicalJsonError(e[0], pathOf(e.slice(1).reverse()));
    if (e instanceof RangeError) throw new CanonicalJsonError('a value nested too deeply', '$');
    throw e;
  }
}
