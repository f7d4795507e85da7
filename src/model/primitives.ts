/**
 * The small schemas every format shares: ids, texts (plain or by locale), timestamps, fractions.
 */
import { z } from './zod.js';
import { requiredAs } from './issues.js';
import { ID_PATTERN } from '../logic/condition.js';

/**
 * Ids: letters, digits and `. _ : -`, starting with a letter or digit (so `{id}` in conditions is
 * unambiguous).
 */
export { ID_PATTERN };

export const IdSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(200),
    z.regex(
      ID_PATTERN,
      'must start with a letter or digit and use only letters, digits and . _ : -',
    ),
  );

const LocaleSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a locale such as "en" or "de-CH"'));

/**
 * A plain string or a map of locale to string: `"Scope"` or
 * `{ "en": "Scope", "de": "Geltungsbereich" }`.
 */
export const TextSchema = z.union([z.string(), z.record(LocaleSchema, z.string())], {
  error: requiredAs('text'),
});
export type Text = z.infer<typeof TextSchema>;

/** ISO 8601 timestamp or date string, checked loosely (the platform's Date parser decides). */
export const TimestampSchema = z
  .string()
  .check(
    z.refine((text) => !Number.isNaN(Date.parse(text)), 'must be an ISO 8601 date or timestamp'),
  );

/**
 * A whole number, 0 or more: a size in bytes, an index into a list. (A refinement rather than
 * `z.int()`, which brings zod's number formats, about 0.4 KB min+gzip, for this one rule; the
 * message is the one our error map gives `z.int()`.)
 */
export const CountSchema = z
  .number()
  .check(z.gte(0), z.refine(Number.isInteger, 'must be a whole number'));

/** A fraction in 0..1 (values, targets). */
export const FractionSchema = z.number().check(z.gte(0), z.lte(1));
