/**
 * Our wording of zod's issues (src/model/issues.ts): messages and paths for each kind of schema,
 * unions, optional fields, plain-object gates, and that validating JSON with
 * `__proto__`/`constructor`/`prototype` keys pollutes nothing. Expected messages are written by
 * hand from the documented wording.
 */
import { describe, it, assert } from '../harness.js';
import { looseObject, strictObject, z } from '../../src/model/zod.js';
import { CountSchema, TextSchema } from '../../src/model/primitives.js';
import { aimsErrorMap, toAimsIssues, validate } from '../../src/model/issues.js';

const issues = (schema: z.core.$ZodType, value: unknown, path: PropertyKey[] = []) =>
  validate(schema, value, path).map((found) => `${found.path}: ${found.message}`);

describe('issues: primitives and checks', () => {
  it('names what was expected and what came', () => {
    assert.deepEqual(issues(z.string(), 5), [': expected string, got number 5']);
    assert.deepEqual(issues(z.number(), 'x'), [': expected number, got the text "x"']);
    assert.deepEqual(issues(z.number(), Infinity), [': expected number, got number Infinity']);
    assert.deepEqual(issues(z.boolean(), null), [': expected boolean, got null']);
    assert.deepEqual(issues(z.string(), undefined), [': is required (string)']);
    assert.deepEqual(
      issues(z.number(), 'x'.repeat(50)),
      [`: expected number, got the text "${'x'.repeat(40)}…"`],
      'long text is cut',
    );
  });
  it('runs every check and reports each failing one', () => {
    const id = z.string().check(z.minLength(1), z.regex(/^[a-z]+$/, 'lowercase letters only'));
    assert.deepEqual(issues(id, ''), [': must not be empty', ': lowercase letters only']);
    const range = z.number().check(z.gte(0), z.lte(10));
    assert.deepEqual(issues(range, 11), [': must be at most 10']);
    assert.deepEqual(issues(range, -1), [': must be at least 0']);
    const short = z.string().check(z.maxLength(3));
    assert.deepEqual(issues(short, 'abcd'), [': is longer than 3 characters']);
    assert.deepEqual(issues(z.int().check(z.gte(0)), 1.5), [': must be a whole number']);
    // the whole-number schema of sizes and grid indexes says the same, without z.int()
    assert.deepEqual(issues(CountSchema, 1.5), [': must be a whole number']);
    assert.deepEqual(issues(CountSchema, -2), [': must be at least 0']);
    assert.deepEqual(issues(CountSchema, 3), []);
    assert.deepEqual(issues(z.int().check(z.gte(0)), 2), []);
  });
  it('checks literals and enums', () => {
    assert.deepEqual(issues(z.literal('a/1'), 'a/2'), [': expected "a/1", got the text "a/2"']);
    assert.deepEqual(issues(z.enum(['x', 'y']), undefined), [': expected "x" or "y", got nothing']);
    assert.deepEqual(issues(z.enum(['x', 'y']), 'y'), []);
  });
});

describe('issues: objects, arrays, records', () => {
  const Item = strictObject({ id: z.string(), count: z.optional(z.number()) });
  it('reports missing, wrong and unknown fields with their paths', () => {
    assert.deepEqual(issues(Item, { count: 'x', colour: 'red' }), [
      'id: is required (string)',
      'count: expected number, got the text "x"',
      'colour: unknown field "colour"',
    ]);
    assert.deepEqual(
      issues(Item, { id: 'a', count: undefined }),
      [],
      'an optional field may be undefined',
    );
    assert.deepEqual(issues(Item, []), [': expected object, got an array']);
  });
  it('allows unknown fields on a loose object', () => {
    assert.deepEqual(issues(looseObject({ id: z.string() }), { id: 'a', other: 1 }), []);
  });
  it('paths into arrays and records, under a prefix', () => {
    const schema = strictObject({
      list: z.array(Item).check(z.minLength(1, 'needs an item')),
      map: z.record(z.string().check(z.regex(/^[a-z]+$/, 'bad key')), z.number()),
    });
    const value = { list: [{ id: 'a' }, { id: 1 }], map: { ok: 1, 'Bad-Key': 2, also: 'x' } };
    assert.deepEqual(issues(schema, value, ['root', 3]), [
      'root[3].list[1].id: expected string, got number 1',
      'root[3].map["Bad-Key"]: bad key',
      'root[3].map.also: expected number, got the text "x"',
    ]);
    assert.deepEqual(issues(schema, { list: [], map: {} }), ['list: needs an item']);
    const holey = [1, 2, 3];
    delete holey[1];
    assert.deepEqual(
      issues(z.array(z.number()), holey),
      ['[1]: is required (number)'],
      'holes count as missing',
    );
  });
  it('accepts only plain objects as records', () => {
    assert.deepEqual(issues(z.record(z.string(), z.unknown()), new Date(0)), [
      ': expected record, got an object',
    ]);
    assert.deepEqual(issues(z.record(z.string(), z.unknown()), Object.create(null)), []);
  });
  it('accepts only plain objects as objects (a boxed value, a Date or a class instance is not one)', () => {
    const meta = looseObject({});
    assert.deepEqual(issues(meta, new Boolean(false)), [': expected object, got an object']);
    assert.deepEqual(issues(meta, new Date(0)), [': expected object, got an object']);
    class Instance {
      field = 1;
    }
    assert.deepEqual(issues(meta, new Instance()), [': expected object, got an object']);
    assert.deepEqual(issues(meta, Object.create(null)), []);
    assert.deepEqual(issues(meta, { field: 1 }), []);
  });
  it('keeps the plain-object gate through z.extend', () => {
    const wider = z.extend(Item, { more: z.optional(z.string()) });
    assert.deepEqual(issues(wider, new Date(0)), [': expected object, got an object']);
    assert.deepEqual(issues(wider, { id: 'a', more: 'b' }), []);
  });
});

