import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  canEmulateMedia,
  emulateMediaWhereSupported,
  requireMediaEmulation,
  requirePrintDialogReturns,
} from '../browser-support.js';
import '../../components/assessment/define.js';
import '../../components/questionnaire/define.js';
import '../../components/scorecard/define.js';
import type { AimsScorecard } from '../../components/scorecard/scorecard.js';
import type { AimsAssessment } from '../../components/assessment/assessment.js';
import { en } from '../../components/base/messages/en.js';
import { de } from '../../components/base/messages/de.js';
import { loadMessages } from '../../components/base/i18n.js';
import {
  decodeShareLink,
  deriveSoa,
  evidenceReadiness,
  parseDefinition,
  score,
  scoreAreas,
  soaCompleteness,
  summarizeRisks,
  type AssessmentResponse,
  type Answer,
} from '../../src/core.js';
import { createSession } from '../../src/session/index.js';
import { areaScoresOf, reportOf } from '../../src/session/derive.js';
import { iso42001QuickScan } from '../../src/content.js';
import { $, $$ } from './fixtures.js';

const scale = {
  id: 'm',
  options: [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, i) => ({ id: String(i), label: `L${i}`, value })),
};
const naScale = {
  id: 'n',
  options: [...scale.options, { id: 'na', label: 'Not applicable', na: true }],
};
const DEF = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'sc-test',
  version: '1',
  title: { en: 'Scorecard test', de: 'Scorecard-Test' },
  scales: [scale, naScale],
  groups: [
    { id: '4', title: 'Context' },
    { id: '5', title: 'Leadership' },
    { id: 'A.2', title: 'Policies' },
  ],
  tags: [
    { id: 'policy', title: { en: 'Policy', de: 'Richtlinie' } },
    { id: 'risk', title: 'Risk' },
  ],
  requirements: [
    { id: '4.1', title: 'Understanding the organisation', kind: 'clause', group: '4' },
    { id: '5.2', title: 'AI policy', kind: 'clause', group: '5' },
    { id: 'A.2.2', title: 'Documented AI policy', kind: 'control', group: 'A.2' },
  ],
  sections: [
    {
      id: 's1',
      title: 'Context',
      questions: [
        {
          id: 'c4',
          type: 'scale',
          scale: 'm',
          requirement: '4.1',
          text: 'Do you know your context?',
          recommendation: 'Write down your context.',
          evidence: 'documentation',
          tags: ['risk'],
        },
        {
          id: 'c5',
          type: 'scale',
          scale: 'm',
          requirement: '5.2',
          text: 'Is there an AI policy?',
          recommendation: 'Adopt an AI policy.',
          evidence: 'documentation',
          tags: ['policy'],
          target: 0.8,
        },
      ],
    },
    {
      id: 's2',
      title: 'Controls',
      questions: [
        {
          id: 'a2',
          type: 'scale',
          scale: 'n',
          requirement: 'A.2.2',
          text: 'Is the policy documented?',
          evidence: 'operation',
          weight: 2,
          tags: ['policy', 'risk'],
          recommendation: 'Document it.',
        },
        {
          id: 'a2b',
          type: 'scale',
          scale: 'n',
          requirement: 'A.2.2',
          text: 'Is the policy reviewed?',
          evidence: 'operation',
          target: 1,
        },
      ],
    },
  ],
  mappings: [
    { source: 'A.2.2', target: 'eu-ai-act:art-9', relationship: 'intersects-with' },
    { source: '4.1', target: 'nist-ai-rmf:map-1', relationship: 'intersects-with' },
  ],
  frameworks: [
    {
      id: 'eu-ai-act',
      title: 'EU AI Act',
      interpretation: true,
      targets: [
        { id: 'eu-ai-act:art-9', title: 'Art. 9 Risk management' },
        { id: 'eu-ai-act:art-10', title: 'Art. 10 Data' },
      ],
    },
    {
      id: 'nist-ai-rmf',
      title: 'NIST AI RMF',
      interpretation: true,
      targets: [{ id: 'nist-ai-rmf:map-1', title: 'MAP 1 Context' }],
    },
  ],
});

