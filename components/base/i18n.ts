/**
 * UI strings. English is built in; German loads on demand (a dynamic import keeps it out of the
 * main bundle); hosts add or override strings with `registerMessages(locale, partial)` or per
 * element with the `messages` property. Definition text is localised separately (`localize` from
 * the core).
 *
 * Keys are written out where they are used (`'riskAdd'`, never `'risk' + name`), so a key can be
 * found with grep; a value chosen from a set (a status, a band) goes through a typed table
 * `as const satisfies Record<Status, MessageKey>`. A count picks its wording with `pluralKey`.
 */
import { base as english } from './messages/en-base.js';
import type { MessageKey, Messages } from './messages/en.js';

export type { MessageKey, Messages };
type PartialMessages = Partial<Messages>;
/** Values that fill a string's `{name}` placeholders. */
export type MessageVars = Readonly<Record<string, string | number>>;

/** English, built in: the base strings, and each element's own once its module has loaded. */
const englishCatalog: Messages = { ...english } as Messages;
/** Adds an element's English strings to the built-in catalog (each element's module calls it). */
export const addEnglish = (part: PartialMessages): void => {
  Object.assign(englishCatalog, part);
};

const builtIn: Record<string, () => Promise<PartialMessages>> = {
  de: () => import('./messages/de.js').then((module) => module.de),
};
/** Catalogs by lower-case locale: built-in ones as `de`, registered ones as `+de`, `+de-ch`. */
const catalogs = new Map<string, PartialMessages | Promise<unknown>>([['en', englishCatalog]]);
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
/** The language of a locale, lower case (`de-CH` → `de`). */
const languageOf = (locale: string) => locale.toLowerCase().split('-')[0]!;

/** Adds or overrides strings for a locale (`'fr'`, `'de-CH'`); elements re-render. Calls merge. */
export function registerMessages(locale: string, messages: PartialMessages): void {
  const key = `+${locale.toLowerCase()}`;
  catalogs.set(key, { ...catalogs.get(key), ...messages });
  notify();
}

/** Loads the built-in catalog of a locale, if there is one; resolves when it is usable. */
export async function loadMessages(locale: string): Promise<void> {
  const language = languageOf(locale);
  const load = builtIn[language];
  if (!catalogs.has(language) && load) {
    const loading = load().then(
      (catalog) => {
        catalogs.set(language, catalog);
        notify();
      },
      () => undefined,
    );
    catalogs.set(language, loading);
  }
  await catalogs.get(language);
}

/** A catalog that has loaded (a pending one counts as empty). */
const catalogAt = (key: string): PartialMessages | undefined => {
  const catalog = catalogs.get(key);
  return catalog instanceof Promise ? undefined : catalog;
};

/**
 * The strings for a locale (those of the elements loaded so far): English, then the built-in
 * catalog, then registered strings, then `override`.
 */
export function messagesFor(locale: string, override?: PartialMessages): Messages {
  const lowerCase = locale.toLowerCase();
  const language = languageOf(lowerCase);
  void loadMessages(language);
  const regional = lowerCase === language ? undefined : catalogAt(`+${lowerCase}`);
  return {
    ...englishCatalog,
    ...catalogAt(language),
    ...catalogAt(`+${language}`),
    ...regional,
    ...override,
  };
}

/** Fills `{name}` placeholders. */
export const format = (template: string, vars?: MessageVars): string =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    vars && name in vars ? `${vars[name]}` : placeholder,
  );

/** The singular and plural keys of a count's string (`riskCountOne`, `riskCount`). */
export interface PluralKeys {
  readonly one: MessageKey;
  readonly other: MessageKey;
}

const pluralRules = new Map<string, Intl.PluralRules>();
/** The plural rule of a locale (English's for a locale the browser cannot parse). */
function pluralRulesOf(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (rules) return rules;
  try {
    rules = new Intl.PluralRules(locale);
  } catch {
    rules = new Intl.PluralRules('en');
  }
  pluralRules.set(locale, rules);
  return rules;
}
/** The key for `count` in `locale`: `one` where its plural rule says so, else `other`. */
export const pluralKey = (locale: string, count: number, keys: PluralKeys): MessageKey =>
  pluralRulesOf(locale).select(count) === 'one' ? keys.one : keys.other;

/** Calls `listener` whenever catalogs change; returns the unsubscribe function. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
