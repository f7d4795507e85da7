/**
 * Errors with paths. Every validation problem in aimskit is an `AimsIssue`: a path in the
 * `sections[2].questions[4].scale` form and a message written for the person who has to fix it.
 */
import type * as z from 'zod/mini';

export interface AimsIssue {
  /** Where: `sections[2].questions[4].scale`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
}

/** Base of every documented validation error; `issues` lists every problem found. */
export class AimsValidationError extends Error {
  readonly issues: readonly AimsIssue[];
  constructor(what: string, issues: readonly AimsIssue[]) {
    const first = issues.slice(0, 5).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    const more = issues.length > 5 ? `\n… and ${issues.length - 5} more` : '';
    super(`${what} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${first.join('\n')}${more}`);
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

/** A response that does not fit its definition. */
export class ResponseError extends AimsValidationError {
  constructor(issues: readonly AimsIssue[]) {
    super('Invalid assessment response', issues);
    this.name = 'ResponseError';
  }
}

/** `["sections", 2, "questions", 4, "scale"]` → `sections[2].questions[4].scale`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const s = String(key);
      out += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  return `${typeof value} ${String(value)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, key) ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return cur;
}

/** Turns zod's issues into path-bearing messages an author understands. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown, prefix: readonly PropertyKey[] = []): AimsIssue[] {
  const out: AimsIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const got = valueAt(input, issue.path);
    let message: string;
    switch (issue.code) {
      case 'invalid_type':
        message = got === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}, got ${describe(got)}`;
        break;
      case 'unrecognized_keys':
        out.push(...issue.keys.map((key) => ({ path: formatPath([...path, key]), message: `unknown field "${key}"` })));
        continue;
      case 'invalid_value':
        message = `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describe(got)}`;
        break;
      case 'invalid_union': {
        // A union of shapes (Text, answer values): name what is accepted rather than each branch.
        message = `has the wrong form: ${describe(got)}`;
        const nested = issue.errors.filter((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
        if (nested.length === 1) {
          out.push(...fromZodIssues(nested[0]!, got, path));
          continue;
        }
        break;
      }
      default:
        message = issue.message && issue.message !== 'Invalid input' ? issue.message : `is invalid (${issue.code})`;
    }
    out.push({ path: formatPath(path), message });
  }
  return out;
}
