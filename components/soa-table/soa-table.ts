import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  IMPLEMENTATION_STATUSES,
  type ImplementationStatus,
  type SoaDecision,
} from '../../src/model/index.js';
import { applicabilityWord, soaCompleteness, type SoaCompleteness } from '../../src/scoring/soa.js';
import { soaRows, soaToCsv, soaToJson, soaToOscal, type SoaRow } from '../../src/io/soa-export.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import { AimsSessionElement, type KeyOf } from '../base/session-element.js';
import { shared, tokens } from '../base/styles.js';
import {
  AimsSoaChangeEvent,
  AimsSoaExportEvent,
  type SoaDecisionDetail,
  type SoaExportFormat,
} from './events.js';
import { filterRows, sortRows, type SoaFilter, type SoaSort, type SortKey } from './soa-view.js';
import { styles } from './soa-table.styles.js';
import { addEnglish } from '../base/i18n.js';
import { soaEn } from './messages.js';

addEnglish(soaEn);

type Key = KeyOf<'soa'>;
/** Rows rendered per task: a long table grows in steps, so that no sort or filter makes a long task (> 50 ms);
 * Annex A's 38 controls still render at once. */
const CHUNK = 40;
type Field = 'applicable' | 'justification' | 'status' | 'owner';
const COLUMNS = [
  'Control',
  'Title',
  'Objective',
  'Applicable',
  'Justification',
  'Status',
  'Source',
  'Owner',
  'Risks',
  'Evidence',
] as const;
const FORMATS: SoaExportFormat[] = ['csv', 'json', 'oscal'];
/** A word as the tail of a message key: `not-applicable` → `NotApplicable`. */
const cap = (s: string) => s.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase());

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
export class AimsSoaTable extends AimsSessionElement<'soa'> {
  static override styles = [tokens, shared, styles];
  static override properties = {
    readonly: { type: Boolean, reflect: true },
    sort: { attribute: false },
    filter: { attribute: false },
    errors: { state: true },
    printing: { state: true },
    limit: { state: true },
  };

