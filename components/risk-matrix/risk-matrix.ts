import { html } from 'lit';
import type { AimsIssue, Risk } from '../../src/model/index.js';
import { riskCell, riskLevel, type RiskSummary } from '../../src/scoring/index.js';
import { riskSummaryOf } from '../../src/session/derive.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import { AimsSessionElement } from '../base/session-element.js';
import { shared, tables, tokens } from '../base/styles.js';
import { addEnglish } from '../base/i18n.js';
import { AimsCellSelectEvent, AimsRiskChangeEvent } from './events.js';
import { GridKeyboardController } from './grid-keyboard.js';
import { riskEn } from './messages.js';
import {
  VIEWS,
  VIEW_KEYS,
  fieldOf,
  sameCell,
  type Cell,
  type RiskMatrixHost,
  type RiskView,
} from './risk-common.js';
import { renderGrid, renderLegend } from './risk-grid.js';
import { renderRegister } from './risk-register.js';
import { styles } from './risk-matrix.styles.js';

addEnglish(riskEn);

export type { RiskView } from './risk-common.js';

/**
 * The five built-in colour slots, low to high; a matrix with other level ids is spread over them.
 */
const SLOTS = ['very-low', 'low', 'medium', 'high', 'very-high'];

/** The colour slot of level `index` of `count` (the middle one when there is a single level). */
const slotOf = (index: number, count: number) =>
  SLOTS[count < 2 ? 2 : Math.round((index * (SLOTS.length - 1)) / (count - 1))];

/**
 * The problems of a refused risk, the first per path; a field left empty says so in the UI's words.
 */
function issuesOf(error: unknown, risk: Readonly<Record<string, unknown>>): AimsIssue[] {
  const reported = (error as { issues?: AimsIssue[] }).issues ?? [
    { path: '', message: (error as Error).message },
  ];
  const issues = reported.map((issue) =>
    fieldOf(issue.path) && !risk[fieldOf(issue.path)] ? { ...issue, message: '' } : issue,
  );
  return issues.filter(
    (issue, index) => issues.findIndex((other) => other.path === issue.path) === index,
  );
}

/** A risk from the form's fields: trimmed, empty optional fields left out. */
function riskFrom(form: HTMLFormElement, id: string): Record<string, unknown> {
  const data = new FormData(form);
  const risk: Record<string, unknown> = { id, title: '', likelihood: '', impact: '' };
  const lists = ['controls', 'systems'];
  for (const [name, value] of data) {
    const text = (value as string).trim();
    if (!lists.includes(name) && text) risk[name] = text;
  }
  for (const name of lists) {
    const chosen = data.getAll(name);
    if (chosen.length) risk[name] = chosen;
  }
  return risk;
}

/**
 * The AI risk register on a likelihood × impact grid: the grid shows how many risks sit in each
 * cell (inherent or residual view), the register lists, adds, edits and removes them. Levels,
 * counts and appetite come from the core (`riskLevel`, `summarizeRisks`); the element only shows
 * and edits.
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
 * @cssprop --aims-risk-<level> - the colour of a level id (built in: very-low, low, medium, high,
 * very-high)
 * @cssprop [--aims-risk-matrix-cell-size=4.5rem] - the minimum size of a grid cell
 * @event aims-risk-change - a risk was added, edited or removed (remove is cancelable): `{ action,
 * id, risk }`
 * @event aims-cell-select - a cell was selected or the selection cleared: `{ likelihood, impact,
 * level, view, count }`
 */
export class AimsRiskMatrix extends AimsSessionElement implements RiskMatrixHost {
  static override styles = [tokens, shared, tables, styles];
  static override properties = {
    readonly: { type: Boolean, reflect: true },
    view: {},
    showMovement: { type: Boolean, attribute: 'show-movement' },
    selected: { state: true },
    editing: { state: true },
    issues: { state: true },
    status: { state: true },
  };

