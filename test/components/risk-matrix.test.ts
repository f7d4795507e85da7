import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/assessment/define.js';
import '../../components/risk-matrix/define.js';
import type { AimsAssessment } from '../../components/assessment/assessment.js';
import type { AimsRiskMatrix } from '../../components/risk-matrix/risk-matrix.js';
import { en } from '../../components/base/messages/en.js';
import { loadMessages } from '../../components/base/i18n.js';
import {
  deriveSoa,
  score,
  parseDefinition,
  type AssessmentDefinition,
  type Risk,
} from '../../src/core.js';
import type { AssessmentSession } from '../../src/session/types.js';
import { $, $$, allTypes, byLabel, sessionFor } from './fixtures.js';

/** A 3×3 matrix written out by hand: levels green < amber < red, appetite amber. */
const small: AssessmentDefinition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'test-risk',
  version: '1.0.0',
  title: 'Risk test',
  scales: [],
  requirements: [
    { id: 'A.5.2', title: 'Impact assessment process', kind: 'control', group: 'A.5' },
    { id: 'A.7.5', title: 'Data provenance', kind: 'control', group: 'A.7' },
    { id: '6.1', title: 'Actions to address risks', kind: 'clause', group: '6' },
  ],
  sections: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'text', text: 'Notes' }] }],
  riskMatrix: {
    likelihood: [
      { id: 'low', label: 'Seldom' },
      { id: 'mid', label: 'Sometimes' },
      { id: 'high', label: 'Often' },
    ],
    impact: [
      { id: 'minor', label: 'Minor' },
      { id: 'major', label: 'Major' },
      { id: 'grave', label: 'Grave' },
    ],
    levels: [
      { id: 'green', label: 'Green' },
      { id: 'amber', label: 'Amber' },
      { id: 'red', label: 'Red' },
    ],
    grid: [
      [0, 0, 1],
      [0, 1, 2],
      [1, 2, 2],
    ],
    appetite: 'amber',
  },
});

const risk = (id: string, extra: Partial<Risk> = {}): Risk => ({
  id,
  title: `Risk ${id}`,
  likelihood: 'high',
  impact: 'major',
  ...extra,
});

async function standalone(session: AssessmentSession, attrs = html``) {
  const wrap = await fixture<HTMLDivElement>(html`<div>${attrs}</div>`);
  const el = document.createElement('aims-risk-matrix');
  el.session = session;
  wrap.append(el);
  await el.updateComplete;
  return el;
}
/** What a screen reader says for an element: its text outside aria-hidden subtrees. */
const spoken = (n: Node): string =>
  n instanceof Element
    ? n.getAttribute('aria-hidden') === 'true'
      ? ''
      : [...n.childNodes].map(spoken).join('')
    : n.nodeType === Node.TEXT_NODE
      ? n.textContent!
      : '';
const said = (c: Element) => spoken(c).replace(/\s+/g, ' ').trim();
const cells = (el: Element) => $$(el, '[role=gridcell]');
/** The cell a user finds by its announced name. */
function cell(el: Element, likelihood: string, impact: string): HTMLElement {
  const c = cells(el).find((x) =>
    said(x).startsWith(`Likelihood: ${likelihood}, impact: ${impact},`),
  );
  if (!c) throw new Error(`no cell ${likelihood} × ${impact}`);
  return c;
}
const count = (c: HTMLElement) => Number(c.querySelector('[part~=count]')!.textContent);
const rows = (el: Element) => $$(el, '[part~=row]').map((r) => r.dataset.risk);
const button = (el: Element, text: string) => {
  const b = $$<HTMLButtonElement>(el, 'button').find((x) => x.textContent!.trim().startsWith(text));
  if (!b) throw new Error(`no button "${text}"`);
  return b;
};
const form = (el: Element) => $<HTMLFormElement>(el, '[part~=form]');
function fill(el: Element, values: Record<string, string | string[]>) {
  const f = form(el);
  for (const [name, v] of Object.entries(values)) {
    if (Array.isArray(v))
      f.querySelectorAll<HTMLInputElement>(`input[name=${name}]`).forEach((c) => {
        c.checked = v.includes(c.value);
      });
    else (f.elements.namedItem(name) as HTMLInputElement).value = v;
  }
}
const active = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
/** Asserts where focus is, naming both elements when it is elsewhere. */
const named = (e: Element | null) => (e ? `<${e.localName}> ${said(e).slice(0, 80)}` : 'nothing');
const focused = (el: Element, want: Element) => {
  expect(named(active(el)), 'focus').to.equal(named(want));
  expect(active(el) === want, 'focus').to.equal(true);
};
const withCtrl = async (key: string) => {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
};
const uniqueKey = () => `risk-test-${Math.random().toString(36).slice(2)}`;

