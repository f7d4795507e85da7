// <aims-scorecard>'s next actions: the five open entries at the top of the action plan, in its
// order, with state, owner and due date, the link to the plan, every open entry when printed,
// nothing in the compact variant; German; axe. Real browsers.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/scorecard/define.js';
import type { AimsScorecard } from '../../components/scorecard/scorecard.js';
import { loadMessages } from '../../components/base/i18n.js';
import { actionPlan, parseDefinition, type AssessmentResponse } from '../../src/core.js';
import { createSession } from '../../src/session/index.js';
import { $$ } from './fixtures.js';

const scale = {
  id: 'm',
  options: [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, i) => ({ id: String(i), label: `L${i}`, value })),
};
const clauses = ['4.1', '4.2', '5.1', '5.2', '6.1.2', '6.1.3', '7.2'];
const DEF = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'sc-actions',
  version: '1',
  title: 'Actions',
  scales: [scale],
  requirements: clauses.map((id) => ({ id, title: `Clause ${id}`, kind: 'clause', group: id[0] })),
  sections: [
    {
      id: 's',
      title: 'S',
      questions: clauses.map((id, index) => ({
        id: `q${index}`,
        type: 'scale',
        scale: 'm',
        requirement: id,
        text: `Question ${id}`,
        recommendation: `Do ${id}`,
      })),
    },
  ],
});

const response = (extra: Partial<AssessmentResponse> = {}): AssessmentResponse => ({
  format: 'aimskit.response/1',
  definition: { id: 'sc-actions', version: '1' },
  // all below target, by different amounts
  answers: Object.fromEntries(
    clauses.map((_, index) => [`q${index}`, { value: String(index % 3) }]),
  ),
  ...extra,
});

async function make(value: AssessmentResponse, variant: 'full' | 'compact' = 'full') {
  const session = createSession({ definition: DEF, response: value });
  const el = await fixture<AimsScorecard>(
    html`<aims-scorecard
      .session=${session}
      variant=${variant}
      plan-href="#plan"
    ></aims-scorecard>`,
  );
  await el.updateComplete;
  return { el, session };
}
const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const items = (el: AimsScorecard) => $$<HTMLElement>(el, '[part~="next-action"]');

describe('<aims-scorecard>: next actions', () => {
  it("lists the plan's first five open entries in its order, and links to the plan", async () => {
    const value = response();
    const { el } = await make(value);
    const open = actionPlan(DEF, value).entries.filter((entry) => entry.state === 'proposed');
    expect(open.length).to.be.greaterThan(5);
    const shown = items(el);
    expect(shown).to.have.length(5);
    expect(shown.map((item) => flat(item.querySelector('span')!.textContent))).to.deep.equal(
      open.slice(0, 5).map((entry) => entry.proposal!.title as string),
    );
    expect(shown.every((item) => item.dataset['state'] === 'proposed')).to.equal(true);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="plan-link"]')!;
    expect(link.getAttribute('href')).to.equal('#plan');
    await expect(el).to.be.accessible();
  });

  it('shows a recorded action with its owner, due date and overdue mark in words', async () => {
    const value = response();
    const first = actionPlan(DEF, value).entries[0]!;
    const recorded = response({
      actions: [
        {
          id: 'A-1',
          proposal: first.id,
          title: 'Write the context analysis',
          owner: 'Dana',
          due: '2020-01-31',
          status: 'in-progress',
        },
      ],
    });
    const { el } = await make(recorded);
    const text = flat(items(el)[0]!.textContent);
    expect(text).to.contain('Write the context analysis');
    expect(text).to.contain('In progress');
    expect(text).to.contain('Owner: Dana');
    expect(text).to.contain('Due 2020-01-31');
    expect(text).to.contain('Overdue');
  });

  it('lists every open entry when printed, and none in the compact variant', async () => {
    const value = response();
    const { el } = await make(value);
    const open = actionPlan(DEF, value).entries.filter((entry) => entry.state === 'proposed');
    el.printing = true;
    await el.updateComplete;
    expect(items(el)).to.have.length(open.length);
    expect(el.shadowRoot!.querySelector('[part~="plan-link"]')).to.equal(null);
    const compact = await make(value, 'compact');
    expect(items(compact.el)).to.have.length(0);
  });

  it('speaks German', async () => {
    await loadMessages('de');
    const { el } = await make(response());
    el.locale = 'de';
    await el.updateComplete;
    expect(flat(el.shadowRoot!.querySelector('#next-actions-title')!.textContent)).to.equal(
      'Nächste Maßnahmen',
    );
    await expect(el).to.be.accessible();
  });
});
