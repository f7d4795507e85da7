/**
 * The JSON Schema of the definition format, generated from the schema kit's descriptors at build time
 * (`dist/definition.schema.json`, exported as `aimskit/definition.schema.json`). Not part of the runtime
 * entries: only editors need its output.
 */
import { DefinitionSchema } from './definition.js';
import type { Schema } from './schema-kit.js';

type Json = Record<string, unknown>;

/** The JSON Schema keywords of a descriptor's refinements (`minLength` reads `minItems` on arrays). */
const keywords = (s: Schema, array = false): Json =>
  Object.fromEntries(
    (s.c ?? [])
      .flatMap(([, , json]) => Object.entries(json ?? {}))
      .map(([k, v]) => [array && k === 'minLength' ? 'minItems' : k, v]),
  );

/** One JSON Schema per kind; each descriptor kind names its own. */
const kinds: Record<string, (s: Schema) => Json> = {
  string: (s) => ({ type: 'string', ...keywords(s) }),
  number: (s) => ({ type: 'number', ...keywords(s) }),
  boolean: () => ({ type: 'boolean' }),
  any: () => ({}),
  enum: (s) => (s.e!.length === 1 ? { const: s.e![0] } : { enum: [...s.e!] }),
  array: (s) => ({ type: 'array', items: toJson(s.i!), ...keywords(s, true) }),
  object: (s) => {
    const keys = Object.keys(s.p!);
    const required = keys.filter((k) => !s.p![k]!.o);
    return {
      type: 'object',
      properties: Object.fromEntries(keys.map((k) => [k, toJson(s.p![k]!)])),
      ...(required.length ? { required } : {}),
      ...(s.l ? {} : { additionalProperties: false }),
    };
  },
  record: (s) => ({
    type: 'object',
    propertyNames: toJson(s.r!),
    additionalProperties: toJson(s.i!),
  }),
  union: (s) => ({ anyOf: s.u!.map(toJson) }),
};

/** The JSON Schema (draft 2020-12) of a descriptor. */
export function toJson(s: Schema): Json {
  const to = kinds[s.k];
  if (!to) throw new Error(`json-schema: no JSON Schema for kind "${s.k}"`);
  return to(s);
}

/** The JSON Schema (draft 2020-12) of `aimskit.definition/1`. */
export function definitionJsonSchema(): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://aimskit.dev/definition.schema.json',
    title: 'aimskit assessment definition (aimskit.definition/1)',
    ...toJson(DefinitionSchema),
  };
}
