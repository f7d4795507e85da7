/**
 * The condition language (`showIf`, `requiredIf`; docs/definitions.md): a hand-written scanner that reads one
 * token at a time (no regular expression runs over the whole input, no eval), a recursive-descent parser with
 * precedence `not` > comparison > `and` > `or`, and a plain tree walk for evaluation. Input length and nesting
 * depth are bounded (below; listed with the other limits in src/model/limits.ts), so hostile input cannot overflow the stack.
 */

/**
 * The syntax of an id, which `{id}` reads in a condition. Definition ids follow it too
 * (src/model/definition.ts), so every id can be referenced without quoting.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** A `showIf` or `requiredIf` condition, in characters (listed with every other limit in src/model/limits.ts). */
export const MAX_CONDITION_LENGTH = 2000;
/** Nesting of parentheses and `not` in a condition. */
export const MAX_CONDITION_DEPTH = 64;

/** What a condition reads for a question: its answer's value, or undefined when unanswered. */
export type AnswerRead = string | number | readonly string[] | undefined;

/** A syntax error in a condition; `position` is the 0-based offset in the source. */
export class ConditionError extends Error {
  /** The message without its `at N:` prefix. */
  readonly reason: string;
  constructor(
    readonly position: number,
    reason: string,
  ) {
    super(`at ${position}: ${reason}`);
    this.name = 'ConditionError';
    this.reason = reason;
  }
}

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'contains' | 'notcontains';

/** A parsed condition; `pos` is the 0-based offset of the node in its source. */
export type ConditionAst =
  | { readonly type: 'ref'; readonly id: string; readonly pos: number }
  | { readonly type: 'literal'; readonly value: string | number | boolean; readonly pos: number }
  | {
      readonly type: 'not' | 'empty' | 'notempty';
      readonly operand: ConditionAst;
      readonly pos: number;
    }
  | {
      readonly type: 'compare';
      readonly op: CompareOp;
      readonly left: ConditionAst;
      readonly right: ConditionAst;
      readonly pos: number;
    }
  | {
      readonly type: 'and' | 'or';
      readonly operands: readonly ConditionAst[];
      readonly pos: number;
    };

/** A token: kind (`ref lit ( ) op and or not end`; `op` covers comparisons, contains and empty), value, offset. */
type Tok = { k: string; v: string | number | boolean; p: number };

const fail = (pos: number, reason: string): never => {
  throw new ConditionError(pos, reason);
};
const q = JSON.stringify;
const OPS = ['contains', 'notcontains', 'empty', 'notempty'];

