/**
 * Canonical JSON (RFC 8785, JCS): object keys sorted by UTF-16 code units at every depth, no white
 * space, strings escaped as JSON.stringify does, numbers in JavaScript's shortest round-trip form with
 * -0 written as 0. Object properties whose value is `undefined` are left out (as JSON.stringify does),
 * so an object hashes the same before and after a trip through a JSON file. Anything else that is not
 * JSON (NaN, Infinity, undefined in an array, functions, symbols, bigints, Dates, Maps, class
 * instances, lone surrogates, cycles) throws a `CanonicalJsonError` naming where it was found.
 */

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
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE = /\p{Cs}/u;
const proto = Object.prototype;

/** Thrown inside; carries the path back up, built only when something fails. */
class Fail {
  constructor(readonly what: string, readonly keys: (string | number)[] = []) {}
}

/** Characters that need escaping, or a closer look (surrogates). */
const SPECIAL = /[\u0000-\u001f"\\\uD800-\uDFFF]/;

function str(s: string): string {
  if (!SPECIAL.test(s)) return `"${s}"`; // the common case, without JSON.stringify's per-call cost
  if (SURROGATE.test(s) && LONE.test(s)) throw new Fail('a string with a lone surrogate');
  return JSON.stringify(s);
}

function ser(v: unknown, depth: number): string {
  if (typeof v === 'string') return str(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Fail(String(v));
    return v === 0 ? '0' : String(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  if (typeof v !== 'object') throw new Fail(typeof v === 'undefined' ? 'undefined' : `a ${typeof v}`);
  if (depth > MAX_DEPTH) throw new Fail(`nesting deeper than ${MAX_DEPTH} levels (or a cycle)`);
  let out: string;
  let at: string | number = '';
  try {
    if (Array.isArray(v)) {
      out = '[';
      for (let i = 0; i < v.length; i++) {
        at = i;
        out += (i ? ',' : '') + ser(v[i], depth + 1);
      }
      return out + ']';
    }
    const p = Object.getPrototypeOf(v);
    if (p !== proto && p !== null) throw new Fail(`a ${(v as object).constructor?.name ?? 'non-plain'} object`);
    const keys = Object.keys(v).sort();
    out = '{';
    let first = true;
    for (const k of keys) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) continue;
      at = k;
      const key = str(k);
      out += (first ? '' : ',') + key + ':' + ser(x, depth + 1);
      first = false;
    }
    return out + '}';
  } catch (e) {
    if (e instanceof Fail && at !== '') e.keys.push(at);
    throw e;
  }
}

const pathOf = (keys: readonly (string | number)[]) =>
  '$' + [...keys].reverse().map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`)).join('');

/** The RFC 8785 canonical JSON text of a JSON value. Throws `CanonicalJsonError` for anything else. */
export function canonicalJson(value: unknown): string {
  try {
    return ser(value, 0);
  } catch (e) {
    if (e instanceof Fail) throw new CanonicalJsonError(e.what, pathOf(e.keys));
    if (e instanceof RangeError) throw new CanonicalJsonError('a value nested too deeply', '$');
    throw e;
  }
}
