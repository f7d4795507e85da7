/**
 * The condition language (`showIf`, `requiredIf`; docs/definitions.md): a hand-written scanner
 * that reads one token at a time (no regular expression runs over the whole input, no eval), a
 * recursive-descent parser with precedence `not` > comparison > `and` > `or`, and a plain tree walk
 * for evaluation. Input length and nesting depth are bounded (below; listed with the other limits
 * in src/model/limits.ts), so hostile input cannot overflow the stack.
 */

/**
 * The syntax of an id, which `{id}` reads in a condition. Definition ids follow it too
 * (src/model/definition.ts), so every id can be referenced without quoting.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/**
 * A `showIf` or `requiredIf` condition, in characters (listed with every other limit in
 * src/model/limits.ts).
 */
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

/**
 * What a token is: a reference `{id}`, a literal (text, number, true/false), a parenthesis, an
 * operator (comparisons, contains and empty), `and`, `or`, `not`, or the end of the source.
 */
type TokenKind = 'ref' | 'lit' | '(' | ')' | 'op' | 'and' | 'or' | 'not' | 'end';

interface Token {
  readonly kind: TokenKind;
  readonly value: string | number | boolean;
  /** 0-based offset in the source. */
  readonly offset: number;
}

const fail = (position: number, reason: string): never => {
  throw new ConditionError(position, reason);
};
const quote = JSON.stringify;
/** Operators written as words. */
const WORD_OPERATORS = ['contains', 'notcontains', 'empty', 'notempty'];

/** Reads a condition one token at a time. */
class Scanner {
  private offset = 0;

  constructor(private readonly source: string) {}

  /** What a sticky pattern matches at the current offset ('' when nothing). */
  private match(pattern: RegExp): string {
    pattern.lastIndex = this.offset;
    return pattern.exec(this.source)?.[0] ?? '';
  }

  /** A token starting at `start`; the offset moves on by `length`. */
  private take(kind: TokenKind, value: Token['value'], start: number, length: number): Token {
    this.offset += length;
    return { kind, value, offset: start };
  }

  /** The character after a run of `length` characters from `start` ('' at the end). */
  private after(start: number, length: number): string {
    return this.source[start + length] ?? '';
  }

  next(): Token {
    this.offset += this.match(/[ \t\n\r]*/y).length;
    const start = this.offset;
    const char = this.source[start];
    if (char === undefined) return { kind: 'end', value: '', offset: start };
    if (char === '{') return this.reference(start);
    if (char === "'" || char === '"') return this.text(start, char);
    const number = this.match(/-?\.?\d[\d.]*/y);
    if (number) return this.number(start, number);
    if (char === '(' || char === ')') return this.take(char, char, start, 1);
    const operator = this.match(/[<>!]=|[=<>!]/y);
    if (operator === '!') fail(start, "unexpected '!' (write 'not' or '!=')");
    if (operator) return this.take('op', operator, start, operator.length);
    return this.word(start, char);
  }

  private reference(start: number): Token {
    const close = this.source.indexOf('}', start);
    if (close < 0) fail(start, "'{' without a closing '}'");
    const id = this.source.slice(start + 1, close).trim();
    if (!ID_PATTERN.test(id))
      fail(start, `${quote(id)} is not a question id (letters, digits and . _ : -)`);
    return this.take('ref', id, start, close + 1 - start);
  }

  /** Text in `quoteChar` quotes; a backslash takes the next character as it is. */
  private text(start: number, quoteChar: string): Token {
    let text = '';
    let at = start + 1;
    while (this.source[at] !== quoteChar) {
      if (at >= this.source.length) fail(start, `text starting here has no closing ${quoteChar}`);
      if (this.source[at] === '\\' && at + 1 < this.source.length) at++;
      text += this.source[at];
      at++;
    }
    this.offset = at + 1;
    return { kind: 'lit', value: text, offset: start };
  }

  private number(start: number, number: string): Token {
    if (!/^-?(\d+\.?\d*|\.\d+)$/.test(number) || !Number.isFinite(Number(number)))
      fail(start, `${quote(number)} is not a number`);
    if (/[A-Za-z]/.test(this.after(start, number.length))) {
      const shown = quote(this.source.slice(start, start + number.length + 1));
      fail(start, `${shown} is not a number (question ids are written in braces)`);
    }
    return this.take('lit', Number(number), start, number.length);
  }

  private word(start: number, char: string): Token {
    const word = this.match(/[A-Za-z]+/y);
    if (!word) fail(start, `unexpected character ${quote(char)}`);
    const lower = word.toLowerCase();
    if (/[\d_-]/.test(this.after(start, word.length))) {
      const shown = quote(this.source.slice(start, start + word.length + 1));
      fail(start, `unknown word ${shown} (question ids are written in braces, text in quotes)`);
    }
    if (lower === 'true' || lower === 'false')
      return this.take('lit', lower === 'true', start, word.length);
    if (WORD_OPERATORS.includes(lower)) return this.take('op', lower, start, word.length);
    if (lower === 'and' || lower === 'or' || lower === 'not')
      return this.take(lower, lower, start, word.length);
    const hint = `question ids are written in braces: {${word}}, text in quotes: '${word}'`;
    return fail(start, `unknown word ${quote(word)} (${hint})`);
  }
}

