import { expect, fixture, html } from '@open-wc/testing';
import '../../components/risk-matrix/define.js';
import '../../components/inventory/define.js';
import type { AimsRiskMatrix } from '../../components/risk-matrix/risk-matrix.js';
import { safeParseResponse, type AiSystem } from '../../src/core.js';
import type { AssessmentSession } from '../../src/session/types.js';
import { $, $$, sessionFor } from './fixtures.js';

const systems: AiSystem[] = [
  { id: 'AI-1', name: 'CV screening', roles: ['deployer'] },
  { id: 'AI-2', name: 'Support chatbot', roles: ['provider'] },
];

async function place<T extends HTMLElement>(tag: string, session: AssessmentSession) {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as T & {
    session: AssessmentSession;
    updateComplete: Promise<boolean>;
  };
  el.session = session;
  wrap.append(el);
  await el.updateComplete;
  return el;
}

const picker = (el: Element) => $$<HTMLInputElement>(el, '[part~=form] input[name=systems]');

describe('risks linked to AI systems', () => {
  it('without systems, the risk form has no systems picker', async () => {
    const el = await place<AimsRiskMatrix>('aims-risk-matrix', sessionFor());
    await el.edit();
    expect($(el, '[part~=form]')).to.exist;
    expect(picker(el)).to.have.length(0);
  });

  it('the form offers the systems, stores the links, prefills them, and is accessible', async () => {
    const session = sessionFor();
    session.dispatch({ type: 'replace', response: { ...session.state.response, systems } });
    const el = await place<AimsRiskMatrix>('aims-risk-matrix', session);
    await el.edit();
    const form = $<HTMLFormElement>(el, '[part~=form]');
    expect(form.querySelector('legend:not(:empty)')).to.exist;
    expect(picker(el).map((box) => box.value)).to.deep.equal(['AI-1', 'AI-2']);
    expect($(el, '[part~=form]').textContent).to.contain('AI systems it concerns');
    await expect(el).to.be.accessible();
    (form.elements.namedItem('title') as HTMLInputElement).value = 'Unfair ranking';
    const [likelihood, impact] = ['likelihood', 'impact'].map(
      (name) => form.elements.namedItem(name) as HTMLSelectElement,
    );
    likelihood!.selectedIndex = 1;
    impact!.selectedIndex = 1;
    picker(el)[0]!.checked = true;
    form.requestSubmit();
    await el.updateComplete;
    const stored = session.state.response.risks![0]!;
    expect(stored.systems).to.deep.equal(['AI-1']);
    expect(safeParseResponse(session.state.response, session.state.definition).success).to.equal(
      true,
    );
    await el.edit(stored.id);
    expect(picker(el).map((box) => box.checked)).to.deep.equal([true, false]);
  });

  it('the register names the systems a risk concerns, and is accessible', async () => {
    const session = sessionFor();
    const risk = {
      id: 'R-1',
      title: 'Bias',
      likelihood: 'possible',
      impact: 'moderate',
      systems: ['AI-2', 'AI-1'],
    };
    const unlinked = { ...risk, id: 'R-2', title: 'Drift', systems: undefined };
    session.dispatch({
      type: 'replace',
      response: { ...session.state.response, systems, risks: [risk, unlinked] },
    });
    const el = await place<AimsRiskMatrix>('aims-risk-matrix', session);
    const row = (id: string) => $(el, `[part~=row][data-risk="${id}"]`).textContent;
    expect(row('R-1')).to.contain('AI systems: Support chatbot, CV screening');
    expect(row('R-2')).not.to.contain('AI systems:');
    await expect(el).to.be.accessible();
  });

  it('removing a system in the inventory drops the links to it', async () => {
    const session = sessionFor();
    session.dispatch({ type: 'replace', response: { ...session.state.response, systems } });
    const risk = {
      id: 'R-1',
      title: 'Bias',
      likelihood: 'possible',
      impact: 'moderate',
      systems: ['AI-1', 'AI-2'],
    };
    const before = session.state.response;
    const dangling = { ...before, risks: [{ ...risk, systems: ['AI-9'] }] };
    const parsed = safeParseResponse(dangling, session.state.definition);
    expect(parsed.success).to.equal(false);
    if (!parsed.success)
      expect(parsed.issues).to.deep.include({
        path: 'risks[0].systems[0]',
        message: 'unknown AI system "AI-9"',
      });
    session.dispatch({ type: 'replace', response: { ...before, risks: [risk] } });
    const inventory = await place<HTMLElement & { removeSystem(id: string): void }>(
      'aims-inventory',
      session,
    );
    inventory.removeSystem('AI-1');
    expect(session.state.response.systems!.map((system) => system.id)).to.deep.equal(['AI-2']);
    expect(session.state.response.risks![0]!.systems).to.deep.equal(['AI-2']);
  });
});