/** Parses a condition such as `{role} contains 'developer' and not ({size} < 10)`; throws `ConditionError`. */
export function parseCondition(src: string): ConditionAst {
  if (typeof src !== 'string') fail(0, 'a condition must be text');
  if (src.length > MAX_CONDITION_LENGTH)
    fail(
      MAX_CONDITION_LENGTH,
      `a condition may be at most ${MAX_CONDITION_LENGTH} characters long`,
    );
  let i = 0;
  const at = (re: RegExp): string => {
    re.lastIndex = i;
    return re.exec(src)?.[0] ?? '';
  };
  const scan = (): Tok => {
    i += at(/[ \t\n\r]*/y).length;
    const p = i;
    const c = src[i];
    const tok = (k: string, v: Tok['v'], len: number): Tok => ((i += len), { k, v, p });
    if (c === undefined) return { k: 'end', v: '', p };
    if (c === '{') {
      const close = src.indexOf('}', i);
      if (close < 0) fail(p, "'{' without a closing '}'");
      const id = src.slice(i + 1, close).trim();
      if (!ID_PATTERN.test(id))
        fail(p, `${q(id)} is not a question id (letters, digits and . _ : -)`);
      return tok('ref', id, close + 1 - i);
    }
    if (c === "'" || c === '"') {
      let text = '';
      for (i++; src[i] !== c; i++) {
        if (i >= src.length) fail(p, `text starting here has no closing ${c}`);
        if (src[i] === '\\' && i + 1 < src.length) i++;
        text += src[i];
      }
      return tok('lit', text, 1);
    }
    const num = at(/-?\.?\d[\d.]*/y);
    if (num) {
      if (!/^-?(\d+\.?\d*|\.\d+)$/.test(num) || !Number.isFinite(+num))
        fail(p, `${q(num)} is not a number`);
      if (/[A-Za-z]/.test(src[i + num.length] ?? ''))
        fail(
          p,
          `${q(src.slice(i, i + num.length + 1))} is not a number (question ids are written in braces)`,
        );
      return tok('lit', +num, num.length);
    }
    if (c === '(' || c === ')') return tok(c, c, 1);
    const op = at(/[<>!]=|[=<>!]/y);
    if (op === '!') fail(p, "unexpected '!' (write 'not' or '!=')");
    if (op) return tok('op', op, op.length);
    const word = at(/[A-Za-z]+/y);
    if (!word) fail(p, `unexpected character ${q(c)}`);
    const w = word.toLowerCase();
    if (/[\d_-]/.test(src[i + word.length] ?? ''))
      fail(
        p,
        `unknown word ${q(src.slice(i, i + word.length + 1))} (question ids are written in braces, text in quotes)`,
      );
    if (w === 'true' || w === 'false') return tok('lit', w === 'true', word.length);
    if (OPS.includes(w)) return tok('op', w, word.length);
    if (w === 'and' || w === 'or' || w === 'not') return tok(w, w, word.length);
    return fail(
      p,
      `unknown word ${q(word)} (question ids are written in braces: {${word}}, text in quotes: '${word}')`,
    );
  };

  let cur = scan();
  let prev: Tok | undefined;
  let depth = 0;
  const next = (): Tok => ((prev = cur), (cur = scan()), prev);
  const show = (t: Tok): string =>
    t.k === 'end'
      ? 'the end of the condition'
      : t.k === 'ref'
        ? `{${t.v}}`
        : t.k === 'lit' && typeof t.v === 'string'
          ? q(t.v)
          : `'${t.v}'`;
  /** Parses `f()` one level deeper (`t` opened the level). */
  const nest = (t: Tok, f: () => ConditionAst): ConditionAst => {
    if (++depth > MAX_CONDITION_DEPTH)
      fail(t.p, `conditions may nest at most ${MAX_CONDITION_DEPTH} levels deep`);
    const r = f();
    depth--;
    return r;
  };
  const list = (k: 'and' | 'or', item: () => ConditionAst): ConditionAst => {
    const operands = [item()];
    while (cur.k === k) (next(), operands.push(item()));
    return operands.length > 1 ? { type: k, operands, pos: operands[0]!.pos } : operands[0]!;
  };
  const or = (): ConditionAst => list('or', () => list('and', comparison));
  const comparison = (): ConditionAst => {
    const negated = cur.k === 'not';
    const left = unary();
    const t = cur;
    if (t.k !== 'op') return left;
    if (negated)
      fail(
        t.p,
        `'not' applies only to the value right after it: write not (… ${t.v} …), or use '!=', 'notcontains' or 'notempty'`,
      );
    next();
    if (t.v === 'empty' || t.v === 'notempty') return { type: t.v, operand: left, pos: t.p };
    if (cur.k === 'not')
      fail(cur.p, `expected a value after '${t.v}' ('not' needs parentheses here)`);
    return { type: 'compare', op: t.v as CompareOp, left, right: primary(), pos: t.p };
  };
  const unary = (): ConditionAst => {
    const t = cur;
    return t.k === 'not' ? (next(), { type: 'not', operand: nest(t, unary), pos: t.p }) : primary();
  };
  const primary = (): ConditionAst => {
    const before = prev;
    const t = next();
    if (t.k === 'ref') return { type: 'ref', id: t.v as string, pos: t.p };
    if (t.k === 'lit') return { type: 'literal', value: t.v, pos: t.p };
    if (t.k !== '(') {
      return fail(
        t.p,
        t.k === 'end' && !before
          ? 'expected a condition'
          : `expected a value${before ? ` after ${show(before)}` : ''}, found ${show(t)}`,
      );
    }
    return nest(t, () => {
      if (cur.k === ')') fail(cur.p, "expected a condition inside '( )'");
      const inner = or();
      const close = next();
      if (close.k !== ')')
        fail(close.p, `expected ')' to close the '(' at ${t.p}, found ${show(close)}`);
      return inner;
    });
  };

  const ast = or();
  if (cur.k !== 'end')
    fail(
      cur.p,
      cur.k === ')'
        ? "')' without a matching '('"
        : `expected 'and', 'or' or the end of the condition, found ${show(cur)}`,
    );
  return ast;
}