/** How a token reads in a message. */
function show(token: Token): string {
  if (token.kind === 'end') return 'the end of the condition';
  if (token.kind === 'ref') return `{${token.value}}`;
  if (token.kind === 'lit' && typeof token.value === 'string') return quote(token.value);
  return `'${token.value}'`;
}

/** The recursive-descent parser over a scanner: one method per level of precedence. */
class Parser {
  private readonly scanner: Scanner;
  private current: Token;
  private previous: Token | undefined;
  private depth = 0;

  constructor(source: string) {
    this.scanner = new Scanner(source);
    this.current = this.scanner.next();
  }

  parse(): ConditionAst {
    const ast = this.or();
    const current = this.current;
    if (current.kind !== 'end') {
      fail(
        current.offset,
        current.kind === ')'
          ? "')' without a matching '('"
          : `expected 'and', 'or' or the end of the condition, found ${show(current)}`,
      );
    }
    return ast;
  }

  /** Moves to the next token; returns the one just passed. */
  private advance(): Token {
    const passed = this.current;
    this.previous = passed;
    this.current = this.scanner.next();
    return passed;
  }

  /** Parses `inner()` one level deeper (`opener` opened the level). */
  private nest(opener: Token, inner: () => ConditionAst): ConditionAst {
    this.depth++;
    if (this.depth > MAX_CONDITION_DEPTH)
      fail(opener.offset, `conditions may nest at most ${MAX_CONDITION_DEPTH} levels deep`);
    const result = inner();
    this.depth--;
    return result;
  }

  /** Items joined by `kind` (`and` or `or`); a single item stands alone. */
  private list(kind: 'and' | 'or', item: () => ConditionAst): ConditionAst {
    const operands = [item()];
    while (this.current.kind === kind) {
      this.advance();
      operands.push(item());
    }
    const first = operands[0]!;
    return operands.length > 1 ? { type: kind, operands, pos: first.pos } : first;
  }

  private or(): ConditionAst {
    return this.list('or', () => this.list('and', () => this.comparison()));
  }

  private comparison(): ConditionAst {
    const negated = this.current.kind === 'not';
    const left = this.unary();
    const operator = this.current;
    if (operator.kind !== 'op') return left;
    if (negated) {
      const rewrite = `write not (… ${operator.value} …), or use '!=', 'notcontains' or 'notempty'`;
      fail(operator.offset, `'not' applies only to the value right after it: ${rewrite}`);
    }
    this.advance();
    if (operator.value === 'empty' || operator.value === 'notempty')
      return { type: operator.value, operand: left, pos: operator.offset };
    if (this.current.kind === 'not') {
      const reason = `expected a value after '${operator.value}' ('not' needs parentheses here)`;
      fail(this.current.offset, reason);
    }
    const right = this.primary();
    return { type: 'compare', op: operator.value as CompareOp, left, right, pos: operator.offset };
  }

  private unary(): ConditionAst {
    const token = this.current;
    if (token.kind !== 'not') return this.primary();
    this.advance();
    return { type: 'not', operand: this.nest(token, () => this.unary()), pos: token.offset };
  }

  private primary(): ConditionAst {
    const before = this.previous;
    const token = this.advance();
    if (token.kind === 'ref') return { type: 'ref', id: String(token.value), pos: token.offset };
    if (token.kind === 'lit') return { type: 'literal', value: token.value, pos: token.offset };
    if (token.kind !== '(') {
      if (token.kind === 'end' && !before) return fail(token.offset, 'expected a condition');
      const after = before ? ` after ${show(before)}` : '';
      return fail(token.offset, `expected a value${after}, found ${show(token)}`);
    }
    return this.nest(token, () => {
      if (this.current.kind === ')') fail(this.current.offset, "expected a condition inside '( )'");
      const inner = this.or();
      const close = this.advance();
      if (close.kind !== ')') {
        const found = show(close);
        fail(close.offset, `expected ')' to close the '(' at ${token.offset}, found ${found}`);
      }
      return inner;
    });
  }
}

/**
 * Parses a condition such as `{role} contains 'developer' and not ({size} < 10)`; throws
 * `ConditionError`.
 */
export function parseCondition(source: string): ConditionAst {
  if (typeof source !== 'string') fail(0, 'a condition must be text');
  if (source.length > MAX_CONDITION_LENGTH) {
    const reason = `a condition may be at most ${MAX_CONDITION_LENGTH} characters long`;
    fail(MAX_CONDITION_LENGTH, reason);
  }
  return new Parser(source).parse();
}

/** The nodes right under a node, in source order. */
function childrenOf(node: ConditionAst): readonly ConditionAst[] {
  if ('operands' in node) return node.operands;
  if ('operand' in node) return [node.operand];
  if ('left' in node) return [node.left, node.right];
  return [];
}

