import { html } from 'lit';
import type { ImplementationStatus, SoaDecision } from '../../src/model/index.js';
import { soaRows, soaToCsv, soaToJson, soaToOscal, type SoaRow } from '../../src/io/soa-export.js';
import { exclusionNeedsJustification } from '../../src/scoring/soa.js';
import { soaCompletenessOf } from '../../src/session/derive.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import { AimsSessionElement } from '../base/session-element.js';
import { StepRenderController } from '../base/step-render-controller.js';
import { shared, tables, tokens } from '../base/styles.js';
import { addEnglish } from '../base/i18n.js';
import {
  AimsSoaChangeEvent,
  AimsSoaExportEvent,
  type SoaDecisionDetail,
  type SoaExportFormat,
} from './events.js';
import { soaEn } from './messages.js';
import { APPLICABILITY_KEYS, SOURCE_KEYS, STATUS_KEYS } from './soa-labels.js';
import { renderSoaTable, renderSummary, renderToolbar, type TableView } from './soa-parts.js';
import { renderSoaRow, type RowContext, type SoaField } from './soa-row.js';
import { filterRows, sortRows, type SoaFilter, type SoaSort, type SortKey } from './soa-view.js';
import { styles } from './soa-table.styles.js';

addEnglish(soaEn);

/**
 * Rows rendered per task: a long table grows in steps, so that no sort or filter makes a long task
 * (> 50 ms); Annex A's 38 controls still render at once.
 */
const ROWS_PER_STEP = 40;
const PRINT_EVENTS = ['beforeprint', 'afterprint'] as const;

/**
 * Excluding a control needs a justification: true when the change would exclude it without one.
 * (The table's own rule for now; the core's `exclusionNeedsJustification` takes its place.)
 */
/** A decision without `undefined` fields and the `updatedAt` stamp; null when nothing is left. */
function decisionDetail(fields: Partial<SoaDecision>): SoaDecisionDetail | null {
  const kept = Object.entries(fields).filter(
    ([field, value]) => value !== undefined && field !== 'updatedAt',
  );
  return kept.length ? (Object.fromEntries(kept) as SoaDecisionDetail) : null;
}

/** The same keys, each value mapped. */
function mapValues<Key extends string, From, To>(
  table: Readonly<Record<Key, From>>,
  map: (value: From) => To,
): Record<Key, To> {
  const entries = Object.entries(table) as [Key, From][];
  return Object.fromEntries(entries.map(([key, value]) => [key, map(value)])) as Record<Key, To>;
}

/** Consecutive rows of the same objective together (one group of all rows when not `grouped`). */
function groupRows(rows: readonly SoaRow[], grouped: boolean): SoaRow[][] {
  const groups: SoaRow[][] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && (!grouped || last[0]!.objective === row.objective)) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

/**
 * The Statement of Applicability: every Annex A control with its applicability, justification,
 * implementation status (OSCAL words), the source of the decision, owner, linked risks and
 * evidence. The team decides inline; excluding a control needs a justification first. Sort by any
 * column, filter, search; export CSV, JSON, OSCAL.
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
 * @csspart proposal - a proposed exclusion of a control the scope hides, with its justification
 * @csspart confirm - the button that confirms a proposed exclusion
 * @cssprop [--aims-soa-table-max-height=none] - height of the scrolling table area
 * @event aims-soa-change - the user changed a decision: `{ control, decision }` (`decision: null`:
 * removed)
 * @event aims-soa-export - cancelable, before a download: `{ format, filename, type, content }`
 */
export class AimsSoaTable extends AimsSessionElement implements TableView {
  static override styles = [tokens, shared, tables, styles];
  static override properties = {
    readonly: { type: Boolean, reflect: true },
    sort: { attribute: false },
    filter: { attribute: false },
    errors: { state: true },
    printing: { state: true },
  };

