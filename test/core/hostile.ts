// Shared by the hardening tests (fuzz, limits, prototype): a small definition using every question
// type, a valid response to it, and a way to damage JSON at random places.
import fc from 'fast-check';
import { AimsValidationError, parseDefinition, type AssessmentResponse } from '../../src/core.js';
import { assert } from '../harness.js';

export const D = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'hostile',
  version: '1',
  title: { en: 'Hostile', de: 'Feindlich' },
  scales: [
    {
      id: 'm',
      options: [
        { id: '0', label: 'None', value: 0 },
        { id: '1', label: 'Some', value: 0.5 },
        { id: '2', label: 'Full', value: 1 },
      ],
    },
    {
      id: 'n',
      options: [
        { id: '0', label: 'None', value: 0 },
        { id: '2', label: 'Full', value: 1 },
        { id: 'na', label: 'N/A', na: true },
      ],
    },
  ],
  requirements: [
    { id: '4.1', title: 'Context', kind: 'clause', group: '4' },
    { id: 'A.2.2', title: 'Policy', kind: 'control', group: 'A.2' },
    { id: 'A.6.2.4', title: 'V&V', kind: 'control', group: 'A.6' },
  ],
  sections: [
    {
      id: 's1',
      title: 'One',
      questions: [
        {
          id: 'role',
          type: 'multi',
          text: 'Role',
          options: [
            { id: 'developer', label: 'Dev' },
            { id: 'provider', label: 'Prov' },
          ],
        },
        { id: 'c1', type: 'scale', scale: 'm', requirement: '4.1', text: 'Clause' },
        {
          id: 'a1',
          type: 'scale',
          scale: 'n',
          requirement: 'A.2.2',
          text: 'Control',
          showIf: "{role} contains 'developer'",
        },
      ],
    },
    {
      id: 's2',
      title: 'Two',
      questions: [
        {
          id: 'yn',
          type: 'choice',
          text: 'Yes?',
          options: [
            { id: 'y', label: 'Yes', value: 1 },
            { id: 'n', label: 'No', value: 0, requiresJustification: true },
          ],
          requirement: 'A.6.2.4',
        },
        { id: 'size', type: 'number', text: 'Size', min: 0, max: 1000, requiredIf: "{yn} = 'y'" },
        { id: 'when', type: 'date', text: 'When' },
        { id: 'notes', type: 'text', text: 'Notes' },
      ],
    },
  ],
  mappings: [{ source: 'A.2.2', target: 'eu-ai-act:art-9', relationship: 'intersects-with' }],
});

export const EVIDENCE_BYTES = new Uint8Array([104, 101, 108, 108, 111]); // "hello"
export const EVIDENCE_SHA = '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';

export const R: AssessmentResponse = {
  format: 'aimskit.response/1',
  definition: { id: 'hostile', version: '1' },
  answers: {
    role: { value: ['developer'] },
    c1: { value: '1', comment: 'half way' },
    a1: {
      value: 'na',
      justification: 'No policy needed',
      evidence: [
        { id: 'ev-1', name: 'hello.txt', type: 'text/plain', size: 5, sha256: EVIDENCE_SHA },
      ],
    },
    yn: { value: 'y' },
    size: { value: 12 },
    when: { value: '2026-03-31' },
    notes: { value: 'text' },
  },
  risks: [
    { id: 'R-1', title: 'Drift', likelihood: 'likely', impact: 'major', controls: ['A.6.2.4'] },
  ],
  soa: { 'A.2.2': { applicable: false, justification: 'Not used' } },
  review: { c1: { state: 'follow-up', note: 'more' } },
  meta: { organisation: 'Org' },
};

export const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Keys that have tripped JavaScript code before: prototype keys, Object.prototype's names, odd
 * text.
 */
export const nastyKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'length',
    '',
    ' ',
    '0',
    '-1',
    '1e3',
    'id',
    'value',
    'type',
    'format',
  ),
  fc.string({ maxLength: 6 }),
);

