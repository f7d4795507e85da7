// <aims-scorecard>'s certification verdict: each open gate with why and a link to where it is
// fixed, the verdict when all are closed, and no verdict for a pack too small to judge. Real
// browsers.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/scorecard/define.js';
import type { AimsScorecard } from '../../components/scorecard/scorecard.js';
import { en } from '../../components/base/messages/en.js';
import { de } from '../../components/base/messages/de.js';
import { loadMessages } from '../../components/base/i18n.js';
import {
  parseDefinition,
  score,
  type Answer,
  type AssessmentResponse,
  type AssessmentDefinition,
} from '../../src/core.js';
import { iso42001QuickScan } from '../../src/content.js';
import { createSession } from '../../src/session/index.js';
import { $, $$ } from './fixtures.js';

const scale = {
  id: 'm',
  options: [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, i) => ({ id: String(i), label: `L${i}`, value })),
};
const naScale = { id: 'n', options: [...scale.options, { id: 'na', label: 'N/A', na: true }] };
const question = (id: string, requirement: string, scaleId = 'm', showIf?: string) => ({
  id,
  type: 'scale' as const,
  scale: scaleId,
  requirement,
  text: `Question ${id}`,
  ...(showIf ? { showIf } : {}),
});
const DEF = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'sc-gates',
  version: '1',
  title: 'Gates',
  scales: [scale, naScale],
  requirements: [
    { id: '4.1', title: 'Context', kind: 'clause', group: '4' },
    { id: '9.2.1', title: 'Internal audit', kind: 'clause', group: '9' },
    { id: '9.3.1', title: 'Management review', kind: 'clause', group: '9' },
    { id: 'A.2.2', title: 'AI policy', kind: 'control', group: 'A.2' },
    { id: 'A.6.2.2', title: 'Requirements', kind: 'control', group: 'A.6' },
  ],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        {
          id: 'dev',
          type: 'choice',
          text: 'Do you develop AI?',
          options: [
            { id: 'yes', label: 'Yes' },
            { id: 'no', label: 'No' },
          ],
        },
        question('c4', '4.1'),
        question('c9-audit', '9.2.1'),
        question('c9-review', '9.3.1'),
        question('a2', 'A.2.2', 'n'),
        question('a6', 'A.6.2.2', 'n', "{dev} = 'yes'"),
      ],
    },
  ],
});

const AT_TARGET: Record<string, Answer> = {
  dev: { value: 'no' },
  c4: { value: '3' },
  'c9-audit': { value: '3' },
  'c9-review': { value: '3' },
  a2: { value: '3' },
};
const DECIDED = {
  'A.2.2': { applicable: true, justification: 'Policy' },
  'A.6.2.2': { applicable: false, justification: 'No in-house development' },
};
const resp = (
  answers: Record<string, Answer>,
  extra: Partial<AssessmentResponse> = {},
): AssessmentResponse => ({
  format: 'aimskit.response/1',
  definition: { id: 'sc-gates', version: '1' },
  soa: DECIDED,
  ...extra,
  answers,
});

async function make(
  response: AssessmentResponse,
  definition: AssessmentDefinition = DEF,
  variant: 'full' | 'compact' = 'full',
) {
  const session = createSession({ definition, response });
  const el = await fixture<AimsScorecard>(
    html`<aims-scorecard .session=${session} variant=${variant}></aims-scorecard>`,
  );
  await el.updateComplete;
  return el;
}
const certification = (el: AimsScorecard) => $<HTMLElement>(el, '[part~="certification"]');
const openGates = (el: AimsScorecard) =>
  $$<HTMLElement>(el, '[part="gate"]').map((li) => li.dataset['gate']);
const flat = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** An open gate's line: the summary of one that opens, else its whole text. */
const gateLine = (gate: Element) => flat((gate.querySelector('summary') ?? gate).textContent);
/** The items an open gate lists when opened. */
const gateItems = (gate: Element) =>
  [...gate.querySelectorAll('[part="gate-items"] li')].map((item) => flat(item.textContent));

