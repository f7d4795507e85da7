/**
 * The JSON Schema of the definition format, generated from the zod schema at build time
 * (`dist/definition.schema.json`, exported as `aimskit/definition.schema.json`). Kept out of the
 * runtime entries: the generator is large and only editors need its output.
 */
import * as z from 'zod/mini';
import { DefinitionSchema } from './definition.js';

/** The JSON Schema (draft 2020-12) of `aimskit.definition/1`. */
export function definitionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DefinitionSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://aimskit.dev/definition.schema.json', title: 'aimskit assessment definition (aimskit.definition/1)' };
}