/** JSON values, small (a few levels, a few items), with nasty keys. */
export const smallJson: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constantFrom(
      null,
      true,
      false,
      0,
      -1,
      0.5,
      1e308,
      '',
      'na',
      'y',
      '0',
      '2026-03-31',
      '{role}',
      'A.2.2',
      '__proto__',
    ),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 8 }),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(nastyKey, tie('v'), { maxKeys: 4 }),
  ),
})).v;

/**
 * Anything a JavaScript caller could pass: undefined, NaN, -0, Maps, Dates, null-prototype objects,
 * boxed values…
 */
export const weird: fc.Arbitrary<unknown> = fc.oneof(
  smallJson,
  fc.anything({
    maxDepth: 2,
    maxKeys: 3,
    withNullPrototype: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withBigInt: true,
    withObjectString: true,
  }),
  fc.constantFrom(
    undefined,
    NaN,
    -0,
    Infinity,
    Symbol('s'),
    () => 1,
    Object.create(null) as unknown,
    { toString: 1, valueOf: 1 },
  ),
);

export type Mutation = {
  at: number;
  op: 'replace' | 'delete' | 'add' | 'wrap' | 'dup';
  key: string;
  value: unknown;
};
export const mutation = (value: fc.Arbitrary<unknown> = smallJson): fc.Arbitrary<Mutation> =>
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom('replace', 'delete', 'add', 'wrap', 'dup'),
    key: nastyKey,
    value,
  });

/**
 * `root` (a JSON value, not changed) with the mutations applied, each at the `at`-th slot of a
 * walk.
 */
export function mutate(root: unknown, mutations: readonly Mutation[]): unknown {
  let copy = json(root);
  for (const m of mutations) {
    const slots: [Record<string | number, unknown>, string | number][] = [];
    const walk = (v: unknown) => {
      if (typeof v !== 'object' || v === null) return;
      for (const k of Object.keys(v)) {
        slots.push([v as Record<string, unknown>, Array.isArray(v) ? Number(k) : k]);
        walk((v as Record<string, unknown>)[k]);
      }
    };
    walk(copy);
    if (!slots.length) {
      copy = m.value;
      continue;
    }
    const [parent, key] = slots[m.at % slots.length]!;
    const own = (o: object, k: string, v: unknown) =>
      Object.defineProperty(o, k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    switch (m.op) {
      case 'replace':
        parent[key] = m.value;
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      // defineProperty: a "__proto__" key becomes an own property, as JSON.parse makes it.
      case 'add':
        if (Array.isArray(parent)) parent.push(m.value);
        else own(parent, m.key, m.value);
        break;
      case 'wrap':
        parent[key] = typeof key === 'number' ? [parent[key]] : own({}, m.key, parent[key]);
        break;
      case 'dup':
        if (Array.isArray(parent)) parent.push(parent[key]);
        else parent[key] = [parent[key], parent[key]];
        break;
    }
  }
  return copy;
}

/** Every issue carries a path (text, possibly empty: the document itself) and a message. */
export function assertIssues(
  issues: readonly { path: unknown; message: unknown }[],
  where: string,
): void {
  assert.ok(Array.isArray(issues) && issues.length > 0, `${where}: an error lists its issues`);
  for (const i of issues) {
    assert.equal(typeof i.path, 'string', `${where}: issue path`);
    assert.ok(typeof i.message === 'string' && i.message.length > 0, `${where}: issue message`);
  }
}

/**
 * Runs `fn`; a throw must be one of `allowed` (each an AimsValidationError with path-bearing
 * issues).
 */
export async function onlyDocumented(
  fn: () => unknown,
  allowed: readonly (new (...a: never[]) => Error)[],
  where: string,
): Promise<unknown> {
  try {
    return await fn();
  } catch (e) {
    if (!allowed.some((E) => e instanceof E))
      throw new Error(
        `${where}: threw ${(e as Error)?.name ?? typeof e}: ${(e as Error)?.message ?? String(e)}`,
        { cause: e },
      );
    if (e instanceof AimsValidationError) assertIssues(e.issues, where);
    return e;
  }
}
