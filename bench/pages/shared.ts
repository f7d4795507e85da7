// What both benchmark pages share: the paint wait and the click-to-figure timer, so that aimskit
// and SurveyJS are measured by the same code.

/**
 * Resolves after the next frame has been produced (rAF, then a task after it: the frame is
 * painted).
 */
export const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));

/**
 * A User Timing mark (`bench:start`, `bench:dom`, `bench:painted`): bench/run.mjs finds them in the
 * DevTools trace to measure the rendering pipeline between them (bench/trace.mjs).
 */
export const mark = (name: 'start' | 'dom' | 'painted') => {
  if (name === 'start') performance.clearMarks();
  performance.mark(`bench:${name}`);
};

const figure = () => document.getElementById('readiness')!;

/**
 * Clicks `input` and resolves to the time, in ms, until the readiness figure has been rewritten and
 * the next frame painted. Each page writes the figure from its own change handler.
 */
export const timeClick = (input: HTMLInputElement): Promise<number> =>
  timeAction(() => input.click());

/**
 * Runs `act` (a user's change) and resolves to the time, in ms, until the figure has been rewritten
 * and the next frame painted.
 */
export function timeAction(act: () => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the readiness figure did not change within 5 s'));
    }, 5000);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      void frame().then(() => resolve(performance.now() - t0));
    });
    observer.observe(figure(), { childList: true, characterData: true, subtree: true });
    const t0 = performance.now();
    act();
  });
}

export const setFigure = (text: string) => {
  figure().textContent = text;
};

export interface BenchPage {
  /**
   * Renders `definition` (already in hand) from scratch: ms until the first section is painted
   * (every question of it), ms until its first questions are painted (the first screen: the same
   * for a page that renders at once), ms until it is in the DOM (before the paint), questions
   * shown.
   */
  render(
    definition: unknown,
  ): Promise<{ ms: number; first: number; dom: number; questions: number }>;
  /** Moves to section `index` (0-based) and waits until it is painted. */
  section(index: number): Promise<void>;
  /** The enabled radio buttons of the section shown. */
  radios(): HTMLInputElement[];
  /**
   * Clicks the k-th click target (alternating options so the answer always changes); ms until the
   * new figure is painted.
   */
  click(k: number): Promise<number>;
}

/**
 * Chooses, for the k-th click, a radio that changes the answer: question k mod n, a different level
 * each time.
 */
export function pick(radios: HTMLInputElement[], k: number): HTMLInputElement {
  const groups = new Map<string, HTMLInputElement[]>();
  for (const r of radios) groups.set(r.name, [...(groups.get(r.name) ?? []), r]);
  const list = [...groups.values()];
  const group = list[k % list.length]!;
  const unchecked = group.filter((r) => !r.checked);
  return unchecked[(k >> 3) % unchecked.length]!;
}

declare global {
  interface Window {
    bench: BenchPage;
  }
}
