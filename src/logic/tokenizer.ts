/**
 * Tokens of the condition language (`showIf`, `requiredIf`). A hand-written scanner: no regular
 * expression runs over the whole input, no eval. Every token carries its 0-based offset for errors.
 */
import { ID_PATTERN } from '../model/schema-kit.js';
import { MAX_CONDITION_LENGTH } from '../model/limits.js';

/** A syntax error in a condition; `position` is the 0-based offset in the source. */
export class ConditionError extends Error {
  readonly position: number;
  /** The message without its `at N:` prefix. */
  readonly reason: string;
  constructor(position: number, reason: string) {
    super(`at ${position}: ${reason}`);
    this.name = 'ConditionError';
    this.position = position;
    this.reason = reason;
  }
}

/** Longest condition accepted, in characters (src/model/limits.ts). */
export { MAX_CONDITION_LENGTH };

export type TokenKind =
  | 'ref' | 'str' | 'num' | 'bool' | '(' | ')' | 'cmp' | 'contains' | 'notcontains'
  | 'empty' | 'notempty' | 'and' | 'or' | 'not' | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** The question id (ref), text (str), number (num), boolean (bool) or operator spelling. */
  readonly value: string | number | boolean;
  readonly pos: number;
}

const WORDS: Record<string, TokenKind> = {
  and: 'and', or: 'or', not: 'not', contains: 'contains', notcontains: 'notcontains', empty: 'empty', notempty: 'notempty',
};
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/** Splits a condition into tokens, ending with an `end` token; throws `ConditionError`. */
export function tokenize(source: string): Token[] {
  if (typeof source !== 'string') throw new ConditionError(0, 'a condition must be text');
  if (source.length > MAX_CONDITION_LENGTH) throw new ConditionError(MAX_CONDITION_LENGTH, `a condition may be at most ${MAX_CONDITION_LENGTH} characters long`);
  const out: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    const pos = i;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '{') {
      const close = source.indexOf('}', i + 1);
      if (close < 0) throw new ConditionError(pos, "'{' without a closing '}'");
      const id = source.slice(i + 1, close).trim();
      if (!ID_PATTERN.test(id)) throw new ConditionError(pos, `${JSON.stringify(id)} is not a question id (letters, digits and . _ : -)`);
      out.push({ kind: 'ref', value: id, pos });
      i = close + 1;
    } else if (c === "'" || c === '"') {
      let text = '';
      i++;
      for (;;) {
        if (i >= source.length) throw new ConditionError(pos, `text starting here has no closing ${c}`);
        const d = source[i]!;
        if (d === c) break;
        if (d === '\\' && i + 1 < source.length) i++;
        text += source[i];
        i++;
      }
      out.push({ kind: 'str', value: text, pos });
      i++;
    } else if (isDigit(c) || ((c === '-' || c === '.') && (isDigit(source[i + 1]) || (source[i + 1] === '.' && isDigit(source[i + 2]))))) {
      let j = i + 1;
      while (isDigit(source[j]) || source[j] === '.') j++;
      const text = source.slice(i, j);
      const n = Number(text);
      if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text) || !Number.isFinite(n)) throw new ConditionError(pos, `${JSON.stringify(text)} is not a number`);
      if (isLetter(source[j])) throw new ConditionError(pos, `${JSON.stringify(source.slice(i, j + 1))} is not a number (question ids are written in braces)`);
      out.push({ kind: 'num', value: n, pos });
      i = j;
    } else if (c === '(' || c === ')') {
      out.push({ kind: c, value: c, pos });
      i++;
    } else if (c === '=' || c === '<' || c === '>' || c === '!') {
      const two = source.slice(i, i + 2);
      const op = two === '<=' || two === '>=' || two === '!=' ? two : c;
      if (op === '!') throw new ConditionError(pos, "unexpected '!' (write 'not' or '!=')");
      out.push({ kind: 'cmp', value: op, pos });
      i += op.length;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (isLetter(source[j])) j++;
      const word = source.slice(i, j);
      const lower = word.toLowerCase();
      if (isDigit(source[j]) || source[j] === '_' || source[j] === '-') {
        throw new ConditionError(pos, `unknown word ${JSON.stringify(source.slice(i, j + 1))} (question ids are written in braces, text in quotes)`);
      }
      if (lower === 'true' || lower === 'false') out.push({ kind: 'bool', value: lower === 'true', pos });
      else if (WORDS[lower]) out.push({ kind: WORDS[lower]!, value: lower, pos });
      else throw new ConditionError(pos, `unknown word ${JSON.stringify(word)} (question ids are written in braces: {${word}}, text in quotes: '${word}')`);
      i = j;
    } else {
      throw new ConditionError(pos, `unexpected character ${JSON.stringify(c)}`);
    }
  }
  out.push({ kind: 'end', value: '', pos: source.length });
  return out;
}