  /** Review mode: the grid and register are shown, nothing can be changed. */
  readonly = false;
  /** Which positions the grid counts: `inherent` (before treatment, default) or `residual`. */
  view: RiskView = 'inherent';
  /** Marks each risk's inherent (○) and residual (●) cell on the grid. */
  showMovement = false;
  /** The selected cell `[likelihoodIndex, impactIndex]`; the register lists only its risks. */
  private selected?: Cell;
  /**
   * The risk being edited: its id, `''` for a new one, undefined when the form is closed. @internal
   */
  editing?: string;
  /** Why the session refused the form's risk (the first problem per field). @internal */
  issues: readonly AimsIssue[] = [];
  private status = '';
  private readonly keyboard = new GridKeyboardController(this, {
    size: () => ({
      likelihoods: this.summary.matrix.likelihood.length,
      impacts: this.summary.matrix.impact.length,
    }),
    choose: (cell) => this.select(cell),
    rtl: () => this.rtl,
  });

  /** The figures of the current response (from the session's derived state). @internal */
  get summary(): RiskSummary {
    return riskSummaryOf(this.snap);
  }
  /** @internal */
  get risks(): Risk[] {
    return this.shown?.state.response.risks ?? [];
  }
  /** @internal */
  get isReadonly(): boolean {
    return this.readonly || !this.shown;
  }
  /** @internal */
  get selectedCell(): Cell | undefined {
    return this.selected;
  }
  /**
   * The risks the register lists: all, or those in the selected cell (in the current view).
   * @internal
   */
  get listed(): Risk[] {
    const matrix = this.summary.matrix;
    return this.risks.filter(
      (risk) => !this.selected || sameCell(riskCell(matrix, risk, this.view), this.selected),
    );
  }
  /** @internal */
  activeCell(): Cell {
    return this.keyboard.activeCell;
  }
  /** A level's name, or a dash. @internal */
  levelName(id: string | null): string {
    const level = this.summary.matrix.levels.find((candidate) => candidate.id === id);
    return level ? this.text(level.label) : '—';
  }
  /**
   * A level's colour (its own token, else one of the five built-in ones), applied in `updated()`.
   * @internal
   */
  levelColour(id: string | null): string {
    const levels = this.summary.matrix.levels;
    const index = levels.findIndex((candidate) => candidate.id === id);
    if (index < 0) return '';
    const token = id!.replace(/[^\w-]/g, '-');
    return `var(--aims-risk-${token}, var(--_risk-${slotOf(index, levels.length)}))`;
  }

