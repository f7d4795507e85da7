import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { localize, type AimsIssue, type Risk } from '../../src/model/index.js';
import type { Text } from '../../src/model/schema-kit.js';
import { riskCell, riskLevel, summarizeRisks, type RiskSummary } from '../../src/scoring/index.js';
import type { AssessmentSession, SessionSnapshot } from '../../src/session/types.js';
import { AimsElement } from '../base/aims-element.js';
import { sessionContext } from '../base/context.js';
import { SessionController } from '../base/session-controller.js';
import { shared, tokens } from '../base/styles.js';
import { AimsCellSelectEvent, AimsRiskChangeEvent } from './events.js';
import { readRisk, renderForm, renderRegister, type RegisterHost } from './register.js';
import { styles } from './risk-matrix.styles.js';

export type RiskView = 'inherent' | 'residual';
type Cell = readonly [number, number];

/** The five built-in colour slots, low to high; a matrix with other level ids is spread over them. */
const SLOTS = ['very-low', 'low', 'medium', 'high', 'very-high'];
const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));
const same = (a: Cell | null | undefined, b: Cell | null | undefined) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

/**
 * The AI risk register on a likelihood × impact grid: the grid shows how many risks sit in each cell
 * (inherent or residual view), the register lists, adds, edits and removes them. Levels, counts and
 * appetite come from the core (`riskLevel`, `summarizeRisks`); the element only shows and edits.
 *
 * @tagname aims-risk-matrix
 * @summary Risk matrix and register (ISO/IEC 42001 6.1.2, 6.1.3, 8.2, 8.3).
 * @csspart base - the root
 * @csspart toolbar - the view switch and the movement option
 * @csspart grid - the matrix (an ARIA grid)
 * @csspart axis - an axis label (likelihood, impact)
 * @csspart cell - one cell of the grid
 * @csspart level - the level name inside a cell
 * @csspart count - the number of risks inside a cell
 * @csspart markers - the movement markers inside a cell (with `show-movement`)
 * @csspart legend - the level legend and appetite
 * @csspart register - the register table
 * @csspart row - one risk's row in the register
 * @csspart appetite - the "above appetite" mark of a risk
 * @csspart form - the add/edit form
 * @csspart error - the form's message when the session refused a risk
 * @csspart button - every button
 * @csspart status - the polite status line (added, saved, removed)
 * @cssprop --aims-risk-<level> - the colour of a level id (built in: very-low, low, medium, high, very-high)
 * @cssprop [--aims-risk-matrix-cell-size=4.5rem] - the minimum size of a grid cell
 * @event aims-risk-change - a risk was added, edited or removed (remove is cancelable): `{ action, id, risk }`
 * @event aims-cell-select - a cell was selected or the selection cleared: `{ likelihood, impact, level, view, count }`
 */
export class AimsRiskMatrix extends AimsElement implements RegisterHost {
  static override styles = [tokens, shared, styles];

  /** The session to show; defaults to the one provided by an enclosing `<aims-assessment>`. */
  @property({ attribute: false }) session?: AssessmentSession;
  /** The session from context (set by `<aims-assessment>`). @internal */
  @consume({ context: sessionContext, subscribe: true }) @state() contextSession?: AssessmentSession;
  /** Review mode: the grid and register are shown, nothing can be changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Which positions the grid counts: `inherent` (before treatment, default) or `residual`. */
  @property() view: RiskView = 'inherent';
  /** Marks each risk's inherent (○) and residual (●) cell on the grid. */
  @property({ type: Boolean, attribute: 'show-movement' }) showMovement = false;

  /** The selected cell `[likelihoodIndex, impactIndex]`; the register lists only its risks. @internal */
  @state() selected?: Cell;
  /** The risk being edited: its id, `''` for a new one, undefined when the form is closed. @internal */
  @state() editing?: string;
  @state() formIssues: readonly AimsIssue[] = [];
  @state() status = '';
  @state() private active: Cell = [Infinity, 0];
  /** Increments each time the form opens, so it starts from the risk's stored values. @internal */
  formKey = 0;
  private readonly sc = new SessionController(this);
  private sum?: RiskSummary;
  private sumOf?: [SessionSnapshot['response'], SessionSnapshot['definition']];

  get snap(): SessionSnapshot { return this.sc.state!; }
  /** The matrix summary of the current response (recomputed only when the response changes). @internal */
  get summary(): RiskSummary {
    const s = this.snap;
    if (this.sumOf?.[0] !== s.response || this.sumOf[1] !== s.definition) {
      this.sum = summarizeRisks(s.definition, s.response);
      this.sumOf = [s.response, s.definition];
    }
    return this.sum!;
  }
  get isReadonly(): boolean { return this.readonly || !this.sc.session; }
  text(t: Text | undefined): string { return localize(t, this.effectiveLocale, this.snap.definition.locale ?? 'en'); }
  /** "3 risks", "1 risk". @internal */
  count(n: number): string { return this.msg(n === 1 ? 'riskCountOne' : 'riskCount', { count: n }); }
  levelLabel(id: string | null): string {
    const l = this.summary.matrix.levels.find((e) => e.id === id);
    return l ? this.text(l.label) : '—';
  }
  /** The risks the register lists: all, or those in the selected cell (in the current view). @internal */
  get listed(): Risk[] {
    const all = this.snap.response.risks ?? [];
    return this.selected ? all.filter((r) => same(riskCell(this.summary.matrix, r, this.view), this.selected)) : all;
  }
  /** The selected cell in words ("Likely × Major"), for the register caption. @internal */
  get selectedName(): string {
    const m = this.summary.matrix, s = this.selected;
    return s ? `${this.text(m.likelihood[s[0]]?.label)} × ${this.text(m.impact[s[1]]?.label)}` : '';
  }