  /** Shows the SoA without editing controls. */
  readonly = false;
  /** The sort: `{ key, dir }` (default: by control, ascending, grouped by objective). */
  sort: SoaSort = { key: 'control', dir: 'ascending' };
  /** The filters and search. */
  filter: SoaFilter = {};
  /** A refused change's message per control. */
  private errors = new Map<string, unknown>();
  /** The controls whose exclusion waits for a justification. */
  private readonly pending = new Set<string>();
  private printing = false;
  /** A long table renders in steps (see `ROWS_PER_STEP`); printing shows every row at once. */
  private readonly steps = new StepRenderController(this, {
    step: ROWS_PER_STEP,
    total: () => this.rows.length,
    paused: () => this.printing,
  });
  /** The rows of the last response and locale. */
  private rowCache?: {
    readonly response: unknown;
    readonly locale: string;
    readonly rows: SoaRow[];
  };
  private readonly onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of PRINT_EVENTS) addEventListener(type, this.onPrint);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of PRINT_EVENTS) removeEventListener(type, this.onPrint);
  }

  /**
   * Every row (unfiltered, definition order), as `soaRows` returns them for the current response.
   */
  get rows(): readonly SoaRow[] {
    const snap = this.shown?.state;
    if (!snap) return [];
    const locale = this.effectiveLocale;
    const cached = this.rowCache;
    if (cached?.response === snap.response && cached.locale === locale) return cached.rows;
    const rows = soaRows(snap.definition, snap.response, { locale, visible: snap.visible });
    this.rowCache = { response: snap.response, locale, rows };
    return rows;
  }
  /** @internal */
  get isPrinting(): boolean {
    return this.printing;
  }

  private decisionOf(control: string): SoaDecision | undefined {
    const soa = this.snap.response.soa;
    return soa && Object.hasOwn(soa, control) ? soa[control] : undefined;
  }
  /** Shows (or with no message clears) a control's error, and marks its exclusion as pending. */
  private setError(control: string, message?: unknown, pending?: boolean) {
    this.errors = new Map(this.errors);
    if (message) this.errors.set(control, message);
    else this.errors.delete(control);
    if (pending) this.pending.add(control);
    else this.pending.delete(control);
  }

  /** An inline field changed: one `soa` action (merged over the current decision), or a refusal. */
  private readonly onField = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const field = input.dataset.field as SoaField;
    const control = input.closest('tr')!.dataset.control!;
    const change = this.changeOf(control, field, input.value.trim());
    if (change) this.commit(control, change);
  };

  /** The decision fields a changed field sets, or undefined when the table refuses the change. */
  private changeOf(
    control: string,
    field: SoaField,
    value: string,
  ): Partial<SoaDecision> | undefined {
    if (field === 'status') return { status: (value || undefined) as ImplementationStatus };
    if (field === 'owner') return { owner: value || undefined };
    const row = this.rows.find((candidate) => candidate.control === control)!;
    const decision = this.decisionOf(control);
    const pending = this.pending.has(control);
    let applicable: boolean | undefined;
    let justification: string;
    if (field === 'justification') {
      applicable = pending ? false : (decision?.applicable ?? row.applicable ?? undefined);
      justification = value;
    } else {
      applicable = value ? value === 'yes' : undefined;
      const derived = row.applicable === applicable ? row.justification : '';
      justification = (decision?.justification ?? derived).trim();
    }
    if (exclusionNeedsJustification({ applicable, justification })) {
      this.setError(control, this.msg('soaErrorExclude'), pending || field === 'applicable');
      if (field === 'applicable') void this.focusField(control, 'justification');
      return undefined;
    }
    return { applicable, justification: justification || undefined };
  }

  /** Dispatches a change merged over the current decision; a refusal shows in the row. */
  private commit(control: string, change: Partial<SoaDecision>): void {
    const pending = this.pending.has(control);
    const decision = decisionDetail({ ...this.decisionOf(control), ...change });
    try {
      this.shown!.dispatch({ type: 'soa', control, decision });
    } catch (error) {
      const problem = (error as Error).message;
      this.setError(control, this.msgEn('errorAction', { problem }), pending);
      return;
    }
    this.setError(control);
    this.emit(new AimsSoaChangeEvent({ control, decision }));
  }

  /** Shows a control's row (clearing filters that hide it) and focuses one of its fields. */
  async focusField(control: string, field: SoaField = 'applicable'): Promise<boolean> {
    const isControl = (row: SoaRow) => row.control === control;
    if (!this.rows.some(isControl)) return false;
    if (!filterRows(this.rows, this.filter).some(isControl)) this.filter = {};
    this.steps.showAll();
    await this.updateComplete;
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('tr[data-control]')];
    const row = rows.find((candidate) => candidate.dataset.control === control)!;
    const target =
      row.querySelector<HTMLElement>(`[data-field=${field}]`) ?? row.querySelector('th')!;
    // a row header (read-only table) becomes focusable
    if (target.tabIndex < 0) target.setAttribute('tabindex', '-1');
    target.focus();
    return true;
  }

  /** @internal */
  setFilter(name: keyof SoaFilter, value: string): void {
    this.filter = { ...this.filter, [name]: value };
  }
  /** @internal */
  clearFilters(): void {
    this.filter = {};
  }
  /** Sorts by a column: ascending, or descending when it already sorts ascending. @internal */
  sortBy(key: SortKey): void {
    const flip = this.sort.key === key && this.sort.dir === 'ascending';
    this.sort = { key, dir: flip ? 'descending' : 'ascending' };
  }

  /**
   * The SoA in a format: CSV text, or JSON text (aimskit's `aimskit.soa/1` or an OSCAL component
   * definition).
   */
  exportAs(format: SoaExportFormat, now: Date = new Date()): string {
    const snap = this.shown?.state;
    if (!snap) return '';
    const options = { locale: this.effectiveLocale, visible: snap.visible, now };
    const { definition, response } = snap;
    if (format === 'csv') return soaToCsv(definition, response, options);
    const toModel = format === 'json' ? soaToJson : soaToOscal;
    return JSON.stringify(toModel(definition, response, options), null, 2);
  }

  /**
   * Emits `aims-soa-export` and, unless prevented, downloads the file (CSV with a byte order mark
   * for spreadsheets).
   */
  download(format: SoaExportFormat): void {
    const snap = this.shown?.state;
    if (!snap) return;
    const csv = format === 'csv';
    const type = csv ? 'text/csv' : 'application/json';
    const content = this.exportAs(format);
    const suffix = format === 'oscal' ? '-oscal' : '';
    const filename = `${snap.definition.id}-soa${suffix}.${csv ? 'csv' : 'json'}`;
    if (!this.emit(new AimsSoaExportEvent({ format, filename, type, content }))) return;
    const blob = new Blob([csv ? '\uFEFF' : '', content], { type: `${type};charset=utf-8` });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const reordered = changed.has('sort') || changed.has('filter');
    if (reordered && !this.steps.grownSinceUpdate && this.hasUpdated) this.steps.restart();
  }
  /**
   * Resolves when every shown row is rendered (a long table renders in steps: 40 rows first, more
   * per step while the steps are quick).
   */
  allRendered(): Promise<void> {
    return this.steps.allRendered();
  }

  /** What every row of this render reads (the words translated once). */
  private rowContext(): RowContext {
    const statusLabels = mapValues(STATUS_KEYS, (key) => this.msg(key));
    return {
      edit: !this.readonly && !this.printing,
      statusLabels,
      applicabilityLabels: mapValues(APPLICABILITY_KEYS, (key) => this.msg(key)),
      statusAuto: this.msg('soaStatusAuto'),
      statusDerived: (status) => this.msg('soaStatusDerived', { status: statusLabels[status] }),
      sourceLabel: (row) => (row.source ? this.msg(SOURCE_KEYS[row.source]) : '–'),
      decisionOf: (control) => this.decisionOf(control),
      errorOf: (control) => this.errors.get(control),
      isPending: (control) => this.pending.has(control),
      proposed: this.msg('soaProposed'),
      confirmLabel: this.msg('soaConfirmProposal'),
      confirm: (row) =>
        this.commit(row.control, {
          applicable: false,
          justification: row.proposedJustification ?? undefined,
        }),
    };
  }

  protected body(snap: SessionSnapshot) {
    const all = this.rows;
    if (!all.length) return html`<p part="base">${this.msg('soaNoControls')}</p>`;
    const printing = this.printing;
    const shown = printing ? all : sortRows(filterRows(all, this.filter), this.sort);
    const grouped = this.sort.key === 'control' || printing;
    const rendered = printing ? shown : this.steps.slice(shown);
    const context = this.rowContext();
    return html`<div part="base" class="base">
      ${renderSummary(this, soaCompletenessOf(snap))}
      ${printing ? '' : renderToolbar(this, all, shown.length)}
      ${renderSoaTable(this, this.text(snap.definition.title), groupRows(rendered, grouped), {
        grouped,
        empty: !shown.length,
        onChange: this.onField,
        renderRow: (row) => renderSoaRow(context, row),
      })}
    </div>`;
  }
}
