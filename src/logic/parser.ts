/**
 * Parser of the condition language: recursive descent over the tokens, precedence
 * `not` > comparison > `and` > `or`. Input length and nesting depth are bounded, so hostile
 * input cannot overflow the stack.
 */
import { ConditionError, tokenize, type Token, type TokenKind } from './tokenizer.js';
import { MAX_CONDITION_DEPTH } from '../model/limits.js';

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'contains' | 'notcontains';

/** A parsed condition; `pos` is the 0-based offset of the node in its source. */
export type ConditionAst =
  | { readonly type: 'ref'; readonly id: string; readonly pos: number }
  | { readonly type: 'literal'; readonly value: string | number | boolean; readonly pos: number }
  | { readonly type: 'not'; readonly operand: ConditionAst; readonly pos: number }
  | { readonly type: 'empty' | 'notempty'; readonly operand: ConditionAst; readonly pos: number }
  | { readonly type: 'compare'; readonly op: CompareOp; readonly left: ConditionAst; readonly right: ConditionAst; readonly pos: number }
  | { readonly type: 'and' | 'or'; readonly operands: readonly ConditionAst[]; readonly pos: number };

/** Deepest nesting of parentheses and `not` accepted (src/model/limits.ts). */
export { MAX_CONDITION_DEPTH };

const NAMES: Partial<Record<TokenKind, string>> = { end: 'the end of the condition' };
const show = (t: Token): string => NAMES[t.kind] ?? (t.kind === 'ref' ? `{${String(t.value)}}` : t.kind === 'str' ? JSON.stringify(t.value) : `'${String(t.value)}'`);

/** Parses a condition such as `{role} contains 'developer' and not ({size} < 10)`; throws `ConditionError`. */
export function parseCondition(source: string): ConditionAst {
  const tokens = tokenize(source);
  let at = 0;
  let depth = 0;
  const peek = (): Token => tokens[at]!;
  const next = (): Token => tokens[at++]!;
  const deeper = (t: Token): void => {
    if (++depth > MAX_CONDITION_DEPTH) throw new ConditionError(t.pos, `conditions may nest at most ${MAX_CONDITION_DEPTH} levels deep`);
  };

  const list = (kind: 'and' | 'or', item: () => ConditionAst): ConditionAst => {
    const first = item();
    if (peek().kind !== kind) return first;
    const operands = [first];
    while (peek().kind === kind) {
      next();
      operands.push(item());
    }
    return { type: kind, operands, pos: first.pos };
  };
  const or = (): ConditionAst => list('or', and);
  const and = (): ConditionAst => list('and', comparison);

  const comparison = (): ConditionAst => {
    const start = peek();
    const left = unary();
    const t = peek();
    if (t.kind === 'cmp' || t.kind === 'contains' || t.kind === 'notcontains' || t.kind === 'empty' || t.kind === 'notempty') {
      if (start.kind === 'not') {
        throw new ConditionError(t.pos, `'not' applies only to the value right after it: write not (… ${String(t.value)} …), or use '!=', 'notcontains' or 'notempty'`);
      }
      next();
      if (t.kind === 'empty' || t.kind === 'notempty') return { type: t.kind, operand: left, pos: t.pos };
      if (peek().kind === 'not') throw new ConditionError(peek().pos, `expected a value after '${String(t.value)}' ('not' needs parentheses here)`);
      const right = primary(`after '${String(t.value)}'`);
      return { type: 'compare', op: t.value as CompareOp, left, right, pos: t.pos };
    }
    return left;
  };

  const unary = (): ConditionAst => {
    const t = peek();
    if (t.kind !== 'not') return primary(at === 0 ? '' : `after ${show(tokens[at - 1]!)}`);
    next();
    deeper(t);
    const operand = unary();
    depth--;
    return { type: 'not', operand, pos: t.pos };
  };

  const primary = (where: string): ConditionAst => {
    const t = next();
    switch (t.kind) {
      case 'ref': return { type: 'ref', id: t.value as string, pos: t.pos };
      case 'str': case 'num': case 'bool': return { type: 'literal', value: t.value, pos: t.pos };
      case '(': {
        deeper(t);
        if (peek().kind === ')') throw new ConditionError(peek().pos, "expected a condition inside '( )'");
        const inner = or();
        const close = next();
        if (close.kind !== ')') throw new ConditionError(close.pos, `expected ')' to close the '(' at ${t.pos}, found ${show(close)}`);
        depth--;
        return inner;
      }
      default:
        return fail(t, t.kind === 'end' && at === 1 ? 'expected a condition' : `expected a value${where ? ` ${where}` : ''}, found ${show(t)}`);
    }
  };

  const fail = (t: Token, reason: string): never => {
    throw new ConditionError(t.pos, reason);
  };

  const ast = or();
  const rest = peek();
  if (rest.kind !== 'end') {
    fail(rest, rest.kind === ')' ? "')' without a matching '('" : `expected 'and', 'or' or the end of the condition, found ${show(rest)}`);
  }
  return ast;
}

/** The question ids a condition reads, each once, in order of first appearance. */
export function conditionRefs(ast: ConditionAst): string[] {
  const out = new Set<string>();
  const stack: ConditionAst[] = [ast];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'ref') out.add(n.id);
    else if (n.type === 'not' || n.type === 'empty' || n.type === 'notempty') stack.push(n.operand);
    else if (n.type === 'compare') stack.push(n.right, n.left);
    else if (n.type === 'and' || n.type === 'or') for (let i = n.operands.length - 1; i >= 0; i--) stack.push(n.operands[i]!);
  }
  return [...out];
}
