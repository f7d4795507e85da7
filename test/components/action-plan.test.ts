// <aims-action-plan> in real Chromium over a real session: proposals grouped by state with the
// progress summary, accepting a proposal with owner and due date by keyboard, overdue said in
// words, editing to "done, gap still open", a refusal by path that saves nothing, a cancelable
// remove, the filters, readonly review mode, German, and axe in each state.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/action-plan/define.js';
import type { AimsActionPlan } from '../../components/action-plan/action-plan.js';
import type { AimsActionChangeEvent } from '../../components/action-plan/events.js';
import { en } from '../../components/base/messages/en.js';
import { de } from '../../components/base/messages/de.js';
import { loadMessages } from '../../components/base/i18n.js';
import { createSession } from '../../src/session/index.js';
import type { AssessmentSession } from '../../src/session/types.js';
import type { RecordedAction } from '../../src/model/action.js';
import { PLAN_DEFINITION, planResponse } from '../core/action-plan-fixture.js';
import { $, $$ } from './fixtures.js';

function seeded(actions?: RecordedAction[]): AssessmentSession {
  const session = createSession({ definition: PLAN_DEFINITION });
  session.dispatch({ type: 'replace', response: planResponse({}, actions ? { actions } : {}) });
  return session;
}

async function make(session = seeded(), readonly = false) {
  const el = await fixture<AimsActionPlan>(
    html`<aims-action-plan
      .session=${session}
      ?readonly=${readonly}
      today="2026-04-01"
      theme="light"
    ></aims-action-plan>`,
  );
  return { el, session };
}

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const entry = (el: AimsActionPlan, id: string) => {
  const found = $$<HTMLLIElement>(el, '[part~=item]').find((item) => item.dataset.entry === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const headings = (el: AimsActionPlan) => $$(el, '[part~=group] h3').map((h) => flat(h.textContent));
const summary = (el: AimsActionPlan) => flat($(el, '[part~=summary] ul').textContent);
const buttonIn = (root: Element, name: string) => {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (button) => flat(button.textContent) === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const input = (el: AimsActionPlan, name: string) =>
  $<HTMLInputElement>(el, `[part~=form] [name=${name}]`);

const late: RecordedAction = {
  id: 'act-1',
  proposal: 'gap:4.1:c4',
  title: 'Write the context',
  owner: 'Quality lead',
  due: '2026-03-31',
  status: 'in-progress',
};

describe('<aims-action-plan>', () => {
  it('lists the proposals grouped by state, with the progress, and is accessible', async () => {
    const { el } = await make();
    expect(headings(el)).to.deep.equal([`${en.planStateProposed} (5)`]);
    expect(summary(el)).to.equal('Done: 0 Open: 5 Overdue: 0');
    const ids = $$<HTMLLIElement>(el, '[part~=item]').map((item) => item.dataset.entry);
    expect(ids).to.deep.equal([
      'risk:R-1',
      'document:policy',
      'gap:A.2.2:a2',
      'control:A.3.2',
      'gap:4.1:c4',
    ]);
    expect(flat(entry(el, 'gap:4.1:c4').querySelector('.title')!.textContent)).to.equal(
      'Write down the context',
    );
    await expect(el).to.be.accessible();
  });

  it('accepts a proposal with owner and due date, by keyboard, into the session', async () => {
    const { el, session } = await make();
    const events: AimsActionChangeEvent[] = [];
    el.addEventListener('aims-action-change', (event) => events.push(event));
    buttonIn(entry(el, 'gap:4.1:c4'), en.planAccept).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === input(el, 'title')).to.equal(true);
    expect(input(el, 'title').value).to.equal('Write down the context');
    await expect(el).to.be.accessible();
    input(el, 'owner').focus();
    await sendKeys({ type: 'Quality lead' });
    input(el, 'due').value = '2026-03-31';
    input(el, 'owner').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const actions = session.state.response.actions!;
    expect(actions.length).to.equal(1);
    expect(actions[0]).to.include({
      id: 'act-1',
      proposal: 'gap:4.1:c4',
      title: 'Write down the context',
      description: 'Write down the context',
      owner: 'Quality lead',
      due: '2026-03-31',
      status: 'open',
    });
    expect(actions[0]!.links).to.deep.equal({ question: 'c4', requirement: '4.1' });
    expect(events.map((event) => [event.detail.change, event.detail.id])).to.deep.equal([
      ['add', 'act-1'],
    ]);
    expect(entry(el, 'gap:4.1:c4').dataset.state).to.equal('open');
    expect(headings(el)).to.deep.equal([`${en.planStateProposed} (4)`, `${en.planStateOpen} (1)`]);
    // overdue, said in words, and counted
    expect(flat(entry(el, 'gap:4.1:c4').querySelector('[part~=overdue]')?.textContent)).to.equal(
      en.planOverdueMark,
    );
    expect(summary(el)).to.equal('Done: 0 Open: 5 Overdue: 1');
    expect(flat($(el, '[part~=status]').textContent)).to.equal(
      en.planAdded.replace('{title}', 'Write down the context'),
    );
    // focus back on the entry
    expect(entry(el, 'gap:4.1:c4').contains(el.shadowRoot!.activeElement)).to.equal(true);
  });

  it('edits an action to done: "done, gap still open"; the gap closing resolves it', async () => {
    const { el, session } = await make(seeded([late]));
    buttonIn(entry(el, 'gap:4.1:c4'), en.planEdit).click();
    await el.updateComplete;
    $<HTMLSelectElement>(el, '[part~=form] [name=status]').value = 'done';
    buttonIn($(el, '[part~=form]'), en.planSave).click();
    await el.updateComplete;
    expect(session.state.response.actions![0]!.status).to.equal('done');
    expect(entry(el, 'gap:4.1:c4').dataset.state).to.equal('done-open');
    expect(headings(el)).to.include(`${en.planStateDoneOpen} (1)`);
    session.dispatch({ type: 'answer', question: 'c4', value: '3' });
    await el.updateComplete;
    expect(entry(el, 'gap:4.1:c4').dataset.state).to.equal('resolved');
    expect(headings(el)).to.include(`${en.planStateResolved} (1)`);
  });

  it('refuses an acceptance without a reason by path, and saves nothing', async () => {
    const { el, session } = await make(seeded([late]));
    buttonIn(entry(el, 'gap:4.1:c4'), en.planEdit).click();
    await el.updateComplete;
    $<HTMLSelectElement>(el, '[part~=form] [name=status]').value = 'accepted';
    buttonIn($(el, '[part~=form]'), en.planSave).click();
    await el.updateComplete;
    const error = $(el, '[part~=error]');
    expect(flat(error.textContent)).to.contain('actions[0].reason');
    expect(el.shadowRoot!.activeElement === error).to.equal(true);
    expect(session.state.response.actions![0]!.status).to.equal('in-progress');
    await expect(el).to.be.accessible();
    // Escape closes the form
    input(el, 'title').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=form]')).to.equal(null);
  });

  it('removes an action unless a listener cancels', async () => {
    const { el, session } = await make(seeded([late]));
    const keep = (event: Event) => event.preventDefault();
    el.addEventListener('aims-action-change', keep);
    buttonIn(entry(el, 'gap:4.1:c4'), en.planRemove).click();
    await el.updateComplete;
    expect(session.state.response.actions!.length).to.equal(1);
    el.removeEventListener('aims-action-change', keep);
    buttonIn(entry(el, 'gap:4.1:c4'), en.planRemove).click();
    await el.updateComplete;
    expect(session.state.response.actions).to.deep.equal([]);
    expect(entry(el, 'gap:4.1:c4').dataset.state).to.equal('proposed');
  });

  it('adds an action written by hand', async () => {
    const { el, session } = await make();
    $<HTMLButtonElement>(el, '[data-add]').click();
    await el.updateComplete;
    input(el, 'title').value = 'Brief the board';
    input(el, 'owner').value = 'CEO';
    buttonIn($(el, '[part~=form]'), en.planSave).click();
    await el.updateComplete;
    expect(session.state.response.actions![0]).to.include({ title: 'Brief the board' });
    expect(session.state.response.actions![0]!.proposal).to.equal(undefined);
    expect(entry(el, 'action:act-1').dataset.state).to.equal('open');
  });

  it('filters by owner, clause or objective, and due date', async () => {
    const other: RecordedAction = {
      id: 'act-2',
      proposal: 'risk:R-1',
      title: 'Treat R-1',
      owner: 'Head of Data',
      due: '2026-04-20',
      status: 'open',
    };
    const { el } = await make(seeded([late, other]));
    const filter = async (key: string, value: string) => {
      const select = $<HTMLSelectElement>(el, `[data-filter=${key}]`);
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    const shown = () => $$<HTMLLIElement>(el, '[part~=item]').map((item) => item.dataset.entry);
    await filter('owner', 'Head of Data');
    expect(shown()).to.deep.equal(['risk:R-1']);
    await filter('owner', '');
    await filter('group', 'A.3');
    expect(shown()).to.deep.equal(['control:A.3.2']);
    await filter('group', '');
    await filter('due', 'overdue');
    expect(shown()).to.deep.equal(['gap:4.1:c4']);
    await filter('due', 'soon');
    expect(shown()).to.deep.equal(['risk:R-1']);
    await filter('due', 'none');
    expect(shown()).to.deep.equal(['document:policy', 'gap:A.2.2:a2', 'control:A.3.2']);
    await filter('owner', 'Quality lead');
    expect(flat($(el, '[part~=base] > p').textContent)).to.equal(en.planNoMatch);
    await expect(el).to.be.accessible();
  });

  it('readonly: the plan without a button; German', async () => {
    const { el } = await make(seeded([late]), true);
    expect($$(el, 'button').length).to.equal(0);
    expect(entry(el, 'gap:4.1:c4').dataset.state).to.equal('in-progress');
    await expect(el).to.be.accessible();
    await loadMessages('de');
    el.locale = 'de';
    await el.updateComplete;
    expect(flat($(el, 'h2').textContent)).to.equal(de.planTitle);
    expect(flat(entry(el, 'gap:4.1:c4').querySelector('[part~=overdue]')!.textContent)).to.equal(
      de.planOverdueMark,
    );
    expect(flat(entry(el, 'control:A.3.2').querySelector('.facts')!.textContent)).to.contain(
      de.planKindControl,
    );
  });
});
