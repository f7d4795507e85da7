// The floor, as hand-built DOM: a section's questions (title, description, radio options) made with
// createElement once, and one change listener that updates the displayed total. Nothing is
// re-rendered on a click: the lowest cost of this markup in the browser.
import { sectionQuestions, Total } from './floor-data.js';
import { frame, mark, pick, timeClick } from './shared.js';

const host = document.getElementById('host')!;
const total = new Total();
let definition: unknown;

function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, text?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function build(index: number): HTMLElement {
  const section = element('section');
  section.append(element('h2', 'Section'));
  sectionQuestions(definition, index).forEach((question, number) => {
    const fieldset = element('fieldset');
    fieldset.className = 'question';
    const options = element('div');
    options.className = 'opts';
    for (const option of question.options) {
      const label = element('label');
      const input = element('input');
      input.type = question.multi ? 'checkbox' : 'radio';
      input.name = question.id;
      input.value = option.id;
      input.dataset.value = String(option.value);
      label.append(input, element('span', option.label));
      options.append(label);
    }
    if (!question.options.length) {
      const input = element('input');
      input.type = 'text';
      input.setAttribute('aria-label', question.text);
      options.append(input);
    }
    fieldset.append(
      element('legend', `${number + 1}. ${question.text}`),
      element('p', question.help),
      options,
    );
    section.append(fieldset);
  });
  section.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'radio') total.set(input.name, Number(input.dataset.value));
  });
  return section;
}

window.bench = {
  async render(given) {
    host.replaceChildren();
    total.clear();
    await frame();
    mark('start');
    const t0 = performance.now();
    definition = given;
    host.append(build(0));
    const dom = performance.now() - t0;
    mark('dom');
    await frame();
    const ms = performance.now() - t0;
    mark('painted');
    return { ms, first: ms, dom, questions: host.querySelectorAll('fieldset').length };
  },
  async section(index) {
    host.replaceChildren(build(index));
    await frame();
  },
  radios: () => [...host.querySelectorAll<HTMLInputElement>('input[type=radio]')],
  click: (k) => timeClick(pick(window.bench.radios(), k)),
};