/** The references a condition makes, in order of appearance (with their positions). */
export function refNodes(ast: ConditionAst): { id: string; pos: number }[] {
  const out = [];
  const stack = [ast];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'ref') out.push(n);
    else
      stack.push(
        ...('operands' in n
          ? [...n.operands].reverse()
          : 'operand' in n
            ? [n.operand]
            : 'left' in n
              ? [n.right, n.left]
              : []),
      );
  }
  return out;
}

/** The question ids a condition reads, each once, in order of first appearance. */
export const conditionRefs = (ast: ConditionAst): string[] => [
  ...new Set(refNodes(ast).map((n) => n.id)),
];

/** A value inside a condition: an answer, a literal, or the truth of a sub-condition. */
export type ConditionValue = string | number | boolean | readonly string[] | undefined;
type Scalar = string | number | boolean;

/** Unanswered, an empty text, or a `multi` answer with nothing chosen. */
export const isEmptyValue = (v: ConditionValue): boolean =>
  v === undefined || v === '' || (Array.isArray(v) && !v.length);

/** A value used as a condition: booleans are themselves, anything else is true when not empty. */
const truth = (v: ConditionValue): boolean => (typeof v === 'boolean' ? v : !isEmptyValue(v));

/** A number, or a string that reads as one (`"3"`, `" 2.5 "`), else undefined. */
const numeric = (v: ConditionValue): number | undefined =>
  (typeof v === 'number' || (typeof v === 'string' && v.trim())) && Number.isFinite(+v!)
    ? +v!
    : undefined;

/** Equality of two non-list, non-empty values (numbers when both read as numbers; booleans as text). */
function same(a: Scalar, b: Scalar): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return String(a) === String(b);
  const na = numeric(a);
  const nb = numeric(b);
  return na !== undefined && nb !== undefined ? na === nb : a === b;
}
const list = (v: ConditionValue): readonly Scalar[] => (Array.isArray(v) ? v : [v as Scalar]);
const within = (xs: readonly Scalar[], ys: readonly Scalar[]) =>
  xs.every((x) => ys.some((y) => same(x, y)));

function valueOf(n: ConditionAst, read: (questionId: string) => AnswerRead): ConditionValue {
  if (n.type === 'ref') {
    // Keeps only values an answer can hold; anything else reads as empty.
    const v: unknown = read(n.id);
    return typeof v === 'string' || Number.isFinite(v)
      ? (v as string)
      : Array.isArray(v)
        ? v.filter((x) => typeof x === 'string')
        : undefined;
  }
  if (n.type === 'literal') return n.value;
  if ('operands' in n)
    return n.operands[n.type === 'and' ? 'every' : 'some']((o) => truth(valueOf(o, read)));
  if ('operand' in n) {
    const v = valueOf(n.operand, read);
    return n.type === 'not' ? !truth(v) : isEmptyValue(v) === (n.type === 'empty');
  }
  const a = valueOf(n.left, read);
  const b = valueOf(n.right, read);
  const op = n.op;
  const empty = isEmptyValue(a) || isEmptyValue(b);
  if (op === '=' || op === '!=') {
    const eq = empty
      ? isEmptyValue(a) && isEmptyValue(b)
      : within(list(a), list(b)) && within(list(b), list(a));
    return eq === (op === '=');
  }
  if (op === 'contains' || op === 'notcontains') {
    const has =
      !empty &&
      typeof b !== 'boolean' &&
      (Array.isArray(a)
        ? within(list(b), a)
        : typeof a === 'string' && list(b).every((w) => a.includes(String(w))));
    return has === (op === 'contains');
  }
  if (
    empty ||
    Array.isArray(a) ||
    Array.isArray(b) ||
    typeof a === 'boolean' ||
    typeof b === 'boolean'
  )
    return false;
  const na = numeric(a);
  const nb = numeric(b);
  const d =
    na !== undefined && nb !== undefined
      ? na - nb
      : typeof a === 'string' && typeof b === 'string'
        ? a < b
          ? -1
          : a > b
            ? 1
            : 0
        : NaN;
  return op === '<' ? d < 0 : op === '<=' ? d <= 0 : op === '>' ? d > 0 : d >= 0;
}

/** Evaluates a parsed condition; `read` gives a question's answer value (undefined when unanswered). */
export function evaluate(ast: ConditionAst, read: (questionId: string) => AnswerRead): boolean {
  return truth(valueOf(ast, read));
}
