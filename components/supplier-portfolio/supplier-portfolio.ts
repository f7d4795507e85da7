import { html, nothing, type TemplateResult } from 'lit';
import type { AimsIssue } from '../../src/model/issues.js';
import type { AiRiskClass } from '../../src/scoring/ai-act.js';
import {
  checkPortfolio,
  compareRounds,
  filterPortfolio,
  portfolioObjectives,
  objectiveFigure,
  portfolioToCsv,
  portfolioToday,
  requestStatus,
  signatureStatus,
  sortPortfolio,
  type FigureChange,
  type PortfolioFilter,
  type PortfolioSort,
  type PortfolioSortKey,
  type PortfolioSupplier,
  type SignatureStatus,
} from '../../src/scoring/portfolio.js';
import { AimsElement } from '../base/aims-element.js';
import { addEnglish, type MessageKey } from '../base/i18n.js';
import { shared, tables, tokens } from '../base/styles.js';
import {
  AimsPortfolioErrorEvent,
  AimsPortfolioExportEvent,
  AimsSupplierSelectEvent,
} from './events.js';
import { portfolioEn } from './messages.js';
import { styles } from './supplier-portfolio.styles.js';

addEnglish(portfolioEn);

const SIGNATURE_KEYS = {
  verified: 'portfolioVerified',
  unverified: 'portfolioUnverified',
  unsigned: 'portfolioUnsigned',
} as const satisfies Record<SignatureStatus, MessageKey>;

const CLASS_KEYS = {
  prohibited: 'portfolioClassProhibited',
  high: 'portfolioClassHigh',
  limited: 'portfolioClassLimited',
  minimal: 'portfolioClassMinimal',
  undetermined: 'portfolioClassUndetermined',
} as const satisfies Record<AiRiskClass, MessageKey>;

/** The heat step of a figure 0..100: 0 for none, then 1..4 by quarters. */
const heatOf = (figure: number | null): number =>
  figure === null ? 0 : Math.min(4, Math.floor(figure / 25) + 1);

/**
 * A buyer's portfolio of suppliers: readiness, band and each objective's figure side by side (a
 * heat table whose cells always carry the figure in text), the signature, open follow-ups, due and
 * overdue requests and the AI systems declared; sorting by column, filters, a search by name,
 * the comparison of a supplier's two rounds and a formula-guarded CSV.
 *
 * Fed by `src`, the list route of `aimskit/server` (`GET /api/portfolio`, answering
 * `{ suppliers }`), or by the `suppliers` property (an array of the same shape, from the
 * buyer's own backend). See docs/portfolio.md.
 *
 * @tagname aims-supplier-portfolio
 * @summary Many suppliers' assessments side by side (the buyer's view).
 * @csspart base - the root
 * @csspart toolbar - search, filters and the download button
 * @csspart search - the search field
 * @csspart filter - each filter's select
 * @csspart button - every button
 * @csspart status - the polite line that counts the suppliers shown
 * @csspart table - the portfolio table
 * @csspart row - one supplier's row
 * @csspart supplier - the supplier's name (a button that selects it)
 * @csspart heat - a figure's cell in the heat table
 * @csspart overdue - the text of an overdue request
 * @csspart comparison - the comparison of two rounds
 * @csspart error - why the feed could not be loaded
 * @event aims-supplier-select - the user chose a supplier: `{ request, supplier, response }`
 * @event aims-portfolio-error - the feed from `src` failed or was refused: `{ issues }`
 * @event aims-portfolio-export - cancelable, before the CSV downloads:
 *   `{ filename, type, content }`
 */
export class AimsSupplierPortfolio extends AimsElement {
  static override styles = [tokens, shared, tables, styles];
  static override properties = {
    src: { reflect: true },
    today: {},
    suppliers: { attribute: false },
    apiKey: { attribute: false },
    fetchInit: { attribute: false },
    filter: { attribute: false },
    sort: { attribute: false },
    comparing: { state: true },
    issues: { state: true },
    loading: { state: true },
  };