/** The references a condition makes, in order of appearance (with their positions). */
export function refNodes(ast: ConditionAst): { id: string; pos: number }[] {
  const found = [];
  const stack = [ast];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'ref') found.push(node);
    else stack.push(...[...childrenOf(node)].reverse());
  }
  return found;
}

/** The question ids a condition reads, each once, in order of first appearance. */
export const conditionRefs = (ast: ConditionAst): string[] => [
  ...new Set(refNodes(ast).map((node) => node.id)),
];

/** A value inside a condition: an answer, a literal, or the truth of a sub-condition. */
export type ConditionValue = string | number | boolean | readonly string[] | undefined;
type Scalar = string | number | boolean;

/** Unanswered, an empty text, or a `multi` answer with nothing chosen. */
export const isEmptyValue = (value: ConditionValue): boolean =>
  value === undefined || value === '' || (Array.isArray(value) && !value.length);

/** A value used as a condition: booleans are themselves, anything else is true when not empty. */
const truth = (value: ConditionValue): boolean =>
  typeof value === 'boolean' ? value : !isEmptyValue(value);

/** A number, or a string that reads as one (`"3"`, `" 2.5 "`), else undefined. */
function numeric(value: ConditionValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * Do two single values mean the same in a condition? Numbers when both read as numbers (`"3"` is
 * 3), booleans as their text, anything else exactly.
 */
function scalarsMatch(left: Scalar, right: Scalar): boolean {
  if (typeof left === 'boolean' || typeof right === 'boolean')
    return String(left) === String(right);
  const leftNumber = numeric(left);
  const rightNumber = numeric(right);
  if (leftNumber !== undefined && rightNumber !== undefined) return leftNumber === rightNumber;
  return left === right;
}
const asList = (value: ConditionValue): readonly Scalar[] =>
  Array.isArray(value) ? value : [value as Scalar];
/** Does every item match some member of `pool`? */
const allFoundIn = (items: readonly Scalar[], pool: readonly Scalar[]) =>
  items.every((item) => pool.some((member) => scalarsMatch(item, member)));

/** An answer as a condition reads it: only values an answer can hold; anything else is empty. */
function answerValue(read: (questionId: string) => AnswerRead, id: string): ConditionValue {
  const value: unknown = read(id);
  if (typeof value === 'string' || Number.isFinite(value)) return value as string | number;
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string');
  return undefined;
}

/** -1, 0 or 1 as `left` sorts before, with or after `right`; NaN when they do not compare. */
function order(left: ConditionValue, right: ConditionValue): number {
  const leftNumber = numeric(left);
  const rightNumber = numeric(right);
  if (leftNumber !== undefined && rightNumber !== undefined) return leftNumber - rightNumber;
  if (typeof left !== 'string' || typeof right !== 'string') return NaN;
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

type Comparison = Extract<ConditionAst, { type: 'compare' }>;

function compare(node: Comparison, left: ConditionValue, right: ConditionValue): boolean {
  const op = node.op;
  const empty = isEmptyValue(left) || isEmptyValue(right);
  if (op === '=' || op === '!=') {
    const equal = empty
      ? isEmptyValue(left) && isEmptyValue(right)
      : allFoundIn(asList(left), asList(right)) && allFoundIn(asList(right), asList(left));
    return equal === (op === '=');
  }
  if (op === 'contains' || op === 'notcontains') {
    let has = false;
    if (!empty && typeof right !== 'boolean') {
      if (Array.isArray(left)) has = allFoundIn(asList(right), left);
      else if (typeof left === 'string')
        has = asList(right).every((word) => left.includes(String(word)));
    }
    return has === (op === 'contains');
  }
  const unordered =
    empty ||
    Array.isArray(left) ||
    Array.isArray(right) ||
    typeof left === 'boolean' ||
    typeof right === 'boolean';
  if (unordered) return false;
  const difference = order(left, right);
  if (op === '<') return difference < 0;
  if (op === '<=') return difference <= 0;
  if (op === '>') return difference > 0;
  return difference >= 0;
}

function valueOf(node: ConditionAst, read: (questionId: string) => AnswerRead): ConditionValue {
  if (node.type === 'ref') return answerValue(read, node.id);
  if (node.type === 'literal') return node.value;
  if ('operands' in node) {
    const holds = (operand: ConditionAst) => truth(valueOf(operand, read));
    return node.type === 'and' ? node.operands.every(holds) : node.operands.some(holds);
  }
  if ('operand' in node) {
    const value = valueOf(node.operand, read);
    return node.type === 'not' ? !truth(value) : isEmptyValue(value) === (node.type === 'empty');
  }
  return compare(node, valueOf(node.left, read), valueOf(node.right, read));
}

/**
 * Evaluates a parsed condition; `read` gives a question's answer value (undefined when
 * unanswered).
 */
export function evaluate(ast: ConditionAst, read: (questionId: string) => AnswerRead): boolean {
  return truth(valueOf(ast, read));
}
