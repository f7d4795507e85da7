import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { requireMediaEmulation } from '../browser-support.js';
import '../../components/assessment/define.js';
import '../../components/soa-table/define.js';
import type { AimsAssessment } from '../../components/assessment/assessment.js';
import type { AimsSoaTable } from '../../components/soa-table/soa-table.js';
import { en } from '../../components/base/messages/en.js';
import { de } from '../../components/base/messages/de.js';
import { parseDefinition, type AssessmentDefinition } from '../../src/model/index.js';
import { createSession } from '../../src/session/index.js';
import type { AssessmentSession } from '../../src/session/types.js';
import { $, $$ } from './fixtures.js';

const maturity = {
  id: 'm',
  options: [
    { id: '0', label: 'None', value: 0 },
    { id: '3', label: 'Defined', value: 0.6 },
    { id: 'na', label: 'N/A', na: true },
  ],
};
const controls: [string, string, string][] = [
  ['A.2.2', 'AI policy', 'A.2'],
  ['A.2.3', 'Policy alignment', 'A.2'],
  ['A.9.2', 'Responsible use', 'A.9'],
  ['A.10.2', 'Suppliers', 'A.10'],
  ['A.10.3', 'Customers', 'A.10'],
];
const definition: AssessmentDefinition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'soa-test',
  version: '1.0.0',
  title: { en: 'SoA test', de: 'SoA-Test' },
  scales: [maturity],
  groups: [
    { id: 'A.2', title: 'Policies' },
    { id: 'A.9', title: 'Use of AI' },
    { id: 'A.10', title: 'Third parties' },
  ],
  requirements: controls.map(([id, title, group]) => ({
    id,
    title,
    kind: 'control' as const,
    group,
  })),
  sections: [
    {
      id: 's',
      title: 'Controls',
      questions: controls.map(([id]) => ({
        id: `q-${id}`,
        type: 'scale' as const,
        scale: 'm',
        requirement: id,
        text: id,
      })),
    },
  ],
});

/**
 * A session with: A.2.2 implemented and linked to a risk; A.10.2 answered N/A; everything else
 * open.
 */
function seeded(): AssessmentSession {
  const s = createSession({ definition });
  s.dispatch({ type: 'answer', question: 'q-A.2.2', value: '3' });
  s.dispatch({ type: 'answer', question: 'q-A.10.2', value: 'na', justification: 'We buy no AI.' });
  s.dispatch({ type: 'answer', question: 'q-A.9.2', value: '0' });
  s.dispatch({
    type: 'risk-add',
    risk: { id: 'R-1', title: 'Bias', likelihood: 'likely', impact: 'major', controls: ['A.2.2'] },
  });
  return s;
}

async function make(session: AssessmentSession = seeded(), readonly = false) {
  const el = await fixture<AimsSoaTable>(
    html`<aims-soa-table .session=${session} ?readonly=${readonly} theme="light"></aims-soa-table>`,
  );
  return { el, session };
}
const rowOf = (el: AimsSoaTable, control: string) => {
  const tr = $$<HTMLTableRowElement>(el, 'tr[part~=row]').find(
    (r) => r.querySelector('th[scope=row]')?.textContent?.trim() === control,
  );
  if (!tr) throw new Error(`no row ${control}`);
  return tr;
};
const ids = (el: AimsSoaTable) =>
  $$(el, 'tr[part~=row] th[scope=row]').map((th) => th.textContent!.trim());
const cellText = (el: AimsSoaTable, control: string, col: number) =>
  rowOf(el, control).children[col]!.textContent!.trim();
/**
 * Focus and identity are compared as booleans: a failing assertion must not serialise an element or
 * a session.
 */
