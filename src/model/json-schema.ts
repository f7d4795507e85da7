/**
 * The JSON Schema of the definition format, generated from `DefinitionSchema` by zod's
 * `z.toJSONSchema` at build time (`dist/definition.schema.json`, exported as
 * `aimskit/definition.schema.json`). Not part of the runtime entries: only editors need its output.
 */
import { DefinitionSchema } from './definition.js';
import { z } from './zod.js';

/** The JSON Schema (draft 2020-12) of `aimskit.definition/1`. */
export function definitionJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(DefinitionSchema, { target: 'draft-2020-12' });
  return {
    $schema,
    $id: 'https://aimskit.dev/definition.schema.json',
    title: 'aimskit assessment definition (aimskit.definition/1)',
    ...schema,
  };
}
