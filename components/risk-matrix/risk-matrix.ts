import { html } from 'lit';
import { consume } from '@lit/context';
import { localize, type AimsIssue, type Risk } from '../../src/model/index.js';
import type { Text } from '../../src/model/schema-kit.js';
import { riskCell, riskLevel, summarizeRisks, type RiskSummary } from '../../src/scoring/index.js';
import type { AssessmentSession, SessionSnapshot } from '../../src/session/types.js';
import { AimsElement } from '../base/aims-element.js';
import { sessionContext } from '../base/context.js';
import { SessionController } from '../base/session-controller.js';
import { shared, tokens } from '../base/styles.js';
import type { MessageKey } from '../base/i18n.js';
import { AimsCellSelectEvent, AimsRiskChangeEvent } from './events.js';
import { readRisk, renderForm, renderRegister } from './register.js';
import { styles } from './risk-matrix.styles.js';

export type RiskView = 'inherent' | 'residual';
type Cell = readonly [number, number];
/** A message key without its `risk` prefix. @internal */
export type RiskKey = MessageKey extends infer K ? (K extends `risk${infer R}` ? R : never) : never;

/** The five built-in colour slots, low to high; a matrix with other level ids is spread over them. */
const SLOTS = ['very-low', 'low', 'medium', 'high', 'very-high'];
const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));
const same = (a?: Cell | null, b?: Cell | null) => !!a && !!b && a[0] === b[0] && a[1] === b[1];

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
export class AimsRiskMatrix extends AimsElement {
  static override styles = [tokens, shared, styles];
  static override properties = {
    session: { attribute: false }, contextSession: { state: true }, readonly: { type: Boolean, reflect: true }, view: {},
    showMovement: { type: Boolean, attribute: 'show-movement' },
    selected: { state: true }, editing: { state: true }, issues: { state: true }, status: { state: true }, active: { state: true },
  };

  /** The session to show; defaults to the one provided by an enclosing `<aims-assessment>`. */
  declare session?: AssessmentSession;
  /** The session from context (set by `<aims-assessment>`). @internal */
  @consume({ context: sessionContext, subscribe: true }) contextSession?: AssessmentSession;
  /** Review mode: the grid and register are shown, nothing can be changed. */
  readonly = false;
  /** Which positions the grid counts: `inherent` (before treatment, default) or `residual`. */
  view: RiskView = 'inherent';
  /** Marks each risk's inherent (○) and residual (●) cell on the grid. */
  showMovement = false;
  /** The selected cell `[likelihoodIndex, impactIndex]`; the register lists only its risks. @internal */
  declare selected?: Cell;
  /** The risk being edited: its id, `''` for a new one, undefined when the form is closed. @internal */
  declare editing?: string;
  /** Why the session refused the form's risk (the first problem per field). @internal */
  issues: readonly AimsIssue[] = [];
  /** @internal */
  status = '';
  private active: Cell = [Infinity, 0];
  private readonly q = (sel: string) => this.renderRoot.querySelector<HTMLElement>(sel);
  private readonly sc = new SessionController(this);
  /** The summary of the rendered response. @internal */
  sum!: RiskSummary;

  /** A `risk…` UI string. @internal */
  t(k: RiskKey, vars?: Record<string, string | number>): string { return this.msg(`risk${k}`, vars); }
  /** Definition text in the element's locale. @internal */
  text(x?: Text): string { return localize(x, this.effectiveLocale, this.st.definition.locale ?? 'en'); }
  /** "3 risks", "1 risk". @internal */
  count(n: number): string { return this.t(n === 1 ? 'CountOne' : 'Count', { count: n }); }
  /** The session's snapshot. @internal */
  get st(): SessionSnapshot { return this.sc.state!; }
  /** @internal */
  get risks(): Risk[] { return this.sc.state?.response.risks ?? []; }
  /** @internal */
  get ro(): boolean { return this.readonly || !this.sc.session; }
  /** The risks the register lists: all, or those in the selected cell (in the current view). @internal */
  get listed(): Risk[] {
    return this.risks.filter((r) => !this.selected || same(riskCell(this.sum.matrix, r, this.view), this.selected));
  }
  /** A level's name, or a dash. @internal */
  levelLabel(id: string | null): string {
    const l = this.sum.matrix.levels.find((e) => e.id === id);
    return l ? this.text(l.label) : '—';
  }
  /** A level's colour: its own token, else one of the five built-in ones. @internal */
  colour(id: string | null): string {
    const ls = this.sum.matrix.levels, k = ls.findIndex((e) => e.id === id), n = ls.length;
    return k < 0 ? '' : `var(--aims-risk-${id!.replace(/[^\w-]/g, '-')}, var(--_risk-${SLOTS[n < 2 ? 2 : Math.round((k * 4) / (n - 1))]}))`;
  }

