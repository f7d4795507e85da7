import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/supplier-portfolio/define.js';
import type { AimsSupplierPortfolio } from '../../components/supplier-portfolio/supplier-portfolio.js';
import { en } from '../../components/base/messages/en.js';
import { de } from '../../components/base/messages/de.js';
import type { PortfolioSupplier } from '../../src/scoring/portfolio.js';
import { $, $$ } from './fixtures.js';

const FIXTURE = '/test/fixtures/portfolio.json';
const TODAY = '2026-12-01';

async function feed(): Promise<PortfolioSupplier[]> {
  const answer = await fetch(FIXTURE);
  return ((await answer.json()) as { suppliers: PortfolioSupplier[] }).suppliers;
}

async function make(): Promise<AimsSupplierPortfolio> {
  const suppliers = await feed();
  return fixture<AimsSupplierPortfolio>(
    html`<aims-supplier-portfolio
      today=${TODAY}
      .suppliers=${suppliers}
    ></aims-supplier-portfolio>`,
  );
}

const names = (el: AimsSupplierPortfolio) =>
  $$(el, 'tbody [part~=supplier]').map((button) => button.textContent!.trim());
const row = (el: AimsSupplierPortfolio, request: string) => $(el, `tr[data-request="${request}"]`);
const inRow = (el: AimsSupplierPortfolio, request: string, selector: string) =>
  row(el, request).querySelector<HTMLElement>(selector)!;
const cells = (el: AimsSupplierPortfolio, request: string) =>
  [...row(el, request).querySelectorAll('th, td')].map((cell) =>
    cell.textContent!.replace(/\s+/g, ' ').trim(),
  );
const headerButton = (el: AimsSupplierPortfolio, name: string) =>
  $$<HTMLButtonElement>(el, 'thead button').find((button) => button.textContent!.includes(name))!;
const select = (el: AimsSupplierPortfolio, name: string) =>
  $<HTMLSelectElement>(el, `select[name="${name}"]`);