  /** Shows the SoA without editing controls. */
  readonly = false;
  /** The sort: `{ key, dir }` (default: by control, ascending, grouped by objective). */
  sort: SoaSort = { key: 'control', dir: 'ascending' };
  /** The filters and search. */
  filter: SoaFilter = {};
  /** A refused change's message per control; `pending` holds the exclusions waiting for a justification. */
  private errors = new Map<string, unknown>();
  private readonly pending = new Set<string>();
  private printing = false;
  private limit = CHUNK;
  private more?: ReturnType<typeof setTimeout>;
  protected override pfx = 'soa' as const;
  private cache?: [unknown, string, SoaRow[]];
  private readonly onPrint = (e: Event) => {
    this.printing = e.type === 'beforeprint';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const t of ['beforeprint', 'afterprint']) addEventListener(t, this.onPrint);
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const t of ['beforeprint', 'afterprint']) removeEventListener(t, this.onPrint);
  }

  /** Every row (unfiltered, definition order), as `soaRows` returns them for the current response. */
  get rows(): readonly SoaRow[] {
    const st = this.shown?.state,
      locale = this.effectiveLocale,
      c = this.cache;
    if (!st) return [];
    if (c?.[0] !== st.response || c[1] !== locale)
      this.cache = [
        st.response,
        locale,
        soaRows(st.definition, st.response, { locale, visible: st.visible }),
      ];
    return this.cache![2];
  }
  private decisionOf(control: string): SoaDecision | undefined {
    const soa = this.snap.response.soa;
    return soa && Object.hasOwn(soa, control) ? soa[control] : undefined;
  }
  private fail(control: string, message?: unknown, pending?: boolean) {
    this.errors = new Map(this.errors);
    if (message) this.errors.set(control, message);
    else this.errors.delete(control);
    if (pending) this.pending.add(control);
    else this.pending.delete(control);
  }

  /** An inline field changed: one `soa` action (merged over the current decision), or a refusal with its reason. */
  private readonly onField = (e: Event): void => {
    const el = e.target as HTMLInputElement,
      f = el.dataset.field as Field,
      c = el.closest('tr')!.dataset.control!,
      s = this.shown;
    const r = this.rows.find((x) => x.control === c)!,
      d = this.decisionOf(c),
      v = el.value.trim(),
      p = this.pending.has(c);
    let change: SoaDecisionDetail = { [f]: v || undefined };
    if (f === 'applicable' || f === 'justification') {
      const a =
        f === 'justification'
          ? p
            ? false
            : (d?.applicable ?? r.applicable ?? undefined)
          : v
            ? v === 'yes'
            : undefined;
      const why =
        f === 'justification'
          ? v
          : (d?.justification ?? (r.applicable === a ? r.justification : '')).trim();
      // Excluding a control needs a justification (a rule of the table, not of the session).
      if (a === false && !why) {
        this.fail(c, this.t('ErrorExclude'), p || f === 'applicable');
        if (f === 'applicable') void this.focusField(c, 'justification');
        return;
      }
      change = { applicable: a, justification: why || undefined };
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries({ ...d, ...change }))
      if (x !== undefined && k !== 'updatedAt') out[k] = x;
    const decision = Object.keys(out).length ? (out as SoaDecisionDetail) : null;
    try {
      s!.dispatch({ type: 'soa', control: c, decision });
    } catch (err) {
      return this.fail(c, this.msgEn('errorAction', { problem: (err as Error).message }), p);
    }
    this.fail(c);
    this.emit(new AimsSoaChangeEvent({ control: c, decision }));
  };

  /** Shows a control's row (clearing filters that hide it) and focuses one of its fields. */
  async focusField(control: string, field: Field = 'applicable'): Promise<boolean> {
    if (!this.rows.some((r) => r.control === control)) return false;
    if (!filterRows(this.rows, this.filter).some((r) => r.control === control)) this.filter = {};
    this.limit = Infinity;
    await this.updateComplete;
    const row = [...this.renderRoot.querySelectorAll<HTMLElement>('tr[data-control]')].find(
      (t) => t.dataset.control === control,
    )!;
    const target =
      row.querySelector<HTMLElement>(`[data-field=${field}]`) ?? row.querySelector('th')!;
    target.tabIndex = target.tabIndex; // a row header (read-only table) becomes focusable (-1)
    target.focus();
    return true;
  }

  /** The SoA in a format: CSV text, or JSON text (aimskit's `aimskit.soa/1` or an OSCAL component definition). */
  exportAs(format: SoaExportFormat, now: Date = new Date()): string {
    const st = this.shown?.state;
    if (!st) return '';
    const o = { locale: this.effectiveLocale, visible: st.visible, now },
      d = st.definition,
      r = st.response;
    return format === 'csv'
      ? soaToCsv(d, r, o)
      : JSON.stringify((format === 'json' ? soaToJson : soaToOscal)(d, r, o), null, 2);
  }

  /** Emits `aims-soa-export` and, unless prevented, downloads the file (CSV with a byte order mark for spreadsheets). */
  download(format: SoaExportFormat): void {
    const st = this.shown?.state;
    if (!st) return;
    const csv = format === 'csv',
      type = csv ? 'text/csv' : 'application/json',
      content = this.exportAs(format);
    const filename = `${st.definition.id}-soa${format === 'oscal' ? '-oscal' : ''}.${csv ? 'csv' : 'json'}`;
    if (!this.emit(new AimsSoaExportEvent({ format, filename, type, content }))) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(
      new Blob([csv ? '\uFEFF' : '', content], { type: `${type};charset=utf-8` }),
    );
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if ((changed.has('sort') || changed.has('filter')) && !changed.has('limit') && this.hasUpdated)
      this.limit = CHUNK;
  }
  protected override updated(): void {
    clearTimeout(this.more);
    if (this.limit < this.rows.length && !this.printing)
      this.more = setTimeout(() => {
        this.limit += CHUNK;
      });
  }
  /** Resolves when every shown row is rendered (a long table renders in steps of 40 rows). */
  async allRendered(): Promise<void> {
    while ((await this.updateComplete, this.limit < this.rows.length && !this.printing))
      await new Promise((r) => setTimeout(r));
  }

  private status(s: ImplementationStatus) {
    return this.t(`Status${cap(s)}` as Key);
  }
  private yes(a: boolean | null) {
    return this.t(cap(applicabilityWord(a)) as Key);
  }
  private row(r: SoaRow, edit: boolean) {
    const c = r.control,
      d = this.decisionOf(c),
      err = this.errors.get(c),
      p = this.pending.has(c),
      st = d?.status ?? '',
      s = IMPLEMENTATION_STATUSES.map((x) => this.status(x));
    const by = (f: string) => `h-${f} r-${c}`;
    // One template per row, options written out: a nested template per option made a long table slow to build.
    return html`<tr part="row" data-control=${c}>
      <th scope="row" id=${`r-${c}`}>${c}</th>
      <td>${r.title}</td>
      <td>${r.objective}</td>
      ${
        edit
          ? html` <td>
                <select
                  aria-labelledby=${by('applicable')}
                  data-field="applicable"
                  .value=${live(p ? 'no' : r.applicable === null ? '' : applicabilityWord(r.applicable))}
                >
                  <option value="">${this.yes(null)}</option>
                  <option value="yes">${this.yes(true)}</option>
                  <option value="no">${this.yes(false)}</option>
                </select>
              </td>
              <td>
                <input
                  aria-labelledby=${by('justification')}
                  data-field="justification"
                  .value=${live(d?.justification ?? r.justification)}
                  aria-invalid=${err ? 'true' : nothing}
                  aria-describedby=${err ? `e-${c}` : nothing}
                />${err ? html`<p part="error" id=${`e-${c}`}>${err}</p>` : ''}
              </td>
              <td>
                ${
                  p || r.applicable === false
                    ? s[4]
                    : html`<select
                        aria-labelledby=${by('status')}
                        data-field="status"
                        .value=${live(st)}
                      >
                        <option value="">
                          ${st ? this.t('StatusAuto') : this.t('StatusDerived', { status: this.status(r.status) })}
                        </option>
                        <option value="implemented">${s[0]}</option>
                        <option value="partial">${s[1]}</option>
                        <option value="planned">${s[2]}</option>
                        <option value="alternative">${s[3]}</option>
                      </select>`
                }
              </td>`
          : html`<td>${this.yes(r.applicable)}</td>
              <td>${r.justification}</td>
              <td>${this.status(r.status)}</td>`
      }
      <td>${r.source ? this.t(`Source${cap(r.source)}` as Key) : '–'}</td>
      <td>
        ${edit ? html`<input aria-labelledby=${by('owner')} data-field="owner" .value=${live(r.owner ?? '')} />` : r.owner}
      </td>
      <td>${r.risks.join(', ')}</td>
      <td>${r.evidence}</td>
    </tr>`;
  }

  protected body(st: SessionSnapshot) {
    const all = this.rows,
      f = this.filter,
      pr = this.printing,
      edit = !this.readonly && !pr;
    if (!all.length) return html`<p part="base">${this.t('NoControls')}</p>`;
    const done: SoaCompleteness = soaCompleteness(all);
    const shown = pr ? all : sortRows(filterRows(all, f), this.sort),
      some = pr ? shown : shown.slice(0, this.limit);
    const setFilter = (e: Event) => {
      const t = e.target as HTMLInputElement;
      this.filter = { ...f, [t.name]: t.value } as SoaFilter;
    };
    const choice = (name: keyof SoaFilter, opts: [string, string][]) =>
      html`<label
        >${this.t(`Col${cap(name)}` as Key)}
        <select name=${name} .value=${f[name] ?? ''} @change=${setFilter}>
          <option value="">${this.t('All')}</option>
          ${opts.map(([v, t]) => html`<option value=${v} ?selected=${v === f[name]}>${t}</option>`)}
        </select></label
      >`;
    const gap = (ids: readonly string[], label: Key, field: Field) =>
      ids.length && !pr
        ? html`<p>
            ${this.t(label)}:
            ${ids.map((c) => html`<button type="button" class="link" part="gap" @click=${() => this.focusField(c, field)}>${c}</button> `)}
          </p>`
        : '';
    const grouped = this.sort.key === 'control' || pr,
      groups: SoaRow[][] = [];
    for (const r of some) {
      const g = groups.at(-1);
      if (g && (!grouped || g[0]!.objective === r.objective)) g.push(r);
      else groups.push([r]);
    }
    const title = this.text(st.definition.title);
    return html`<div part="base" class="base">
      <section part="summary" class="box" aria-label=${this.t('Summary')}>
        <p>
          <b>${this.t('Decided', { n: done.decided, total: done.total })}</b> ·
          <b>${this.t('Justified', { n: done.justified, total: done.decided })}</b> ·
          <b>${this.t('Implemented', { n: done.implemented, total: done.total })}</b>
        </p>
        ${done.complete ? html`<p>${this.t('Complete')}</p>` : ''}${gap(done.undecided, 'Undecided', 'applicable')}${gap(done.unjustified, 'GapUnjustified', 'justification')}
      </section>
      ${
        pr
          ? ''
          : html`<div part="toolbar" class="bar">
                <div role="search" class="bar">
                  <label
                    >${this.t('Search')}
                    <input type="search" name="search" .value=${f.search ?? ''} @input=${setFilter}
                  /></label>
                  ${choice(
                    'applicable',
                    [true, false, null].map((a) => [applicabilityWord(a), this.yes(a)]),
                  )}
                  ${choice(
                    'status',
                    IMPLEMENTATION_STATUSES.map((s) => [s, this.status(s)]),
                  )}
                  ${choice(
                    'objective',
                    [...new Map(all.map((r) => [r.objective, r.objectiveTitle]))]
                      .filter(([o]) => o)
                      .map(([o, t]) => [o, t ? `${o} ${t}` : o]),
                  )}
                </div>
                <div role="group" aria-label=${this.t('Export')}>
                  ${FORMATS.map(
                    (x) =>
                      html`<button
                        type="button"
                        class="btn"
                        part="button"
                        @click=${() => this.download(x)}
                      >
                        ${this.t(`Export${cap(x)}` as Key)}
                      </button> `,
                  )}<button type="button" class="btn" part="button" @click=${() => print()}>
                    ${this.t('Print')}
                  </button>
                </div>
              </div>
              <p role="status">
                ${shown.length === all.length ? '' : this.t('Showing', { shown: shown.length, total: all.length })}
              </p>`
      }
      <div class="scroll" tabindex="0" role="region" aria-labelledby="cap">
        <table part="table" @change=${this.onField}>
          <caption id="cap">
            ${this.t('Caption')}: ${title}
          </caption>
          <thead>
            <tr>
              ${COLUMNS.map((k, i) => {
                const key = k.toLowerCase() as SortKey,
                  on = this.sort.key === key,
                  name = this.t(`Col${k}`);
                return html`<th
                  scope="col"
                  id=${`h-${key}`}
                  aria-sort=${on ? this.sort.dir : nothing}
                >
                  ${
                    i === 4 || pr
                      ? name
                      : html`<button
                          type="button"
                          class="sort"
                          @click=${() => {
                            this.sort = {
                              key,
                              dir: on && this.sort.dir === 'ascending' ? 'descending' : 'ascending',
                            };
                          }}
                        >
                          ${name}<span aria-hidden="true"
                            >${on ? (this.sort.dir === 'ascending' ? '▲' : '▼') : ''}</span
                          >
                        </button>`
                  }
                </th>`;
              })}
            </tr>
          </thead>
          ${groups.map(
            (g) =>
              html`<tbody>
                ${
                  grouped
                    ? html`<tr part="group">
                        <th scope="rowgroup" colspan="10">
                          ${
                            g[0]!.objective
                              ? `${g[0]!.objective} ${g[0]!.objectiveTitle}`
                              : this.t('OtherControls')
                          }
                        </th>
                      </tr>`
                    : ''
                }${repeat(
                  g,
                  (r) => r.control,
                  (r) => this.row(r, edit),
                )}
              </tbody>`,
          )}
          ${
            shown.length
              ? ''
              : html`<tbody>
                  <tr>
                    <td colspan="10">
                      ${this.t('NoMatch')}
                      <button
                        type="button"
                        class="link"
                        @click=${() => {
                          this.filter = {};
                        }}
                      >
                        ${this.t('ClearFilters')}
                      </button>
                    </td>
                  </tr>
                </tbody>`
          }
        </table>
      </div>
    </div>`;
  }
}
