import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/inventory/define.js';
import { loadMessages } from '../../components/base/i18n.js';
import type { AiSystem } from '../../src/core.js';
import type { AssessmentSession } from '../../src/session/types.js';
import { iso42001 } from '../../src/content.js';
import { $, $$, sessionFor } from './fixtures.js';

const cvTool: AiSystem = {
  id: 'AI-1',
  name: 'CV screening',
  purpose: 'Ranks job applications',
  roles: ['deployer'],
  triage: {
    prohibited: 'none',
    'annex-i': 'no',
    'annex-iii': ['annex-iii-4-a'],
    profiling: 'yes',
    'fria-public': 'no',
    transparency: 'none',
  },
};

function withSystems(systems: AiSystem[]): AssessmentSession {
  const session = sessionFor();
  session.dispatch({ type: 'replace', response: { ...session.state.response, systems } });
  return session;
}

async function standalone(session: AssessmentSession, readonly = false) {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('aims-inventory');
  el.session = session;
  el.readonly = readonly;
  wrap.append(el);
  await el.updateComplete;
  return el;
}

const rows = (el: Element) => $$(el, '[part~=row]').map((row) => row.dataset.system);
const button = (el: Element, text: string) => {
  const found = $$<HTMLButtonElement>(el, 'button').find((candidate) =>
    candidate.textContent!.trim().startsWith(text),
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
const form = (el: Element) => $<HTMLFormElement>(el, '[part~=form]');
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const classOf = (el: Element, id: string) =>
  $(el, `[data-system="${id}"] [part~=class]`).textContent!.trim();
/** The option of a triage question, found by its question and value. */
const option = (el: Element, question: string, value: string) =>
  $<HTMLInputElement>(el, `[data-question="${question}"] input[value="${value}"]`);

describe('<aims-inventory>', () => {
  it('is accessible: register, details, form and triage panel', async () => {
    const el = await standalone(withSystems([cvTool]));
    await expect(el).to.be.accessible();
    $<HTMLDetailsElement>(el, '[part~=details]').open = true;
    await el.edit('AI-1');
    await expect(el).to.be.accessible();
    await el.triage('AI-1');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows each system with its class and duties from the core', async () => {
    const el = await standalone(withSystems([cvTool]));
    expect(rows(el)).to.deep.equal(['AI-1']);
    expect(classOf(el, 'AI-1')).to.equal('High-risk');
    const details = $(el, '[part~=details]');
    expect(details.querySelector('summary')!.textContent).to.match(/^\d+ duties$/);
    expect(details.textContent).to.contain('Annex III point 4(a)');
    expect(details.textContent).to.contain('Art. 26(11)');
    expect($(el, '[part~=notice]').textContent).to.contain('not legal advice');
  });

  it('adds a system from the form, by keyboard, and fires aims-system-change', async () => {
    const session = sessionFor();
    const el = await standalone(session);
    expect($(el, '.base').textContent).to.contain('No AI systems recorded yet.');
    button(el, 'Add an AI system').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(active(el)?.getAttribute('name')).to.equal('name');
    await sendKeys({ type: 'Support chatbot' });
    const roles = form(el).querySelector<HTMLInputElement>('input[name=roles][value=provider]')!;
    roles.checked = true;
    (form(el).elements.namedItem('components') as HTMLTextAreaElement).value = 'LLM; Vendor A';
    const changed = oneEvent(el, 'aims-system-change');
    button(el, 'Save system').click();
    const event = await changed;
    expect(event.detail.action).to.equal('add');
    expect(event.detail.system).to.deep.equal({
      id: 'AI-1',
      name: 'Support chatbot',
      roles: ['provider'],
      components: [{ name: 'LLM', supplier: 'Vendor A' }],
    });
    expect(session.state.response.systems).to.deep.equal([event.detail.system]);
    await el.updateComplete;
    expect(classOf(el, 'AI-1')).to.equal('Not determined yet');
    expect($(el, '[part~=status]').textContent).to.equal('Support chatbot added.');
  });

  it('refuses a system without a name, with the path of the problem, and keeps the form', async () => {
    const session = sessionFor();
    const el = await standalone(session);
    await el.edit();
    button(el, 'Save system').click();
    await el.updateComplete;
    const error = $(el, '[part~=error]');
    expect(error.textContent).to.contain('systems[0].name');
    expect(session.state.response.systems).to.equal(undefined);
    expect(form(el)).to.exist;
  });

  it('guides the triage: the next question appears as answers come, ending in a class', async () => {
    const session = withSystems([{ id: 'AI-1', name: 'Chatbot', roles: ['provider'] }]);
    const el = await standalone(session);
    await el.triage('AI-1');
    await el.updateComplete;
    const asked = () => $$(el, '[part~=question]').map((entry) => entry.dataset.question);
    expect(asked()).to.deep.equal(['prohibited', 'annex-i', 'annex-iii', 'transparency']);
    option(el, 'prohibited', 'none').click();
    option(el, 'annex-i', 'no').click();
    option(el, 'annex-iii', 'annex-iii-4-a').click();
    await el.updateComplete;
    expect(asked()).to.include('profiling');
    option(el, 'annex-iii', 'annex-iii-4-a').click();
    option(el, 'annex-iii', 'none').click();
    await el.updateComplete;
    expect(asked()).to.not.include('profiling');
    const changed = oneEvent(el, 'aims-system-change');
    option(el, 'transparency', 'art-50-1').click();
    expect((await changed).detail.action).to.equal('triage');
    await el.updateComplete;
    expect(classOf(el, 'AI-1')).to.equal('Limited (transparency duties)');
    expect(session.state.response.systems![0]!.triage).to.deep.equal({
      prohibited: ['none'],
      'annex-i': 'no',
      'annex-iii': ['none'],
      transparency: ['art-50-1'],
    });
  });

  it("answers the questionnaire's scope from the systems, and says so", async () => {
    const session = sessionFor(iso42001);
    const el = await standalone(session);
    expect($(el, '[part~=notice]').textContent).to.not.include('scope questions');
    await el.edit();
    const entry = form(el);
    entry.querySelector<HTMLInputElement>('input[name=name]')!.value = 'CV ranker';
    entry.querySelector<HTMLInputElement>('input[name=roles][value=provider]')!.checked = true;
    el.save(entry);
    await el.updateComplete;
    const answers = () => session.state.response.answers;
    expect(answers()['scope-roles']?.value).to.deep.equal(['developer', 'provider']);
    expect(answers()['scope-high-risk']?.value).to.equal('unsure');
    expect(answers()['scope-systems']?.value).to.equal('CV ranker');
    expect($(el, '[part~=notice]').textContent).to.include('scope questions');
    await el.triage('AI-1');
    option(el, 'prohibited', 'none').click();
    option(el, 'annex-i', 'no').click();
    option(el, 'annex-iii', 'annex-iii-4-a').click();
    await el.updateComplete;
    option(el, 'profiling', 'yes').click();
    await el.updateComplete;
    option(el, 'transparency', 'none').click();
    await el.updateComplete;
    expect(answers()['scope-high-risk']?.value).to.equal('yes');
    session.undo();
    expect(session.state.response.systems![0]!.triage).to.not.have.property('transparency');
  });

  it('removes a system unless the host cancels', async () => {
    const session = withSystems([cvTool, { id: 'AI-2', name: 'Spam filter', roles: ['deployer'] }]);
    const el = await standalone(session);
    const veto = (event: Event) => event.preventDefault();
    el.addEventListener('aims-system-change', veto, { once: true });
    button(el, 'Remove CV screening').click();
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['AI-1', 'AI-2']);
    button(el, 'Remove CV screening').click();
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['AI-2']);
    expect(session.state.response.systems!.map((system) => system.id)).to.deep.equal(['AI-2']);
  });

  it('readonly: shows systems and classes, offers no change', async () => {
    const el = await standalone(withSystems([cvTool]), true);
    expect(rows(el)).to.deep.equal(['AI-1']);
    expect($$(el, 'button')).to.have.length(0);
    await el.edit('AI-1');
    expect(el.shadowRoot!.querySelector('[part~=form]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks German', async () => {
    const el = await standalone(withSystems([cvTool]));
    el.locale = 'de';
    await loadMessages('de'); // the German catalog loads on demand
    await el.updateComplete;
    expect(classOf(el, 'AI-1')).to.equal('Hochrisiko');
    expect(button(el, 'KI-System hinzufügen')).to.exist;
  });
});