const response = (
  answers: Record<string, Answer>,
  extra: Partial<AssessmentResponse> = {},
): AssessmentResponse => ({
  format: 'aimskit.response/1',
  definition: { id: 'sc-test', version: '1' },
  answers,
  updatedAt: '2026-03-05T10:00:00.000Z',
  ...extra,
});
const RESPONSES: AssessmentResponse[] = [
  response({}),
  response({ c4: { value: '2' }, c5: { value: '5' }, a2: { value: '1' } }),
  response({
    c4: { value: '3' },
    c5: { value: '4' },
    a2: { value: 'na', justification: 'No policy system.' },
    a2b: { value: '5' },
  }),
  response({ c4: { value: '5' }, c5: { value: '5' }, a2: { value: '5' }, a2b: { value: '5' } }),
];
const WITH_RISKS = response(
  { c4: { value: '2' }, c5: { value: '1' }, a2: { value: '3' } },
  {
    meta: { organisation: 'Acme Analytics GmbH', system: 'Claims triage' },
    risks: [
      { id: 'R-1', title: 'Bias', likelihood: 'likely', impact: 'major', controls: ['A.2.2'] },
      {
        id: 'R-2',
        title: 'Drift',
        likelihood: 'rare',
        impact: 'minor',
        residualLikelihood: 'rare',
        residualImpact: 'negligible',
      },
      {
        id: 'R-3',
        title: 'Leak',
        likelihood: 'almost-certain',
        impact: 'severe',
        residualLikelihood: 'likely',
        residualImpact: 'major',
      },
    ],
  },
);

async function make(r: AssessmentResponse = RESPONSES[1]!, attrs: Partial<AimsScorecard> = {}) {
  const session = createSession({ definition: DEF, response: r });
  const el = await fixture<AimsScorecard>(
    html`<aims-scorecard .session=${session} theme="light"></aims-scorecard>`,
  );
  Object.assign(el, attrs);
  await el.updateComplete;
  return { el, session };
}
const areaMeters = (el: Element) => $$<HTMLElement>(el, '[part="areas"] [role="meter"]');
const num1 = (x: number, locale = 'en') =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
const nameOf = (el: Element, meter: HTMLElement) =>
  el.shadowRoot!.getElementById(meter.getAttribute('aria-labelledby')!)!.textContent!.trim();
const section = (el: Element, part: string) => $<HTMLElement>(el, `[part~="${part}"]`);
const buttonNamed = (root: Element, name: string) => {
  const b = $$<HTMLButtonElement>(root, 'button').find((x) => x.textContent?.trim() === name);
  if (!b) throw new Error(`no button "${name}"`);
  return b;
};

afterEach(async () => {
  if (canEmulateMedia) await emulateMedia({ media: 'screen', colorScheme: 'light' });
});

/** An open gate's line: the summary of one that opens, else its whole text. */
const gateLine = (gate: Element) =>
  (gate.querySelector('summary') ?? gate).textContent!.replace(/\s+/g, ' ').trim();
