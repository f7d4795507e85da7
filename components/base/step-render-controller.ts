import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a step renderer needs to know about the list it renders. */
export interface StepRenderOptions {
  /** Items rendered per task (the first render shows this many). */
  readonly step: number;
  /** How many items the list has now. */
  readonly total: () => number;
  /** True while the list must not grow on its own (while printing, everything is shown anyway). */
  readonly paused?: () => boolean;
}

/**
 * Renders a long list in steps: the first render shows `step` items, and each following task adds
 * `step` more until the list is complete, so that no render makes a long task (> 50 ms). A short
 * list renders at once. The questionnaire's sections and the SoA table's rows use it.
 */
export class StepRenderController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: StepRenderOptions;
  private shown: number;
  private listKey?: unknown;
  private timer?: ReturnType<typeof setTimeout>;
  private grownByCall = false;

  constructor(host: ReactiveControllerHost, options: StepRenderOptions) {
    this.host = host;
    this.options = options;
    this.shown = options.step;
    host.addController(this);
  }

  /** How many items to render now. */
  get limit(): number {
    return this.shown;
  }
  /** True while items are left to render. */
  get pending(): boolean {
    return this.shown < this.options.total() && !this.options.paused?.();
  }
  /** True when `showAtLeast` or `showAll` asked for more since the last update. */
  get grownSinceUpdate(): boolean {
    return this.grownByCall;
  }
  /** The items to render now: the first `limit` of `items`. */
  slice<Item>(items: readonly Item[]): readonly Item[] {
    return items.slice(0, this.shown);
  }

  /** Starts again at the first step (another sort or filter); the host updates. */
  restart(): void {
    this.shown = this.options.step;
    this.host.requestUpdate();
  }
  /** Starts at the first step when `key` is not the list rendered so far (another section). */
  startFor(key: unknown): void {
    if (key === this.listKey) return;
    this.listKey = key;
    this.shown = this.options.step;
  }
  /** Renders at least `count` items in the next update. */
  showAtLeast(count: number): void {
    this.shown = Math.max(this.shown, count);
    this.grownByCall = true;
    this.host.requestUpdate();
  }
  /** Renders every item in the next update. */
  showAll(): void {
    this.showAtLeast(Infinity);
  }

  /** Resolves when every item is rendered. */
  async allRendered(): Promise<void> {
    await this.host.updateComplete;
    while (this.pending) {
      await new Promise((resolve) => setTimeout(resolve));
      await this.host.updateComplete;
    }
  }

  hostUpdated(): void {
    clearTimeout(this.timer);
    this.grownByCall = false;
    if (this.pending) this.timer = setTimeout(() => this.grow());
  }
  hostConnected(): void {
    if (this.pending) this.host.requestUpdate();
  }
  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private grow(): void {
    this.shown += this.options.step;
    this.host.requestUpdate();
  }
}
