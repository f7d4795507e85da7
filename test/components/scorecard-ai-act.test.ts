// <aims-scorecard>'s EU AI Act view: systems by class, the duties open per system with what closes
// them, linked risks, a duty that leaves the list once its requirements are implemented, German,
// and no view without systems or in the compact variant. Real browsers, the shipped pack.
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/scorecard/define.js';
import type { AimsScorecard } from '../../components/scorecard/scorecard.js';
import { loadMessages } from '../../components/base/i18n.js';
import { classifyAiSystem, type AiSystem, type AssessmentResponse } from '../../src/core.js';
import { iso42001 } from '../../src/content.js';
import { createSession } from '../../src/session/index.js';
import { $, $$ } from './fixtures.js';

const finished = { prohibited: 'none', 'annex-i': 'no', 'annex-iii': 'none', transparency: 'none' };
const cvTool: AiSystem = {
  id: 'AI-1',
  name: 'CV screening',
  roles: ['deployer'],
  triage: { ...finished, 'annex-iii': ['annex-iii-4-a'], profiling: 'yes', 'fria-public': 'no' },
};
const spamFilter: AiSystem = {
  id: 'AI-2',
  name: 'Spam filter',
  roles: ['deployer'],
  triage: finished,
};

async function scorecard(response: Partial<AssessmentResponse>, variant = 'full') {
  const session = createSession({ definition: iso42001 });
  session.dispatch({ type: 'replace', response: { ...session.state.response, ...response } });
  const el = await fixture<AimsScorecard>(
    html`<aims-scorecard variant=${variant} .session=${session}></aims-scorecard>`,
  );
  await el.updateComplete;
  await el.updateComplete;
  return { el, session };
}

const rowOf = (el: Element, id: string) => $(el, `[part~=ai-act-systems] tr[data-system="${id}"]`);
const said = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Every question of these requirements answered with its highest option. */
function implemented(requirements: readonly string[]): AssessmentResponse['answers'] {
  const answers: AssessmentResponse['answers'] = {};
  for (const question of iso42001.sections.flatMap((section) => section.questions)) {
    if (!question.requirement || !requirements.includes(question.requirement)) continue;
    const scale = iso42001.scales.find((candidate) => candidate.id === question.scale);
    const options = scale?.options ?? question.options ?? [];
    const best = [...options].sort((left, right) => (right.value ?? -1) - (left.value ?? -1))[0];
    if (best && best.value !== undefined) answers[question.id] = { value: best.id };
  }
  return answers;
}

describe('<aims-scorecard> EU AI Act view', () => {
  it('is absent without AI systems, and in the compact variant', async () => {
    const plain = await scorecard({});
    expect(plain.el.shadowRoot!.querySelector('[part~=ai-act]')).to.equal(null);
    const compact = await scorecard({ systems: [cvTool] }, 'compact');
    expect(compact.el.shadowRoot!.querySelector('[part~=ai-act]')).to.equal(null);
  });

  it('lists the systems by class and the open duties per system with what closes them; axe clean', async () => {
    const risk = {
      id: 'R-1',
      title: 'Bias',
      likelihood: 'likely',
      impact: 'major',
      systems: ['AI-1'],
    };
    const { el } = await scorecard({ systems: [cvTool, spamFilter], risks: [risk] });
    const view = $(el, '[part~=ai-act]');
    expect(said(view.querySelector('h3')!)).to.equal('EU AI Act');
    const counts = $$(el, '[part~=ai-act-classes] li').map((item) => [
      item.dataset.class,
      said(item),
    ]);
    expect(counts).to.deep.equal([
      ['high', 'High-risk: 1'],
      ['minimal', 'Minimal: 1'],
    ]);
    const cv = said(rowOf(el, 'AI-1'));
    const duties = classifyAiSystem(cvTool).duties;
    expect(cv).to.contain(`${duties.length} of ${duties.length} duties open`);
    expect(cv).to.contain('Art. 26');
    expect(cv).to.contain('Closed by:');
    expect(cv).to.contain('Linked risks: R-1');
    expect(said(rowOf(el, 'AI-2'))).to.not.contain('Linked risks');
    await expect(el).to.be.accessible();
  });

  it('a duty whose requirements are implemented is no longer open', async () => {
    const literacy = classifyAiSystem(spamFilter).duties;
    expect(literacy.length, 'the spam filter has duties').to.be.greaterThan(0);
    const before = await scorecard({ systems: [spamFilter] });
    const first = literacy[0]!;
    expect(said(rowOf(before.el, 'AI-2'))).to.contain(first.citation);
    const answers = implemented(literacy.flatMap((duty) => duty.iso42001));
    const after = await scorecard({ systems: [spamFilter], answers });
    expect(said(rowOf(after.el, 'AI-2'))).to.contain('No duty open.');
  });

  it('speaks German', async () => {
    await loadMessages('de');
    const wrap = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const session = createSession({ definition: iso42001 });
    session.dispatch({
      type: 'replace',
      response: { ...session.state.response, systems: [cvTool] },
    });
    const el = document.createElement('aims-scorecard') as AimsScorecard;
    el.session = session;
    wrap.append(el);
    await el.updateComplete;
    await el.updateComplete;
    expect(said($(el, '[part~=ai-act] h3'))).to.equal('EU-KI-Verordnung');
    expect(said(rowOf(el, 'AI-1'))).to.contain('Hochrisiko');
  });
});