describe('<aims-scorecard>: certification gates', () => {
  it('gives the verdict when every gate is closed', async () => {
    const el = await make(resp(AT_TARGET));
    expect(score(DEF, resp(AT_TARGET)).overall.certificationReady).to.equal(true);
    expect(certification(el).textContent).to.contain(en.scorecardCertReady);
    expect(openGates(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('lists each open gate with why, linked to where it is fixed, accessibly', async () => {
    const response = resp(
      { ...AT_TARGET, c4: { value: '1' }, 'c9-review': { value: '0' }, a2: { value: '2' } },
      {
        soa: { 'A.6.2.2': { applicable: false } },
        risks: [{ id: 'R-1', title: 'Bias', likelihood: 'almost-certain', impact: 'severe' }],
      },
    );
    const el = await make(response);
    expect(certification(el).textContent).to.contain(en.scorecardCertNotReady);
    // one line per open gate, with its count
    expect(openGates(el)).to.deep.equal([
      'clauses',
      'controls',
      'soa-decided',
      'soa-justified',
      'management-review',
      'risks',
    ]);
    const gates = $$<HTMLElement>(el, '[part="gate"]');
    expect(gates.map(gateLine)).to.deep.equal([
      '2 clause requirements are below their target',
      '1 applicable control is below its target',
      '1 control has no decision in the Statement of Applicability',
      '1 control is excluded without a justification',
      en.scorecardReasonReview,
      '1 risk above the appetite has no accepted residual risk (who accepted it, and when)',
    ]);
    expect(flat(certification(el).querySelector('p.muted')!.textContent)).to.equal(
      '6 of 8 checks are open:',
    );
    // each line opens to its items: clauses in the definition's order (4.1 before 9.3.1)
    expect(gates.map(gateItems)).to.deep.equal([
      ['4.1 Context', '9.3.1 Management review'],
      ['A.2.2 AI policy'],
      ['A.2.2 AI policy'],
      // hidden by the scope: named, not linked
      ['A.6.2.2 Requirements'],
      [],
      ['R-1 Bias'],
    ]);
    // the verdict's own styles came with it (constructed sheets, so a strict CSP holds)
    expect(getComputedStyle($(el, '[part="gates"]')).listStyleType).to.equal('none');
    // closed on screen, opened from the keyboard; open when printed
    const details = gates.map((gate) => gate.querySelector('details')).filter(Boolean);
    expect(details.every((item) => !item!.open)).to.equal(true);
    const summary = details[0]!.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details[0]!.open).to.equal(true);
    el.printing = true;
    await el.updateComplete;
    expect(details.every((item) => item!.open)).to.equal(true);
    el.printing = false;
    await el.updateComplete;
    const links = $$<HTMLButtonElement>(el, '[part="gate-link"]');
    expect(links.map((link) => flat(link.textContent))).to.deep.equal([
      '4.1 Context',
      '9.3.1 Management review',
      'A.2.2 AI policy',
      'A.2.2 AI policy',
      en.scorecardReasonReview,
    ]);
    // each link goes where the gate is fixed, through the scorecard's navigate (aims-navigate)
    const expected = ['c4', 'c9-review', 'a2', 'a2', 'c9-review'];
    for (const [index, link] of links.entries()) {
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'aims-navigate');
      expect(event.detail.question).to.equal(expected[index]);
    }
    await expect(el).to.be.accessible();
  });

  it('links an unanswered question and says so in German', async () => {
    const el = await make(resp({ ...AT_TARGET, a2: {} as Answer }));
    expect(openGates(el)).to.deep.equal(['answered', 'controls']);
    const unanswered = $<HTMLButtonElement>(el, '[part="gate-link"]');
    expect(flat(unanswered.textContent)).to.equal('Question a2');
    setTimeout(() => unanswered.click());
    const event = await oneEvent(el, 'aims-navigate');
    expect(event.detail.question).to.equal('a2');
    await loadMessages('de');
    el.locale = 'de';
    await el.updateComplete;
    expect(certification(el).textContent).to.contain(de.scorecardCertNotReady);
    expect($$<HTMLElement>(el, '[part="gate"]').map(gateLine)).to.deep.equal([
      '1 Frage ist noch nicht beantwortet',
      '1 anwendbare Maßnahme liegt unter ihrem Ziel',
    ]);
    await expect(el).to.be.accessible();
  });

  it('a pack too small to judge shows an indicative band and what a full assessment checks', async () => {
    const response: AssessmentResponse = {
      format: 'aimskit.response/1',
      definition: { id: iso42001QuickScan.id, version: iso42001QuickScan.version },
      answers: {},
    };
    const el = await make(response, iso42001QuickScan);
    const text = certification(el).textContent!;
    expect(text).to.contain(en.scorecardNoVerdict);
    expect(text).to.not.contain(en.scorecardCertReady);
    expect(text).to.not.contain(en.scorecardCertNotReady);
    expect(
      [...certification(el).querySelectorAll('li')].map((li) => flat(li.textContent)),
    ).to.deep.equal([
      en.scorecardGateAnswered,
      en.scorecardGateClauses,
      en.scorecardGateControls,
      en.scorecardGateSoaDecided,
      en.scorecardGateSoaJustified,
      en.scorecardGateInternalAudit,
      en.scorecardGateManagementReview,
      en.scorecardGateRisks,
    ]);
    await expect(el).to.be.accessible();
  });

  it('the compact scorecard of a pack too small to judge says its band is indicative too', async () => {
    const response: AssessmentResponse = {
      format: 'aimskit.response/1',
      definition: { id: iso42001QuickScan.id, version: iso42001QuickScan.version },
      answers: {},
    };
    const el = await make(response, iso42001QuickScan, 'compact');
    expect(certification(el).textContent).to.contain(en.scorecardNoVerdict);
    // the compact variant does not load the full report's sections
    expect($$(el, '[part~="crosswalks"], [part~="documents"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
