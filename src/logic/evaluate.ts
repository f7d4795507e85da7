/**
 * Evaluation of a parsed condition against answers. Plain tree walking over a bounded tree (the
 * parser limits nesting); the semantics are documented in docs/definitions.md ("Exact semantics").
 */
import type { AnswerValue } from '../model/response.js';
import type { ConditionAst } from './parser.js';

/** A value inside a condition: an answer, a literal, or the truth of a sub-condition. */
export type ConditionValue = string | number | boolean | readonly string[] | undefined;

/** Unanswered, an empty text, or a `multi` answer with nothing chosen. */
export const isEmptyValue = (v: ConditionValue): boolean => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** A value used as a condition: booleans are themselves, anything else is true when not empty. */
const truth = (v: ConditionValue): boolean => (typeof v === 'boolean' ? v : !isEmptyValue(v));

/** A number, or a string that reads as one (`"3"`, `" 2.5 "`), else undefined. */
function numeric(v: ConditionValue): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** Equality of two non-array, non-empty values. */
function same(a: Exclude<ConditionValue, readonly string[] | undefined>, b: Exclude<ConditionValue, readonly string[] | undefined>): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return String(a) === String(b);
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined && nb !== undefined) return na === nb;
  return a === b;
}

function equals(a: ConditionValue, b: ConditionValue): boolean {
  if (isEmptyValue(a) || isEmptyValue(b)) return isEmptyValue(a) && isEmptyValue(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    const xs: readonly string[] = Array.isArray(a) ? a : [a as string];
    const ys: readonly string[] = Array.isArray(b) ? b : [b as string];
    return xs.every((x) => ys.some((y) => same(x, y))) && ys.every((y) => xs.some((x) => same(x, y)));
  }
  return same(a as string, b as string);
}

function order(a: ConditionValue, b: ConditionValue): number | undefined {
  if (isEmptyValue(a) || isEmptyValue(b) || Array.isArray(a) || Array.isArray(b) || typeof a === 'boolean' || typeof b === 'boolean') return undefined;
  const na = numeric(a);
  const nb = numeric(b);
  if (na !== undefined && nb !== undefined) return na - nb;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

function contains(a: ConditionValue, b: ConditionValue): boolean {
  if (isEmptyValue(a) || isEmptyValue(b) || typeof b === 'boolean') return false;
  const wanted: readonly (string | number)[] = Array.isArray(b) ? b : [b as string | number];
  if (Array.isArray(a)) return wanted.every((w) => a.some((x: string) => same(x, w)));
  if (typeof a === 'string') return wanted.every((w) => a.includes(String(w)));
  return false;
}

/** Keeps only values an answer can hold; anything else reads as empty. */
function answer(v: unknown): ConditionValue {
  if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return v;
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return undefined;
}

function valueOf(n: ConditionAst, read: (questionId: string) => AnswerValue | undefined): ConditionValue {
  switch (n.type) {
    case 'ref': return answer(read(n.id));
    case 'literal': return n.value;
    case 'not': return !truth(valueOf(n.operand, read));
    case 'empty': return isEmptyValue(valueOf(n.operand, read));
    case 'notempty': return !isEmptyValue(valueOf(n.operand, read));
    case 'and': return n.operands.every((o) => truth(valueOf(o, read)));
    case 'or': return n.operands.some((o) => truth(valueOf(o, read)));
    case 'compare': {
      const a = valueOf(n.left, read);
      const b = valueOf(n.right, read);
      switch (n.op) {
        case '=': return equals(a, b);
        case '!=': return !equals(a, b);
        case 'contains': return contains(a, b);
        case 'notcontains': return !contains(a, b);
        default: {
          const d = order(a, b);
          if (d === undefined) return false;
          return n.op === '<' ? d < 0 : n.op === '<=' ? d <= 0 : n.op === '>' ? d > 0 : d >= 0;
        }
      }
    }
  }
}

/** Evaluates a parsed condition; `read` gives a question's answer value (undefined when unanswered). */
export function evaluate(ast: ConditionAst, read: (questionId: string) => AnswerValue | undefined): boolean {
  return truth(valueOf(ast, read));
}
