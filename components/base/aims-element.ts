import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { format, messagesFor, onMessagesChange, type MessageKey, type Messages } from './i18n.js';

/** The `lang` of the nearest ancestor that has one, across shadow roots; `''` when none. */
export function nearestLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    const hit: Element | null = node instanceof Element ? node.closest('[lang]') : null;
    if (hit) return hit.getAttribute('lang') ?? '';
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** Registers a custom element once; a second definition of the same tag is ignored (no throw). */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

/**
 * Base of every aimskit element: typed events, theme, locale and UI strings.
 * Layout uses logical properties, so `dir="rtl"` on the page (or the element) mirrors it.
 */
export class AimsElement extends LitElement {
  /** `light` or `dark` pins the theme; unset follows the user's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Locale of UI strings and definition text; default: the nearest `lang`, else `en`. */
  @property() locale?: string;
  /** Per-element overrides of UI strings (merged over the catalog of the locale). */
  @property({ attribute: false }) messages?: Partial<Messages>;

  private offMessages?: () => void;

  /** The locale in effect. */
  get effectiveLocale(): string { return this.locale || nearestLang(this) || 'en'; }
  /** True when the element is laid out right to left. */
  get rtl(): boolean { return getComputedStyle(this).direction === 'rtl'; }

  override connectedCallback(): void {
    super.connectedCallback();
    this.offMessages = onMessagesChange(() => this.requestUpdate());
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offMessages?.();
  }

  /** The UI strings in effect (computed once per render). */
  protected strings: Messages = messagesFor('en');
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.strings = messagesFor(this.effectiveLocale, this.messages);
  }
  /** One UI string, with `{name}` placeholders filled. */
  msg(key: MessageKey, vars?: Record<string, string | number>): string {
    return format(this.strings[key], vars);
  }
  /** Dispatches an aimskit event; returns false when a listener prevented a cancelable one. */
  protected emit<E extends Event>(event: E): boolean {
    return this.dispatchEvent(event);
  }
}
