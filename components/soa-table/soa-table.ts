import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { consume } from '@lit/context';
import { localize, type ImplementationStatus, type SoaDecision } from '../../src/model/index.js';
import { soaCompleteness, type SoaCompleteness } from '../../src/scoring/soa.js';
import { soaRows, soaToCsv, soaToJson, soaToOscal, type SoaRow } from '../../src/io/soa-export.js';
import type { AssessmentSession } from '../../src/session/types.js';
import { AimsElement } from '../base/aims-element.js';
import { sessionContext } from '../base/context.js';
import { SessionController } from '../base/session-controller.js';
import { shared, tokens } from '../base/styles.js';
import type { MessageKey } from '../base/i18n.js';
import { AimsSoaChangeEvent, AimsSoaExportEvent, type SoaDecisionDetail, type SoaExportFormat } from './events.js';
import { renderRow, statusText, type RowHost } from './row-view.js';
import { filterRows, groupRows, sortRows, STATUS_ORDER, type SoaFilter, type SoaSort, type SortKey } from './soa-view.js';
import { styles } from './soa-table.styles.js';

const COLUMNS: readonly [string, MessageKey, SortKey | null][] = [
  ['control', 'soaColControl', 'control'], ['title', 'soaColTitle', 'title'], ['objective', 'soaColObjective', 'objective'],
  ['applicable', 'soaColApplicable', 'applicable'], ['justification', 'soaColJustification', null], ['status', 'soaColStatus', 'status'],
  ['source', 'soaColSource', 'source'], ['owner', 'soaColOwner', 'owner'], ['risks', 'soaColRisks', 'risks'], ['evidence', 'soaColEvidence', 'evidence'],
];
/** Rows rendered per task: a long table grows in steps, so that no sort or filter blocks the page for long. */
const CHUNK = 100;
const sameRow = (a: SoaRow, b: SoaRow) => (Object.keys(a) as (keyof SoaRow)[]).every((k) => {
  const x = a[k], y = b[k];
  return Array.isArray(x) && Array.isArray(y) ? x.join('\n') === y.join('\n') : x === y;
});
const TYPES: Record<SoaExportFormat, [string, string]> = { csv: ['text/csv', '-soa.csv'], json: ['application/json', '-soa.json'], oscal: ['application/json', '-soa-oscal.json'] };

/** A decision without its stamp and empty fields; null when nothing is left. */
function clean(d: SoaDecisionDetail): SoaDecisionDetail | null {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) if (v !== undefined && k !== 'updatedAt') out[k] = v;
  return Object.keys(out).length ? (out as SoaDecisionDetail) : null;
}

/**
 * The Statement of Applicability: every Annex A control with its applicability, justification, implementation
 * status (OSCAL words), the source of the decision, owner, linked risks and evidence. The team decides inline;
 * excluding a control needs a justification first. Sort by any column, filter, search; export CSV, JSON, OSCAL.
 *
 * @tagname aims-soa-table
 * @summary The Statement of Applicability, editable, with exports.
 * @csspart base - the root
 * @csspart summary - the completeness summary
 * @csspart gap - a link in the summary to an undecided or unjustified control
 * @csspart toolbar - filters, search and export buttons
 * @csspart button - every button
 * @csspart table - the table
 * @csspart row - one control's row
 * @csspart group - an objective's heading row
 * @csspart error - the message of a refused change
 * @cssprop [--aims-soa-table-max-height=none] - height of the scrolling table area
 * @event aims-soa-change - the user changed a decision: `{ control, decision }` (`decision: null`: removed)
 * @event aims-soa-export - cancelable, before a download: `{ format, filename, type, content }`
 */
export class AimsSoaTable extends AimsElement implements RowHost {
  static override styles = [tokens, shared, styles];

  /** The session to show; defaults to the one provided by an enclosing `<aims-assessment>`. */
  @property({ attribute: false }) session?: AssessmentSession;
  /** The session from context (set by `<aims-assessment>`). @internal */
  @consume({ context: sessionContext, subscribe: true }) @state() contextSession?: AssessmentSession;
  /** Shows the SoA without editing controls. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** The sort: `{ key, dir }` (default: by control, ascending, grouped by objective). */
  @property({ attribute: false }) sort: SoaSort = { key: 'control', dir: 'ascending' };
  /** The filters and search. */
  @property({ attribute: false }) filter: SoaFilter = {};