  /** The server's list route (`/api/portfolio`): fetched when set or changed. */
  declare src?: string;
  /** Today as `YYYY-MM-DD` for the overdue rule; unset: today in UTC. */
  declare today?: string;
  /** The suppliers shown: set by the host, or loaded from `src`. */
  suppliers: readonly PortfolioSupplier[] = [];
  /**
   * The buyer's API key for `src`, sent as `Authorization: Bearer <key>`. For scripts and tools; a
   * browser page should rather use the host's own auth (a session cookie) through `fetchInit`.
   */
  declare apiKey?: string;
  /** Options for the fetch of `src` (`credentials`, `headers`…): the host's own auth goes here. */
  declare fetchInit?: RequestInit;
  /** The filters in effect (search, band, overdue, signed). */
  filter: PortfolioFilter = {};
  /** The column the rows are sorted by, and the direction (`aria-sort` says it too). */
  sort: PortfolioSort = { key: 'supplier', dir: 'ascending' };
  /** The request whose rounds are compared. @internal */
  comparing?: string;
  /** Why the feed from `src` was refused. @internal */
  issues: readonly AimsIssue[] = [];
  /** @internal */
  loading = false;
  private loadProblem = '';
  private fetched?: string;

  private get day(): string {
    return this.today ?? portfolioToday();
  }

