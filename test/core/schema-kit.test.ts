/**
 * The schema kit (src/model/schema-kit.ts): messages and paths of each descriptor, unions, optional
 * fields, and that validating JSON with `__proto__`/`constructor`/`prototype` keys pollutes nothing.
 * Expected messages are written by hand from the kit's documented wording.
 */
import { describe, it, assert } from '../harness.js';
import * as k from '../../src/model/schema-kit.js';

const issues = (s: k.Schema, v: unknown, path: PropertyKey[] = []) =>
  k.validate(s, v, path).map((i) => `${i.path}: ${i.message}`);

describe('schema kit: primitives and checks', () => {
  it('names what was expected and what came', () => {
    assert.deepEqual(issues(k.string(), 5), [': expected string, got number 5']);
    assert.deepEqual(issues(k.number(), 'x'), [': expected number, got the text "x"']);
    assert.deepEqual(issues(k.number(), Infinity), [': expected number, got number Infinity']);
    assert.deepEqual(issues(k.boolean(), null), [': expected boolean, got null']);
    assert.deepEqual(issues(k.string(), undefined), [': is required (string)']);
    assert.deepEqual(
      issues(k.number(), 'x'.repeat(50)),
      [`: expected number, got the text "${'x'.repeat(40)}…"`],
      'long text is cut',
    );
  });
  it('runs every check and reports each failing one', () => {
    const id = k.string(k.minLength(1), k.pattern(/^[a-z]+$/, 'lowercase letters only'));
    assert.deepEqual(issues(id, ''), [': must not be empty', ': lowercase letters only']);
    assert.deepEqual(issues(k.number(k.min(0), k.max(10)), 11), [': must be at most 10']);
    assert.deepEqual(issues(k.number(k.min(0), k.max(10)), -1), [': must be at least 0']);
    assert.deepEqual(issues(k.string(k.maxLength(3)), 'abcd'), [': is longer than 3 characters']);
    assert.deepEqual(issues(k.int(k.min(0)), 1.5), [': must be a whole number']);
    assert.deepEqual(issues(k.int(k.min(0)), 2), []);
  });
  it('checks literals and enums', () => {
    assert.deepEqual(issues(k.literal('a/1'), 'a/2'), [': expected "a/1", got the text "a/2"']);
    assert.deepEqual(issues(k.enumOf(['x', 'y']), undefined), [
      ': expected "x" or "y", got nothing',
    ]);
    assert.deepEqual(issues(k.enumOf(['x', 'y']), 'y'), []);
  });
});

describe('schema kit: objects, arrays, records', () => {
  const Item = k.object({ id: k.string(), n: k.optional(k.number()) });
  it('reports missing, wrong and unknown fields with their paths', () => {
    assert.deepEqual(issues(Item, { n: 'x', colour: 'red' }), [
      'id: is required (string)',
      'n: expected number, got the text "x"',
      'colour: unknown field "colour"',
    ]);
    assert.deepEqual(
      issues(Item, { id: 'a', n: undefined }),
      [],
      'an optional field may be undefined',
    );
    assert.deepEqual(issues(Item, []), [': expected object, got an array']);
  });
  it('allows unknown fields on a loose object', () => {
    assert.deepEqual(issues(k.object({ id: k.string() }, true), { id: 'a', other: 1 }), []);
  });
  it('paths into arrays and records, under a prefix', () => {
    const s = k.object({
      list: k.array(Item, k.minLength(1, 'needs an item')),
      map: k.record(k.string(k.pattern(/^[a-z]+$/, 'bad key')), k.number()),
    });
    assert.deepEqual(
      issues(s, { list: [{ id: 'a' }, { id: 1 }], map: { ok: 1, 'Bad-Key': 2, also: 'x' } }, [
        'root',
        3,
      ]),
      [
        'root[3].list[1].id: expected string, got number 1',
        'root[3].map["Bad-Key"]: bad key',
        'root[3].map.also: expected number, got the text "x"',
      ],
    );
    assert.deepEqual(issues(s, { list: [], map: {} }), ['list: needs an item']);
    assert.deepEqual(
      issues(k.array(k.number()), [1, , 3]),
      ['[1]: is required (number)'],
      'holes count as missing',
    );
  });
  it('accepts only plain objects as records', () => {
    assert.deepEqual(issues(k.record(k.string(), k.any()), new Date(0)), [
      ': expected record, got an object',
    ]);
    assert.deepEqual(issues(k.record(k.string(), k.any()), Object.create(null)), []);
  });
  it('accepts only plain objects as objects (a boxed value, a Date or a class instance is not one)', () => {
    const meta = k.object({}, true);
    assert.deepEqual(issues(meta, new Boolean(false)), [': expected object, got an object']);
    assert.deepEqual(issues(meta, new Date(0)), [': expected object, got an object']);
    assert.deepEqual(
      issues(
        meta,
        new (class {
          a = 1;
        })(),
      ),
      [': expected object, got an object'],
    );
    assert.deepEqual(issues(meta, Object.create(null)), []);
    assert.deepEqual(issues(meta, { a: 1 }), []);
  });
});

describe('schema kit: unions', () => {
  const Value = k.union('a value', k.string(), k.array(k.string()), k.number());
  it('accepts any branch', () => {
    for (const v of ['a', ['a'], 3]) assert.deepEqual(issues(Value, v), []);
  });
  it('reports the one branch that failed inside the value', () => {
    assert.deepEqual(issues(Value, ['a', 2], ['v']), ['v[1]: expected string, got number 2']);
  });
  it('otherwise names the wrong form, or the missing value', () => {
    assert.deepEqual(issues(Value, true), [': has the wrong form: boolean true']);
    assert.deepEqual(issues(k.object({ v: Value }), {}), ['v: is required (a value)']);
  });
  it('Text: a string or a map of locales', () => {
    assert.deepEqual(issues(k.Text, { en: 'x', 'de-CH': 'y' }), []);
    assert.deepEqual(issues(k.Text, { EN: 'x' }), ['EN: must be a locale such as "en" or "de-CH"']);
  });
});

describe('schema kit: prototype safety', () => {
  it('validates __proto__, constructor and prototype keys from JSON without touching prototypes', () => {
    const json = JSON.parse(
      '{"id":"a","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":1}',
    );
    const strict = k.object({ id: k.string() });
    assert.deepEqual(issues(strict, json), [
      '__proto__: unknown field "__proto__"',
      'constructor: unknown field "constructor"',
      'prototype: unknown field "prototype"',
    ]);
    const rec = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"polluted":true}}');
    assert.deepEqual(issues(k.record(k.string(), k.object({ polluted: k.boolean() })), rec), []);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(json), Object.prototype);
  });
  it('does not read inherited properties as fields', () => {
    // "constructor" is inherited by every object: a required field of that name is still missing.
    assert.deepEqual(issues(k.object({ constructor: k.string() }), {}), [
      'constructor: is required (string)',
    ]);
    assert.deepEqual(issues(k.object({ toString: k.optional(k.string()) }), {}), []);
  });
});