async function choose(el: AimsSupplierPortfolio, name: string, value: string) {
  const field = select(el, name);
  field.value = value;
  field.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<aims-supplier-portfolio>', () => {
  it('shows each supplier from the property, the heat table in text, sorted by name', async () => {
    const el = await make();
    expect(names(el)).to.deep.equal([
      '=Bolt Robotics',
      'Acme Analytics',
      'Cobalt Cloud',
      'Delta Data',
    ]);
    const headers = $$(el, 'thead th').map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(headers).to.deep.equal([
      'Supplier ▲',
      'Readiness',
      'Band',
      'A.2 Policies',
      'A.6 Life cycle',
      'Signature',
      'Open follow-ups',
      'Request',
      'AI systems',
      'Rounds',
    ]);
    expect(cells(el, 'req-acme').slice(0, 9)).to.deep.equal([
      'Acme Analytics',
      '72.5',
      'managed',
      '80',
      '65',
      en.portfolioVerified,
      '1',
      'Answered 2026-11-20',
      'Churn model (limited risk)',
    ]);
    const cobalt = cells(el, 'req-cobalt');
    expect(cobalt.slice(1, 7)).to.deep.equal([
      '38',
      'initial',
      '30',
      en.portfolioNoFigure,
      en.portfolioUnsigned,
      '0',
    ]);
    const systems = [...row(el, 'req-cobalt').querySelectorAll('li')].map(
      (item) => item.textContent,
    );
    expect(systems).to.deep.equal(['Hiring screener (high risk)', 'Chat helper (limited risk)']);
    // The tint follows the figure, and every tinted cell says its figure.
    const heat = [...row(el, 'req-acme').querySelectorAll<HTMLElement>('[part~=heat]')];
    expect(heat.map((cell) => cell.dataset['heat'])).to.deep.equal(['3', '4', '3']);
    for (const cell of $$(el, '[part~=heat]')) expect(cell.textContent!.trim()).not.to.equal('');
    expect($(el, '[part~=status]').textContent).to.contain('Showing 4 of 4 suppliers.');
    await expect(el).to.be.accessible();
  });

  it('keeps the heat table readable in the dark theme', async () => {
    const el = await make();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('marks overdue requests in text, with today as given', async () => {
    const el = await make();
    expect(cells(el, 'req-bolt')[1]).to.equal(en.portfolioNotAnswered);
    expect(inRow(el, 'req-bolt', '[part~=overdue]').textContent!.trim()).to.equal(
      'Overdue since 2026-11-15',
    );
    expect(cells(el, 'req-delta')).to.include('Due 2027-01-15');
    el.today = '2026-11-10';
    await el.updateComplete;
    expect($$(el, '[part~=overdue]').length).to.equal(0);
    expect(cells(el, 'req-bolt')).to.include('Due 2026-11-15');
  });

  it('loads from src, and keeps what it shows when a feed is refused, naming the paths', async () => {
    const el = await fixture<AimsSupplierPortfolio>(
      html`<aims-supplier-portfolio today=${TODAY} src=${FIXTURE}></aims-supplier-portfolio>`,
    );
    await el.updateComplete;
    expect(names(el).length).to.equal(4);
    expect(el.issues).to.deep.equal([]);
    const refused = oneEvent(el, 'aims-portfolio-error');
    el.src = '/test/fixtures/portfolio-invalid.json';
    const event = await refused;
    await el.updateComplete;
    expect(event.detail.issues.map((issue: { path: string }) => issue.path)).to.deep.equal([
      'suppliers[0].request.dueDate',
    ]);
    expect($(el, '[part~=error]').textContent).to.contain('suppliers[0].request.dueDate');
    expect(names(el).length).to.equal(4);
    const missing = oneEvent(el, 'aims-portfolio-error');
    el.src = '/test/fixtures/portfolio-missing.json';
    await missing;
    await el.updateComplete;
    expect($(el, '[part~=error]').textContent).to.contain('HTTP 404');
    await expect(el).to.be.accessible();
  });

  it('sorts by any column with aria-sort, missing figures last', async () => {
    const el = await make();
    headerButton(el, en.portfolioColReadiness).click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal([
      'Cobalt Cloud',
      'Acme Analytics',
      '=Bolt Robotics',
      'Delta Data',
    ]);
    const readinessHeader = $$(el, 'thead th')[1]!;
    expect(readinessHeader.getAttribute('aria-sort')).to.equal('ascending');
    expect($$(el, 'thead th')[0]!.hasAttribute('aria-sort')).to.equal(false);
    headerButton(el, en.portfolioColReadiness).click();
    await el.updateComplete;
    expect(readinessHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(names(el).slice(0, 2)).to.deep.equal(['Acme Analytics', 'Cobalt Cloud']);
    headerButton(el, 'A.2 Policies').click();
    await el.updateComplete;
    expect(names(el).slice(0, 2)).to.deep.equal(['Cobalt Cloud', 'Acme Analytics']);
    headerButton(el, en.portfolioColDue).click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('=Bolt Robotics');
  });

  it('filters by band, overdue and signature, and searches by name', async () => {
    const el = await make();
    const bands = [...select(el, 'band').options].map((option) => option.value);
    expect(bands).to.deep.equal(['', 'initial', 'managed']);
    await choose(el, 'band', 'managed');
    expect(names(el)).to.deep.equal(['Acme Analytics']);
    await choose(el, 'band', '');
    await choose(el, 'overdue', 'true');
    expect(names(el)).to.deep.equal(['=Bolt Robotics']);
    await choose(el, 'overdue', 'false');
    await choose(el, 'signed', 'false');
    expect(names(el)).to.deep.equal(['Cobalt Cloud', 'Delta Data']);
    await choose(el, 'signed', '');
    await choose(el, 'overdue', '');
    const search = $<HTMLInputElement>(el, '[part~=search]');
    search.value = 'CLOUD';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Cobalt Cloud']);
    expect($(el, '[part~=status]').textContent).to.contain('Showing 1 of 4 suppliers.');
    search.value = 'nobody';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, 'tbody').textContent).to.contain(en.portfolioNoMatch);
    await expect(el).to.be.accessible();
  });

  it('downloads the shown suppliers as formula-guarded CSV', async () => {
    const el = await make();
    const exported = oneEvent(el, 'aims-portfolio-export');
    el.addEventListener('aims-portfolio-export', (event) => event.preventDefault());
    $$<HTMLButtonElement>(el, '[part~=toolbar] button')[0]!.click();
    const { detail } = await exported;
    expect(detail.filename).to.equal('portfolio-2026-12-01.csv');
    const lines = detail.content.split('\r\n');
    expect(lines[0]).to.match(/^request,supplier,.*,objective_A\.2,objective_A\.6$/);
    expect(lines[1]).to.match(
      /^req-bolt,'=Bolt Robotics,aimskit\.supplier,1\.0\.0,2026-11-15,overdue,/,
    );
    expect(lines[2]).to.contain(',72.5,managed,1,verified,1,Churn model (limited),80,65');
    expect(lines.length).to.equal(6);
  });

  it('compares the two rounds a supplier has, and returns focus', async () => {
    const el = await make();
    expect($$(el, '[data-compare]').map((button) => button.dataset['compare'])).to.deep.equal([
      'req-acme',
    ]);
    const open = $<HTMLButtonElement>(el, '[data-compare="req-acme"]');
    expect(open.textContent!.trim()).to.equal('Compare rounds 1 and 2');
    open.click();
    await el.updateComplete;
    const panel = $(el, '[part~=comparison]');
    expect(el.shadowRoot!.activeElement).to.equal(panel.querySelector('h3'));
    const lines = [...panel.querySelectorAll('tbody tr')].map((line) =>
      [...line.children].map((cell) => cell.textContent!.trim()),
    );
    expect(lines).to.deep.equal([
      [en.portfolioOverall, '55', '72.5', '+17.5'],
      ['A.2 Policies', '60', '80', '+20'],
      ['A.6 Life cycle', '50', '65', '+15'],
    ]);
    expect(open.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    panel.querySelector('button')!.click();
    await el.updateComplete;
    expect($$(el, '[part~=comparison]').length).to.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-compare="req-acme"]'));
  });

  it('emits a typed aims-supplier-select when a supplier is chosen', async () => {
    const el = await make();
    const chosen = oneEvent(el, 'aims-supplier-select');
    inRow(el, 'req-acme', '[part~=supplier]').click();
    expect((await chosen).detail).to.deep.equal({
      request: 'req-acme',
      supplier: 'Acme Analytics',
      response: 'resp-acme-2',
    });
    const unanswered = oneEvent(el, 'aims-supplier-select');
    inRow(el, 'req-bolt', '[part~=supplier]').click();
    expect((await unanswered).detail.response).to.equal(null);
  });

  it('works from the keyboard: sort, choose a supplier, compare', async () => {
    const el = await make();
    headerButton(el, en.portfolioColReadiness).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, 'thead th')[1]!.getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect($$(el, 'thead th')[1]!.getAttribute('aria-sort')).to.equal('descending');
    inRow(el, 'req-acme', '[part~=supplier]').focus();
    const chosen = oneEvent(el, 'aims-supplier-select');
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail.request).to.equal('req-acme');
    // The comparison button is the next stop in the row.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[data-compare="req-acme"]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.tagName).to.equal('H3');
  });

  it('speaks German with lang="de"', async () => {
    const suppliers = await feed();
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="de">
        <aims-supplier-portfolio today=${TODAY} .suppliers=${suppliers}></aims-supplier-portfolio>
      </div>`,
    );
    const el = wrap.querySelector<AimsSupplierPortfolio>('aims-supplier-portfolio')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect($(el, 'caption').textContent!.trim()).to.equal(de.portfolioCaption);
    expect(cells(el, 'req-acme')[1]).to.equal('72,5');
    expect(cells(el, 'req-acme')[5]).to.equal(de.portfolioVerified);
    expect(inRow(el, 'req-bolt', '[part~=overdue]').textContent!.trim()).to.equal(
      'Überfällig seit 2026-11-15',
    );
    expect(cells(el, 'req-cobalt')[8]).to.contain('hohes Risiko');
    await expect(el).to.be.accessible();
  });
});
