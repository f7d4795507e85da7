/**
 * One test file, two runtimes: core tests import describe/it/assert from here and run unchanged in
 * Node's test runner (`npm run test:node`) and in Chromium under web-test-runner's mocha.
 */
type Fn = () => void | Promise<void>;
type Suite = (name: string, fn: () => void) => void;
type Test = (name: string, fn: Fn) => void;

const g = globalThis as unknown as { describe?: Suite; it?: Test; process?: unknown };
const nodeTestModule = 'node:test';
const runner: { describe: Suite; it: Test } =
  typeof g.describe === 'function' && typeof g.it === 'function'
    ? { describe: g.describe, it: g.it }
    : ((await import(/* @vite-ignore */ nodeTestModule)) as { describe: Suite; it: Test });

export const describe: Suite = (name, fn) => runner.describe(name, fn);
export const it: Test = (name, fn) => runner.it(name, fn);

/** True when running in Node (not a browser). */
export const inNode = typeof (globalThis as { window?: unknown }).window === 'undefined';

export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}

function show(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
  } catch {
    return String(v);
  }
}

/** First path where a and b differ, or null. */
export function diffPath(a: unknown, b: unknown, path = ''): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
    return path || '(root)';
  if (Array.isArray(a) !== Array.isArray(b)) return path || '(root)';
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  for (const k of new Set([...ka, ...kb])) {
    const d = diffPath(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`,
    );
    if (d) return d;
  }
  return null;
}

export interface Assert {
  ok(value: unknown, message?: string): asserts value;
  equal<T>(actual: T, expected: T, message?: string): void;
  notEqual<T>(actual: T, expected: T, message?: string): void;
  deepEqual(actual: unknown, expected: unknown, message?: string): void;
  close(actual: number, expected: number, epsilon?: number, message?: string): void;
  match(actual: string, pattern: RegExp, message?: string): void;
  throws<E = Error>(
    fn: () => unknown,
    check?: (new (...a: never[]) => E) | RegExp,
    message?: string,
  ): E;
  rejects<E = Error>(
    fn: () => Promise<unknown>,
    check?: (new (...a: never[]) => E) | RegExp,
    message?: string,
  ): Promise<E>;
}

/**
 * Explicitly typed so that `assert.ok` narrows (TypeScript requires an annotated name for assertion
 * calls).
 */
export const assert: Assert = {
  ok(value: unknown, message = 'expected a truthy value'): asserts value {
    if (!value) throw new AssertionError(`${message} (got ${show(value)})`);
  },
  equal<T>(actual: T, expected: T, message = ''): void {
    if (!Object.is(actual, expected))
      throw new AssertionError(
        `${message ? `${message}: ` : ''}expected ${show(expected)}, got ${show(actual)}`,
      );
  },
  notEqual<T>(actual: T, expected: T, message = ''): void {
    if (Object.is(actual, expected))
      throw new AssertionError(
        `${message ? `${message}: ` : ''}expected a value other than ${show(expected)}`,
      );
  },
  deepEqual(actual: unknown, expected: unknown, message = ''): void {
    const d = diffPath(actual, expected);
    if (d !== null)
      throw new AssertionError(
        `${message ? `${message}: ` : ''}differs at ${d}\n  expected ${show(expected)}\n  got      ${show(actual)}`,
      );
  },
  close(actual: number, expected: number, epsilon = 1e-9, message = ''): void {
    if (!(Math.abs(actual - expected) <= epsilon))
      throw new AssertionError(
        `${message ? `${message}: ` : ''}expected ${expected} ± ${epsilon}, got ${actual}`,
      );
  },
  match(actual: string, pattern: RegExp, message = ''): void {
    if (!pattern.test(actual))
      throw new AssertionError(
        `${message ? `${message}: ` : ''}expected ${show(actual)} to match ${pattern}`,
      );
  },
  /** Runs fn, expects it to throw; returns the error for further checks. */
  throws<E = Error>(
    fn: () => unknown,
    check?: (new (...a: never[]) => E) | RegExp,
    message = '',
  ): E {
    try {
      fn();
    } catch (e) {
      if (typeof check === 'function' && !(e instanceof check))
        throw new AssertionError(
          `${message ? `${message}: ` : ''}threw ${show(String(e))}, not a ${check.name}`,
        );
      if (check instanceof RegExp && !check.test(String((e as Error)?.message ?? e)))
        throw new AssertionError(
          `${message ? `${message}: ` : ''}threw ${show(String(e))}, not matching ${check}`,
        );
      return e as E;
    }
    throw new AssertionError(`${message ? `${message}: ` : ''}expected a throw`);
  },
  async rejects<E = Error>(
    fn: () => Promise<unknown>,
    check?: (new (...a: never[]) => E) | RegExp,
    message = '',
  ): Promise<E> {
    try {
      await fn();
    } catch (e) {
      if (typeof check === 'function' && !(e instanceof check))
        throw new AssertionError(
          `${message ? `${message}: ` : ''}rejected with ${show(String(e))}, not a ${check.name}`,
        );
      if (check instanceof RegExp && !check.test(String((e as Error)?.message ?? e)))
        throw new AssertionError(
          `${message ? `${message}: ` : ''}rejected with ${show(String(e))}, not matching ${check}`,
        );
      return e as E;
    }
    throw new AssertionError(`${message ? `${message}: ` : ''}expected a rejection`);
  },
};
