import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a step renderer needs to know about the list it renders. */
export interface StepRenderOptions {
  /** Items the first render shows, and the fewest a later step adds. */
  readonly step: number;
  /** How many items the list has now. */
  readonly total: () => number;
  /** True while the list must not grow on its own (while printing, everything is shown anyway). */
  readonly paused?: () => boolean;
}

/**
 * A step quicker than this (ms) lets the next one add twice as many items, so no step takes much
 * more than twice this: below a long task's 50 ms.
 */
const STEP_BUDGET_MS = 20;

/**
 * Renders a long list in steps: the first render shows `step` items, and each following task adds
 * more until the list is complete, so that no render makes a long task (> 50 ms). The first steps
 * add `step` items each; a step that took less than `STEP_BUDGET_MS` doubles the next one, so on a
 * fast machine a long list needs few steps (each costs a frame), while on a slow one they stay
 * short. A short list renders at once. The questionnaire's sections and the SoA table's rows use
 * it.
 */
export class StepRenderController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: StepRenderOptions;
  private shown: number;
  /** How many items the next step adds. */
  private stepSize: number;
  /** When the step under way began (`performance.now()`), while one is. */
  private stepStarted?: number;
  private listKey?: unknown;
  private timer?: ReturnType<typeof setTimeout>;
  private grownByCall = false;

  constructor(host: ReactiveControllerHost, options: StepRenderOptions) {
    this.host = host;
    this.options = options;
    this.shown = options.step;
    this.stepSize = options.step;
    host.addController(this);
  }

  /** True while items are left to render. */
  get pending(): boolean {
    return this.shown < this.options.total() && !this.options.paused?.();
  }
  /** True when `showAtLeast` or `showAll` asked for more since the last update. */
  get grownSinceUpdate(): boolean {
    return this.grownByCall;
  }
  /** The items to render now: the first ones of `items`, as many as this step shows. */
  slice<Item>(items: readonly Item[]): readonly Item[] {
    return items.slice(0, this.shown);
  }

  /** Starts again at the first step (another sort or filter); the host updates. */
  restart(): void {
    this.startOver();
    this.host.requestUpdate();
  }
  /** Starts at the first step when `key` is not the list rendered so far (another section). */
  startFor(key: unknown): void {
    if (key === this.listKey) return;
    this.listKey = key;
    this.startOver();
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
    // A quick step lets the next one add twice as many items.
    if (this.stepStarted && performance.now() - this.stepStarted < STEP_BUDGET_MS)
      this.stepSize *= 2;
    this.stepStarted = undefined;
    if (this.pending) this.timer = setTimeout(() => this.grow());
  }
  hostConnected(): void {
    if (this.pending) this.host.requestUpdate();
  }
  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Back to the first step. */
  private startOver(): void {
    this.shown = this.options.step;
    this.stepSize = this.options.step;
  }

  private grow(): void {
    this.stepStarted = performance.now();
    this.shown += this.stepSize;
    this.host.requestUpdate();
  }
}
