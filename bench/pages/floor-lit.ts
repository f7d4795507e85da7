// The floor, as one plain Lit template: a section's questions (title, description, radio options),
// re-rendered from the top on every change as a plain Lit page is, and the displayed total. No
// session, no validation, no scoring beyond an average: what the browser allows for this markup
// with Lit.
import { html, render } from 'lit';
import { sectionQuestions, Total, type FloorOption, type FloorQuestion } from './floor-data.js';
import { frame, mark, pick, timeClick } from './shared.js';

const host = document.getElementById('host')!;
const total = new Total();
const answers = new Map<string, string>();
let definition: unknown;
let questions: FloorQuestion[] = [];

const renderOption = (question: FloorQuestion, option: FloorOption) =>
  html`<label
    ><input
      type=${question.multi ? 'checkbox' : 'radio'}
      name=${question.id}
      .value=${option.id}
      .checked=${answers.get(question.id) === option.id}
      @change=${() => choose(question, option)}
    /><span>${option.label}</span></label
  >`;

const page = () =>
  html`<section>
    <h2>Section</h2>
    ${questions.map(
      (question, index) =>
        html`<fieldset class="question">
          <legend>${index + 1}. ${question.text}</legend>
          <p>${question.help}</p>
          <div class="opts">
            ${
              question.options.length
                ? question.options.map((option) => renderOption(question, option))
                : html`<input type="text" aria-label=${question.text} />`
            }
          </div>
        </fieldset>`,
    )}
  </section>`;

function choose(question: FloorQuestion, option: FloorOption) {
  answers.set(question.id, option.id);
  total.set(question.id, option.value);
  render(page(), host);
}

function show(index: number) {
  questions = sectionQuestions(definition, index);
  render(page(), host);
}

window.bench = {
  async render(given) {
    questions = [];
    render(page(), host);
    answers.clear();
    total.clear();
    await frame();
    mark('start');
    const t0 = performance.now();
    definition = given;
    show(0);
    const dom = performance.now() - t0;
    mark('dom');
    await frame();
    const ms = performance.now() - t0;
    mark('painted');
    return { ms, first: ms, dom, questions: host.querySelectorAll('fieldset').length };
  },
  async section(index) {
    show(index);
    await frame();
  },
  radios: () => [...host.querySelectorAll<HTMLInputElement>('input[type=radio]')],
  click: (k) => timeClick(pick(window.bench.radios(), k)),
};