  /** The suppliers as shown: filtered, then sorted. */
  get shownSuppliers(): PortfolioSupplier[] {
    const filtered = filterPortfolio(this.suppliers, this.filter, this.day);
    return sortPortfolio(filtered, this.sort, this.day);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (changed.has('src') && this.src && this.src !== this.fetched) this.pending = this.reload();
  }
  /** The load from `src` under way: `updateComplete` waits for it and for the update it makes. */
  private pending?: Promise<void>;
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    while (this.pending) {
      const pending = this.pending;
      await pending;
      if (this.pending === pending) this.pending = undefined;
    }
    return super.getUpdateComplete();
  }

  /** Loads the portfolio from `src` again; the suppliers shown stay when it fails. */
  async reload(): Promise<void> {
    const src = this.src;
    if (!src) return;
    this.fetched = src;
    this.loading = true;
    const headers = new Headers(this.fetchInit?.headers);
    if (this.apiKey) headers.set('authorization', `Bearer ${this.apiKey}`);
    headers.set('accept', 'application/json');
    try {
      const answer = await fetch(src, { ...this.fetchInit, headers });
      if (!answer.ok) throw new Error(`HTTP ${answer.status} from ${src}`);
      const body = (await answer.json()) as unknown;
      // A newer src was set while this one loaded: its answer is the one to show.
      if (this.fetched !== src) return;
      const suppliers = (body as { suppliers?: unknown } | null)?.suppliers;
      const issues = Array.isArray(suppliers)
        ? checkPortfolio(suppliers, ['suppliers'])
        : [{ path: 'suppliers', message: 'the answer has no "suppliers" list' }];
      this.issues = issues;
      this.loadProblem = '';
      if (issues.length) this.emit(new AimsPortfolioErrorEvent({ issues }));
      else this.suppliers = suppliers as PortfolioSupplier[];
    } catch (error) {
      if (this.fetched !== src) return;
      this.loadProblem = error instanceof Error ? error.message : String(error);
      this.issues = [];
      this.emit(new AimsPortfolioErrorEvent({ issues: [{ path: '', message: this.loadProblem }] }));
    } finally {
      if (this.fetched === src) this.loading = false;
    }
  }

  /** Sorts by a column; the same column again turns the direction. */
  sortBy(key: PortfolioSortKey): void {
    const turn = this.sort.key === key && this.sort.dir === 'ascending';
    this.sort = { key, dir: turn ? 'descending' : 'ascending' };
  }

  private setFilter(change: Partial<Record<keyof PortfolioFilter, string | boolean | undefined>>) {
    const next: Record<string, unknown> = { ...this.filter, ...change };
    for (const key of Object.keys(next))
      if (next[key] === undefined || next[key] === '') delete next[key];
    this.filter = next as PortfolioFilter;
  }

  private select(supplier: PortfolioSupplier): void {
    const { request, latest } = supplier;
    const response = latest?.id ?? null;
    this.emit(
      new AimsSupplierSelectEvent({ request: request.id, supplier: request.supplier, response }),
    );
  }

  /** Emits `aims-portfolio-export` and, unless prevented, downloads the shown suppliers as CSV. */
  download(): void {
    const content = portfolioToCsv(this.shownSuppliers, this.day);
    const type = 'text/csv';
    const filename = `portfolio-${this.day}.csv`;
    if (!this.emit(new AimsPortfolioExportEvent({ filename, type, content }))) return;
    const blob = new Blob(['\uFEFF', content], { type: `${type};charset=utf-8` });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  private async compare(id: string | undefined): Promise<void> {
    const before = this.comparing;
    this.comparing = id;
    await this.updateComplete;
    const target = id
      ? this.renderRoot.querySelector<HTMLElement>('[part~=comparison] h3')
      : this.renderRoot.querySelector<HTMLElement>(`[data-compare="${before}"]`);
    target?.focus();
  }

  private number(value: number): string {
    return value.toLocaleString(this.effectiveLocale, { maximumFractionDigits: 1 });
  }
  private figure(value: number | null): string {
    return value === null ? this.msg('portfolioNoFigure') : this.number(value);
  }

  private sortHeader(key: PortfolioSortKey, name: string): TemplateResult {
    const sorted = this.sort.key === key;
    const arrow = sorted ? (this.sort.dir === 'ascending' ? ' ▲' : ' ▼') : '';
    return html`<th scope="col" aria-sort=${sorted ? this.sort.dir : nothing}>
      <button type="button" class="sort" part="button" @click=${() => this.sortBy(key)}>
        ${name}<span aria-hidden="true">${arrow}</span>
      </button>
    </th>`;
  }

  private renderToolbar(bands: readonly string[]): TemplateResult {
    const { search = '', band = '', overdue, signed } = this.filter;
    const choice = (value: boolean | undefined) => (value === undefined ? '' : String(value));
    const asFlag = (value: string) => (value === '' ? undefined : value === 'true');
    return html`<div part="toolbar">
      <label>
        ${this.msg('portfolioSearch')}
        <input
          type="search"
          part="search"
          .value=${search}
          @input=${(event: Event) =>
            this.setFilter({ search: (event.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        ${this.msg('portfolioFilterBand')}
        <select
          part="filter"
          name="band"
          @change=${(event: Event) =>
            this.setFilter({ band: (event.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${band === ''}>${this.msg('portfolioAll')}</option>
          ${bands.map(
            (name) => html`<option value=${name} ?selected=${band === name}>${name}</option>`,
          )}
        </select>
      </label>
      <label>
        ${this.msg('portfolioFilterOverdue')}
        <select
          part="filter"
          name="overdue"
          @change=${(event: Event) =>
            this.setFilter({ overdue: asFlag((event.target as HTMLSelectElement).value) })}
        >
          <option value="" ?selected=${choice(overdue) === ''}>${this.msg('portfolioAll')}</option>
          <option value="true" ?selected=${overdue === true}>
            ${this.msg('portfolioOnlyOverdue')}
          </option>
          <option value="false" ?selected=${overdue === false}>
            ${this.msg('portfolioNotOverdue')}
          </option>
        </select>
      </label>
      <label>
        ${this.msg('portfolioFilterSigned')}
        <select
          part="filter"
          name="signed"
          @change=${(event: Event) =>
            this.setFilter({ signed: asFlag((event.target as HTMLSelectElement).value) })}
        >
          <option value="" ?selected=${choice(signed) === ''}>${this.msg('portfolioAll')}</option>
          <option value="true" ?selected=${signed === true}>
            ${this.msg('portfolioOnlySigned')}
          </option>
          <option value="false" ?selected=${signed === false}>
            ${this.msg('portfolioOnlyUnsigned')}
          </option>
        </select>
      </label>
      <button type="button" class="btn" part="button" @click=${() => this.download()}>
        ${this.msg('portfolioExportCsv')}
      </button>
    </div>`;
  }

  private renderDue(supplier: PortfolioSupplier): TemplateResult | string {
    const status = requestStatus(supplier, this.day);
    const date = supplier.request.dueDate ?? '';
    if (status === 'overdue')
      return html`<span class="overdue" part="overdue">
        ${this.msg('portfolioOverdue', { date })}
      </span>`;
    if (status === 'due') return this.msg('portfolioDue', { date });
    if (status === 'open') return this.msg('portfolioOpen');
    return this.msg('portfolioAnswered', { date: supplier.latest!.receivedAt.slice(0, 10) });
  }

  private renderSystems(supplier: PortfolioSupplier): TemplateResult | string {
    const systems = supplier.latest?.systems;
    if (!systems) return '';
    if (!systems.length) return this.msg('portfolioNone');
    return html`<ul class="systems">
      ${systems.map(
        (system) => html`<li>${system.name} (${this.msg(CLASS_KEYS[system.class])})</li>`,
      )}
    </ul>`;
  }

  private renderRow(supplier: PortfolioSupplier, objectiveIds: readonly string[]): TemplateResult {
    const { request, latest } = supplier;
    const comparison = compareRounds(supplier);
    const heat = (value: number | null) =>
      html`<td class="figure" part="heat" data-heat=${heatOf(value)}>${this.figure(value)}</td>`;
    return html`<tr part="row" data-request=${request.id}>
      <th scope="row">
        <button
          type="button"
          class="link supplier"
          part="supplier"
          @click=${() => this.select(supplier)}
        >
          ${request.supplier}
        </button>
      </th>
      ${latest ? heat(latest.readiness) : html`<td>${this.msg('portfolioNotAnswered')}</td>`}
      <td>${latest?.band ?? ''}</td>
      ${objectiveIds.map((id) => (latest ? heat(objectiveFigure(supplier, id)) : html`<td></td>`))}
      <td>${latest ? this.msg(SIGNATURE_KEYS[signatureStatus(latest)]) : ''}</td>
      <td class="figure">${latest ? this.number(latest.followUps) : ''}</td>
      <td>${this.renderDue(supplier)}</td>
      <td>${this.renderSystems(supplier)}</td>
      <td>
        ${this.number(supplier.rounds)}
        ${
          comparison
            ? html`<button
                type="button"
                class="link"
                part="button"
                data-compare=${request.id}
                aria-expanded=${this.comparing === request.id ? 'true' : 'false'}
                @click=${() => this.compare(this.comparing === request.id ? undefined : request.id)}
              >
                ${this.msg('portfolioCompare', {
                  previous: comparison.previousRound,
                  latest: comparison.latestRound,
                })}
              </button>`
            : nothing
        }
      </td>
    </tr>`;
  }

  private change(value: number | null): string {
    if (value === null) return this.msg('portfolioNoFigure');
    const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
    return `${sign}${this.number(Math.abs(value))}`;
  }

  private renderComparison(): TemplateResult | typeof nothing {
    const supplier = this.suppliers.find((entry) => entry.request.id === this.comparing);
    const comparison = supplier ? compareRounds(supplier) : null;
    if (!supplier || !comparison) return nothing;
    const rounds = { previous: comparison.previousRound, latest: comparison.latestRound };
    const line = (name: string, figures: FigureChange) =>
      html`<tr>
        <th scope="row">${name}</th>
        <td class="figure">${this.figure(figures.previous)}</td>
        <td class="figure">${this.figure(figures.latest)}</td>
        <td class="figure">${this.change(figures.change)}</td>
      </tr>`;
    return html`<section part="comparison" aria-labelledby="compare-title">
      <h3 id="compare-title" tabindex="-1">
        ${this.msg('portfolioCompareTitle', { supplier: supplier.request.supplier, ...rounds })}
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">${this.msg('portfolioColFigure')}</th>
            <th scope="col">${this.msg('portfolioColRound', { round: rounds.previous })}</th>
            <th scope="col">${this.msg('portfolioColRound', { round: rounds.latest })}</th>
            <th scope="col">${this.msg('portfolioColChange')}</th>
          </tr>
        </thead>
        <tbody>
          ${line(this.msg('portfolioOverall'), comparison.readiness)}
          ${comparison.objectives.map((objective) =>
            line(objective.title ? `${objective.id} ${objective.title}` : objective.id, objective),
          )}
        </tbody>
      </table>
      <button type="button" class="btn" part="button" @click=${() => this.compare(undefined)}>
        ${this.msg('portfolioCompareClose')}
      </button>
    </section>`;
  }

  private renderProblems(): TemplateResult | typeof nothing {
    if (this.loadProblem)
      return html`<p class="error" part="error" role="alert">
        ${this.msgEn('portfolioLoadError', { problem: this.loadProblem })}
      </p>`;
    if (!this.issues.length) return nothing;
    return html`<div class="error" part="error" role="alert">
      <p>${this.msg('portfolioFeedError', { count: this.issues.length })}</p>
      <ul lang="en">
        ${this.issues
          .slice(0, 20)
          .map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
      </ul>
    </div>`;
  }

  override render(): TemplateResult {
    const objectives = portfolioObjectives(this.suppliers);
    const objectiveIds = objectives.map((objective) => objective.id);
    const bandSet = new Set<string>();
    for (const supplier of this.suppliers)
      if (supplier.latest?.band) bandSet.add(supplier.latest.band);
    const bands = [...bandSet].sort();
    const shown = this.shownSuppliers;
    const total = this.suppliers.length;
    const columns = 8 + objectiveIds.length;
    const showing = this.msg('portfolioShowing', { shown: shown.length, total });
    let emptyText = '';
    if (!total) emptyText = this.msg(this.loading ? 'portfolioLoading' : 'portfolioEmpty');
    else if (!shown.length) emptyText = this.msg('portfolioNoMatch');
    return html`<div part="base" class="base">
      ${this.renderProblems()} ${this.renderToolbar(bands)}
      <p part="status" role="status">${this.loading ? this.msg('portfolioLoading') : showing}</p>
      <div class="scroll">
        <table part="table">
          <caption>
            ${this.msg('portfolioCaption')}
          </caption>
          <thead>
            <tr>
              ${this.sortHeader('supplier', this.msg('portfolioColSupplier'))}
              ${this.sortHeader('readiness', this.msg('portfolioColReadiness'))}
              ${this.sortHeader('band', this.msg('portfolioColBand'))}
              ${objectives.map((objective) =>
                this.sortHeader(
                  `objective:${objective.id}`,
                  objective.title ? `${objective.id} ${objective.title}` : objective.id,
                ),
              )}
              ${this.sortHeader('signature', this.msg('portfolioColSignature'))}
              ${this.sortHeader('followUps', this.msg('portfolioColFollowUps'))}
              ${this.sortHeader('due', this.msg('portfolioColDue'))}
              <th scope="col">${this.msg('portfolioColSystems')}</th>
              <th scope="col">${this.msg('portfolioColRounds')}</th>
            </tr>
          </thead>
          <tbody>
            ${
              emptyText
                ? html`<tr>
                    <td colspan=${columns}>${emptyText}</td>
                  </tr>`
                : shown.map((supplier) => this.renderRow(supplier, objectiveIds))
            }
          </tbody>
        </table>
      </div>
      ${this.renderComparison()}
    </div>`;
  }
}
