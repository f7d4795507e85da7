/**
 * The schema kit: the model's shapes as plain descriptors, one `validate(schema, value, path)` that
 * returns path-bearing `AimsIssue`s, and `Infer<S>` for the TypeScript type of a descriptor. It replaces
 * zod/mini in the runtime (docs/decisions.md): about 2 KB minified instead of about 28 KB.
 *
 * Each descriptor brings its own check (`v`), so nothing here switches on a kind; the data fields
 * (`k`, `c`, `p`, `i`, `e`, `u`) are what `json-schema.ts` walks at build time. Values are only read
 * (own keys, through `Object.hasOwn`), never copied or written, so `__proto__`, `constructor` or
 * `prototype` keys in JSON cannot reach a prototype.
 */
import { formatPath, type AimsIssue } from './issues.js';
import { ID_PATTERN } from '../logic/condition.js';

type Path = PropertyKey[];
type Out = [Path, string][];
/** A refinement: the test, its message, and the JSON Schema keywords it stands for. */
export type Check<T> = readonly [
  test: (x: T) => boolean,
  message: string,
  json?: Record<string, unknown>,
];

export interface Schema<T = unknown> {
  /** Kind: string, number, boolean, enum, array, object, record, union, any. */
  readonly k: string;
  /** Checks `x` (found at `at`, which it may push to and pop from) and appends problems to `out`. */
  readonly v: (x: unknown, at: Path, out: Out) => void;
  /** Optional: `undefined` (or a missing key) is accepted. */
  readonly o?: true;
  /** Refinements (string, number, array). */
  readonly c?: readonly Check<never>[];
  /** Object properties; `l`: a loose object (unknown keys allowed). */
  readonly p?: Readonly<Record<string, Schema>>;
  readonly l?: boolean;
  /** Array item, or record value (with `r` the record's key). */
  readonly i?: Schema;
  readonly r?: Schema;
  /** Allowed values (enum, literal). */
  readonly e?: readonly unknown[];
  /** Union branches. */
  readonly u?: readonly Schema[];
  /** Type carrier only, never set. */
  readonly _t?: T;
}

type Shape = Record<string, Schema<unknown>>;
type Opt = { readonly o: true };
type Flat<T> = { [K in keyof T]: T[K] } & {};
/** The TypeScript type a descriptor accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;
type ObjectOf<P extends Shape> = Flat<
  { -readonly [K in keyof P as P[K] extends Opt ? never : K]: Infer<P[K]> } & {
    -readonly [K in keyof P as P[K] extends Opt ? K : never]?: Infer<P[K]>;
  }
>;
export type ObjectSchema<P extends Shape> = Schema<ObjectOf<P>> & { readonly p: P };

/** How a value is named in a message: `the text "abc"`, `number 5`, `an object`, `nothing`. */
export function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'string')
    return `the text ${JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)}`;
  if (typeof x === 'object') return 'an object';
  return x === undefined ? 'nothing' : `${typeof x} ${String(x)}`;
}

const add = (out: Out, at: Path, message: string) => out.push([[...at], message]);
const wrong = (out: Out, at: Path, x: unknown, expected: string) =>
  add(
    out,
    at,
    x === undefined ? `is required (${expected})` : `expected ${expected}, got ${describe(x)}`,
  );
const checks = (c: readonly Check<never>[], x: unknown, at: Path, out: Out) => {
  for (const [test, message] of c) if (!test(x as never)) add(out, at, message);
};
/** Runs `s` on `x` at `at` + `key`. */
const under = (s: Schema, x: unknown, at: Path, key: PropertyKey, out: Out) => {
  at.push(key);
  s.v(x, at, out);
  at.pop();
};
/** A plain object (`{}` or `Object.create(null)`): not an array, a Date, a boxed `new Boolean(false)` … */
const isObject = (x: unknown): x is Record<string, unknown> => {
  const p = typeof x === 'object' && x !== null && Object.getPrototypeOf(x);
  return p === Object.prototype || p === null;
};

function primitive<T>(k: string, is: (x: unknown) => boolean, c: readonly Check<T>[]): Schema<T> {
  return {
    k,
    c: c as readonly Check<never>[],
    v: (x, at, out) =>
      is(x) ? checks(c as readonly Check<never>[], x, at, out) : wrong(out, at, x, k),
  };
}

export const string = (...c: Check<string>[]): Schema<string> =>
  primitive('string', (x) => typeof x === 'string', c);
/** A finite number. */
export const number = (...c: Check<number>[]): Schema<number> =>
  primitive('number', Number.isFinite, c);
/** A whole number (a safe integer). */
export const int = (...c: Check<number>[]): Schema<number> =>
  number([Number.isSafeInteger, 'must be a whole number', { type: 'integer' }], ...c);
export const boolean = (): Schema<boolean> =>
  primitive('boolean', (x) => typeof x === 'boolean', []);
/** Anything (checked elsewhere). */
export const any = (): Schema<unknown> => ({ k: 'any', v: () => {} });
/** A value `test` accepts, else `message`. */
export const custom = <T>(test: (x: unknown) => boolean, message: string): Schema<T> => ({
  k: 'any',
  v: (x, at, out) => {
    if (!test(x)) add(out, at, message);
  },
});

