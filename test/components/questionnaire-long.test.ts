// <aims-questionnaire> with a 200-question section: the section grows in steps per task, starting
// with a few questions and at most doubling from one step to the next, so that its first render
// makes no long task. A mutation observer counts the questions
// each task adds (its callback runs at the end of the task that changed the DOM). Short sections
// still render in one go.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/questionnaire/define.js';
import type { AimsQuestionnaire } from '../../components/questionnaire/questionnaire.js';
import { parseDefinition } from '../../src/model/index.js';
import { $$, sessionFor } from './fixtures.js';

const N = 200;
/** The first step adds at most this many questions; each later one at most twice the one before. */
const FIRST = 30;
const ids = Array.from({ length: N }, (_, i) => `q${i}`);
const definition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'long',
  version: '1',
  title: 'Long',
  scales: [
    {
      id: 'm',
      options: [
        { id: '0', label: 'No', value: 0 },
        { id: '1', label: 'Yes', value: 1 },
      ],
    },
  ],
  sections: [
    {
      id: 'long',
      title: 'Long',
      questions: ids.map((id, i) => ({
        id,
        type: 'scale' as const,
        scale: 'm',
        text: `Practice ${i + 1}`,
        required: i === 150,
      })),
    },
    {
      id: 'short',
      title: 'Short',
      questions: [{ id: 'last', type: 'text' as const, text: 'Anything else?' }],
    },
  ],
});
const shownIds = (el: AimsQuestionnaire) =>
  $$(el, '[data-question]').map((f) => f.dataset.question);
/** The question holding the focused control. */
const focusedQuestion = (el: AimsQuestionnaire) =>
  (el.shadowRoot!.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-question]')
    ?.dataset.question;

async function make() {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('aims-questionnaire') as AimsQuestionnaire;
  el.session = sessionFor(definition);
  return { host, el };
}

describe('<aims-questionnaire> with a 200-question section', () => {
  it('adds its questions in steps, 30 first and each at most twice the last, then all in order', async () => {
    const { host, el } = await make();
    const added: number[] = [];
    let count = 0;
    const mo = new MutationObserver(() => {
      const now = el.shadowRoot!.querySelectorAll('[data-question]').length;
      if (now !== count) added.push(now - count);
      count = now;
    });
    host.append(el);
    mo.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.allRendered();
    await new Promise((r) => setTimeout(r));
    mo.disconnect();
    expect(added[0]).to.be.at.most(FIRST);
    added.slice(1).forEach((count, index) => expect(count).to.be.at.most(2 * added[index]!));
    expect(added.length).to.be.above(1);
    expect(added.reduce((a, b) => a + b, 0)).to.equal(N);
    expect(shownIds(el)).to.deep.equal(ids);
  });

  it('goTo the last question, before the section has finished rendering, renders up to it and focuses it', async () => {
    const { host, el } = await make();
    host.append(el);
    await el.updateComplete;
    expect(shownIds(el).length).to.be.below(N); // still rendering in steps
    expect(await el.goTo(`q${N - 1}`)).to.equal(true);
    expect(focusedQuestion(el)).to.equal(`q${N - 1}`);
    await el.allRendered();
    expect(shownIds(el)).to.deep.equal(ids);
  });

  it('goTo from another section back into the long one, and validation focusing question 151', async () => {
    const { host, el } = await make();
    host.append(el);
    await el.updateComplete;
    expect(await el.goTo('last')).to.equal(true);
    expect(shownIds(el)).to.deep.equal(['last']);
    expect(await el.goTo('q120')).to.equal(true);
    expect(focusedQuestion(el)).to.equal('q120');
    await el.goTo('last');
    expect(await el.validate()).to.equal(false);
    expect(focusedQuestion(el)).to.equal('q150');
    expect(
      $$(el, '[aria-invalid="true"]').map(
        (n) => n.closest<HTMLElement>('[data-question]')?.dataset.question,
      ),
    ).to.include('q150');
    await el.allRendered();
    expect(shownIds(el)).to.deep.equal(ids);
  });

  it('renders a short section in one go', async () => {
    const session = sessionFor();
    const el = await fixture<AimsQuestionnaire>(
      html`<aims-questionnaire .session=${session}></aims-questionnaire>`,
    );
    const expected = session.state.definition.sections[0]!.questions.filter((q) =>
      session.state.visible.has(q.id),
    ).map((q) => q.id);
    expect(expected.length).to.be.greaterThan(1);
    expect(shownIds(el)).to.deep.equal(expected);
  });
});