describe('issues: unions', () => {
  const Value = z.union([z.string(), z.array(z.string()), z.number()], {
    error: (issue) => (issue.input === undefined ? 'is required (a value)' : undefined),
  });
  it('accepts any branch', () => {
    for (const value of ['a', ['a'], 3]) assert.deepEqual(issues(Value, value), []);
  });
  it('reports the one branch that failed inside the value', () => {
    assert.deepEqual(issues(Value, ['a', 2], ['v']), ['v[1]: expected string, got number 2']);
  });
  it('otherwise names the wrong form, or the missing value', () => {
    assert.deepEqual(issues(Value, true), [': has the wrong form: boolean true']);
    assert.deepEqual(issues(strictObject({ v: Value }), {}), ['v: is required (a value)']);
  });
  it('Text: a string or a map of locales', () => {
    assert.deepEqual(issues(TextSchema, { en: 'x', 'de-CH': 'y' }), []);
    assert.deepEqual(issues(TextSchema, { EN: 'x' }), [
      'EN: must be a locale such as "en" or "de-CH"',
    ]);
    assert.deepEqual(issues(strictObject({ title: TextSchema }), {}), [
      'title: is required (text)',
    ]);
  });
});

describe('issues: a parse of your own', () => {
  it('aimsErrorMap and toAimsIssues give our messages and paths to any zod parse', () => {
    const Mine = z.object({ items: z.array(strictObject({ id: z.string() })) });
    const result = Mine.safeParse({ items: [{ id: 1, x: 2 }] }, { error: aimsErrorMap });
    assert.equal(result.success, false);
    if (!result.success)
      assert.deepEqual(toAimsIssues(result.error.issues, ['body']), [
        { path: 'body.items[0].id', message: 'expected string, got number 1' },
        { path: 'body.items[0].x', message: 'unknown field "x"' },
      ]);
  });
});

describe('issues: prototype safety', () => {
  it('validates __proto__, constructor and prototype keys from JSON without touching prototypes', () => {
    const json = JSON.parse(
      '{"id":"a","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":1}',
    );
    const strict = strictObject({ id: z.string() });
    assert.deepEqual(issues(strict, json), [
      '__proto__: unknown field "__proto__"',
      'constructor: unknown field "constructor"',
      'prototype: unknown field "prototype"',
    ]);
    const record = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"polluted":true}}');
    const Polluted = z.record(z.string(), strictObject({ polluted: z.boolean() }));
    assert.deepEqual(issues(Polluted, record), []);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(json), Object.prototype);
  });
  it('does not read inherited properties as fields', () => {
    // "constructor" is inherited by every object: a required field of that name is still missing.
    assert.deepEqual(issues(strictObject({ constructor: z.string() }), {}), [
      'constructor: is required (string)',
    ]);
    assert.deepEqual(issues(strictObject({ toString: z.optional(z.string()) }), {}), []);
    // fields inherited through the prototype chain are refused with the object
    const inherited = Object.create({ id: 'inherited' }) as object;
    assert.deepEqual(issues(strictObject({ id: z.string() }), inherited), [
      ': expected object, got an object',
    ]);
  });
});
