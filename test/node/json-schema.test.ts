/**
 * The generated JSON Schema (dist/definition.schema.json) accepts every fixture definition and
 * every content pack, and rejects invalid ones, as checked by an independent validator (ajv, draft
 * 2020-12).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, it, assert } from '../harness.js';
import { definitionJsonSchema } from '../../src/model/json-schema.js';
import { fixtureDefinitions } from '../fixtures/definitions/index.js';

const schema = definitionJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const errorsOf = (d: unknown) =>
  validate(d) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);

/** Definitions exported by src/content.ts, when the content packs exist. */
async function contentDefinitions(): Promise<[string, unknown][]> {
  const url = new URL('../../src/content.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) return [];
  const mod = (await import(url.href)) as Record<string, unknown>;
  return Object.entries(mod).filter(
    ([, v]) =>
      !!v && typeof v === 'object' && (v as { format?: unknown }).format === 'aimskit.definition/1',
  );
}

const packs = await contentDefinitions();

describe('JSON Schema of the definition format', () => {
  it('is a draft 2020-12 schema with an $id', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://aimskit.dev/definition.schema.json');
  });

  for (const [name, def] of Object.entries(fixtureDefinitions)) {
    it(`accepts the ${name} fixture`, () => assert.deepEqual(errorsOf(def), []));
  }

  // One test per content pack exported by src/content.ts (none before the packs exist).
  for (const [name, def] of packs)
    it(`accepts the content pack ${name}`, () => assert.deepEqual(errorsOf(def), []));

  it('accepts a "$schema" pointer for editors', () => {
    assert.deepEqual(
      errorsOf({
        $schema: 'https://aimskit.dev/definition.schema.json',
        ...fixtureDefinitions.minimal,
      }),
      [],
    );
  });

  it('rejects invalid definitions', () => {
    const min = fixtureDefinitions.minimal;
    const cases: [string, unknown][] = [
      ['not an object', 42],
      ['a wrong format', { ...min, format: 'aimskit.definition/2' }],
      ['no sections', { ...min, sections: [] }],
      ['an unknown field', { ...min, colour: 'red' }],
      [
        'an unknown question type',
        {
          ...min,
          sections: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'slider', text: 'Q' }] }],
        },
      ],
      ['an id with a space', { ...min, id: 'my definition' }],
      ['a target above 1', { ...min, target: 1.5 }],
    ];
    for (const [name, def] of cases) assert.notEqual(errorsOf(def).length, 0, name);
  });
});