/** The items an open gate lists when opened. */
const gateItems = (gate: Element) =>
  [...gate.querySelectorAll('[part="gate-items"] li')].map((item) =>
    item.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('<aims-scorecard>', () => {
  it('is accessible in light, dark and print, full and compact', async () => {
    const { el } = await make(WITH_RISKS);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.theme = undefined;
    await emulateMediaWhereSupported({ colorScheme: 'dark' });
    await expect(el).to.be.accessible();
    await emulateMediaWhereSupported({ media: 'print', colorScheme: 'light' });
    await expect(el).to.be.accessible();
    await emulateMediaWhereSupported({ media: 'screen' });
    el.variant = 'compact';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the figures of score(), evidenceReadiness() and scoreAreas() for several responses', async () => {
    for (const r of RESPONSES) {
      const { el } = await make(r);
      const s = score(DEF, r);
      const figure = section(el, 'figure');
      expect(figure.getAttribute('role')).to.equal('meter');
      expect(Number(figure.getAttribute('aria-valuenow'))).to.equal(s.overall.readiness);
      expect(figure.textContent).to.contain(num1(s.overall.readiness!));
      const bandLabel = {
        early: 'Early',
        developing: 'Developing',
        advanced: 'Advanced',
        ready: 'Ready',
      }[s.overall.band!];
      expect(section(el, 'band').textContent!.trim()).to.equal(bandLabel);
      expect(figure.getAttribute('aria-valuetext')).to.equal(
        `${num1(s.overall.readiness!)} of 100, ${bandLabel}`,
      );
      expect(section(el, 'summary').textContent).to.contain(
        `(${s.overall.answered} of ${s.overall.visible} questions)`,
      );
      expect(section(el, 'certification').textContent).to.contain(
        s.overall.certificationReady ? en.scorecardCertReady : en.scorecardCertNotReady,
      );
      // per area: the meters carry the scorecard's group readiness, in order, with maturity and
      // target in words
      const areas = scoreAreas(DEF, r).groups;
      const shown = s.groups.filter((g) => g.readiness !== null);
      expect(areaMeters(el).map((m) => Number(m.getAttribute('aria-valuenow')))).to.deep.equal(
        shown.map((g) => g.readiness),
      );
      // the scale's options are the six levels, so their labels name them: the level reached is
      // the maturity's whole part
      const levelOf = (maturity: number) => `L${Math.floor(maturity)} (${num1(maturity)})`;
      for (const m of areaMeters(el)) {
        const a = areas.find((x) => nameOf(el, m).startsWith(`${x.id} `))!;
        const reads = `${levelOf(a.maturity!)}, target ${levelOf(a.targetMaturity!)}`;
        expect(m.getAttribute('aria-valuetext')).to.equal(`Maturity on the 0 to 5 scale: ${reads}`);
        expect(m.querySelector('span')!.textContent!.trim()).to.equal(reads);
      }
      // Stage 1 and Stage 2
      const ev = evidenceReadiness(DEF, r);
      const stages = $$<HTMLElement>(el, '[part="stage"]');
      expect(stages.length).to.equal(2);
      [ev.documentation, ev.operation].forEach((st, i) => {
        const m = stages[i]!.querySelector('[role="meter"]');
        if (st.readiness === null) expect(m).to.equal(null);
        else expect(Number(m!.getAttribute('aria-valuenow'))).to.equal(st.readiness);
      });
    }
  });

  it('says a single count in the singular (Intl.PluralRules), in English and German', async () => {
    const one = response({ c4: { value: '1' }, c5: { value: '5' }, a2: { value: '5' } });
    const { el } = await make(one);
    const reasons = () =>
      [...section(el, 'certification').querySelectorAll('[part="gate"]')].map(gateLine);
    expect(reasons()).to.include('1 question is not answered yet');
    await loadMessages('de');
    el.locale = 'de';
    await el.updateComplete;
    expect(reasons()).to.include('1 Frage ist noch nicht beantwortet');
  });

  it('reads its figures from the session, computed once per response', async () => {
    const { el, session } = await make(RESPONSES[1]!);
    const snap = session.state;
    const figures = reportOf(snap);
    expect(figures.areas).to.equal(areaScoresOf(snap));
    expect(figures.soaCompleteness).to.equal(reportOf(snap).soaCompleteness);
    expect(figures.areas).to.deep.equal(scoreAreas(DEF, snap.response, snap.visible));
    expect(figures.soaCompleteness).to.deep.equal(
      soaCompleteness(deriveSoa(DEF, snap.response, snap.visible)),
    );
    // a print re-renders the same snapshot: the figures are read back, not derived again
    el.requestUpdate();
    await el.updateComplete;
    expect(areaScoresOf(session.state)).to.equal(figures.areas);
    session.dispatch({ type: 'answer', question: 'c4', value: '5' });
    await el.updateComplete;
    expect(areaScoresOf(session.state)).to.not.equal(figures.areas);
  });

  it('lists the reasons for not being certification-ready', async () => {
    const { el } = await make(response({ c4: { value: '1' }, c5: { value: '5' } }));
    const gates = [...section(el, 'certification').querySelectorAll('[part="gate"]')];
    // 2 of 4 unanswered; clause 4.1 below target (0.2 < 0.6); 5.2 meets 0.8; control A.2.2 at 0;
    // no SoA decision; the definition has no clause 9.2 or 9.3
    expect(gates.map(gateLine)).to.deep.equal([
      '2 questions are not answered yet',
      '1 clause requirement is below its target',
      '1 applicable control is below its target',
      '1 control has no decision in the Statement of Applicability',
      en.scorecardReasonAuditNone,
      en.scorecardReasonReviewNone,
    ]);
    expect(gates.map(gateItems).slice(1, 4)).to.deep.equal([
      ['4.1 Understanding the organisation'],
      ['A.2.2 Documented AI policy'],
      ['A.2.2 Documented AI policy'],
    ]);
    // everything at its best is still not ready without an SoA, an internal audit and a review
    // (test/components/scorecard-gates.test.ts shows the verdict given)
    const best = await make(RESPONSES[3]);
    expect(section(best.el, 'certification').textContent).to.contain(en.scorecardCertNotReady);
    expect($$<HTMLElement>(best.el, '[part="gate"]').map((li) => li.dataset['gate'])).to.deep.equal(
      ['soa-decided', 'internal-audit', 'management-review'],
    );
  });

  it('draws bars and a radar whose geometry follows the values', async () => {
    const r = RESPONSES[1]!;
    const { el } = await make(r);
    const areas = scoreAreas(DEF, r).groups;
    const rows = $$<HTMLElement>(el, '[part="area"]');
    expect(rows.length).to.equal(areas.length);
    rows.forEach((row, i) => {
      const a = areas[i]!;
      expect(Number(row.querySelector('rect.fill')!.getAttribute('width'))).to.equal(a.readiness);
      expect(Number(row.querySelector('line.mark')!.getAttribute('x1'))).to.equal(a.target);
    });
    const svg = $<SVGSVGElement>(el, '[part="radar"] svg');
    expect(svg.getAttribute('role')).to.equal('img');
    // the centre of the view box (the radar is drawn around it)
    const [minX, minY, width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
    const cx = minX! + width! / 2;
    const cy = minY! + height! / 2;
    const points = (sel: string) =>
      [...svg.querySelectorAll(sel)]
        .pop()!
        .getAttribute('points')!
        .split(' ')
        .map((p) => p.split(',').map(Number) as [number, number]);
    const outer = points('polygon.ring'); // the 100 % ring
    const radius = Math.hypot(outer[0]![0] - cx, outer[0]![1] - cy);
    expect(outer[0]![0]).to.be.closeTo(cx, 0.01); // axis 0 points up
    expect(outer[0]![1]).to.be.closeTo(cy - radius, 0.01);
    const value = points('polygon.value');
    const target = points('polygon.target');
    expect(value.length).to.equal(areas.length);
    areas.forEach((a, i) => {
      expect(Math.hypot(value[i]![0] - cx, value[i]![1] - cy)).to.be.closeTo(
        (radius * (a.readiness ?? 0)) / 100,
        0.02,
      );
      expect(Math.hypot(target[i]![0] - cx, target[i]![1] - cy)).to.be.closeTo(
        (radius * (a.target ?? 0)) / 100,
        0.02,
      );
      // the point lies on its own axis: the angle of axis i, clockwise from the top
      if (a.readiness)
        expect(Math.atan2(value[i]![1] - cy, value[i]![0] - cx)).to.be.closeTo(
          -Math.PI / 2 + (2 * Math.PI * i) / areas.length,
          1e-3,
        );
    });
    // each axis is labelled with the area's name (its id alone where the chart is narrow)
    const labels = (selector: string) =>
      [...svg.querySelectorAll(selector)].map(
        (text) =>
          [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') ||
          text.textContent,
      );
    const groupTitles = { '4': 'Context', '5': 'Leadership', 'A.2': 'Policies' };
    expect(labels('text.label-full')).to.deep.equal(
      areas.map((a) => `${a.id} ${groupTitles[a.id as keyof typeof groupTitles]}`),
    );
    expect(labels('text.label-short')).to.deep.equal(areas.map((a) => a.id));
    // a wide chart shows the names, a narrow one the ids (its own styles, loaded with it)
    const shown = (selector: string) =>
      getComputedStyle(svg.querySelector(selector)!).display !== 'none';
    el.style.display = 'block';
    el.style.inlineSize = '60rem';
    expect([shown('text.label-full'), shown('text.label-short')]).to.deep.equal([true, false]);
    el.style.inlineSize = '20rem';
    expect([shown('text.label-full'), shown('text.label-short')]).to.deep.equal([false, true]);
    expect(section(el, 'radar').querySelector('figcaption')!.textContent).to.equal(
      en.scorecardRadar,
    );
  });

  it('groups by theme with a keyboard-operable switch', async () => {
    const r = RESPONSES[1]!;
    const { el } = await make(r);
    const radios = $$<HTMLInputElement>(el, '[part="group-by"] input[type=radio]');
    expect(radios.map((x) => x.checked)).to.deep.equal([true, false]);
    radios[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.groupBy).to.equal('tags');
    const tags = score(DEF, r).tags;
    expect(areaMeters(el).map((m) => nameOf(el, m))).to.deep.equal(['Policy', 'Risk']);
    expect(areaMeters(el).map((m) => Number(m.getAttribute('aria-valuenow')))).to.deep.equal(
      tags.map((t) => t.readiness),
    );
    el.setAttribute('group-by', 'groups');
    await el.updateComplete;
    expect(areaMeters(el).map((m) => nameOf(el, m))[0]).to.equal('4 Context');
  });

  it('lists the top gaps with their recommendations, five by default or max-gaps', async () => {
    const r = RESPONSES[0]!;
    const { el } = await make(r);
    const expected = score(DEF, r).gaps;
    const shown = () => $$<HTMLElement>(el, '[part="gap"]');
    expect(shown().length).to.equal(Math.min(5, expected.length));
    expect(
      shown().map((g) => g.querySelector('[part="gap-link"]')!.textContent!.trim()),
    ).to.deep.equal(
      expected
        .slice(0, 5)
        .map(
          (g) => DEF.sections.flatMap((s) => s.questions).find((q) => q.id === g.question)!.text,
        ),
    );
    expect(shown()[0]!.querySelector('[part="recommendation"]')).to.exist;
    el.maxGaps = 2;
    await el.updateComplete;
    expect(shown().length).to.equal(2);
    const done = await make(RESPONSES[3]);
    expect(section(done.el, 'gaps').textContent).to.contain(en.scorecardNoGaps);
  });

  it('shows crosswalk readiness marked as an interpretation, and the risk and SoA summaries', async () => {
    const { el } = await make(WITH_RISKS);
    const s = score(DEF, WITH_RISKS);
    const tables = $$<HTMLTableElement>(el, '[part="crosswalk"]');
    expect(tables.map((t) => t.caption!.textContent!.trim())).to.deep.equal([
      `EU AI Act ${en.scorecardInterpretation}`,
      `NIST AI RMF ${en.scorecardInterpretation}`,
    ]);
    const art9 = [...tables[0]!.rows].find((row) => row.textContent!.includes('Art. 9'))!;
    expect(art9.cells[1]!.textContent!.trim()).to.equal(
      num1(s.crosswalks['eu-ai-act']![0]!.readiness!),
    );
    expect(
      [...tables[0]!.rows].find((row) => row.textContent!.includes('Art. 10'))!.cells[1]!
        .textContent,
    ).to.equal(en.scorecardNotCovered);
    el.crosswalks = 'nist-ai-rmf';
    await el.updateComplete;
    expect($$(el, '[part="crosswalk"]').length).to.equal(1);

    const sum = summarizeRisks(DEF, WITH_RISKS);
    const rows = [...$<HTMLTableElement>(el, '[part="risk-table"]').tBodies[0]!.rows];
    expect(
      rows.map((row) => [
        row.cells[0]!.textContent,
        Number(row.cells[1]!.textContent),
        Number(row.cells[2]!.textContent),
      ]),
    ).to.deep.equal(
      sum.matrix.levels.map((l) => [l.label, sum.levels.inherent[l.id], sum.levels.residual[l.id]]),
    );
    expect(section(el, 'appetite').textContent!.trim()).to.equal(
      `${sum.exceedingAppetite} risks above the appetite (Medium).`,
    );
    const c = soaCompleteness(deriveSoa(DEF, WITH_RISKS));
    expect(section(el, 'soa').textContent).to.contain(
      `${c.decided} of ${c.total} controls decided, ${c.justified} justified, ${c.implemented} implemented.`,
    );
    // no risks, no risk section
    const plain = await make(RESPONSES[1]);
    expect(plain.el.shadowRoot!.querySelector('[part="risks"]')).to.equal(null);
  });

  it('shows the organisation and date on the cover', async () => {
    const { el } = await make(WITH_RISKS);
    const cover = section(el, 'cover');
    expect(cover.querySelector('h2')!.textContent).to.equal('Scorecard test');
    expect(cover.textContent).to.contain('Acme Analytics GmbH · Claims triage');
    expect(cover.textContent).to.contain('As of March 5, 2026');
  });

  it('gap links emit a cancelable aims-navigate and take the questionnaire of the same assessment to the question', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <aims-assessment storage="memory" .definition=${DEF}>
          <aims-questionnaire></aims-questionnaire><aims-scorecard></aims-scorecard
        ></aims-assessment>
      </div>`,
    );
    const box = wrap.querySelector('aims-assessment') as AimsAssessment;
    if (!box.session) await oneEvent(box, 'aims-ready');
    const q = wrap.querySelector('aims-questionnaire')!;
    const sc = wrap.querySelector('aims-scorecard')!;
    await q.updateComplete;
    await sc.updateComplete;
    box.session!.dispatch({ type: 'answer', question: 'c4', value: '5' });
    box.session!.dispatch({ type: 'answer', question: 'c5', value: '5' });
    await sc.updateComplete;
    const link = $<HTMLButtonElement>(sc, '[part="gap-link"]');
    expect(link.textContent!.trim()).to.equal('Is the policy documented?');
    // prevented: the questionnaire stays where it is
    const stop = (e: Event) => e.preventDefault();
    wrap.addEventListener('aims-navigate', stop);
    link.click();
    await q.updateComplete;
    expect(q.shadowRoot!.querySelector('h2')!.textContent).to.equal('Context');
    wrap.removeEventListener('aims-navigate', stop);
    // by keyboard: Enter on the link
    link.focus();
    const nav = oneEvent(wrap, 'aims-navigate');
    await sendKeys({ press: 'Enter' });
    const ev = await nav;
    expect(ev.detail).to.deep.equal({ question: 'a2' });
    expect(ev.cancelable && ev.bubbles && ev.composed).to.equal(true);
    await new Promise((r) => setTimeout(r, 50));
    await q.updateComplete;
    expect(q.shadowRoot!.querySelector('h2')!.textContent).to.equal('Controls');
    const focused = q.shadowRoot!.activeElement;
    expect(focused?.closest('[data-question]')?.getAttribute('data-question')).to.equal('a2');
    await expect(sc).to.be.accessible();
  });

  it('compact variant: figure, bars, top three gaps, share, and a call to action that emits aims-cta', async () => {
    const r = RESPONSES[0]!;
    const { el } = await make(r, { variant: 'compact' });
    expect(el.getAttribute('variant')).to.equal('compact');
    expect(section(el, 'figure')).to.exist;
    expect(areaMeters(el).length).to.be.greaterThan(0);
    expect($$(el, '[part="gap"]').length).to.equal(3);
    for (const part of ['radar', 'crosswalk', 'certification', 'group-by', 'soa'])
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.equal(null);
    expect(buttonNamed(el, en.scorecardShare)).to.exist;
    const s = score(DEF, r).overall;
    const cta = $<HTMLButtonElement>(el, '[part="cta-button"]');
    expect(cta.textContent!.trim()).to.equal(en.scorecardCta);
    cta.focus();
    const got = oneEvent(el, 'aims-cta');
    await sendKeys({ press: 'Enter' });
    expect((await got).detail).to.deep.equal({
      readiness: s.readiness,
      band: s.band,
      completion: s.completion,
    });
  });

  it('a slotted call to action replaces the default and still emits aims-cta', async () => {
    const session = createSession({ definition: DEF, response: RESPONSES[1]! });
    const el = await fixture<AimsScorecard>(
      html`<aims-scorecard variant="compact" .session=${session}>
        <a slot="cta" href="#book">Book a gap analysis</a></aims-scorecard
      >`,
    );
    expect(
      el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="cta"]')!.assignedElements()[0]!
        .textContent,
    ).to.equal('Book a gap analysis');
    let count = 0;
    el.addEventListener('aims-cta', () => count++);
    el.querySelector('a')!.addEventListener('click', (e) => e.preventDefault());
    el.querySelector('a')!.click();
    expect(count).to.equal(1);
    section(el, 'cta').click(); // a click beside the buttons is not a call to action
    expect(count).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shares the result: copies a link that decodes to the response, or shows it to copy by hand', async () => {
    const r = RESPONSES[2]!;
    const { el, session } = await make(r, {
      variant: 'compact',
      shareUrl: 'https://example.org/scan',
    });
    buttonNamed(el, en.scorecardShare).focus();
    const link = await el.share();
    await el.updateComplete;
    expect(link).to.match(/^https:\/\/example\.org\/scan#r=/);
    expect(await decodeShareLink(link!, DEF)).to.deep.equal(session.state.response);
    const status = $<HTMLElement>(el, '[role="status"]').textContent;
    if (status === en.scorecardCopied) {
      // headless Chromium lets the page write the clipboard but not read it back: check when
      // allowed
      const back = await navigator.clipboard.readText().catch((e: Error) => e.name);
      if (back !== 'NotAllowedError') expect(back).to.equal(link);
    } else {
      expect(status).to.equal(en.scorecardCopyByHand);
      expect($<HTMLInputElement>(el, '[part="share-link"]').value).to.equal(link);
      await expect(el).to.be.accessible();
    }
  });

  it('print(): renders the full report in print mode, opens the print dialog, then restores', async function () {
    requirePrintDialogReturns(this);
    const { el } = await make(WITH_RISKS, { variant: 'compact' });
    const seen: { attr: boolean; sections: string[] }[] = [];
    // Chromium fires beforeprint from window.print(), while the dialog is being prepared
    const onBefore = () =>
      seen.push({
        attr: el.hasAttribute('printing'),
        sections: $$(el, 'section').map((x) => x.getAttribute('part')!),
      });
    window.addEventListener('beforeprint', onBefore);
    try {
      await el.print();
    } finally {
      window.removeEventListener('beforeprint', onBefore);
    }
    expect(seen).to.deep.equal([
      {
        attr: true,
        sections: ['summary', 'areas', 'gaps', 'next-actions', 'crosswalks', 'risks', 'soa'],
      },
    ]);
    expect(el.printing).to.equal(false);
    await el.updateComplete;
    expect(el.hasAttribute('printing')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="crosswalks"]')).to.equal(null);
  });

  it('print media: every section shows on its own page, no interactive controls', async function () {
    requireMediaEmulation(this);
    const { el } = await make(WITH_RISKS);
    await emulateMedia({ media: 'print' });
    const visible = (n: Element) =>
      getComputedStyle(n).display !== 'none' &&
      (n as HTMLElement).getBoundingClientRect().height > 0;
    for (const part of ['cover', 'summary', 'areas', 'gaps', 'crosswalks', 'risks', 'soa'])
      expect(visible(section(el, part)), part).to.equal(true);
    expect(getComputedStyle(section(el, 'cover')).breakAfter).to.equal('page');
    for (const part of ['areas', 'gaps', 'crosswalks', 'risks', 'soa'])
      expect(getComputedStyle(section(el, part)).breakBefore, part).to.equal('page');
    expect(visible(section(el, 'actions'))).to.equal(false);
    expect(visible(section(el, 'group-by'))).to.equal(false);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ media: 'screen' });
    expect(visible(section(el, 'actions'))).to.equal(true);
  });

  it('speaks German with the German catalog and number format', async () => {
    await loadMessages('de');
    const r = RESPONSES[1]!;
    const { el } = await make(r, { locale: 'de' });
    const s = score(DEF, r).overall;
    expect(section(el, 'cover').querySelector('h2')!.textContent).to.equal('Scorecard-Test');
    expect($<HTMLElement>(el, '#summary-title').textContent).to.equal(de.scorecardSummary);
    expect(section(el, 'figure').getAttribute('aria-valuetext')).to.equal(
      `${num1(s.readiness!, 'de')} von 100, ${de.scorecardBandEarly}`,
    );
    expect(num1(s.readiness!, 'de')).to.contain(',');
    expect(buttonNamed(el, de.scorecardShare)).to.exist;
    expect(section(el, 'cover').textContent).to.contain('5. März 2026');
    el.groupBy = 'tags';
    await el.updateComplete;
    expect(areaMeters(el).map((m) => nameOf(el, m))).to.deep.equal(['Richtlinie', 'Risk']);
  });

  it('works from context inside <aims-assessment> with a built-in definition and follows its answers', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <aims-assessment storage="memory" definition="iso42001-quick-scan"
          ><aims-scorecard variant="compact"></aims-scorecard
        ></aims-assessment>
      </div>`,
    );
    const box = wrap.querySelector('aims-assessment') as AimsAssessment;
    if (!box.session) await oneEvent(box, 'aims-ready');
    const sc = wrap.querySelector('aims-scorecard')!;
    await sc.updateComplete;
    expect(areaMeters(sc).length).to.equal(
      score(iso42001QuickScan, box.session!.state.response).groups.filter(
        (g) => g.readiness !== null,
      ).length,
    );
    box.session!.dispatch({ type: 'answer', question: 'qs-inventory', value: '4' });
    await sc.updateComplete;
    expect(Number(section(sc, 'figure').getAttribute('aria-valuenow'))).to.equal(
      box.session!.state.scorecard.overall.readiness,
    );
    expect(Number(section(sc, 'figure').getAttribute('aria-valuenow'))).to.be.greaterThan(0);
    await expect(sc).to.be.accessible();
  });

  it('empty states: no session, nothing scored, no areas', async () => {
    const none = await fixture<AimsScorecard>(html`<aims-scorecard></aims-scorecard>`);
    expect(none.shadowRoot!.textContent).to.contain(en.noSession);
    const bare = parseDefinition({
      format: 'aimskit.definition/1',
      id: 'bare',
      version: '1',
      title: 'Bare',
      scales: [],
      sections: [
        { id: 's', title: 'S', questions: [{ id: 't', type: 'text', text: 'Anything?' }] },
      ],
    });
    const el = await fixture<AimsScorecard>(
      html`<aims-scorecard .session=${createSession({ definition: bare })}></aims-scorecard>`,
    );
    expect(el.shadowRoot!.querySelector('[part="figure"]')).to.equal(null);
    expect(section(el, 'summary').textContent).to.contain(en.scorecardNotScored);
    expect(section(el, 'areas').textContent).to.contain(en.scorecardNoAreas);
    expect(section(el, 'certification').textContent).to.contain(en.scorecardReasonNoClauses);
    await expect(el).to.be.accessible();
  });

  it('reads bars as figures when no scale names the maturity levels (yes / partly / no)', async () => {
    const yesPartlyNo = parseDefinition({
      format: 'aimskit.definition/1',
      id: 'ypn',
      version: '1',
      title: 'Documents',
      scales: [
        {
          id: 'ypn',
          options: [
            { id: 'yes', label: 'Yes', value: 1 },
            { id: 'partly', label: 'Partly', value: 0.5 },
            { id: 'no', label: 'No', value: 0 },
          ],
        },
      ],
      groups: [{ id: '7', title: 'Support' }],
      requirements: [{ id: '7.5.1', title: 'Documented information', kind: 'clause', group: '7' }],
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            { id: 'd', type: 'scale', scale: 'ypn', requirement: '7.5.1', text: 'Written?' },
          ],
        },
      ],
    });
    const session = createSession({
      definition: yesPartlyNo,
      response: {
        format: 'aimskit.response/1',
        definition: { id: 'ypn', version: '1' },
        answers: { d: { value: 'partly' } },
      },
    });
    const el = await fixture<AimsScorecard>(
      html`<aims-scorecard .session=${session}></aims-scorecard>`,
    );
    await el.updateComplete;
    const [meter] = areaMeters(el);
    // readiness 50 → maturity 2.5; the pack's target 0.6 → 3.0
    expect(meter!.querySelector('span')!.textContent!.trim()).to.equal('2.5, target 3.0');
    expect(meter!.getAttribute('aria-valuetext')).to.equal(
      'Maturity on the 0 to 5 scale: 2.5, target 3.0',
    );
    await expect(el).to.be.accessible();
  });
});
