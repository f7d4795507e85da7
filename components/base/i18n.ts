/**
 * UI strings. English is built in; German loads on demand (a dynamic import keeps it out of the
 * main bundle); hosts add or override strings with `registerMessages(locale, partial)` or per element
 * with the `messages` property. Definition text is localised separately (`localize` from the core).
 */
import { en, type MessageKey, type Messages } from './messages/en.js';

export type { MessageKey, Messages };
type Partial_ = Partial<Messages>;

const builtIn: Record<string, () => Promise<Partial_>> = { de: () => import('./messages/de.js').then((m) => m.de) };
const loaded = new Map<string, Partial_>([['en', en]]);
const custom = new Map<string, Partial_>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((fn) => fn());
const base = (locale: string) => locale.toLowerCase().split('-')[0]!;

/** Adds or overrides strings for a locale (`'fr'`, `'de-CH'`); elements re-render. Later calls merge. */
export function registerMessages(locale: string, messages: Partial_): void {
  const key = locale.toLowerCase();
  custom.set(key, { ...custom.get(key), ...messages });
  notify();
}

/** Loads the built-in catalog of a locale, if there is one; resolves when it is usable. */
export function loadMessages(locale: string): Promise<void> {
  const b = base(locale);
  if (loaded.has(b) || !builtIn[b]) return Promise.resolve();
  let p = loading.get(b);
  if (!p) {
    p = builtIn[b]!().then((m) => { loaded.set(b, m); notify(); }, () => undefined);
    loading.set(b, p);
  }
  return p;
}

/** The complete strings for a locale: English, then the built-in catalog, then registered strings, then `override`. */
export function messagesFor(locale: string, override?: Partial_): Messages {
  const l = locale.toLowerCase(), b = base(l);
  if (!loaded.has(b)) void loadMessages(b);
  return { ...en, ...loaded.get(b), ...custom.get(b), ...(l === b ? undefined : custom.get(l)), ...override };
}

/** Fills `{name}` placeholders. */
export const format = (template: string, vars?: Record<string, string | number>): string =>
  vars ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : template;

/** Calls `fn` whenever catalogs change; returns the unsubscribe function. */
export function onMessagesChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** The built-in locales (English plus those loaded on demand). */
export const builtInLocales = ['en', ...Object.keys(builtIn)];

export const t = (m: Messages, key: MessageKey, vars?: Record<string, string | number>) => format(m[key], vars);
