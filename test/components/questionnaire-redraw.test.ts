// <aims-questionnaire> draws a question again only when something it shows changed (its answer, its
// error, an open panel, a hint whose condition changed, the strings, read-only, the locale), and a
// long section stays whole for the user: every question's text is in the DOM (find in page), the
// keyboard reaches every question in order, and off-screen questions skip their layout
// (`content-visibility: auto`) without leaving the accessibility tree.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/questionnaire/define.js';
import type { AimsQuestionnaire } from '../../components/questionnaire/questionnaire.js';
import { en } from '../../components/base/messages/en.js';
import { parseDefinition } from '../../src/model/index.js';
import { createSession } from '../../src/session/index.js';
import { $$, byLabel, questionByText } from './fixtures.js';

const N = 60;
const definition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'redraw',
  version: '1',
  title: 'Redraw',
  scales: [
    {
      id: 'm',
      options: [
        { id: '0', label: 'Not at all', value: 0 },
        { id: '1', label: 'Partly', value: 0.5 },
        { id: '2', label: 'Fully', value: 1 },
      ],
    },
  ],
  requirements: [{ id: 'R1', title: 'Requirement 1', kind: 'clause' }],
  sections: [
    {
      id: 'long',
      title: 'Long',
      questions: Array.from({ length: N }, (_, i) => ({
        id: `q${i}`,
        type: 'scale' as const,
        scale: 'm',
        requirement: 'R1',
        text: `Practice number ${i + 1}`,
        help: `What practice ${i + 1} covers.`,
        recommendation: `Advice for practice ${i + 1}.`,
        ...(i === 1 ? { hints: [{ showIf: "{q0} = '2'", text: 'Practice 1 is in place.' }] } : {}),
      })),
    },
  ],
});

async function make() {
  const session = createSession({ definition });
  const el = await fixture<AimsQuestionnaire>(
    html`<aims-questionnaire .session=${session}></aims-questionnaire>`,
  );
  await el.allRendered();
  return { el, session };
}
const fieldset = (el: AimsQuestionnaire, index: number) =>
  questionByText(el, `Practice number ${index + 1}`);
const radio = (el: AimsQuestionnaire, index: number, label: string) =>
  byLabel(fieldset(el, index), label);

describe('<aims-questionnaire> draws again what changed', () => {
  it('updates the answered question, its advice and a hint that depends on it', async () => {
    const { el, session } = await make();
    radio(el, 0, 'Fully').click();
    await el.updateComplete;
    expect(session.state.response.answers.q0?.value).to.equal('2');
    expect(radio(el, 0, 'Fully').checked).to.equal(true);
    // the hint of question 2 holds now: question 2 is drawn again, its own answer unchanged
    expect(fieldset(el, 1).textContent).to.contain('Practice 1 is in place.');

    radio(el, 5, 'Not at all').click();
    await el.updateComplete;
    expect(fieldset(el, 5).querySelector('[part="recommendation"]')?.textContent).to.contain(
      'Advice for practice 6.',
    );
    // an answer set by the session (not a click) shows too
    session.dispatch({ type: 'answer', question: 'q5', value: '2' });
    await el.updateComplete;
    expect(radio(el, 5, 'Fully').checked).to.equal(true);
    expect(radio(el, 5, 'Not at all').checked).to.equal(false);
    expect(fieldset(el, 5).querySelector('[part="recommendation"]')).to.equal(null);

    session.dispatch({ type: 'answer', question: 'q0', value: '0' });
    await el.updateComplete;
    expect(fieldset(el, 1).textContent).not.to.contain('Practice 1 is in place.');
  });

  it('draws every question again when read-only, the strings or the locale change', async () => {
    const { el } = await make();
    el.readonly = true;
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input[type=radio]').every((input) => input.disabled)).to.equal(
      true,
    );
    el.readonly = false;
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'input[type=radio]').some((input) => input.disabled)).to.equal(
      false,
    );

    el.messages = { notes: 'Notes and files' };
    await el.updateComplete;
    const notesButtons = () =>
      $$(el, 'fieldset button').filter((button) =>
        button.getAttribute('aria-controls')?.endsWith('-notes'),
      );
    expect(notesButtons().length).to.equal(N);
    expect(
      notesButtons().every((button) => button.textContent!.trim() === 'Notes and files'),
    ).to.equal(true);
    el.messages = undefined;
    await el.updateComplete;
    expect(notesButtons().every((button) => button.textContent!.trim() === en.notes)).to.equal(
      true,
    );
  });

  it('shows an open notes panel and the count on its button for that question only', async () => {
    const { el, session } = await make();
    session.dispatch({ type: 'comment', question: 'q3', comment: 'Seen in the audit.' });
    await el.updateComplete;
    const notesButton = (index: number) =>
      [...fieldset(el, index).querySelectorAll('button')].find((button) =>
        button.getAttribute('aria-controls')?.endsWith('-notes'),
      )!;
    expect(notesButton(3).textContent).to.contain(en.notesCount.replace('{count}', '1'));
    expect(notesButton(4).textContent!.trim()).to.equal(en.notes);
    notesButton(3).click();
    await el.updateComplete;
    await el.notesPanel.load();
    await el.updateComplete;
    expect(fieldset(el, 3).querySelector('[part="notes"]')).to.exist;
    expect(fieldset(el, 4).querySelector('[part="notes"]')).to.equal(null);
  });
});

describe('<aims-questionnaire> with a long section', () => {
  it('keeps every question in the DOM and the accessibility tree, skipping only off-screen layout', async () => {
    const { el } = await make();
    const fieldsets = $$(el, 'fieldset[part~="question"]');
    expect(fieldsets.length).to.equal(N);
    // find in page searches the DOM's text: every question's text and help is there
    const text = el.shadowRoot!.textContent!;
    for (let i = 0; i < N; i++) {
      expect(text).to.contain(`Practice number ${i + 1}`);
      expect(text).to.contain(`What practice ${i + 1} covers.`);
    }
    expect(getComputedStyle(fieldsets[N - 1]!).contentVisibility).to.equal('auto');
    await expect(el).to.be.accessible();
  });

  it('lets the keyboard reach every question in order', async () => {
    const { el } = await make();
    el.shadowRoot!.querySelector<HTMLElement>('h2')!.focus();
    const reached: string[] = [];
    // each question: its radio group (one stop), the levels button if any, the notes button
    for (let press = 0; press < 4 * N && reached.length < N; press++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      const question = active?.closest<HTMLElement>('[data-question]')?.dataset.question;
      if (question && reached[reached.length - 1] !== question) reached.push(question);
    }
    expect(reached).to.deep.equal(Array.from({ length: N }, (_, i) => `q${i}`));
  });
});