describe('<aims-risk-matrix>', () => {
  it('is accessible: grid, register, form and movement markers', async () => {
    const s = sessionFor(small);
    s.dispatch({
      type: 'risk-add',
      risk: risk('R-1', {
        residualLikelihood: 'low',
        controls: ['A.5.2'],
        owner: 'Ana',
        due: '2026-03-31',
        treatment: 'mitigate',
      }),
    });
    const el = await standalone(s);
    await expect(el).to.be.accessible();
    el.showMovement = true;
    el.view = 'residual';
    await el.updateComplete;
    await el.edit('R-1');
    await expect(el).to.be.accessible();
    el.theme = 'dark'; // tinted cells keep their contrast in the dark theme too
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders a 3×3 matrix: axes from the scale labels, levels in words, highest likelihood on top', async () => {
    const el = await standalone(sessionFor(small));
    expect($(el, '[role=grid]').tagName).to.equal('TABLE');
    expect(cells(el)).to.have.length(9);
    const rowHeads = $$(el, 'tbody th[scope=row]').map((t) => t.textContent!.trim());
    expect(rowHeads).to.deep.equal(['Often', 'Sometimes', 'Seldom']);
    const colHeads = $$(el, 'thead th[scope=col]')
      .slice(1)
      .map((t) => t.textContent!.trim());
    expect(colHeads).to.deep.equal(['Minor', 'Major', 'Grave']);
    // levels as the grid above says, each written in the cell
    expect(cell(el, 'Seldom', 'Grave').textContent).to.contain('Amber');
    expect(cell(el, 'Often', 'Major').textContent).to.contain('Red');
    expect(cell(el, 'Sometimes', 'Minor').textContent).to.contain('Green');
    expect(said(cell(el, 'Often', 'Grave'))).to.equal(
      'Likelihood: Often, impact: Grave, Red, 0 risks',
    );
    // colour comes from the level token (not colour alone: the text above says the level)
    expect(cell(el, 'Often', 'Grave').style.getPropertyValue('--_c')).to.contain('--aims-risk-red');
  });

  it('uses the default 5×5 matrix when the definition has none, coloured by --aims-risk-<level>', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="--aims-risk-very-high: rgb(1, 2, 3)"></div>`,
    );
    const el = document.createElement('aims-risk-matrix');
    el.session = sessionFor(allTypes);
    wrap.append(el);
    await el.updateComplete;
    expect(cells(el)).to.have.length(25);
    expect($$(el, 'tbody th[scope=row]').map((t) => t.textContent!.trim())).to.deep.equal([
      'Almost certain',
      'Likely',
      'Possible',
      'Unlikely',
      'Rare',
    ]);
    const top = cell(el, 'Almost certain', 'Severe');
    expect(top.textContent).to.contain('Very high');
    expect(getComputedStyle(top).borderBottomColor).to.equal('rgb(1, 2, 3)');
    expect(cell(el, 'Rare', 'Negligible').textContent).to.contain('Very low');
  });

  it('counts risks per cell and switches between inherent and residual views', async () => {
    const s = sessionFor(small);
    s.dispatch({
      type: 'risk-add',
      risk: risk('R-1', { residualLikelihood: 'low', residualImpact: 'minor' }),
    });
    s.dispatch({ type: 'risk-add', risk: risk('R-2') });
    s.dispatch({ type: 'risk-add', risk: risk('R-3', { likelihood: 'low', impact: 'grave' }) });
    const el = await standalone(s);
    expect(count(cell(el, 'Often', 'Major'))).to.equal(2);
    expect(count(cell(el, 'Seldom', 'Grave'))).to.equal(1);
    expect(count(cell(el, 'Seldom', 'Minor'))).to.equal(0);
    expect(said(cell(el, 'Often', 'Major'))).to.equal(
      'Likelihood: Often, impact: Major, Red, 2 risks',
    );
    expect($(el, '[role=grid] caption').textContent).to.contain('Inherent');
    byLabel(el.shadowRoot!, en.riskResidual).click();
    await el.updateComplete;
    expect(el.view).to.equal('residual');
    expect($(el, '[role=grid] caption').textContent).to.contain('Residual');
    expect(count(cell(el, 'Often', 'Major'))).to.equal(1);
    expect(count(cell(el, 'Seldom', 'Minor'))).to.equal(1);
    expect(said(cell(el, 'Seldom', 'Minor'))).to.equal(
      'Likelihood: Seldom, impact: Minor, Green, 1 risk',
    );
  });

  it('shows paired markers from inherent to residual position', async () => {
    const s = sessionFor(small);
    s.dispatch({
      type: 'risk-add',
      risk: risk('R-1', { residualLikelihood: 'low', residualImpact: 'minor' }),
    });
    s.dispatch({ type: 'risk-add', risk: risk('R-2') });
    const el = await standalone(s);
    expect($$(el, '[part~=markers]')).to.have.length(0);
    byLabel(el.shadowRoot!, en.riskMovement).click();
    await el.updateComplete;
    expect(el.showMovement).to.equal(true);
    const from = cell(el, 'Often', 'Major'),
      to = cell(el, 'Seldom', 'Minor');
    const marks = (c: HTMLElement) =>
      [...c.querySelectorAll('[part~=markers] > *')].map((m) => m.textContent!.trim());
    expect(marks(from)).to.deep.equal(['● R-2', '○ R-1']);
    expect(marks(to)).to.deep.equal(['● R-1']);
    expect(said(from)).to.contain('residual here: R-2').and.contain('inherent here, moved: R-1');
    expect($(el, '[part~=legend]').textContent).to.contain(en.riskMarkers);
  });

  it('moves with Arrow keys, Home/End and Ctrl+Home/End (roving tabindex); Enter selects and filters the register', async () => {
    const s = sessionFor(small);
    s.dispatch({ type: 'risk-add', risk: risk('R-1') });
    s.dispatch({ type: 'risk-add', risk: risk('R-2', { likelihood: 'mid', impact: 'minor' }) });
    const el = await standalone(s);
    const focusable = () => cells(el).filter((c) => c.tabIndex === 0);
    expect(focusable()).to.have.length(1);
    expect(focusable()[0] === cell(el, 'Often', 'Minor')).to.equal(true); // the first cell a reader meets
    focusable()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(said(active(el)!)).to.equal('Likelihood: Often, impact: Major, Red, 1 risk');
    expect(focusable()).to.have.length(1);
    focused(el, focusable()[0]!);
    await sendKeys({ press: 'ArrowDown' });
    focused(el, cell(el, 'Sometimes', 'Major'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // stays on the bottom row
    focused(el, cell(el, 'Seldom', 'Major'));
    await sendKeys({ press: 'End' });
    focused(el, cell(el, 'Seldom', 'Grave'));
    await sendKeys({ press: 'Home' });
    focused(el, cell(el, 'Seldom', 'Minor'));
    await withCtrl('End');
    focused(el, cell(el, 'Seldom', 'Grave'));
    await withCtrl('Home');
    focused(el, cell(el, 'Often', 'Minor'));
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowLeft' }); // stays in the corner
    focused(el, cell(el, 'Often', 'Minor'));
    await sendKeys({ press: 'ArrowDown' });
    focused(el, cell(el, 'Sometimes', 'Minor'));

    const selected = oneEvent(el, 'aims-cell-select');
    await sendKeys({ press: 'Enter' });
    const ev = await selected;
    expect(ev.detail).to.deep.equal({
      likelihood: 'mid',
      impact: 'minor',
      level: 'green',
      view: 'inherent',
      count: 1,
    });
    await el.updateComplete;
    expect(cell(el, 'Sometimes', 'Minor').getAttribute('aria-selected')).to.equal('true');
    expect(rows(el)).to.deep.equal(['R-2']);
    expect($(el, '[part~=register] caption').textContent!.trim()).to.equal(
      'Risks in Sometimes × Minor (Inherent): 1 risk',
    );

    const cleared = oneEvent(el, 'aims-cell-select');
    await sendKeys({ press: 'Enter' });
    expect((await cleared).detail).to.deep.equal({
      likelihood: null,
      impact: null,
      level: null,
      view: 'inherent',
      count: 2,
    });
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['R-1', 'R-2']);
  });

  it('flips Left and Right in a right-to-left page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"></div>`);
    const el = document.createElement('aims-risk-matrix');
    el.session = sessionFor(small);
    wrap.append(el);
    await el.updateComplete;
    cell(el, 'Often', 'Major').focus();
    await sendKeys({ press: 'ArrowLeft' });
    focused(el, cell(el, 'Often', 'Grave'));
  });

  it('a click selects a cell; an empty cell says so; "Show all risks" clears the filter', async () => {
    const s = sessionFor(small);
    s.dispatch({ type: 'risk-add', risk: risk('R-1') });
    const el = await standalone(s);
    cell(el, 'Seldom', 'Minor').click();
    await el.updateComplete;
    expect(rows(el)).to.deep.equal([]);
    expect(el.shadowRoot!.textContent).to.contain(en.riskNoneInCell);
    const cleared = oneEvent(el, 'aims-cell-select');
    button(el, en.riskShowAll).click();
    expect((await cleared).detail.likelihood).to.equal(null);
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['R-1']);
  });

  it('marks risks whose residual level is above appetite', async () => {
    const s = sessionFor(small);
    s.dispatch({ type: 'risk-add', risk: risk('R-1', { residualLikelihood: 'low' }) }); // low × major = green
    s.dispatch({ type: 'risk-add', risk: risk('R-2', { residualImpact: 'minor' }) }); // high × minor = amber = appetite
    s.dispatch({ type: 'risk-add', risk: risk('R-3', { impact: 'grave' }) }); // red, no residual
    const el = await standalone(s);
    const marked = $$(el, '[part~=row]')
      .filter((r) => r.querySelector('[part~=appetite]'))
      .map((r) => r.dataset.risk);
    expect(marked).to.deep.equal(['R-3']);
    expect($(el, '[data-risk="R-3"] [part~=appetite]').textContent).to.equal(en.riskAboveAppetite);
    expect($(el, '[data-risk="R-1"]').textContent).to.contain('Red').and.contain('Green');
    expect($(el, '[part~=legend]').textContent).to.contain('Risk appetite: up to Amber');
  });

  it('adds a risk from the form with the keyboard: R-<n> ids, aims-risk-change, linked control feeds the SoA', async () => {
    const s = sessionFor(small);
    s.dispatch({ type: 'risk-add', risk: risk('R-7') });
    const el = await standalone(s);
    const add = button(el, en.riskAdd);
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '#rf-title').textContent!.trim()).to.equal('New risk R-8');
    focused(el, byLabel(form(el), en.riskFieldTitle));
    await sendKeys({ type: 'Bias in the hiring model' });
    fill(el, {
      likelihood: 'mid',
      impact: 'grave',
      residualLikelihood: 'low',
      treatment: 'mitigate',
      controls: ['A.7.5'],
      owner: 'HR lead',
      due: '2026-06-30',
    });
    const changed = oneEvent(el, 'aims-risk-change');
    byLabel(form(el), en.riskOwner).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' }); // submits the form
    const ev = await changed;
    expect(ev.cancelable).to.equal(false);
    expect(ev.detail.action).to.equal('add');
    expect(ev.detail.id).to.equal('R-8');
    const stored = s.state.response.risks!.find((r) => r.id === 'R-8')!;
    expect(stored).to.include({
      title: 'Bias in the hiring model',
      likelihood: 'mid',
      impact: 'grave',
      residualLikelihood: 'low',
      treatment: 'mitigate',
      owner: 'HR lead',
      due: '2026-06-30',
    });
    expect(stored.residualImpact).to.equal(undefined);
    expect(stored.controls).to.deep.equal(['A.7.5']);
    expect(ev.detail.risk).to.deep.equal(stored);
    await el.updateComplete;
    expect($$(el, '[part~=form]')).to.have.length(0);
    expect(rows(el)).to.deep.equal(['R-7', 'R-8']);
    expect($(el, '[part~=status]').textContent).to.equal('Risk R-8 added.');
    expect(active(el)!.closest('[data-risk]')!.getAttribute('data-risk')).to.equal('R-8');
    const soa = deriveSoa(small, s.state.response).find((e) => e.control === 'A.7.5')!;
    expect(soa).to.include({ applicable: true, source: 'risk' });
    expect(soa.justification).to.contain('R-8');
  });

  it('records who could be harmed, the risk source, and who accepted the residual risk and when', async () => {
    const s = sessionFor(small);
    const el = await standalone(s);
    await el.edit();
    fill(el, {
      title: 'Unfair ranking of applicants',
      affected: 'Job applicants',
      source: 'Bought-in screening model',
      likelihood: 'high',
      impact: 'grave',
      treatment: 'accept',
      acceptedBy: 'Managing board',
      acceptedAt: '2026-11-30',
    });
    // each new field is a labelled control of the form
    for (const label of [en.riskAffected, en.riskSource, en.riskAcceptedBy, en.riskAcceptedAt])
      expect(byLabel(form(el), label), label).to.exist;
    await expect(el).to.be.accessible();
    form(el).requestSubmit();
    await el.updateComplete;
    const stored = s.state.response.risks!.find((r) => r.title === 'Unfair ranking of applicants')!;
    expect(stored).to.include({
      affected: 'Job applicants',
      source: 'Bought-in screening model',
      acceptedBy: 'Managing board',
      acceptedAt: '2026-11-30',
    });
    // the register says who accepted the residual risk; the scorecard's risk gate is closed
    const row = $(el, `[data-risk="${stored.id}"]`);
    expect(said(row)).to.contain('accepted by Managing board');
    expect(said(row)).to.contain('Job applicants');
    const gate = score(small, s.state.response).gates.find((g) => g.id === 'risks');
    expect(gate?.risks ?? []).to.not.include(stored.id);
    // without a date, the acceptance does not count
    s.dispatch({ type: 'risk-update', risk: { ...stored, acceptedAt: undefined } as never });
    await el.updateComplete;
    expect(said($(el, `[data-risk="${stored.id}"]`))).to.not.contain('accepted by');
  });

  it('refuses a malformed risk with a message tied to the fields, and changes nothing', async () => {
    const s = sessionFor(small);
    const el = await standalone(s);
    await el.edit();
    fill(el, { title: '   ', impact: 'major' });
    let fired = false;
    el.addEventListener('aims-risk-change', () => {
      fired = true;
    });
    button(el, en.riskSave).click();
    await el.updateComplete;
    const err = $(el, '[part~=error]');
    expect(err.getAttribute('role')).to.equal('alert');
    expect(err.textContent).to.contain(en.riskRefused);
    expect(err.textContent).to.contain(`Title: ${en.riskMissing}`);
    expect(err.textContent).to.contain(`Inherent – Likelihood: ${en.riskMissing}`);
    expect(err.querySelectorAll('li')).to.have.length(2); // one message per field
    expect(err.querySelectorAll('[lang=en]')).to.have.length(0); // said by the element, in the UI's language
    const title = byLabel(form(el), en.riskFieldTitle);
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(title.getAttribute('aria-describedby')).to.equal(err.id);
    expect(byLabel(form(el), en.riskImpact).getAttribute('aria-invalid')).to.equal(null);
    focused(el, title);
    expect(s.state.response.risks ?? []).to.have.length(0);
    expect(fired).to.equal(false);
  });

  it("shows the session's own reason when it refuses a risk, marked as English (WCAG 3.1.2)", async () => {
    const s = sessionFor(small);
    const el = await standalone(s);
    await el.edit();
    // A level the matrix does not have (a stale form, a tampered page): only the session can say
    // what is wrong.
    const likelihood = form(el).elements.namedItem('likelihood') as HTMLSelectElement;
    likelihood.append(new Option('Bogus', 'bogus'));
    fill(el, { title: 'Stale level', likelihood: 'bogus', impact: 'major' });
    button(el, en.riskSave).click();
    await el.updateComplete;
    const item = $(el, '[part~=error] li');
    expect(item.textContent).to.match(/^Inherent – Likelihood: unknown likelihood "bogus"/);
    expect(item.querySelector('[lang=en]')!.textContent).to.match(/^unknown likelihood "bogus"/);
    expect(s.state.response.risks ?? []).to.have.length(0);
  });

  it('edits a risk (form prefilled) and Escape cancels without saving', async () => {
    const s = sessionFor(small);
    s.dispatch({ type: 'risk-add', risk: risk('R-1', { controls: ['A.5.2'], owner: 'Ana' }) });
    const el = await standalone(s);
    $<HTMLButtonElement>(el, '[data-risk="R-1"] button').click();
    await el.updateComplete;
    expect($(el, '#rf-title').textContent!.trim()).to.equal('Edit risk R-1');
    const f = form(el);
    expect(byLabel(f, en.riskFieldTitle).value).to.equal('Risk R-1');
    expect((f.elements.namedItem('likelihood') as HTMLSelectElement).value).to.equal('high');
    expect((f.elements.namedItem('residualLikelihood') as HTMLSelectElement).value).to.equal('');
    expect(f.querySelector<HTMLInputElement>('input[value="A.5.2"]')!.checked).to.equal(true);
    byLabel(f, en.riskOwner).focus();
    await sendKeys({ type: 'X' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($$(el, '[part~=form]')).to.have.length(0);
    expect(s.state.response.risks![0]!.owner).to.equal('Ana');
    expect(active(el)!.textContent).to.contain(en.riskEdit);

    await el.edit('R-1');
    fill(el, { title: 'Model drift in credit scoring', controls: [], residualImpact: 'minor' });
    const changed = oneEvent(el, 'aims-risk-change');
    button(el, en.riskSave).click();
    expect((await changed).detail).to.include({ action: 'update', id: 'R-1' });
    const r = s.state.response.risks![0]!;
    expect(r).to.include({
      title: 'Model drift in credit scoring',
      residualImpact: 'minor',
      owner: 'Ana',
    });
    expect(r.controls).to.equal(undefined);
    expect(deriveSoa(small, s.state.response).find((e) => e.control === 'A.5.2')!.source).to.equal(
      null,
    );
  });

  it('removes a risk; a listener can cancel the removal', async () => {
    const s = sessionFor(small);
    s.dispatch({ type: 'risk-add', risk: risk('R-1') });
    s.dispatch({ type: 'risk-add', risk: risk('R-2') });
    const el = await standalone(s);
    const veto = (e: Event) => e.preventDefault();
    el.addEventListener('aims-risk-change', veto, { once: true });
    $$<HTMLButtonElement>(el, '[data-risk="R-1"] button')[1]!.click();
    await el.updateComplete;
    expect(s.state.response.risks!.map((r) => r.id)).to.deep.equal(['R-1', 'R-2']);
    const changed = oneEvent(el, 'aims-risk-change');
    const remove = $$<HTMLButtonElement>(el, '[data-risk="R-1"] button')[1]!;
    expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Remove Risk R-1');
    remove.click();
    const ev = await changed;
    expect(ev.cancelable).to.equal(true);
    expect(ev.detail).to.deep.include({ action: 'remove', id: 'R-1' });
    await el.updateComplete;
    expect(s.state.response.risks!.map((r) => r.id)).to.deep.equal(['R-2']);
    expect($(el, '[part~=status]').textContent).to.equal('Risk R-1 removed.');
    expect(active(el)!.textContent!.trim()).to.equal(en.riskAdd);
  });

  it('readonly: shows the grid and register, offers no editing, still selects cells', async () => {
    const s = sessionFor(small);
    s.dispatch({ type: 'risk-add', risk: risk('R-1') });
    const el = await standalone(s);
    el.readonly = true;
    await el.updateComplete;
    expect(el.hasAttribute('readonly')).to.equal(true);
    expect($$(el, 'button').map((b) => b.textContent!.trim())).to.deep.equal([]);
    await el.edit('R-1');
    expect($$(el, '[part~=form]')).to.have.length(0);
    cell(el, 'Often', 'Major').click();
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['R-1']);
    await expect(el).to.be.accessible();
  });

  it('shows empty states: no session, and an empty register', async () => {
    const lone = await fixture<AimsRiskMatrix>(html`<aims-risk-matrix></aims-risk-matrix>`);
    expect($(lone, '[part~=base]').textContent).to.equal(en.noSession);
    const el = await standalone(sessionFor(small));
    expect(el.shadowRoot!.textContent).to.contain(en.riskEmpty);
    expect(rows(el)).to.deep.equal([]);
    expect(cells(el).every((c) => count(c) === 0)).to.equal(true);
  });

  it('still renders matrices outside 3×3 … 6×6 (2×2 and 7×7)', async () => {
    const axis = (n: number, p: string) =>
      Array.from({ length: n }, (_, i) => ({ id: `${p}${i}`, label: `${p.toUpperCase()}${i}` }));
    for (const n of [2, 7]) {
      const def = parseDefinition({
        ...small,
        id: `m${n}`,
        riskMatrix: {
          likelihood: axis(n, 'l'),
          impact: axis(n, 'i'),
          levels: [
            { id: 'ok', label: 'OK' },
            { id: 'bad', label: 'Bad' },
          ],
          grid: Array.from({ length: n }, (_, l) =>
            Array.from({ length: n }, (_, i) => (l + i >= n ? 1 : 0)),
          ),
          appetite: 'ok',
        },
      });
      const el = await standalone(sessionFor(def));
      expect(cells(el)).to.have.length(n * n);
      expect(cell(el, `L${n - 1}`, `I${n - 1}`).textContent).to.contain('Bad');
      expect(cell(el, 'L0', 'I0').textContent).to.contain('OK');
    }
  });

  it('works inside <aims-assessment> (context) and shows German strings', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="de">
        <aims-assessment storage="memory" .definition=${small}
          ><aims-risk-matrix></aims-risk-matrix
        ></aims-assessment>
      </div>`,
    );
    const a = wrap.querySelector('aims-assessment')!;
    if (!a.session) await oneEvent(a, 'aims-ready');
    const el = wrap.querySelector('aims-risk-matrix')!;
    await el.updateComplete;
    a.session!.dispatch({ type: 'risk-add', risk: risk('R-1') });
    await loadMessages('de'); // the German catalog loads on demand
    await el.updateComplete;
    expect(el.contextSession).to.equal(a.session);
    expect(rows(el)).to.deep.equal(['R-1']);
    expect(cell2(el, 'Wahrscheinlichkeit: Often, Auswirkung: Major, Red, 1 Risiko')).to.not.equal(
      undefined,
    );
    expect(button(el, 'Risiko hinzufügen')).to.not.equal(undefined);
    // A refused risk in the German UI: German labels, the core's English detail marked lang="en".
    await el.edit();
    fill(el, { title: '   ' });
    button(el, 'Risiko speichern').click();
    await el.updateComplete;
    const item = $(el, '[part~=error] li');
    expect(item.textContent).to.equal('Titel: fehlt');
    expect(item.querySelector('[lang=en]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps added, edited and removed risks across a reload (IndexedDB storage-key)', async () => {
    const key = uniqueKey();
    const mount = async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <aims-assessment storage-key=${key} .definition=${small}
            ><aims-risk-matrix></aims-risk-matrix
          ></aims-assessment>
        </div>`,
      );
      const a = wrap.querySelector('aims-assessment') as AimsAssessment;
      if (!a.session) await oneEvent(a, 'aims-ready');
      const el = wrap.querySelector('aims-risk-matrix')!;
      await el.updateComplete;
      return { wrap, a, el };
    };
    const saveForm = async (el: AimsRiskMatrix, values: Record<string, string | string[]>) => {
      fill(el, values);
      button(el, en.riskSave).click();
      await el.updateComplete;
    };
    let m = await mount();
    await m.el.edit();
    await saveForm(m.el, {
      title: 'Prompt injection in the support bot',
      likelihood: 'high',
      impact: 'grave',
      controls: ['A.5.2'],
    });
    await m.el.edit();
    await saveForm(m.el, {
      title: 'Training-data provenance unknown',
      likelihood: 'mid',
      impact: 'major',
    });
    expect(rows(m.el)).to.deep.equal(['R-1', 'R-2']);
    await m.a.flushNow();
    m.wrap.remove();
    await new Promise((r) => setTimeout(r, 50));

    m = await mount();
    expect(rows(m.el)).to.deep.equal(['R-1', 'R-2']);
    expect(count(cell(m.el, 'Often', 'Grave'))).to.equal(1);
    await m.el.edit('R-2');
    await saveForm(m.el, { owner: 'Data steward' });
    $$<HTMLButtonElement>(m.el, '[data-risk="R-1"] button')[1]!.click();
    await m.el.updateComplete;
    await m.a.flushNow();
    m.wrap.remove();
    await new Promise((r) => setTimeout(r, 50));

    m = await mount();
    expect(rows(m.el)).to.deep.equal(['R-2']);
    expect(m.a.session!.state.response.risks![0]).to.include({
      title: 'Training-data provenance unknown',
      owner: 'Data steward',
    });
    expect(count(cell(m.el, 'Often', 'Grave'))).to.equal(0);
    await m.el.edit();
    expect($(m.el, '#rf-title').textContent!.trim()).to.equal('New risk R-3'); // numbers are not reused
    m.wrap.remove();
  });
});

function cell2(el: Element, label: string) {
  return cells(el).find((c) => said(c) === label);
}
