import { html, nothing } from 'lit';
import type { AimsIssue, Risk } from '../../src/model/index.js';
import { riskCell, riskLevel, summarizeRisks, type RiskSummary } from '../../src/scoring/index.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import { AimsSessionElement, type KeyOf } from '../base/session-element.js';
import { shared, tokens } from '../base/styles.js';
import { AimsCellSelectEvent, AimsRiskChangeEvent } from './events.js';
import { styles } from './risk-matrix.styles.js';
import { addEnglish } from '../base/i18n.js';
import { riskEn } from './messages.js';

addEnglish(riskEn);

export type RiskView = 'inherent' | 'residual';
type Cell = readonly [number, number];
type Key = KeyOf<'risk'>;

/** The five built-in colour slots, low to high; a matrix with other level ids is spread over them. */
const SLOTS = ['very-low', 'low', 'medium', 'high', 'very-high'];
const VIEWS = ['Inherent', 'Residual'] as const;
const TREAT = ['Mitigate', 'Accept', 'Transfer', 'Avoid'];
const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));
const same = (a?: Cell | null, b?: Cell | null) => !!a && !!b && a[0] === b[0] && a[1] === b[1];
/** The form field a session issue is about (`risks[3].title` → `title`). */
const fieldOf = (path: string) => /^risks\[\d+\]\.(\w+)/.exec(path)?.[1] ?? '';

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
export class AimsRiskMatrix extends AimsSessionElement<'risk'> {
  static override styles = [tokens, shared, styles];
  static override properties = {
    readonly: { type: Boolean, reflect: true },
    view: {},
    showMovement: { type: Boolean, attribute: 'show-movement' },
    selected: { state: true },
    editing: { state: true },
    issues: { state: true },
    status: { state: true },
    active: { state: true },
  };

  /** Review mode: the grid and register are shown, nothing can be changed. */
  readonly = false;
  /** Which positions the grid counts: `inherent` (before treatment, default) or `residual`. */
  view: RiskView = 'inherent';
  /** Marks each risk's inherent (○) and residual (●) cell on the grid. */
  showMovement = false;
  /** The selected cell `[likelihoodIndex, impactIndex]`; the register lists only its risks. */
  private selected?: Cell;
  /** The risk being edited: its id, `''` for a new one, undefined when the form is closed. */
  private editing?: string;
  /** Why the session refused the form's risk (the first problem per field). */
  private issues: readonly AimsIssue[] = [];
  private status = '';
  private active: Cell = [Infinity, 0];
  private sum!: RiskSummary;
  protected override pfx = 'risk' as const;
  private readonly q = (sel: string) => this.renderRoot.querySelector<HTMLElement>(sel);