/** One of `values` (a literal is an enum of one). */
export function enumOf<const V extends readonly (string | number | boolean)[]>(
  values: V,
): Schema<V[number]> {
  return {
    k: 'enum',
    e: values,
    v: (x, at, out) => {
      if (!values.includes(x as never))
        add(
          out,
          at,
          `expected ${values.map((e) => JSON.stringify(e)).join(' or ')}, got ${describe(x)}`,
        );
    },
  };
}
export const literal = <const V extends string>(value: V): Schema<V> => enumOf([value]);

export const min = (n: number, message = `must be at least ${n}`): Check<number> => [
  (x) => x >= n,
  message,
  { minimum: n },
];
export const max = (n: number, message = `must be at most ${n}`): Check<number> => [
  (x) => x <= n,
  message,
  { maximum: n },
];
/** At least `n` characters or items. */
export const minLength = (n: number, message = 'must not be empty'): Check<{ length: number }> => [
  (x) => x.length >= n,
  message,
  { minLength: n },
];
export const maxLength = (n: number, message = `is longer than ${n} characters`): Check<string> => [
  (x) => x.length <= n,
  message,
  { maxLength: n },
];
export const pattern = (re: RegExp, message: string): Check<string> => [
  (x) => re.test(x),
  message,
  { pattern: re.source },
];
export const refine = <T>(test: (x: T) => boolean, message: string): Check<T> => [test, message];

export const optional = <T>(s: Schema<T>): Schema<T | undefined> & Opt => ({ ...s, o: true });

export function array<T>(item: Schema<T>, ...c: Check<{ length: number }>[]): Schema<T[]> {
  return {
    k: 'array',
    i: item,
    c: c as readonly Check<never>[],
    v: (x, at, out) => {
      if (!Array.isArray(x)) return wrong(out, at, x, 'array');
      for (let n = 0; n < x.length; n++) under(item, x[n], at, n, out);
      checks(c as readonly Check<never>[], x, at, out);
    },
  };
}

/** An object with exactly these properties (`loose`: other properties are allowed and not checked). */
export function object<P extends Shape>(p: P, loose = false): ObjectSchema<P> {
  return {
    k: 'object',
    p,
    l: loose,
    v: (x, at, out) => {
      if (!isObject(x)) return wrong(out, at, x, 'object');
      for (const key in p) {
        const y = Object.hasOwn(x, key) ? x[key] : undefined;
        if (y !== undefined || !p[key]!.o) under(p[key]!, y, at, key, out);
      }
      if (!loose)
        for (const key of Object.keys(x))
          if (!Object.hasOwn(p, key)) add(out, [...at, key], `unknown field "${key}"`);
    },
  };
}

/** A plain object whose keys fit `key` and whose values fit `value`. */
export function record<T>(key: Schema<string>, value: Schema<T>): Schema<Record<string, T>> {
  return {
    k: 'record',
    r: key,
    i: value,
    v: (x, at, out) => {
      if (!isObject(x)) return wrong(out, at, x, 'record');
      for (const k of Object.keys(x)) {
        const n = out.length;
        under(key, k, at, k, out);
        if (out.length === n) under(value, x[k], at, k, out);
      }
    },
  };
}

/**
 * The first branch that fits. When none does and exactly one branch failed only inside the value (not
 * on its type), its problems are reported; otherwise the value "has the wrong form" (`name` when missing).
 */
export function union<B extends readonly Schema<unknown>[]>(
  name: string,
  ...u: B
): Schema<Infer<B[number]>> {
  return {
    k: 'union',
    u,
    v: (x, at, out) => {
      if (x === undefined) return add(out, at, `is required (${name})`);
      const inside: Out[] = [];
      for (const s of u) {
        const o: Out = [];
        s.v(x, at, o);
        if (!o.length) return; // the first branch that fits: the others are not tried
        if (o.every(([p]) => p.length > at.length)) inside.push(o);
      }
      if (inside.length === 1) out.push(...inside[0]!);
      else add(out, at, `has the wrong form: ${describe(x)}`);
    },
  };
}

/** The problems of `value` against `schema`, with paths under `path`; empty when it fits. */
export function validate(
  schema: Schema,
  value: unknown,
  path: readonly PropertyKey[] = [],
): AimsIssue[] {
  const out: Out = [];
  if (value !== undefined || !schema.o) schema.v(value, [...path], out);
  return out.map(([p, message]) => ({ path: formatPath(p), message }));
}

/** Ids: letters, digits and `. _ : -`, starting with a letter or digit (so `{id}` in conditions is unambiguous). */
export { ID_PATTERN };

export const Id = string(
  minLength(1),
  maxLength(200),
  pattern(ID_PATTERN, 'must start with a letter or digit and use only letters, digits and . _ : -'),
);

/** A plain string or a map of locale to string: `"Scope"` or `{ "en": "Scope", "de": "Geltungsbereich" }`. */
export const Text = union(
  'text',
  string(),
  record(
    string(pattern(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a locale such as "en" or "de-CH"')),
    string(),
  ),
);
export type Text = Infer<typeof Text>;

/** ISO 8601 timestamp or date string, checked loosely (the platform's Date parser decides). */
export const Timestamp = string(
  refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date or timestamp'),
);

/** A fraction in 0..1 (values, targets). */
export const Fraction = number(min(0), max(1));
