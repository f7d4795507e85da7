/**
 * Errors with paths. Every validation problem in aimskit is an `AimsIssue`: a path in the
 * `sections[2].questions[4].scale` form and a message written for the person who has to fix it.
 *
 * This is also the one place where zod's issues become ours: `aimsErrorMap` words each zod issue
 * (zod's error customisation, passed to every parse), and `toAimsIssues` turns zod's issue list
 * into `AimsIssue`s (one per unknown field, the key problems of a record, the one union branch that
 * failed inside the value). `validate(schema, value, path)` runs a schema and does both.
 */
import { z } from './zod.js';

export interface AimsIssue {
  /** Where: `sections[2].questions[4].scale`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
}

/** Base of every documented validation error; `issues` lists every problem found. */
export class AimsValidationError extends Error {
  readonly issues: readonly AimsIssue[];
  constructor(what: string, issues: readonly AimsIssue[]) {
    const first = issues
      .slice(0, 5)
      .map((found) => (found.path ? `${found.path}: ${found.message}` : found.message));
    const more = issues.length > 5 ? `\n… and ${issues.length - 5} more` : '';
    const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    super(`${what} (${count}):\n${first.join('\n')}${more}`);
    this.name = 'AimsValidationError';
    this.issues = issues;
  }
}

/** A definition that cannot be used; `issues` lists every problem by path. */
export class DefinitionError extends AimsValidationError {
  constructor(issues: readonly AimsIssue[]) {
    super('Invalid assessment definition', issues);
    this.name = 'DefinitionError';
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["sections", 2, "questions", 4, "scale"]` → `sections[2].questions[4].scale`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      continue;
    }
    const name = String(key);
    if (!IDENTIFIER.test(name)) out += `[${JSON.stringify(name)}]`;
    else out += out ? `.${name}` : name;
  }
  return out;
}

/** How a value is named in a message: `the text "abc"`, `number 5`, `an object`, `nothing`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'object') return 'an object';
  return value === undefined ? 'nothing' : `${typeof value} ${String(value)}`;
}

type RawIssue<Code extends z.core.$ZodIssue['code']> = z.core.$ZodRawIssue<
  Extract<z.core.$ZodIssue, { code: Code }>
>;
type Wording = { [Code in z.core.$ZodIssue['code']]: (issue: RawIssue<Code>) => string };

/** What a length counts: characters of a string, items of a list. */
const unitOf = (origin: string) => (origin === 'string' ? 'characters' : 'items');

/**
 * Our wording of each zod issue, by code. Messages written at a schema (`error` params: a scale's
 * "a scale needs at least one option", an id's pattern) take precedence over these.
 */
const WORDING: Wording = {
  invalid_type: (issue) => {
    if (issue.expected === 'int') return 'must be a whole number';
    if (issue.input === undefined) return `is required (${issue.expected})`;
    return `expected ${issue.expected}, got ${describe(issue.input)}`;
  },
  too_small: (issue) => {
    if (issue.origin === 'number') return `must be at least ${issue.minimum}`;
    if (issue.minimum === 1) return 'must not be empty';
    return `needs at least ${issue.minimum} ${unitOf(issue.origin)}`;
  },
  too_big: (issue) => {
    if (issue.origin === 'number') return `must be at most ${issue.maximum}`;
    return `is longer than ${issue.maximum} ${unitOf(issue.origin)}`;
  },
  invalid_value: (issue) => {
    const expected = issue.values.map((value) => JSON.stringify(value)).join(' or ');
    return `expected ${expected}, got ${describe(issue.input)}`;
  },
  invalid_union: (issue) => `has the wrong form: ${describe(issue.input)}`,
  invalid_format: () => 'is not in the expected form',
  unrecognized_keys: (issue) => issue.keys.map((key) => `unknown field "${key}"`).join('; '),
  invalid_key: () => 'has a key that is not allowed',
  invalid_element: () => 'has an entry that is not allowed',
  not_multiple_of: (issue) => `must be a multiple of ${issue.divisor}`,
  custom: () => 'is not valid',
};

/**
 * zod's error customisation for aimskit: the message of a zod issue, in our wording. Pass it to a
 * parse of your own (`Schema.safeParse(value, { error: aimsErrorMap })`) to get our messages from
 * schemas composed of ours; `toAimsIssues` then gives the issues their paths.
 */
export const aimsErrorMap: z.core.$ZodErrorMap = (issue) =>
  (WORDING[issue.code] as (raw: typeof issue) => string)(issue);

/** A union's message for a missing value: `is required (text)` names what was expected. */
export const requiredAs =
  (name: string): z.core.$ZodErrorMap =>
  (issue) =>
    issue.input === undefined ? `is required (${name})` : undefined;

/** The branches of a union issue that failed inside the value (not on its type). */
const failedInside = (issue: z.core.$ZodIssueInvalidUnion) =>
  issue.errors.filter((branch) => branch.every((found) => found.path.length > 0));

/**
 * zod's issues (worded by `aimsErrorMap`) as `AimsIssue`s, with paths under `path`: an unknown
 * field is reported at its own path, a record's bad key by the key's own problem, and a union whose
 * one branch failed inside the value by that branch's problems.
 */
export function toAimsIssues(
  issues: readonly z.core.$ZodIssue[],
  path: readonly PropertyKey[] = [],
): AimsIssue[] {
  const out: AimsIssue[] = [];
  const add = (at: readonly PropertyKey[], message: string) =>
    out.push({ path: formatPath(at), message });
  for (const found of issues) {
    const at = [...path, ...found.path];
    if (found.code === 'unrecognized_keys') {
      for (const key of found.keys) add([...at, key], `unknown field "${key}"`);
    } else if (found.code === 'invalid_key') {
      out.push(...toAimsIssues(found.issues, at));
    } else if (found.code === 'invalid_union' && failedInside(found).length === 1) {
      out.push(...toAimsIssues(failedInside(found)[0]!, at));
    } else {
      add(at, found.message);
    }
  }
  return out;
}

/** The problems of `value` against `schema`, with paths under `path`; empty when it fits. */
export function validate(
  schema: z.core.$ZodType,
  value: unknown,
  path: readonly PropertyKey[] = [],
): AimsIssue[] {
  // The common case first: zod's boolean check is several times faster than a parse with an error
  // map (no output is built), and a value that fits needs no messages.
  if (z.validate(schema, value)) return [];
  const result = z.safeParse(schema, value, { error: aimsErrorMap });
  return result.success ? [] : toAimsIssues(result.error.issues, path);
}
