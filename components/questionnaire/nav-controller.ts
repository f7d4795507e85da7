import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface NavHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Moves between sections and manages focus: after a section change focus goes to the section heading
 * (or a given question, or the first invalid control), so keyboard and screen-reader users land where
 * the content changed. Arrow Up/Down, Home and End move between the entries of the table of contents.
 */
export class NavController implements ReactiveController {
  constructor(private readonly host: NavHost) { host.addController(this); }
  hostConnected(): void {}

  /** Focuses (and scrolls to) the element matched by `selector` once the host has rendered. */
  async focus(selector: string): Promise<boolean> {
    await this.host.updateComplete;
    const el = this.host.renderRoot.querySelector<HTMLElement>(selector);
    if (!el) return false;
    el.focus();
    el.scrollIntoView?.({ block: 'nearest' });
    return true;
  }

  /** Focuses the first invalid control of the current section. */
  focusFirstInvalid(): Promise<boolean> {
    return this.focus('[aria-invalid="true"]');
  }

  /** Focuses the first control of a question (or its fieldset's first input). */
  focusQuestion(id: string): Promise<boolean> {
    return this.focus(`[data-question="${CSS.escape(id)}"] :is(input, textarea, button)`);
  }

  /** Keyboard inside the table of contents. */
  readonly onTocKey = (e: KeyboardEvent): void => {
    const items = [...this.host.renderRoot.querySelectorAll<HTMLElement>('[part~="toc-item"]')];
    const i = items.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    const to = ({ ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 } as Record<string, number>)[e.key];
    if (to === undefined) return;
    e.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, to))]!.focus();
  };
}