  /** Opens the form for a risk (`id`) or a new one (no argument), from the risk's stored values. */
  async edit(id = ''): Promise<void> {
    if (this.ro) return;
    this.editing = id;
    this.issues = [];
    await this.updateComplete;
    const f = this.q('form') as HTMLFormElement;
    f.reset(); // the fields' defaults are the stored values
    f.querySelector('input')!.focus();
  }
  /** Closes the form without saving; focus returns to where it was opened. */
  cancel(): void {
    const id = this.editing;
    this.editing = undefined;
    void this.focusAfter(id);
  }
  /** Saves the form: adds or updates the risk, or shows why the session refused it. @internal */
  save(form: HTMLFormElement): void {
    const s = this.sc.session!, id = this.editing, risk = readRisk(form, id || this.nextId());
    try {
      s.dispatch({ type: id ? 'risk-update' : 'risk-add', risk });
    } catch (e) {
      const all: AimsIssue[] = (e as { issues?: AimsIssue[] }).issues ?? [{ path: '', message: (e as Error).message }];
      this.issues = all.filter((x, k) => all.findIndex((y) => y.path === x.path) === k);
      void this.updateComplete.then(() => {
        const q = this.q;
        (q('form [aria-invalid=true]') ?? q('[part~=error]'))?.focus();
      });
      return;
    }
    this.editing = undefined;
    this.status = this.t(id ? 'Saved' : 'Added', { id: risk.id });
    this.emit(new AimsRiskChangeEvent({ action: id ? 'update' : 'add', id: risk.id, risk: this.risks.find((r) => r.id === risk.id)! }));
    void this.focusAfter(risk.id);
  }
  /** Removes a risk, unless a listener cancels `aims-risk-change`. */
  removeRisk(id: string): void {
    const risk = this.risks.find((r) => r.id === id);
    if (!risk || this.ro || !this.emit(new AimsRiskChangeEvent({ action: 'remove', id, risk }))) return;
    this.sc.session!.dispatch({ type: 'risk-remove', id });
    if (this.editing === id) this.editing = undefined;
    this.status = this.t('Removed', { id });
    void this.focusAfter();
  }
  /** The id the next new risk gets: `R-<n>`, one above the highest number in use. */
  nextId(): string {
    return `R-${Math.max(0, ...this.risks.map((r) => +(/^R-(\d+)$/.exec(r.id)?.[1] ?? 0))) + 1}`;
  }
  private async focusAfter(id?: string): Promise<void> {
    await this.updateComplete;
    const q = this.q;
    (q(`[data-risk="${CSS.escape(id ?? '')}"] button`) ?? q('[data-add]'))?.focus();
  }

  /** Selects a cell `[likelihoodIndex, impactIndex]` (the register lists its risks); again, or no argument, clears it. */
  select(cell?: Cell): void {
    const m = this.sum.matrix;
    const s = (this.selected = cell && !same(cell, this.selected) ? cell : undefined), l = s && m.likelihood[s[0]]!.id, i = s && m.impact[s[1]]!.id;
    this.emit(new AimsCellSelectEvent({ likelihood: l ?? null, impact: i ?? null, level: s ? riskLevel(m, l!, i!) : null, view: this.view, count: this.listed.length }));
  }

