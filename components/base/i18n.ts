/**
 * UI strings. English is built in; German loads on demand (a dynamic import keeps it out of the
 * main bundle); hosts add or override strings with `registerMessages(locale, partial)` or per element
 * with the `messages` property. Definition text is localised separately (`localize` from the core).
 */
import { base as english } from './messages/en-base.js';
import type { MessageKey, Messages } from './messages/en.js';

export type { MessageKey, Messages };
type Some = Partial<Messages>;

/** English, built in: the base strings, and each element's own strings once its module has loaded. */
const en = { ...english } as Messages;
/** Adds an element's English strings to the built-in catalog (each element calls it when its module loads). */
export const addEnglish = (part: Some): void => {
  Object.assign(en, part);
};

const builtIn: Record<string, () => Promise<Some>> = {
  de: () => import('./messages/de.js').then((m) => m.de),
};
/** Catalogs by lower-case locale: built-in ones as `de`, registered ones as `+de`, `+de-ch`. */
const catalogs = new Map<string, Some | Promise<unknown>>([['en', en]]);
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((fn) => fn());
const base = (locale: string) => locale.toLowerCase().split('-')[0]!;

/** Adds or overrides strings for a locale (`'fr'`, `'de-CH'`); elements re-render. Later calls merge. */
export function registerMessages(locale: string, messages: Some): void {
  const key = `+${locale.toLowerCase()}`;
  catalogs.set(key, { ...catalogs.get(key), ...messages });
  notify();
}

/** Loads the built-in catalog of a locale, if there is one; resolves when it is usable. */
export async function loadMessages(locale: string): Promise<void> {
  const b = base(locale);
  if (!catalogs.has(b) && builtIn[b])
    catalogs.set(
      b,
      builtIn[b]().then(
        (m) => {
          catalogs.set(b, m);
          notify();
        },
        () => undefined,
      ),
    );
  await catalogs.get(b);
}

/** The strings for a locale (those of the elements loaded so far): English, then the built-in catalog, then registered strings, then `override`. */
export function messagesFor(locale: string, override?: Some): Messages {
  const l = locale.toLowerCase(),
    b = base(l);
  void loadMessages(b);
  const at = (k: string) => catalogs.get(k) as Some;
  return { ...en, ...at(b), ...at(`+${b}`), ...(l === b ? undefined : at(`+${l}`)), ...override };
}

/** Fills `{name}` placeholders. */
export const format = (template: string, vars?: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (vars && k in vars ? `${vars[k]}` : m));

/** Calls `fn` whenever catalogs change; returns the unsubscribe function. */
export function onMessagesChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
