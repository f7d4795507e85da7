/**
 * The one place the core imports zod. Every schema module imports `z` from here, so the
 * configuration below runs before any schema is built. (Where the jitless switch lives is recorded
 * in docs/decisions.md.)
 *
 * It adds one schema type zod does not have: an object that must be a plain object (`{}` or
 * `Object.create(null)`). zod's own object accepts any non-array object and reads its fields
 * through the prototype chain; ours refuses a Date, a boxed `new Boolean(false)`, a class instance
 * or an object whose fields are inherited, before a field is read. `__proto__` and `constructor`
 * keys in JSON are own keys of a plain object: a strict object reports them as unknown fields, and
 * nothing is ever written through them (parsing returns the input, checked, not a copy).
 */
import { z } from 'zod/mini';
import { isPlainObject } from '../util/json.js';

z.config({ jitless: true });

/**
 * An object's own fields only: zod reads `input[key]`, which finds `constructor` or `toString` on
 * Object.prototype when the input lacks them. When the shape names such a member and the input does
 * not have it as its own, zod is given a copy without a prototype (`__proto__` copied as data).
 */
const ownFieldsOf = (input: Record<string, unknown>, inheritable: readonly string[]) =>
  inheritable.every((key) => Object.hasOwn(input, key) || !(key in input))
    ? input
    : { __proto__: null, ...input };

/** zod/mini's object with a plain-object gate in front of its fields (kept by `z.extend`). */
const PlainObject = z.core.$constructor<z.ZodMiniObject>('AimsPlainObject', (inst, def) => {
  z.ZodMiniObject.init(inst, def);
  const parseFields = inst._zod.parse;
  let inheritable: string[] | undefined;
  inst._zod.parse = (payload, context) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({ code: 'invalid_type', expected: 'object', input, inst });
      return payload;
    }
    // (read once the shape is complete: a shape may refer to schemas defined after it)
    inheritable ??= Object.keys(def.shape).filter((key) => key in Object.prototype);
    payload.value = inheritable.length ? ownFieldsOf(input, inheritable) : input;
    return parseFields(payload, context);
  };
});

/** A plain object with exactly these fields (an unknown field is an issue). */
export function strictObject<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
): z.ZodMiniObject<z.core.util.Writeable<Shape>, z.core.$strict> {
  const def = { type: 'object' as const, shape, catchall: z.never() };
  return new PlainObject(def) as z.ZodMiniObject<z.core.util.Writeable<Shape>, z.core.$strict>;
}

/** A plain object with these fields, and any others (not checked). */
export function looseObject<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
): z.ZodMiniObject<z.core.util.Writeable<Shape>, z.core.$loose> {
  const def = { type: 'object' as const, shape, catchall: z.unknown() };
  return new PlainObject(def) as z.ZodMiniObject<z.core.util.Writeable<Shape>, z.core.$loose>;
}

export { z };