  /** "3 risks", "1 risk". */
  private n(n: number): string {
    return this.t(n === 1 ? 'CountOne' : 'Count', { count: n });
  }
  private get risks(): Risk[] {
    return this.shown?.state.response.risks ?? [];
  }
  private get ro(): boolean {
    return this.readonly || !this.shown;
  }
  /** The risks the register lists: all, or those in the selected cell (in the current view). */
  private get listed(): Risk[] {
    return this.risks.filter(
      (r) => !this.selected || same(riskCell(this.sum.matrix, r, this.view), this.selected),
    );
  }
  /** A level's name, or a dash. */
  private lv(id: string | null): string {
    const l = this.sum.matrix.levels.find((e) => e.id === id);
    return l ? this.text(l.label) : '—';
  }
  /** A level's colour (its own token, else one of the five built-in ones), applied in `updated()`. */
  private col(id: string | null): string {
    const ls = this.sum.matrix.levels,
      k = ls.findIndex((e) => e.id === id),
      n = ls.length;
    return k < 0
      ? ''
      : `var(--aims-risk-${id!.replace(/[^\w-]/g, '-')}, var(--_risk-${SLOTS[n < 2 ? 2 : Math.round((k * 4) / (n - 1))]}))`;
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
  /** Saves the form (trimmed, empty optional fields left out): adds or updates the risk, or shows why the session refused it. */
  private save(form: HTMLFormElement): void {
    const id = this.editing,
      fd = new FormData(form),
      c = fd.getAll('controls');
    const risk: Record<string, unknown> = {
      id: id || this.nextId(),
      title: '',
      likelihood: '',
      impact: '',
    };
    for (const [k, v] of fd)
      if (k !== 'controls' && (v as string).trim()) risk[k] = (v as string).trim();
    if (c.length) risk.controls = c;
    try {
      this.shown!.dispatch({ type: id ? 'risk-update' : 'risk-add', risk: risk as Risk });
    } catch (e) {
      // The session decides what is wrong; a field it refuses that was left empty is said in the UI's language
      // (message ''), any other reason in the session's own (English) words.
      const all = (
        (e as { issues?: AimsIssue[] }).issues ?? [{ path: '', message: (e as Error).message }]
      ).map((i) => (fieldOf(i.path) && !risk[fieldOf(i.path)] ? { ...i, message: '' } : i));
      this.issues = all.filter((x, k) => all.findIndex((y) => y.path === x.path) === k);
      void this.updateComplete.then(() =>
        (this.q('form [aria-invalid=true]') ?? this.q('[part~=error]'))?.focus(),
      );
      return;
    }
    const rid = risk.id as string;
    this.editing = undefined;
    this.status = this.t(id ? 'Saved' : 'Added', { id: rid });
    this.emit(
      new AimsRiskChangeEvent({
        action: id ? 'update' : 'add',
        id: rid,
        risk: this.risks.find((r) => r.id === rid)!,
      }),
    );
    void this.focusAfter(rid);
  }
  /** Removes a risk, unless a listener cancels `aims-risk-change`. */
  removeRisk(id: string): void {
    const risk = this.risks.find((r) => r.id === id);
    if (!risk || this.ro || !this.emit(new AimsRiskChangeEvent({ action: 'remove', id, risk })))
      return;
    this.shown!.dispatch({ type: 'risk-remove', id });
    if (this.editing === id) this.editing = undefined;
    this.status = this.t('Removed', { id });
    void this.focusAfter();
  }
  /** The id the next new risk gets: `R-<n>`, one above the highest number in use. */
  nextId(): string {
    return `R-${Math.max(0, ...this.risks.map((r) => +(/^R-(\d+)$/.exec(r.id)?.[1] ?? 0))) + 1}`;
  }
  private async focusAfter(id = ''): Promise<void> {
    await this.updateComplete;
    (this.q(`[data-risk="${CSS.escape(id)}"] button`) ?? this.q('[data-add]'))?.focus();
  }

  /** Selects a cell `[likelihoodIndex, impactIndex]` (the register lists its risks); again, or no argument, clears it. */
  select(cell?: Cell): void {
    const m = this.sum.matrix;
    const s = (this.selected = cell && !same(cell, this.selected) ? cell : undefined),
      l = s && m.likelihood[s[0]]!.id,
      i = s && m.impact[s[1]]!.id;
    this.emit(
      new AimsCellSelectEvent({
        likelihood: l ?? null,
        impact: i ?? null,
        level: s ? riskLevel(m, l!, i!) : null,
        view: this.view,
        count: this.listed.length,
      }),
    );
  }

  /** Clicks and keys on the grid (roving tabindex; Left and Right swap in right-to-left pages). */
  private readonly onGrid = (e: Event): void => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('[role=gridcell]'),
      m = this.sum.matrix;
    if (!td) return;
    const top = m.likelihood.length - 1,
      end = m.impact.length - 1,
      d = this.rtl ? -1 : 1,
      k = (e as KeyboardEvent).ctrlKey;
    const l = +td.dataset.l!,
      i = +td.dataset.i!,
      key = e.type === 'click' ? ' ' : (e as KeyboardEvent).key;
    const to =
      key === ' ' || key === 'Enter'
        ? (this.select([l, i]), [l, i])
        : (
            {
              ArrowUp: [l + 1, i],
              ArrowDown: [l - 1, i],
              ArrowRight: [l, i + d],
              ArrowLeft: [l, i - d],
              Home: [k ? top : l, 0],
              End: [k ? 0 : l, end],
              PageUp: [top, i],
              PageDown: [0, i],
            } as Record<string, number[]>
          )[key];
    if (!to) return;
    e.preventDefault();
    this.active = [clamp(to[0]!, top), clamp(to[1]!, end)];
    void this.updateComplete.then(() => this.q('[role=gridcell][tabindex="0"]')?.focus());
  };