  @state() private errors = new Map<string, string>();
  @state() private pending = new Set<string>();
  @state() private printing = false;
  /** How many of the shown rows are rendered (grows by CHUNK per task up to all). */
  @state() private limit = CHUNK;
  private more?: ReturnType<typeof setTimeout>;
  private readonly sc = new SessionController(this);
  private cache?: { key: unknown; locale: string; rows: SoaRow[]; done: SoaCompleteness };
  private readonly onPrint = (e: Event) => { this.printing = e.type === 'beforeprint'; };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
  }

  /** Every row (unfiltered, definition order) and the completeness, for the current snapshot. */
  get rows(): readonly SoaRow[] { return this.derived()?.rows ?? []; }
  private derived() {
    const snap = this.sc.state;
    if (!snap) return undefined;
    const locale = this.effectiveLocale;
    if (this.cache?.key !== snap.response || this.cache.locale !== locale) {
      // Unchanged rows keep their identity, so that their rendering is skipped (guard).
      const old = new Map(this.cache?.rows.map((r) => [r.control, r]));
      const rows = soaRows(snap.definition, snap.response, { locale, visible: snap.visible }).map((r) => {
        const o = old.get(r.control);
        return o && sameRow(o, r) ? o : r;
      });
      this.cache = { key: snap.response, locale, rows, done: soaCompleteness(rows) };
    }
    return this.cache;
  }

  decisionOf(control: string): SoaDecision | undefined {
    const soa = this.sc.state?.response.soa;
    return soa && Object.prototype.hasOwnProperty.call(soa, control) ? soa[control] : undefined;
  }
  errorOf(control: string) { return this.errors.get(control); }
  pendingExclusion(control: string) { return this.pending.has(control); }

  private setError(control: string, message?: string, pending?: boolean) {
    const e = new Map(this.errors), p = new Set(this.pending);
    if (message) e.set(control, message); else e.delete(control);
    if (pending) p.add(control); else if (pending === false) p.delete(control);
    (this.errors = e), (this.pending = p);
  }

  /** Writes a decision (merged over the current one) and emits `aims-soa-change`; false when refused. */
  private decide(control: string, change: SoaDecisionDetail): boolean {
    const s = this.sc.session;
    if (!s || this.readonly) return false;
    const decision = clean({ ...this.decisionOf(control), ...change });
    try {
      s.dispatch({ type: 'soa', control, decision });
    } catch (e) {
      this.setError(control, this.msg('errorAction', { problem: (e as Error).message }));
      return false;
    }
    this.setError(control, undefined, false);
    this.emit(new AimsSoaChangeEvent({ control, decision }));
    return true;
  }

  setApplicable(r: SoaRow, value: string): void {
    if (value === 'no') {
      const d = this.decisionOf(r.control);
      const why = (d?.justification ?? (r.applicable === false ? r.justification : '')).trim();
      if (!why) {
        this.setError(r.control, this.msg('soaErrorExclude'), true);
        void this.focusField(r.control, 'justification');
        return;
      }
      this.decide(r.control, { applicable: false, justification: why });
      return;
    }
    const applicable = value === 'yes' ? true : undefined;
    const d = this.decisionOf(r.control);
    const justification = d?.justification ?? (applicable !== undefined && r.applicable === applicable && r.justification ? r.justification : undefined);
    this.decide(r.control, { applicable, justification });
  }
  setJustification(r: SoaRow, value: string): void {
    const text = value.trim();
    const excluded = this.pending.has(r.control) || r.applicable === false;
    if (excluded && !text) {
      this.setError(r.control, this.msg('soaErrorExclude'), this.pending.has(r.control));
      return;
    }
    const d = this.decisionOf(r.control);
    const applicable = this.pending.has(r.control) ? false : typeof d?.applicable === 'boolean' ? d.applicable : r.applicable ?? undefined;
    this.decide(r.control, { applicable, justification: text || undefined });
  }
  setStatus(r: SoaRow, value: string): void {
    this.decide(r.control, { status: (value || undefined) as ImplementationStatus | undefined });
  }
  setOwner(r: SoaRow, value: string): void {
    this.decide(r.control, { owner: value.trim() || undefined });
  }

  /** Shows a control's row (clearing filters that hide it) and focuses one of its fields. */
  async focusField(control: string, field: 'applicable' | 'justification' | 'status' | 'owner' = 'applicable'): Promise<boolean> {
    if (!this.rows.some((r) => r.control === control)) return false;
    if (!filterRows(this.rows, this.filter).some((r) => r.control === control)) this.filter = {};
    this.limit = Infinity;
    await this.updateComplete;
    const row = [...this.renderRoot.querySelectorAll<HTMLElement>('tr[data-control]')].find((t) => t.dataset.control === control);
    const target = row?.querySelector<HTMLElement>(`[data-field="${field}"]`) ?? row?.querySelector('th');
    if (!target) return false;
    if (target.tagName === 'TH') target.tabIndex = -1;
    target.focus();
    return true;
  }

  /** The SoA in a format: CSV text, or JSON text (aimskit's `aimskit.soa/1` or an OSCAL component definition). */
  exportAs(format: SoaExportFormat, now: Date = new Date()): string {
    const snap = this.sc.state;
    if (!snap) return '';
    const o = { locale: this.effectiveLocale, visible: snap.visible, now };
    if (format === 'csv') return soaToCsv(snap.definition, snap.response, o);
    return JSON.stringify(format === 'json' ? soaToJson(snap.definition, snap.response, o) : soaToOscal(snap.definition, snap.response, o), null, 2);
  }

  /** Emits `aims-soa-export` and, unless prevented, downloads the file (CSV with a byte order mark for spreadsheets). */
  download(format: SoaExportFormat): void {
    const snap = this.sc.state;
    if (!snap) return;
    const [type, suffix] = TYPES[format];
    const content = this.exportAs(format), filename = snap.definition.id + suffix;
    if (!this.emit(new AimsSoaExportEvent({ format, filename, type, content }))) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([format === 'csv' ? '\uFEFF' : '', content], { type: `${type};charset=utf-8` }));
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if ((changed.has('sort') || changed.has('filter')) && !changed.has('limit') && this.hasUpdated) this.limit = CHUNK;
  }
  protected override updated(): void {
    clearTimeout(this.more);
    if (!this.printing && this.limit < this.rows.length) this.more = setTimeout(() => { this.limit += CHUNK; }, 0);
  }
  /** Resolves when every shown row is rendered (a long table renders in steps of 100 rows). */
  async allRendered(): Promise<void> {
    while ((await this.updateComplete, this.limit < this.rows.length && !this.printing)) await new Promise((r) => setTimeout(r, 0));
  }

  private setFilter(change: Partial<SoaFilter>) { this.filter = { ...this.filter, ...change }; }
  private sortBy(key: SortKey) {
    this.sort = { key, dir: this.sort.key === key && this.sort.dir === 'ascending' ? 'descending' : 'ascending' };
  }

  private renderSummary(done: SoaCompleteness) {
    const gap = (ids: readonly string[], label: MessageKey, field: 'applicable' | 'justification') => ids.length ? html`<p>${this.msg(label)}:
      ${ids.map((c) => html`<button type="button" class="link" part="gap" @click=${() => this.focusField(c, field)}>${c}</button> `)}</p>` : nothing;
    return html`<section part="summary" class="summary" aria-labelledby="sum-h">
      <h3 id="sum-h" class="vh">${this.msg('soaSummary')}</h3>
      <ul class="counts">
        <li>${this.msg('soaDecided', { n: done.decided, total: done.total })}</li>
        <li>${this.msg('soaJustified', { n: done.justified, total: done.decided })}</li>
        <li>${this.msg('soaImplemented', { n: done.implemented, total: done.total })}</li>
      </ul>
      ${done.complete ? html`<p>${this.msg('soaComplete')}</p>` : nothing}
      ${this.printing ? nothing : [gap(done.undecided, 'soaGapUndecided', 'applicable'), gap(done.unjustified, 'soaGapUnjustified', 'justification')]}
    </section>`;
  }

  private renderToolbar(rows: readonly SoaRow[]) {
    const f = this.filter;
    const objectives = [...new Map(rows.map((r) => [r.objective, r.objectiveTitle])).entries()].filter(([o]) => o);
    const sel = (id: string, label: MessageKey, value: string, opts: [string, string][], key: keyof SoaFilter) => html`<label>${this.msg(label)}
      <select id=${id} .value=${value} @change=${(e: Event) => this.setFilter({ [key]: (e.target as HTMLSelectElement).value })}>
        <option value="">${this.msg('soaAll')}</option>
        ${opts.map(([v, t]) => html`<option value=${v} ?selected=${v === value}>${t}</option>`)}</select></label>`;
    return html`<div part="toolbar" class="toolbar">
      <div role="search" class="filters">
        <label>${this.msg('soaSearch')} <input type="search" .value=${f.search ?? ''} @input=${(e: Event) => this.setFilter({ search: (e.target as HTMLInputElement).value })}></label>
        ${sel('f-app', 'soaColApplicable', f.applicable ?? '', [['yes', this.msg('soaYes')], ['no', this.msg('soaNo')], ['undecided', this.msg('soaUndecided')]], 'applicable')}
        ${sel('f-status', 'soaColStatus', f.status ?? '', STATUS_ORDER.map((s) => [s, statusText(this, s)]), 'status')}
        ${sel('f-obj', 'soaColObjective', f.objective ?? '', objectives.map(([o, t]) => [o, t ? `${o} ${t}` : o]), 'objective')}
      </div>
      <div class="exports" role="group" aria-label=${this.msg('soaExport')}>
        ${(['csv', 'json', 'oscal'] as const).map((x) => html`<button type="button" class="btn" part="button" @click=${() => this.download(x)}>${this.msg(x === 'csv' ? 'soaExportCsv' : x === 'json' ? 'soaExportJson' : 'soaExportOscal')}</button>`)}
        <button type="button" class="btn" part="button" @click=${() => print()}>${this.msg('soaPrint')}</button>
      </div>
    </div>`;
  }

  override render() {
    const snap = this.sc.state, d = this.derived();
    if (!snap || !d) return html`<p part="base" class="empty">${this.msg('noSession')}</p>`;
    if (!d.rows.length) return html`<p part="base" class="empty">${this.msg('soaNoControls')}</p>`;
    const all = this.printing ? d.rows : sortRows(filterRows(d.rows, this.filter), this.sort);
    const shown = this.printing ? all : all.slice(0, this.limit);
    const editable = !this.readonly && !this.printing;
    const grouped = this.printing || this.sort.key === 'control';
    const title = localize(snap.definition.title, this.effectiveLocale, snap.definition.locale ?? 'en');
    const head = COLUMNS.map(([id, key, sortKey]) => {
      const active = sortKey && this.sort.key === sortKey;
      return html`<th scope="col" id=${`h-${id}`} aria-sort=${active ? this.sort.dir : nothing}>${sortKey && !this.printing
        ? html`<button type="button" class="sort" @click=${() => this.sortBy(sortKey)}>${this.msg(key)}<span aria-hidden="true" class="arrow">${active ? (this.sort.dir === 'ascending' ? '▲' : '▼') : ''}</span></button>`
        : this.msg(key)}</th>`;
    });
    const strings = JSON.stringify(this.strings);
    const body = (rows: readonly SoaRow[]) => repeat(rows, (r) => r.control, (r) => {
      const c = r.control;
      return guard([r, this.decisionOf(c), editable, this.errors.get(c), this.pending.has(c), strings], () => renderRow(this, r, editable));
    });
    return html`<div part="base" class="base">
      ${this.renderSummary(d.done)}
      ${this.printing ? nothing : this.renderToolbar(d.rows)}
      <p role="status" class="muted">${all.length === d.rows.length ? '' : this.msg('soaShowing', { shown: all.length, total: d.rows.length })}</p>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="cap">
        <table part="table">
          <caption id="cap">${this.msg('soaCaption')}: ${title}</caption>
          <thead><tr>${head}</tr></thead>
          ${grouped ? repeat(groupRows(shown), (g, i) => `${g.objective}#${i}`, (g) => html`<tbody>
              <tr part="group"><th scope="rowgroup" colspan=${COLUMNS.length}>${g.objective ? `${g.objective} ${g.title}` : this.msg('soaOtherControls')}</th></tr>
              ${body(g.rows)}</tbody>`)
            : html`<tbody>${body(shown)}</tbody>`}
          ${all.length ? nothing : html`<tbody><tr><td colspan=${COLUMNS.length}>${this.msg('soaNoMatch')}
            <button type="button" class="link" @click=${() => { this.filter = {}; }}>${this.msg('soaClearFilters')}</button></td></tr></tbody>`}
        </table>
      </div>
    </div>`;
  }
}