  /** Clicks and keys on the grid (roving tabindex; Left and Right swap in right-to-left pages). */
  private readonly onGrid = (e: Event): void => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('[role=gridcell]'), m = this.sum.matrix;
    if (!td) return;
    const top = m.likelihood.length - 1, end = m.impact.length - 1, d = this.rtl ? -1 : 1, k = (e as KeyboardEvent).ctrlKey;
    const l = +td.dataset.l!, i = +td.dataset.i!, key = e.type === 'click' ? ' ' : (e as KeyboardEvent).key;
    const to = key === ' ' || key === 'Enter' ? (this.select([l, i]), [l, i]) : ({
      ArrowUp: [l + 1, i], ArrowDown: [l - 1, i], ArrowRight: [l, i + d], ArrowLeft: [l, i - d],
      Home: [k ? top : l, 0], End: [k ? 0 : l, end], PageUp: [top, i], PageDown: [0, i],
    } as Record<string, number[]>)[key];
    if (!to) return;
    e.preventDefault();
    this.active = [clamp(to[0]!, top), clamp(to[1]!, end)];
    void this.updateComplete.then(() => this.q('[role=gridcell][tabindex="0"]')?.focus());
  };

  protected override updated(): void {
    // Level colours through the CSSOM (no style attributes, so no 'unsafe-inline' is needed).
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-c]')) el.style.setProperty('--_c', el.dataset.c!);
  }

  override render() {
    const st = this.sc.state;
    if (!st) return html`<p part="base">${this.msg('noSession')}</p>`;
    const sum = (this.sum = summarizeRisks(st.definition, st.response)), m = sum.matrix, view = this.view, mv = this.showMovement;
    const top = m.likelihood.length - 1, act = [clamp(this.active[0], top), clamp(this.active[1], m.impact.length - 1)] as const;
    const at = this.risks.map((r) => [r.id, riskCell(m, r, 'inherent'), riskCell(m, r, 'residual')] as const);
    const views = ['Inherent', 'Residual'] as const;
    return html`<div part="base" class="base">
      <div part="toolbar" class="bar">
        <fieldset><legend>${this.t('View')}</legend>${views.map((v) => html`<label><input type="radio" name="view"
          .checked=${view === v.toLowerCase()} @change=${() => { this.view = v.toLowerCase() as RiskView; }}>${this.t(v)}</label>`)}</fieldset>
        <label><input type="checkbox" .checked=${mv} @change=${(e: Event) => { this.showMovement = (e.target as HTMLInputElement).checked; }}>${this.t('Movement')}</label>
      </div>
      <div class="scroll"><table part="grid" role="grid" @keydown=${this.onGrid} @click=${this.onGrid}>
        <caption>${this.t('GridCaption', { view: this.t(views[+(view === 'residual')]) })}</caption>
        <thead><tr><th scope="col" class="corner">${this.t('Impact')} →<br>${this.t('Likelihood')} ↑</th>
          ${m.impact.map((e) => html`<th scope="col" part="axis">${this.text(e.label)}</th>`)}</tr></thead>
        <tbody>${m.likelihood.map((_, r) => {
          const l = top - r, lik = m.likelihood[l]!;
          return html`<tr><th scope="row" part="axis">${this.text(lik.label)}</th>${m.impact.map((imp, i) => {
            const level = riskLevel(m, lik.id, imp.id), n = sum.cells[view][l]?.[i] ?? 0, here = [l, i] as const;
            const now = mv ? at.filter((p) => same(p[2], here)).map((p) => p[0]) : [];
            const was = mv ? at.filter((p) => same(p[1], here) && !same(p[2], here)).map((p) => p[0]) : [];
            const name = this.levelLabel(level);
            return html`<td role="gridcell" part="cell" data-l=${l} data-i=${i} data-c=${this.colour(level)}
              tabindex=${same(here, act) ? 0 : -1} aria-selected=${same(here, this.selected)}><span class="vh">${this.t('Cell', {
                likelihood: this.text(lik.label), impact: this.text(imp.label), level: name, count: this.count(n) })}${now.length
                ? `. ${this.t('ResidualHere', { ids: now.join(', ') })}` : ''}${was.length ? `. ${this.t('InherentHere', { ids: was.join(', ') })}` : ''}</span><span
              aria-hidden="true"><span part="level">${name}</span><b part="count">${n}</b>${now.length + was.length ? html`<span part="markers"
              >${now.map((id) => html`<span>● ${id}</span>`)}${was.map((id) => html`<span class="was">○ ${id}</span>`)}</span>` : ''}</span></td>`;
          })}</tr>`;
        })}</tbody>
      </table></div>
      <div part="legend" class="legend">
        <ul>${m.levels.map((e) => html`<li class="sw" data-c=${this.colour(e.id)}>${this.text(e.label)}</li>`)}</ul>
        <p>${this.t('Appetite', { level: this.levelLabel(m.appetite) })}${mv ? ` · ${this.t('Markers')}` : ''}</p>
      </div>
      ${renderRegister(this)}
      ${this.editing !== undefined ? renderForm(this) : ''}
      <p part="status" role="status">${this.status}</p>
    </div>`;
  }
}
