// The aimskit side: <aims-assessment storage="memory"> with an <aims-questionnaire>, the readiness
// figure written from `aims-change`, exactly as a host page does (examples/questionnaire.ts).
import '../../components/assessment/define.js';
import '../../components/questionnaire/define.js';
import { frame, mark, pick, setFigure, timeClick } from './shared.js';

type Questionnaire = HTMLElement & {
  updateComplete: Promise<boolean>;
  next(): Promise<unknown>;
  allRendered(): Promise<void>;
};
type Assessment = HTMLElement & {
  definition: unknown;
  storage: string;
  updateComplete: Promise<boolean>;
};

const host = document.getElementById('host')!;
let questionnaire: Questionnaire | undefined;
const root = () => questionnaire!.shadowRoot!;

/**
 * Waits until the questionnaire shows every question of its section (its session arrives by context
 * after `aims-ready`; a long section renders in steps of 30 questions, one task each), as
 * SurveyJS's side waits for every visible question of its page.
 */
async function settled(onFirst?: () => void): Promise<number> {
  for (let i = 0; i < 200; i++) {
    await questionnaire!.updateComplete;
    const count = () => root().querySelectorAll('[part~="question"]').length;
    if (count()) {
      onFirst?.();
      return questionnaire!.allRendered().then(count);
    }
    await new Promise((r) => setTimeout(r));
  }
  throw new Error('the questionnaire showed no question');
}

window.bench = {
  async render(definition) {
    host.replaceChildren();
    await frame();
    mark('start');
    const t0 = performance.now();
    const el = document.createElement('aims-assessment') as Assessment;
    el.storage = 'memory';
    questionnaire = document.createElement('aims-questionnaire') as Questionnaire;
    el.append(questionnaire);
    el.addEventListener('aims-change', (e) => {
      const { readiness } = e.detail;
      setFigure(readiness === null ? '–' : readiness.toFixed(2));
    });
    const ready = new Promise((r) => el.addEventListener('aims-ready', r, { once: true }));
    el.definition = definition;
    host.append(el);
    await ready;
    // the first screen: the first questions in the DOM, then the next frame (timed without waiting
    // for it, while the rest of a long section renders)
    let firstPainted: Promise<number> | undefined;
    const questions = await settled(() => {
      firstPainted = frame().then(() => performance.now() - t0);
    });
    const dom = performance.now() - t0;
    mark('dom');
    await frame();
    const ms = performance.now() - t0;
    mark('painted');
    return { ms, first: await firstPainted!, dom, questions };
  },
  async section(index) {
    for (let i = 0; i < index; i++) await questionnaire!.next();
    await settled();
    await frame();
  },
  radios: () =>
    [...root().querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((r) => !r.disabled),
  click: (k) => timeClick(pick(window.bench.radios(), k)),
};
