import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  format,
  messagesFor,
  onMessagesChange,
  pluralKey,
  type MessageKey,
  type MessageVars,
  type Messages,
  type PluralKeys,
} from './i18n.js';
import { LazyPart } from './lazy-part.js';

/** The `lang` of the nearest ancestor that has one, across shadow roots; `''` when none. */
const nearestLang = (element: Element | undefined): string =>
  !element
    ? ''
    : (element.closest('[lang]')?.getAttribute('lang') ??
      nearestLang((element.getRootNode() as ShadowRoot).host));

/** Registers a custom element once; a second definition of the same tag is ignored (no throw). */
export const defineElement = (tag: string, ctor: CustomElementConstructor): void => {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
};

/**
 * Base of every aimskit element: typed events, theme, locale and UI strings.
 * Layout uses logical properties, so `dir="rtl"` on the page (or the element) mirrors it.
 * The design tokens below are read by every element; set them on the element or on any ancestor.
 *
 * @cssprop [--aims-color-bg=#ffffff] - page background
 * @cssprop [--aims-color-surface=#f4f6f8] - cards and panels
 * @cssprop [--aims-color-text=#1b1f24] - text
 * @cssprop [--aims-color-muted=#555e68] - secondary text
 * @cssprop [--aims-color-border=#6e7781] - borders
 * @cssprop [--aims-color-accent=#0b5cad] - brand colour: primary buttons, selected options,
 *   progress, bars
 * @cssprop [--aims-color-on-accent=#ffffff] - text on the accent colour
 * @cssprop [--aims-color-focus=#0b5cad] - focus ring
 * @cssprop [--aims-color-error=#b3261e] - error messages
 * @cssprop [--aims-color-warning=#8a5300] - warnings and notices
 * @cssprop [--aims-color-success=#1a7f37] - success messages
 * @cssprop [--aims-risk-very-low=#2e7d32] - risk level colour (also `--aims-risk-<level>` for a
 *   matrix's own level ids)
 * @cssprop [--aims-risk-low=#689f38] - risk level colour
 * @cssprop [--aims-risk-medium=#f9a825] - risk level colour
 * @cssprop [--aims-risk-high=#ef6c00] - risk level colour
 * @cssprop [--aims-risk-very-high=#c62828] - risk level colour
 * @cssprop [--aims-font-family=system-ui, sans-serif] - typeface
 * @cssprop [--aims-font-size=1rem] - base text size
 * @cssprop [--aims-font-size-small=0.875rem] - small text
 * @cssprop [--aims-font-line-height=1.5] - line height
 * @cssprop [--aims-font-mono=ui-monospace, monospace] - code and ids
 * @cssprop [--aims-space-xs=0.25rem] - spacing, smallest step
 * @cssprop [--aims-space-s=0.5rem] - spacing
 * @cssprop [--aims-space-m=1rem] - spacing
 * @cssprop [--aims-space-l=1.5rem] - spacing, largest step
 * @cssprop [--aims-radius-s=0.25rem] - corner radius of controls
 * @cssprop [--aims-radius-m=0.5rem] - corner radius of cards
 */
export class AimsElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    locale: {},
    messages: { attribute: false },
  };
  /** `light` or `dark` pins the theme; unset follows the user's `prefers-color-scheme`. */
  declare theme?: 'light' | 'dark';
  /** Locale of UI strings and definition text; default: the nearest `lang`, else `en`. */
  declare locale?: string;
  /** Per-element overrides of UI strings (merged over the catalog of the locale). */
  declare messages?: Partial<Messages>;

  private offMessages?: () => void;

  /** The locale in effect. */
  get effectiveLocale(): string {
    return this.locale || nearestLang(this) || 'en';
  }
  /** True when the element is laid out right to left. */
  get rtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

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
  /** One UI string, with `{name}` placeholders filled (for the element's own views). @internal */
  msg(key: MessageKey, vars?: MessageVars): string {
    return format(this.strings[key], vars);
  }
  /**
   * The string of a count, in the singular or plural the locale's rule picks (`Intl.PluralRules`),
   * with `{count}` and the other placeholders filled. @internal
   */
  msgCount(keys: PluralKeys, count: number, vars?: MessageVars): string {
    return this.msg(pluralKey(this.effectiveLocale, count, keys), { ...vars, count });
  }
  /**
   * A UI string whose `{problem}` is a message from the core or the browser, which is English
   * whatever the UI language: that part is marked `lang="en"`, so assistive technology reads it as
   * English (WCAG 3.1.2). @internal
   */
  msgEn(key: MessageKey, vars: MessageVars & { problem: string }): TemplateResult | string {
    const [before, after] = this.msg(key, { ...vars, problem: '\0' }).split('\0');
    return after === undefined
      ? before!
      : html`${before}<span lang="en">${vars.problem}</span>${after}`;
  }
  /** Dispatches an aimskit event; returns false when a listener prevented a cancelable one. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
  /** The parts this element loads on demand (`lazyPart`). */
  private readonly lazyParts: LazyPart<unknown>[] = [];
  /** A part of the element in a module of its own, loaded with `load()` when it is first needed. */
  protected lazyPart<Module>(importModule: () => Promise<Module>): LazyPart<Module> {
    const part = new LazyPart(this, importModule);
    this.lazyParts.push(part);
    return part;
  }
  /** Also waits for a part being loaded, and for the update that shows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (const part of this.lazyParts) {
      if (part.loading && !part.module) {
        await part.loading;
        complete = await super.getUpdateComplete();
      }
    }
    return complete;
  }
}