  /** Opens the form for a risk (`id`) or a new one (no argument). */
  async edit(id = ''): Promise<void> {
    if (this.isReadonly) return;
    this.formKey++;
    this.editing = id;
    this.formIssues = [];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~=form] input')?.focus();
  }
  /** Closes the form without saving; focus returns to where it was opened. @internal */
  cancel(): void {
    const id = this.editing;
    this.editing = undefined;
    void this.focusAfter(id);
  }
  /** Saves the form: adds or updates the risk, or shows why the session refused it. @internal */
  save(form: HTMLFormElement): void {
    const s = this.sc.session, id = this.editing;
    if (!s || this.isReadonly || id === undefined) return;
    const risk = readRisk(form, id || this.nextId());
    const action = id ? 'update' : 'add';
    try {
      s.dispatch({ type: id ? 'risk-update' : 'risk-add', risk });
    } catch (e) {
      const issues = (e as { issues?: AimsIssue[] }).issues ?? [{ path: '', message: (e as Error).message }];
      this.formIssues = issues.filter((x, k) => issues.findIndex((y) => y.path === x.path) === k); // the first problem per field
      void this.updateComplete.then(() => {
        const q = (sel: string) => this.renderRoot.querySelector<HTMLElement>(sel);
        (q('[part~=form] [aria-invalid=true]') ?? q('[part~=error]'))?.focus();
      });
      return;
    }
    this.editing = undefined;
    this.status = this.msg(id ? 'riskSaved' : 'riskAdded', { id: risk.id });
    this.emit(new AimsRiskChangeEvent({ action, id: risk.id, risk: s.state.response.risks!.find((r) => r.id === risk.id)! }));
    void this.focusAfter(risk.id);
  }
  /** Removes a risk, unless a listener cancels `aims-risk-change`. */
  removeRisk(id: string): void {
    const s = this.sc.session, risk = s?.state.response.risks?.find((r) => r.id === id);
    if (!s || !risk || this.isReadonly || !this.emit(new AimsRiskChangeEvent({ action: 'remove', id, risk }))) return;
    s.dispatch({ type: 'risk-remove', id });
    if (this.editing === id) this.editing = undefined;
    this.status = this.msg('riskRemoved', { id });
    void this.focusAfter();
  }
  /** The next free `R-<n>` id: one above the highest number in use. @internal */
  nextId(): string {
    const nums = (this.snap.response.risks ?? []).map((r) => Number(/^R-(\d+)$/.exec(r.id)?.[1] ?? 0));
    return `R-${Math.max(0, ...nums) + 1}`;
  }
  private async focusAfter(id?: string): Promise<void> {
    await this.updateComplete;
    const row = id && this.renderRoot.querySelector<HTMLElement>(`[data-risk="${CSS.escape(id)}"] button`);
    (row || this.renderRoot.querySelector<HTMLElement>('[data-add]'))?.focus();
  }

  /** Selects a cell (the register lists its risks), or clears the selection when it is already selected. */
  select(cell?: Cell): void {
    const m = this.summary.matrix;
    this.selected = cell && !same(cell, this.selected) ? cell : undefined;
    const s = this.selected;
    this.emit(new AimsCellSelectEvent({
      likelihood: s ? m.likelihood[s[0]]!.id : null, impact: s ? m.impact[s[1]]!.id : null,
      level: s ? riskLevel(m, m.likelihood[s[0]]!.id, m.impact[s[1]]!.id) : null, view: this.view, count: this.listed.length,
    }));
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('[role=gridcell]');
    if (!td) return;
    const m = this.summary.matrix, top = m.likelihood.length - 1, end = m.impact.length - 1, dir = this.rtl ? -1 : 1;
    let l = Number(td.dataset.l), i = Number(td.dataset.i);
    switch (e.key) {
      case 'ArrowUp': l++; break;
      case 'ArrowDown': l--; break;
      case 'ArrowRight': i += dir; break;
      case 'ArrowLeft': i -= dir; break;
      case 'Home': i = 0; if (e.ctrlKey) l = top; break;
      case 'End': i = end; if (e.ctrlKey) l = 0; break;
      case 'PageUp': l = top; break;
      case 'PageDown': l = 0; break;
      case 'Enter': case ' ': this.select([l, i]); break;
      default: return;
    }
    e.preventDefault();
    this.active = [clamp(l, top), clamp(i, end)];
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role=gridcell][tabindex="0"]')?.focus());
  };

  protected override updated(): void {
    // Level colours by CSSOM (no style attributes, so no 'unsafe-inline'): the level's token, else its slot.
    const n = this.sum?.matrix.levels.length ?? 1;
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-level]')) {
      const k = Number(el.dataset.k), slot = SLOTS[n < 2 ? 2 : Math.round((k * 4) / (n - 1))];
      el.style.setProperty('--_c', `var(--aims-risk-${el.dataset.level!.replace(/[^\w-]/g, '-')}, var(--_risk-${slot}))`);
    }
  }

  override render() {
    if (!this.sc.state) return html`<p part="base" class="empty">${this.msg('noSession')}</p>`;
    const sum = this.summary, m = sum.matrix, view = this.view;
    const viewName = this.msg(view === 'residual' ? 'riskResidual' : 'riskInherent');
    const top = m.likelihood.length - 1;
    const active: Cell = [clamp(this.active[0], top), clamp(this.active[1], m.impact.length - 1)];
    const risks = this.snap.response.risks ?? [];
    const at = risks.map((r) => ({ id: r.id, was: riskCell(m, r, 'inherent'), now: riskCell(m, r, 'residual') }));
    return html`<div part="base" class="base">
      <div part="toolbar" class="toolbar">
        <fieldset class="views"><legend>${this.msg('riskView')}</legend>
          ${(['inherent', 'residual'] as const).map((v) => html`<label class="opt"><input type="radio" name="view" .checked=${view === v}
            @change=${() => { this.view = v; }}>${this.msg(v === 'residual' ? 'riskResidual' : 'riskInherent')}</label>`)}
        </fieldset>
        <label class="opt"><input type="checkbox" .checked=${this.showMovement}
          @change=${(e: Event) => { this.showMovement = (e.target as HTMLInputElement).checked; }}>${this.msg('riskMovement')}</label>
      </div>
      <div class="scroll">
        <table part="grid" role="grid" class="grid" @keydown=${this.onKey}>
          <caption>${this.msg('riskGridCaption', { view: viewName })}</caption>
          <thead><tr><th scope="col" class="corner"><span>${this.msg('riskImpact')} →</span><span>${this.msg('riskLikelihood')} ↑</span></th>
            ${m.impact.map((e) => html`<th scope="col" part="axis">${this.text(e.label)}</th>`)}</tr></thead>
          <tbody>${m.likelihood.map((_, r) => top - r).map((l) => html`<tr>
            <th scope="row" part="axis">${this.text(m.likelihood[l]!.label)}</th>
            ${m.impact.map((imp, i) => {
              const lik = m.likelihood[l]!, level = riskLevel(m, lik.id, imp.id), k = m.levels.findIndex((e) => e.id === level);
              const n = sum.cells[view][l]?.[i] ?? 0, here: Cell = [l, i];
              const now = this.showMovement ? at.filter((p) => same(p.now, here)).map((p) => p.id) : [];
              const was = this.showMovement ? at.filter((p) => same(p.was, here) && !same(p.now, here)).map((p) => p.id) : [];
              const label = this.msg('riskCell', { likelihood: this.text(lik.label), impact: this.text(imp.label), level: this.levelLabel(level), count: this.count(n) })
                + (now.length ? `. ${this.msg('riskResidualHere', { ids: now.join(', ') })}` : '')
                + (was.length ? `. ${this.msg('riskInherentHere', { ids: was.join(', ') })}` : '');
              return html`<td role="gridcell" part="cell" data-l=${l} data-i=${i} data-level=${level ?? ''} data-k=${k}
                tabindex=${same(here, active) ? 0 : -1} aria-selected=${same(here, this.selected) ? 'true' : 'false'}
                @click=${() => { this.active = here; this.select(here); }}><span class="vh">${label}</span><span aria-hidden="true">
                <span part="level" class="lvl">${this.levelLabel(level)}</span><span part="count" class="n">${n}</span>
                ${now.length || was.length ? html`<span part="markers" class="marks">${now.map((id) => html`<span class="mk">● ${id}</span>`)}${was.map((id) => html`<span class="mk was">○ ${id}</span>`)}</span>` : nothing}
              </span></td>`;
            })}</tr>`)}</tbody>
        </table>
      </div>
      <div part="legend" class="legend">
        <ul>${m.levels.map((e, k) => html`<li><span class="sw" data-level=${e.id} data-k=${k}></span>${this.text(e.label)}</li>`)}</ul>
        <p>${this.msg('riskAppetite', { level: this.levelLabel(m.appetite) })}${this.showMovement ? html` · ${this.msg('riskMarkers')}` : nothing}</p>
      </div>
      ${renderRegister(this)}
      ${this.editing !== undefined ? renderForm(this) : nothing}
      <p part="status" class="status" role="status">${this.status}</p>
    </div>`;
  }
}
