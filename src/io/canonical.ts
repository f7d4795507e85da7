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
 * Thrown inside while a value is written: what was found, and the keys that lead to it from the
 * innermost out (each container on the way adds its key as the failure travels up).
 */
class NotJson extends Error {
  readonly keys: (string | number)[] = [];
  constructor(readonly what: string) {
    super(what);
  }
}
const fail = (what: string): never => {
  throw new NotJson(what);
};

/**
 * Characters that need escaping, or a closer look (surrogates): anything but the characters a
 * JSON string holds as they are (space and up, except `"`, `\` and the surrogate range).
 */
const SPECIAL = /[^\u0020\u0021\u0023-\u005b\u005d-\ud7ff\ue000-\uffff]/;

function quote(text: string): string {
  if (!SPECIAL.test(text)) return `"${text}"`; // the common case, without JSON.stringify's cost
  if (/\p{Cs}/u.test(text)) fail('a string with a lone surrogate');
  return JSON.stringify(text);
}

/** What a value that is not JSON is called in the error: `NaN`, `undefined`, `a function`. */
const nameOf = (value: unknown): string => {
  const type = typeof value;
  if (type === 'number') return String(value);
  return type === 'undefined' ? type : `a ${type}`;
};

function write(value: unknown, depth: number): string {
  const type = typeof value;
  if (type === 'string') return quote(value as string);
  // String() writes numbers in their shortest round-trip form, and -0 as 0.
  if ((type === 'number' && Number.isFinite(value)) || type === 'boolean' || value === null)
    return String(value);
  if (type !== 'object') fail(nameOf(value));
  if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels (or a cycle)`);
  const container = value as Record<string | number, unknown>;
  const list = Array.isArray(container);
  const prototype: unknown = Object.getPrototypeOf(container);
  if (!list && prototype !== Object.prototype && prototype !== null)
    fail(`a ${container.constructor?.name ?? 'non-plain'} object`);
  let out = '';
  let key: string | number | undefined;
  try {
    if (list) {
      for (key = 0; key < container.length; key++)
        out += (key ? ',' : '') + write(container[key], depth + 1);
    } else {
      for (key of Object.keys(container).sort()) {
        const field = container[key];
        if (field !== undefined)
          out += (out ? ',' : '') + quote(key) + ':' + write(field, depth + 1);
      }
    }
  } catch (error) {
    if (error instanceof NotJson && key !== undefined) error.keys.push(key);
    throw error;
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
    return write(value, 0);
  } catch (error) {
    if (error instanceof NotJson)
      throw new CanonicalJsonError(error.what, pathOf([...error.keys].reverse()));
    if (error instanceof RangeError) throw new CanonicalJsonError('a value nested too deeply', '$');
    throw error;
  }
}