  private query(selector: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  /**
   * The risk form's module, loaded after the first render (a page that only shows risks never
   * waits for it) and awaited before the form opens.
   */
  private readonly form = this.lazyPart(() => import('./risk-form.js'));
  protected override firstUpdated(): void {
    if (!this.isReadonly) void this.form.load();
  }

  /** Opens the form for a risk (`id`) or a new one (no argument), from the risk's stored values. */
  async edit(id = ''): Promise<void> {
    if (this.isReadonly) return;
    if (!this.form.module) await this.form.load();
    this.editing = id;
    this.issues = [];
    await this.updateComplete;
    const form = this.query('form') as HTMLFormElement;
    form.reset(); // the fields' defaults are the stored values
    form.querySelector('input')!.focus();
  }
  /** Closes the form without saving; focus returns to where it was opened. */
  cancel(): void {
    const id = this.editing;
    this.editing = undefined;
    void this.focusAfter(id);
  }
  /** Saves the form: adds or updates the risk, or shows why the session refused it. @internal */
  save(form: HTMLFormElement): void {
    const editing = this.editing;
    const risk = riskFrom(form, editing || this.nextId());
    try {
      const type = editing ? 'risk-update' : 'risk-add';
      this.shown!.dispatch({ type, risk: risk as Risk });
    } catch (error) {
      // The session decides what is wrong; a field it refuses that was left empty is said in the
      // UI's language (message ''), any other reason in the session's own (English) words.
      this.issues = issuesOf(error, risk);
      void this.updateComplete.then(() =>
        (this.query('form [aria-invalid=true]') ?? this.query('[part~=error]'))?.focus(),
      );
      return;
    }
    const id = risk.id as string;
    this.editing = undefined;
    this.status = editing ? this.msg('riskSaved', { id }) : this.msg('riskAdded', { id });
    const saved = this.risks.find((candidate) => candidate.id === id)!;
    this.emit(new AimsRiskChangeEvent({ action: editing ? 'update' : 'add', id, risk: saved }));
    void this.focusAfter(id);
  }
  /** Removes a risk, unless a listener cancels `aims-risk-change`. */
  removeRisk(id: string): void {
    const risk = this.risks.find((candidate) => candidate.id === id);
    if (!risk || this.isReadonly) return;
    if (!this.emit(new AimsRiskChangeEvent({ action: 'remove', id, risk }))) return;
    this.shown!.dispatch({ type: 'risk-remove', id });
    if (this.editing === id) this.editing = undefined;
    this.status = this.msg('riskRemoved', { id });
    void this.focusAfter();
  }
  /** The id the next new risk gets: `R-<n>`, one above the highest number in use. */
  nextId(): string {
    const numbers = this.risks.map((risk) => Number(/^R-(\d+)$/.exec(risk.id)?.[1] ?? 0));
    return `R-${Math.max(0, ...numbers) + 1}`;
  }
  private async focusAfter(id = ''): Promise<void> {
    await this.updateComplete;
    const button = this.query(`[data-risk="${CSS.escape(id)}"] button`) ?? this.query('[data-add]');
    button?.focus();
  }

  /**
   * Selects a cell `[likelihoodIndex, impactIndex]` (the register lists its risks); again, or no
   * argument, clears it.
   */
  select(cell?: Cell): void {
    const matrix = this.summary.matrix;
    const selected = cell && !sameCell(cell, this.selected) ? cell : undefined;
    this.selected = selected;
    const likelihood = selected ? matrix.likelihood[selected[0]]!.id : null;
    const impact = selected ? matrix.impact[selected[1]]!.id : null;
    this.emit(
      new AimsCellSelectEvent({
        likelihood,
        impact,
        level: likelihood && impact ? riskLevel(matrix, likelihood, impact) : null,
        view: this.view,
        count: this.listed.length,
      }),
    );
  }

  protected override updated(): void {
    // Level colours through the CSSOM (no style attributes, so no 'unsafe-inline' is needed).
    for (const element of this.renderRoot.querySelectorAll<HTMLElement>('[data-c]'))
      element.style.setProperty('--_c', element.dataset.c!);
  }

  private renderFormIfEditing(): unknown {
    if (this.editing === undefined || !this.form.module) return '';
    return this.form.module.renderForm(this);
  }

  protected body(_snap: SessionSnapshot) {
    return html`<div part="base" class="base">
      ${this.renderToolbar()} ${renderGrid(this, this.keyboard.handleEvent)} ${renderLegend(this)}
      ${renderRegister(this)} ${this.renderFormIfEditing()}
      <p part="status" role="status">${this.status}</p>
    </div>`;
  }

  /** The view switch and the movement option. */
  private renderToolbar() {
    const viewOption = (view: RiskView) =>
      html`<label
        ><input
          type="radio"
          name="view"
          .checked=${this.view === view}
          @change=${() => {
            this.view = view;
          }}
        />${this.msg(VIEW_KEYS[view])}</label
      >`;
    const onMovement = (event: Event) => {
      this.showMovement = (event.target as HTMLInputElement).checked;
    };
    return html`<div part="toolbar" class="bar">
      <fieldset>
        <legend>${this.msg('riskView')}</legend>
        ${VIEWS.map(viewOption)}
      </fieldset>
      <label
        ><input type="checkbox" .checked=${this.showMovement} @change=${onMovement} />${this.msg(
          'riskMovement',
        )}</label
      >
    </div>`;
  }
}