/** The control of a row labelled by a column header (as a screen reader names it). */
const field = <T extends HTMLElement>(el: AimsSoaTable, control: string, column: string): T => {
  const headerId = $$(el, 'thead th').find((th) => th.textContent!.trim().startsWith(column))!.id;
  const c = [...rowOf(el, control).querySelectorAll<T>('select, input')].find(
    (x) => x.getAttribute('aria-labelledby')!.split(' ')[0] === headerId,
  );
  if (!c) throw new Error(`no ${column} control in ${control}`);
  return c;
};
const choose = async (
  el: AimsSoaTable,
  node: HTMLSelectElement | HTMLInputElement,
  value: string,
) => {
  node.value = value;
  node.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
const button = (el: AimsSoaTable, name: string) => {
  const b = $$<HTMLButtonElement>(el, 'button').find(
    (x) => x.textContent!.trim().replace(/[▲▼]/, '') === name,
  );
  if (!b) throw new Error(`no button "${name}"`);
  return b;
};
const labelled = <T extends HTMLElement>(el: AimsSoaTable, text: string): T => {
  const l = $$<HTMLLabelElement>(el, 'label').find((x) => x.textContent!.trim().startsWith(text));
  if (!l) throw new Error(`no label ${text}`);
  return l.querySelector('input, select') as T;
};

describe('<aims-soa-table>', () => {
  it('is accessible: fresh, with an error, read-only, filtered empty and dark', async () => {
    const { el } = await make(createSession({ definition }));
    await expect(el).to.be.accessible();
    const s2 = seeded();
    el.session = s2;
    await el.updateComplete;
    await choose(el, field(el, 'A.2.3', en.soaColApplicable), 'no');
    expect($$(el, '[aria-invalid=true]').length).to.equal(1);
    await expect(el).to.be.accessible();
    el.readonly = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.readonly = false;
    el.filter = { search: 'nothing matches this' };
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is a native table: caption, column headers with scope, row headers, aria-sort, objective groups', async () => {
    const { el } = await make();
    const table = $(el, 'table');
    expect(table.querySelector('caption')!.textContent)
      .to.contain(en.soaCaption)
      .and.contain('SoA test');
    const cols = $$(el, 'thead th');
    expect(cols.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(10).fill('col'));
    expect(cols.map((th) => th.textContent!.trim().replace(/[▲▼]/, ''))).to.deep.equal([
      en.soaColControl,
      en.soaColTitle,
      en.soaColObjective,
      en.soaColApplicable,
      en.soaColJustification,
      en.soaColStatus,
      en.soaColSource,
      en.soaColOwner,
      en.soaColRisks,
      en.soaColEvidence,
    ]);
    expect(cols[0]!.getAttribute('aria-sort')).to.equal('ascending');
    expect(cols.slice(1).every((th) => !th.hasAttribute('aria-sort'))).to.equal(true);
    expect($$(el, 'th[scope=rowgroup]').map((th) => th.textContent!.trim())).to.deep.equal([
      'A.2 Policies',
      'A.9 Use of AI',
      'A.10 Third parties',
    ]);
    expect(ids(el)).to.deep.equal(['A.2.2', 'A.2.3', 'A.9.2', 'A.10.2', 'A.10.3']);
    // every inline control has an accessible name from its column and row headers
    const sel = field<HTMLSelectElement>(el, 'A.9.2', en.soaColApplicable);
    const names = sel
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim());
    expect(names).to.deep.equal([en.soaColApplicable, 'A.9.2']);
  });

  it('shows rows derived from answers and risks', async () => {
    const { el } = await make();
    // A.2.2: linked from R-1 → applicable by risk; answered Defined (0.6) at target 0.6 →
    // implemented
    expect(field<HTMLSelectElement>(el, 'A.2.2', en.soaColApplicable).value).to.equal('yes');
    expect(field<HTMLInputElement>(el, 'A.2.2', en.soaColJustification).value).to.equal(
      'Linked to risk R-1',
    );
    expect(cellText(el, 'A.2.2', 6)).to.equal(en.soaSourceRisk);
    expect(cellText(el, 'A.2.2', 8)).to.equal('R-1');
    expect(
      field<HTMLSelectElement>(
        el,
        'A.2.2',
        en.soaColStatus,
      ).selectedOptions[0]!.textContent!.trim(),
    ).to.equal(en.soaStatusDerived.replace('{status}', en.soaStatusImplemented));
    // A.10.2: its only question N/A → not applicable by answers, justified by the N/A justification
    expect(field<HTMLSelectElement>(el, 'A.10.2', en.soaColApplicable).value).to.equal('no');
    expect(field<HTMLInputElement>(el, 'A.10.2', en.soaColJustification).value).to.equal(
      'We buy no AI.',
    );
    expect(cellText(el, 'A.10.2', 6)).to.equal(en.soaSourceAnswer);
    expect(cellText(el, 'A.10.2', 5)).to.equal(en.soaStatusNotApplicable);
    // A.9.2: answered 0 → undecided, planned
    expect(field<HTMLSelectElement>(el, 'A.9.2', en.soaColApplicable).value).to.equal('');
    expect(cellText(el, 'A.9.2', 6)).to.equal('–');
    // the summary: 2 of 5 decided, 2 justified, 1 implemented; links to the three undecided
    const summary = $(el, '[part~=summary]');
    expect(summary.textContent)
      .to.contain('Decided: 2 of 5')
      .and.contain('Justified: 2 of 2')
      .and.contain('Implemented: 1 of 5');
    expect($$(el, '[part~=gap]').map((b) => b.textContent!.trim())).to.deep.equal([
      'A.2.3',
      'A.9.2',
      'A.10.3',
    ]);
  });

  it('writes decisions to the session and emits aims-soa-change with plain data', async () => {
    const { el, session } = await make();
    const sel = field<HTMLSelectElement>(el, 'A.9.2', en.soaColApplicable);
    setTimeout(() => choose(el, sel, 'yes'));
    const ev = await oneEvent(el, 'aims-soa-change');
    expect(ev.detail).to.deep.equal({ control: 'A.9.2', decision: { applicable: true } });
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(session.state.response.soa!['A.9.2']!.applicable).to.equal(true);
    await el.updateComplete;
    await choose(el, field(el, 'A.9.2', en.soaColJustification), '  Staff use AI daily. ');
    await choose(el, field(el, 'A.9.2', en.soaColOwner), 'CISO');
    await choose(el, field(el, 'A.9.2', en.soaColStatus), 'alternative');
    const { updatedAt: _u, ...d } = session.state.response.soa!['A.9.2']!;
    expect(d).to.deep.equal({
      applicable: true,
      justification: 'Staff use AI daily.',
      owner: 'CISO',
      status: 'alternative',
    });
    expect(cellText(el, 'A.9.2', 6)).to.equal(en.soaSourceDecision);
    expect($(el, '[part~=summary]').textContent)
      .to.contain('Decided: 3 of 5')
      .and.contain('Justified: 3 of 3');
    // confirming a risk-derived applicability keeps its justification; back to undecided removes
    // the decision
    await choose(el, field(el, 'A.2.2', en.soaColApplicable), 'yes');
    expect(session.state.response.soa!['A.2.2']!.justification).to.equal('Linked to risk R-1');
    await choose(el, field(el, 'A.9.2', en.soaColApplicable), '');
    expect(session.state.response.soa!['A.9.2']!.applicable).to.equal(undefined);
    expect(session.state.response.soa!['A.9.2']!.owner).to.equal('CISO');
  });

  it('refuses an exclusion without a justification, and accepts it once justified', async () => {
    const { el, session } = await make();
    const events: unknown[] = [];
    el.addEventListener('aims-soa-change', (e) => events.push(e.detail));
    await choose(el, field(el, 'A.2.3', en.soaColApplicable), 'no');
    expect(session.state.response.soa?.['A.2.3']).to.equal(undefined);
    expect(events).to.deep.equal([]);
    const just = field<HTMLInputElement>(el, 'A.2.3', en.soaColJustification);
    expect(just.getAttribute('aria-invalid')).to.equal('true');
    const err = el.shadowRoot!.getElementById(just.getAttribute('aria-describedby')!)!;
    expect(err.textContent).to.equal(en.soaErrorExclude);
    expect(el.shadowRoot!.activeElement === just, 'focused').to.equal(true);
    // white space is not a justification
    await choose(el, just, '   ');
    expect(session.state.response.soa?.['A.2.3']).to.equal(undefined);
    await choose(el, just, 'Covered by group policy');
    const { updatedAt: _u, ...d } = session.state.response.soa!['A.2.3']!;
    expect(d).to.deep.equal({ applicable: false, justification: 'Covered by group policy' });
    expect(events).to.deep.equal([
      {
        control: 'A.2.3',
        decision: { applicable: false, justification: 'Covered by group policy' },
      },
    ]);
    expect(field(el, 'A.2.3', en.soaColJustification).hasAttribute('aria-invalid')).to.equal(false);
    // emptying the justification of an excluded control is refused too; the old text comes back
    await choose(el, field(el, 'A.2.3', en.soaColJustification), '');
    expect(session.state.response.soa!['A.2.3']!.justification).to.equal('Covered by group policy');
    expect(field<HTMLInputElement>(el, 'A.2.3', en.soaColJustification).value).to.equal(
      'Covered by group policy',
    );
    expect($(el, '[part~=error]').textContent).to.equal(en.soaErrorExclude);
    // an exclusion derived from N/A answers already has a justification: confirming it is accepted
    await choose(el, field(el, 'A.10.2', en.soaColApplicable), 'no');
    expect(session.state.response.soa!['A.10.2']).to.include({
      applicable: false,
      justification: 'We buy no AI.',
    });
  });

  it('proposes an exclusion for a control the scope hides; Confirm decides it, a choice overrides it', async () => {
    const scoped = parseDefinition({
      ...definition,
      sections: [
        {
          id: 's',
          title: 'Controls',
          questions: [
            {
              id: 'builds',
              type: 'choice',
              text: 'Do you build AI?',
              options: [
                { id: 'yes', label: 'Yes' },
                { id: 'no', label: 'No' },
              ],
            },
            ...definition.sections[0]!.questions.map((question) =>
              question.requirement === 'A.10.3'
                ? { ...question, showIf: "{builds} = 'yes'", outOfScope: 'We provide no AI.' }
                : question,
            ),
          ],
        },
      ],
    });
    const session = createSession({ definition: scoped });
    session.dispatch({ type: 'answer', question: 'builds', value: 'no' });
    const { el } = await make(session);
    const row = rowOf(el, 'A.10.3');
    const proposal = row.querySelector('[part~=proposal]')!;
    expect(proposal.textContent).to.contain(en.soaProposed).and.contain('We provide no AI.');
    // a proposal is not a decision; other rows have none
    expect(session.state.response.soa?.['A.10.3']).to.equal(undefined);
    expect(rowOf(el, 'A.2.2').querySelector('[part~=proposal]')).to.equal(null);
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'aims-soa-change');
    (row.querySelector('[part~=confirm]') as HTMLButtonElement).click();
    const event = await changed;
    expect(event.detail).to.deep.include({ control: 'A.10.3' });
    expect(session.state.response.soa?.['A.10.3']).to.include({
      applicable: false,
      justification: 'We provide no AI.',
    });
    await el.updateComplete;
    expect(rowOf(el, 'A.10.3').querySelector('[part~=proposal]')).to.equal(null);
    // overriding: the organisation says the control applies after all
    await choose(el, field(el, 'A.10.3', en.soaColApplicable), 'yes');
    expect(session.state.response.soa?.['A.10.3']?.applicable).to.equal(true);
  });

  it('sorts by a column header (natural order for ids), with aria-sort', async () => {
    const { el } = await make();
    button(el, en.soaColControl).click();
    await el.updateComplete;
    expect($$(el, 'thead th')[0]!.getAttribute('aria-sort')).to.equal('descending');
    expect(ids(el)).to.deep.equal(['A.10.3', 'A.10.2', 'A.9.2', 'A.2.3', 'A.2.2']);
    button(el, en.soaColStatus).click();
    await el.updateComplete;
    const status = $$(el, 'thead th')[5]!;
    expect(status.getAttribute('aria-sort')).to.equal('ascending');
    expect($$(el, 'thead th')[0]!.hasAttribute('aria-sort')).to.equal(false);
    // implemented, then planned (definition order among equals), then not-applicable; flat, no
    // group rows
    expect(ids(el)).to.deep.equal(['A.2.2', 'A.2.3', 'A.9.2', 'A.10.3', 'A.10.2']);
    expect($$(el, 'th[scope=rowgroup]').length).to.equal(0);
    button(el, en.soaColTitle).click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['A.2.2', 'A.10.3', 'A.2.3', 'A.9.2', 'A.10.2']);
  });

  it('filters by applicability, status and objective, and searches', async () => {
    const { el } = await make();
    const status = () => $(el, '[role=status]').textContent!.trim();
    await choose(el, labelled(el, en.soaColApplicable), 'undecided');
    expect(ids(el)).to.deep.equal(['A.2.3', 'A.9.2', 'A.10.3']);
    expect(status()).to.equal('Showing 3 of 5 controls.');
    await choose(el, labelled(el, en.soaColObjective), 'A.10');
    expect(ids(el)).to.deep.equal(['A.10.3']);
    await choose(el, labelled(el, en.soaColApplicable), '');
    await choose(el, labelled(el, en.soaColStatus), 'not-applicable');
    expect(ids(el)).to.deep.equal(['A.10.2']);
    el.filter = {};
    await el.updateComplete;
    const search = labelled<HTMLInputElement>(el, en.soaSearch);
    search.value = 'SUPPL';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['A.10.2']);
    search.value = 'r-1';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['A.2.2']);
    search.value = 'zzz';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([]);
    expect($(el, 'tbody td[colspan]').textContent).to.contain(en.soaNoMatch);
    button(el, en.soaClearFilters).click();
    await el.updateComplete;
    expect(ids(el).length).to.equal(5);
    expect(status()).to.equal('');
  });

  it('links each gap to its row, clearing filters that hide it', async () => {
    const { el } = await make();
    el.filter = { objective: 'A.2' };
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '[part~=gap]')
      .find((b) => b.textContent!.trim() === 'A.10.3')!
      .click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.filter).to.deep.equal({});
    expect(
      el.shadowRoot!.activeElement === field(el, 'A.10.3', en.soaColApplicable),
      'focused',
    ).to.equal(true);
  });

  it('works with the keyboard: sort, follow a gap, justify an exclusion', async () => {
    const { el, session } = await make();
    const sortButton = button(el, en.soaColControl);
    sortButton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, 'thead th')[0]!.getAttribute('aria-sort')).to.equal('descending');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect($$(el, 'thead th')[0]!.getAttribute('aria-sort')).to.equal('ascending');
    $$<HTMLButtonElement>(el, '[part~=gap]')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const sel = field<HTMLSelectElement>(el, 'A.2.3', en.soaColApplicable);
    expect(el.shadowRoot!.activeElement === sel, 'focused').to.equal(true);
    await choose(el, sel, 'no');
    // focus moved to the justification; type it and leave the field with Tab
    expect(
      el.shadowRoot!.activeElement === field(el, 'A.2.3', en.soaColJustification),
      'focused',
    ).to.equal(true);
    await sendKeys({ type: 'Out of scope' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(session.state.response.soa!['A.2.3']).to.include({
      applicable: false,
      justification: 'Out of scope',
    });
  });

  it('exports CSV, JSON and OSCAL through a cancelable aims-soa-export', async () => {
    const { el } = await make();
    const got: { format: string; filename: string; type: string; content: string }[] = [];
    el.addEventListener('aims-soa-export', (e) => {
      e.preventDefault();
      got.push({ ...e.detail });
    });
    button(el, en.soaExportCsv).click();
    button(el, en.soaExportJson).click();
    button(el, en.soaExportOscal).click();
    expect(got.map((g) => [g.format, g.filename, g.type])).to.deep.equal([
      ['csv', 'soa-test-soa.csv', 'text/csv'],
      ['json', 'soa-test-soa.json', 'application/json'],
      ['oscal', 'soa-test-soa-oscal.json', 'application/json'],
    ]);
    const lines = got[0]!.content.trim().split('\r\n');
    expect(lines[0]).to.equal(
      'control,title,objective,applicable,justification,status,source,owner,risks,evidence',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).to.deep.equal([
      'A.2.2',
      'A.2.3',
      'A.9.2',
      'A.10.2',
      'A.10.3',
    ]);
    const json = JSON.parse(got[1]!.content) as { format: string; controls: { control: string }[] };
    expect(json.format).to.equal('aimskit.soa/1');
    expect(json.controls.length).to.equal(5);
    const oscal = JSON.parse(got[2]!.content) as {
      'component-definition': { metadata: { 'oscal-version': string } };
    };
    expect(oscal['component-definition'].metadata['oscal-version']).to.equal('1.0.6');
  });

  it('is read-only when asked: text instead of controls, nothing to change', async () => {
    const { el } = await make(seeded(), true);
    expect($$(el, 'tbody select, tbody input').length).to.equal(0);
    expect(cellText(el, 'A.2.2', 3)).to.equal(en.soaYes);
    expect(cellText(el, 'A.2.2', 4)).to.equal('Linked to risk R-1');
    expect(cellText(el, 'A.9.2', 3)).to.equal(en.soaUndecided);
    expect(cellText(el, 'A.10.2', 5)).to.equal(en.soaStatusNotApplicable);
  });

  it('shows the session of an enclosing <aims-assessment> and persists decisions in IndexedDB', async () => {
    const key = `soa-${Math.random().toString(36).slice(2)}`;
    const mount = async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <aims-assessment storage-key=${key} .definition=${definition}
            ><aims-soa-table></aims-soa-table
          ></aims-assessment>
        </div>`,
      );
      const a = wrap.querySelector<AimsAssessment>('aims-assessment')!;
      if (!a.session) await oneEvent(a, 'aims-ready');
      const t = wrap.querySelector<AimsSoaTable>('aims-soa-table')!;
      await t.updateComplete;
      return { wrap, a, t };
    };
    const first = await mount();
    expect(first.t.contextSession === first.a.session, 'the session from context').to.equal(true);
    await choose(first.t, field(first.t, 'A.2.3', en.soaColApplicable), 'yes');
    await choose(first.t, field(first.t, 'A.2.3', en.soaColOwner), 'Head of Legal');
    expect(first.a.session!.state.response.soa!['A.2.3']).to.include({
      applicable: true,
      owner: 'Head of Legal',
    });
    await first.a.session!.flush();
    first.wrap.remove();
    await new Promise((r) => setTimeout(r, 50));
    const second = await mount();
    expect(field<HTMLSelectElement>(second.t, 'A.2.3', en.soaColApplicable).value).to.equal('yes');
    expect(field<HTMLInputElement>(second.t, 'A.2.3', en.soaColOwner).value).to.equal(
      'Head of Legal',
    );
    expect(cellText(second.t, 'A.2.3', 6)).to.equal(en.soaSourceDecision);
  });

  it('works inside <aims-assessment storage="memory"> with a built-in definition (38 Annex A controls)', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div>
        <aims-assessment storage="memory" definition="iso42001"
          ><aims-soa-table></aims-soa-table
        ></aims-assessment>
      </div>`,
    );
    const a = wrap.querySelector<AimsAssessment>('aims-assessment')!;
    if (!a.session) await oneEvent(a, 'aims-ready');
    const t = wrap.querySelector<AimsSoaTable>('aims-soa-table')!;
    await t.updateComplete;
    expect($$(t, 'tr[part~=row]').length).to.equal(38);
    expect($$(t, 'th[scope=rowgroup]').length).to.equal(9);
    expect(ids(t)[0]).to.equal('A.2.2');
    expect(ids(t).at(-1)).to.equal('A.10.4');
  });

  it('shows an empty state without a session or without controls', async () => {
    const el = await fixture<AimsSoaTable>(html`<aims-soa-table></aims-soa-table>`);
    expect($(el, '[part~=base]').textContent!.trim()).to.equal(en.noSession);
    const none = parseDefinition({
      format: 'aimskit.definition/1',
      id: 'n',
      version: '1',
      title: 'N',
      scales: [],
      sections: [{ id: 's', title: 'S', questions: [{ id: 't', type: 'text', text: 'T' }] }],
    });
    el.session = createSession({ definition: none });
    await el.updateComplete;
    expect($(el, '[part~=base]').textContent!.trim()).to.equal(en.soaNoControls);
    await expect(el).to.be.accessible();
  });

  it('speaks German with lang="de"', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="de"><aims-soa-table .session=${seeded()}></aims-soa-table></div>`,
    );
    const el = wrap.querySelector<AimsSoaTable>('aims-soa-table')!;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect($(el, 'caption').textContent).to.contain(de.soaCaption).and.contain('SoA-Test');
    expect(cellText(el, 'A.2.2', 6)).to.equal(de.soaSourceRisk);
  });

  it('prints every control as text, without the toolbar', async function () {
    requireMediaEmulation(this);
    const { el } = await make();
    el.filter = { objective: 'A.9' };
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['A.9.2']);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part~=toolbar]')).display).to.equal('none');
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(ids(el).length).to.equal(5);
    expect($$(el, 'tbody select, tbody input, [part~=gap]').length).to.equal(0);
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['A.9.2']);
    expect($$(el, 'tbody select').length).to.be.greaterThan(0);
  });
});
