/**
 * Errors with paths. Every validation problem in aimskit is an `AimsIssue`: a path in the
 * `sections[2].questions[4].scale` form and a message written for the person who has to fix it.
 */
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
    super(
      `${what} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${first.join('\n')}${more}`,
    );
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
