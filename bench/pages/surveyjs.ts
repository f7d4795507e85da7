// The SurveyJS side: survey-core's Model rendered by survey-js-ui with its default theme. SurveyJS
// has no readiness score, so the figure is a plain average of the answered levels, written from
// `onValueChanged` (less work than aimskit's score(), which also weighs, rolls up by requirement
// and band).
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.min.css';
import { frame, mark, pick, setFigure, timeClick } from './shared.js';

const host = document.getElementById('host')!;
let model: Model | undefined;
let box: HTMLElement | undefined;

/** Waits until every visible question of the current page is in the DOM. */
async function settled(onFirst?: () => void): Promise<number> {
  const expected = model!.currentPage.questions.filter(
    (q: { isVisible: boolean }) => q.isVisible,
  ).length;
  for (let i = 0; i < 200; i++) {
    const n = box!.querySelectorAll('.sd-question').length;
    if (n && onFirst) {
      onFirst();
      onFirst = undefined;
    }
    if (n >= expected && n) return n;
    await new Promise((r) => setTimeout(r));
  }
  throw new Error('SurveyJS did not show the page');
}

function readiness(m: Model) {
  let sum = 0,
    n = 0;
  for (const q of m.getAllQuestions(true)) {
    const v = Number(q.value);
    if (q.getType() === 'radiogroup' && q.value !== undefined && Number.isFinite(v)) {
      sum += v / 5;
      n++;
    }
  }
  setFigure(n ? ((100 * sum) / n).toFixed(2) : '–');
}

window.bench = {
  async render(definition) {
    model?.dispose();
    host.replaceChildren();
    await frame();
    mark('start');
    const t0 = performance.now();
    box = document.createElement('div');
    host.append(box);
    model = new Model(definition);
    model.onValueChanged.add(readiness);
    renderSurvey(model, box);
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
    model!.currentPageNo = index;
    await settled();
    await frame();
  },
  radios: () =>
    [...box!.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((r) => !r.disabled),
  click: (k) => timeClick(pick(window.bench.radios(), k)),
};
