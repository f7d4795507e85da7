/**
 * Small building blocks shared by the zod schemas of the model. zod/mini keeps the runtime small;
 * everything here is plain data so the schemas also export to JSON Schema.
 */
import * as z from 'zod/mini';

/** Ids: letters, digits and `. _ : -`, starting with a letter or digit (so `{id}` in conditions is unambiguous). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export const Id = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.maxLength(200, 'is longer than 200 characters'),
  z.regex(ID_PATTERN, 'must start with a letter or digit and use only letters, digits and . _ : -'),
);

/** A plain string or a map of locale to string: `"Scope"` or `{ "en": "Scope", "de": "Geltungsbereich" }`. */
export const Text = z.union([
  z.string(),
  z.record(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a locale such as "en" or "de-CH"')), z.string()),
]);
export type Text = z.infer<typeof Text>;

/** ISO 8601 timestamp or date string, checked loosely (the platform's Date parser decides). */
export const Timestamp = z.string().check(
  z.refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date or timestamp'),
);

/** A fraction in 0..1 (values, targets). */
export const Fraction = z.number().check(z.gte(0, 'must be at least 0'), z.lte(1, 'must be at most 1'));