  protected override updated(): void {
    // Level colours through the CSSOM (no style attributes, so no 'unsafe-inline' is needed).
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('[data-c]'))
      el.style.setProperty('--_c', el.dataset.c!);
  }

  private badge(level: string | null) {
    return html`<span class="sw" data-c=${this.col(level)}>${this.lv(level)}</span>`;
  }
  private btn(label: unknown, click: () => void, cls = 'link') {
    return html`<button type="button" part="button" class=${cls} @click=${click}>${label}</button>`;
  }

  /** The register: a table of the listed risks, with edit and remove buttons unless read-only. */
  private register() {
    const rows = this.listed,
      ro = this.ro,
      sel = this.selected,
      m = this.sum.matrix,
      sc = new Map(this.sum.risks.map((s) => [s.id, s]));
    const date = new Intl.DateTimeFormat(this.effectiveLocale, {
      dateStyle: 'medium',
      timeZone: 'UTC',
    });
    const title = sel
      ? this.t('RegisterCell', {
          cell: `${this.text(m.likelihood[sel[0]]!.label)} × ${this.text(m.impact[sel[1]]!.label)}`,
          view: this.t(VIEWS[+(this.view === 'residual')]),
          count: this.n(rows.length),
        })
      : this.t('Register');
    const more = (x: unknown) => (x ? html`<br /><small>${x}</small>` : '');
    return html`<div class="bar">
        ${rows.length ? '' : html`<p class="h">${title}</p>`}${sel ? this.btn(this.t('ShowAll'), () => this.select(), 'btn') : ''}${
          ro
            ? ''
            : html`<button
                type="button"
                part="button"
                class="btn primary"
                data-add
                @click=${() => this.edit()}
              >
                ${this.t('Add')}
              </button>`
        }
      </div>
      ${
        rows.length
          ? html`<div class="scroll">
              <table part="register">
                <caption>
                  ${title}
                </caption>
                <thead>
                  <tr>
                    ${(
                      [
                        'Id',
                        'FieldTitle',
                        'Inherent',
                        'Residual',
                        'Treatment',
                        'Owner',
                        'Due',
                        ...(ro ? [] : ['Actions']),
                      ] as Key[]
                    ).map(
                      (k) =>
                        html`<th scope="col">
                          ${k === 'Actions' ? html`<span class="vh">${this.t(k)}</span>` : this.t(k)}
                        </th>`,
                    )}
                  </tr>
                </thead>
                <tbody>
                  ${rows.map((r) => {
                    const s = sc.get(r.id)!,
                      t = r.treatment;
                    return html`<tr part="row" data-risk=${r.id}>
                      <th scope="row">${r.id}</th>
                      <td>
                        ${r.title}${more(r.system)}${more(r.controls?.length && this.t('ControlsList', { ids: r.controls.join(', ') }))}
                      </td>
                      <td>${this.badge(s.inherent)}</td>
                      <td>
                        ${this.badge(s.residual)}${s.exceedsAppetite ? html` <strong part="appetite">${this.t('AboveAppetite')}</strong>` : ''}
                      </td>
                      <td>
                        ${t ? this.t(`Treat${t[0]!.toUpperCase()}${t.slice(1)}` as Key) : '—'}
                      </td>
                      <td>${r.owner || '—'}</td>
                      <td>
                        ${r.due && !Number.isNaN(Date.parse(r.due)) ? date.format(new Date(r.due)) : '—'}
                      </td>
                      ${
                        ro
                          ? ''
                          : html`<td class="acts">
                              ${(['Edit', 'Remove'] as const).map((k) =>
                                this.btn(
                                  html`${this.t(k)}<span class="vh"> ${r.title}</span>`,
                                  () => (k === 'Edit' ? this.edit(r.id) : this.removeRisk(r.id)),
                                ),
                              )}
                            </td>`
                      }
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
          : html`<p>${this.t(sel ? 'NoneInCell' : 'Empty')}</p>`
      }`;
  }

  /** The add/edit form, one field builder for every field; an issue's message names its field (legend and label). */
  private form() {
    const id = this.editing!,
      m = this.sum.matrix,
      r = this.risks.find((x) => x.id === id) as Record<string, string> | undefined;
    const bad = new Set(this.issues.map((i) => fieldOf(i.path))),
      names: Record<string, string> = { id: this.t('Id'), controls: this.t('Controls') };
    const controls = (this.snap.definition.requirements ?? []).filter((q) => q.kind === 'control');
    /** A text field (`opts` undefined), a text area (`opts` 0) or a list of `[value, label]` options after an empty one. */
    const field = (name: string, key: Key, opts?: string[][] | 0, empty?: Key, leg = '') => {
      const v = r?.[name] ?? '',
        req = name === 'title' || empty === 'Choose',
        inv = bad.has(name) ? 'true' : nothing,
        by = bad.has(name) ? 'rf-err' : nothing;
      names[name] = leg + this.t(key);
      return html`<label class=${name === 'description' ? 'wide' : ''}
        ><span>${this.t(key)}${req ? html`<span aria-hidden="true"> *</span>` : ''}</span>${
          opts
            ? html`<select name=${name} ?required=${req} aria-invalid=${inv} aria-describedby=${by}>
                <option value="">${this.t(empty!)}</option>
                ${opts.map(
                  ([o, t]) => html`<option value=${o!} ?selected=${o === v}>${t}</option>`,
                )}
              </select>`
            : opts === 0
              ? html`<textarea
                  name=${name}
                  rows="3"
                  .defaultValue=${v}
                  aria-invalid=${inv}
                  aria-describedby=${by}
                ></textarea>`
              : html`<input
                  name=${name}
                  type=${name === 'due' ? 'date' : 'text'}
                  value=${name === 'due' ? v.slice(0, 10) : v}
                  ?required=${req}
                  aria-invalid=${inv}
                  aria-describedby=${by}
                />`
        }</label
      >`;
    };
    const fields = html`${field('title', 'FieldTitle')}${field('system', 'System')}${field('description', 'Description', 0)}${VIEWS.map(
      (g) =>
        html`<fieldset>
          <legend>${this.t(g)}</legend>
          ${(['Likelihood', 'Impact'] as const).map((k) => {
            const inh = g === 'Inherent',
              n = k.toLowerCase() as 'impact';
            return field(
              inh ? n : `residual${k}`,
              k,
              m[n].map((e) => [e.id, this.text(e.label)]),
              inh ? 'Choose' : 'SameAsInherent',
              `${this.t(g)} – `,
            );
          })}
        </fieldset>`,
    )}${field(
      'treatment',
      'Treatment',
      TREAT.map((t) => [t.toLowerCase(), this.t(`Treat${t}` as Key)]),
      'TreatNone',
    )}${field('owner', 'Owner')}${field('due', 'Due')}${
      controls.length
        ? html`<fieldset class="wide">
            <legend>${names.controls}</legend>
            <div class="checks">
              ${controls.map(
                (c) =>
                  html`<label
                    ><input
                      type="checkbox"
                      name="controls"
                      value=${c.id}
                      ?checked=${!!r?.controls?.includes(c.id)}
                    /><span><b>${c.id}</b> ${this.text(c.title)}</span></label
                  >`,
              )}
            </div>
          </fieldset>`
        : ''
    }`;
    return html`<form
      part="form"
      class="form box"
      novalidate
      aria-labelledby="rf-title"
      @submit=${(e: Event) => {
        e.preventDefault();
        this.save(e.target as HTMLFormElement);
      }}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          this.cancel();
        }
      }}
    >
      <p id="rf-title" class="h wide">
        ${this.t(id ? 'FormEdit' : 'FormAdd', { id: id || this.nextId() })}
      </p>
      ${
        this.issues.length
          ? html`<div part="error" id="rf-err" class="notice error wide" role="alert" tabindex="-1">
              <p>${this.t('Refused')}</p>
              <ul>
                ${this.issues.map((i) => html`<li>${names[fieldOf(i.path)] ? `${names[fieldOf(i.path)]}: ` : ''}${i.message ? html`<span lang="en">${i.message}</span>` : this.t('Missing')}</li>`)}
              </ul>
            </div>`
          : ''
      }
      ${fields}
      <div class="bar wide">
        <button part="button" class="btn primary">${this.t('Save')}</button
        >${this.btn(this.t('Cancel'), () => this.cancel(), 'btn')}
      </div>
    </form>`;
  }

  protected body(st: SessionSnapshot) {
    const sum = (this.sum = summarizeRisks(st.definition, st.response)),
      m = sum.matrix,
      view = this.view,
      mv = this.showMovement;
    const top = m.likelihood.length - 1,
      act = [clamp(this.active[0], top), clamp(this.active[1], m.impact.length - 1)] as const;
    const at = this.risks.map(
      (r) => [r.id, riskCell(m, r, 'inherent'), riskCell(m, r, 'residual')] as const,
    );
    return html`<div part="base" class="base">
      <div part="toolbar" class="bar">
        <fieldset>
          <legend>${this.t('View')}</legend>
          ${VIEWS.map(
            (v) =>
              html`<label
                ><input
                  type="radio"
                  name="view"
                  .checked=${view === v.toLowerCase()}
                  @change=${() => {
                    this.view = v.toLowerCase() as RiskView;
                  }}
                />${this.t(v)}</label
              >`,
          )}
        </fieldset>
        <label
          ><input
            type="checkbox"
            .checked=${mv}
            @change=${(e: Event) => {
              this.showMovement = (e.target as HTMLInputElement).checked;
            }}
          />${this.t('Movement')}</label
        >
      </div>
      <div class="scroll">
        <table part="grid" role="grid" @keydown=${this.onGrid} @click=${this.onGrid}>
          <caption>
            ${this.t('GridCaption', { view: this.t(VIEWS[+(view === 'residual')]) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <small>${this.t('Impact')} →<br />${this.t('Likelihood')} ↑</small>
              </th>
              ${m.impact.map((e) => html`<th scope="col" part="axis">${this.text(e.label)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${m.likelihood.map((_, r) => {
              const l = top - r,
                lik = m.likelihood[l]!;
              return html`<tr>
                <th scope="row" part="axis">${this.text(lik.label)}</th>
                ${m.impact.map((imp, i) => {
                  const level = riskLevel(m, lik.id, imp.id),
                    n = sum.cells[view][l]?.[i] ?? 0,
                    here = [l, i] as const,
                    name = this.lv(level);
                  const now = mv ? at.filter((p) => same(p[2], here)).map((p) => p[0]) : [];
                  const was = mv
                    ? at.filter((p) => same(p[1], here) && !same(p[2], here)).map((p) => p[0])
                    : [];
                  return html`<td
                    role="gridcell"
                    part="cell"
                    data-l=${l}
                    data-i=${i}
                    data-c=${this.col(level)}
                    tabindex=${same(here, act) ? 0 : -1}
                    aria-selected=${same(here, this.selected)}
                  >
                    <span class="vh"
                      >${this.t('Cell', {
                        likelihood: this.text(lik.label),
                        impact: this.text(imp.label),
                        level: name,
                        count: this.n(n),
                      })}${
                        now.length ? `. ${this.t('ResidualHere', { ids: now.join(', ') })}` : ''
                      }${was.length ? `. ${this.t('InherentHere', { ids: was.join(', ') })}` : ''}</span
                    ><span aria-hidden="true"
                      ><span part="level">${name}</span><b part="count">${n}</b>${
                        now.length + was.length
                          ? html`<span part="markers"
                              >${now.map((id) => html`<span>● ${id}</span>`)}${was.map((id) => html`<span class="was">○ ${id}</span>`)}</span
                            >`
                          : ''
                      }</span
                    >
                  </td>`;
                })}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <div part="legend">
        <ul>
          ${m.levels.map((e) => html`<li class="sw" data-c=${this.col(e.id)}>${this.text(e.label)}</li>`)}
        </ul>
        <small
          >${this.t('Appetite', { level: this.lv(m.appetite) })}${mv ? ` · ${this.t('Markers')}` : ''}</small
        >
      </div>
      ${this.register()} ${this.editing !== undefined ? this.form() : ''}
      <p part="status" role="status">${this.status}</p>
    </div>`;
  }
}
