/**
 * The parts of `<aims-soa-table>` around its rows: the completeness summary, the toolbar (search,
 * filters, exports, print), and the table with its sortable headers and objective groups.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { IMPLEMENTATION_STATUSES } from '../../src/model/index.js';
import type { SoaRow } from '../../src/io/soa-export.js';
import { applicabilityWord, type SoaCompleteness } from '../../src/scoring/soa.js';
import type { MessageKey, MessageVars } from '../base/i18n.js';
import type { SoaExportFormat } from './events.js';
import {
  APPLICABILITY_KEYS,
  COLUMNS,
  EXPORT_KEYS,
  FILTER_KEYS,
  STATUS_KEYS,
  type SoaColumn,
} from './soa-labels.js';
import type { SoaField } from './soa-row.js';
import type { SoaFilter, SoaSort, SortKey } from './soa-view.js';

/** What the parts need from the table. */
export interface TableView {
  readonly filter: SoaFilter;
  readonly sort: SoaSort;
  /** True while the page prints: everything shows, nothing is editable. */
  readonly isPrinting: boolean;
  msg(key: MessageKey, vars?: MessageVars): string;
  setFilter(name: keyof SoaFilter, value: string): void;
  clearFilters(): void;
  sortBy(key: SortKey): void;
  focusField(control: string, field: SoaField): unknown;
  download(format: SoaExportFormat): void;
}

type ChoiceFilter = keyof typeof FILTER_KEYS;
const EXPORT_FORMATS: readonly SoaExportFormat[] = ['csv', 'json', 'oscal'];

/** Decided, justified and implemented counts, and links to the controls still open. */
export function renderSummary(view: TableView, done: SoaCompleteness) {
  const counts = html`<p>
    <b>${view.msg('soaDecided', { count: done.decided, total: done.total })}</b> ·
    <b>${view.msg('soaJustified', { count: done.justified, total: done.decided })}</b> ·
    <b>${view.msg('soaImplemented', { count: done.implemented, total: done.total })}</b>
  </p>`;
  return html`<section part="summary" class="box" aria-label=${view.msg('soaSummary')}>
    ${counts}
    ${done.complete ? html`<p>${view.msg('soaComplete')}</p>` : ''}${renderGapLinks(
      view,
      done.undecided,
      'soaUndecided',
      'applicable',
    )}${renderGapLinks(view, done.unjustified, 'soaGapUnjustified', 'justification')}
  </section>`;
}

/** "Undecided: A.2.2 A.5.3": each id a link to the field to fill. */
function renderGapLinks(
  view: TableView,
  controls: readonly string[],
  label: MessageKey,
  field: SoaField,
) {
  if (!controls.length || view.isPrinting) return '';
  const link = (control: string) =>
    html`<button
      type="button"
      class="link"
      part="gap"
      @click=${() => view.focusField(control, field)}
    >
      ${control}
    </button> `;
  return html`<p>${view.msg(label)}: ${controls.map(link)}</p>`;
}

/** Search, the filters, the export and print buttons, and how many rows show. */
export function renderToolbar(view: TableView, all: readonly SoaRow[], shownCount: number) {
  const onSearch = (event: Event) =>
    view.setFilter('search', (event.target as HTMLInputElement).value);
  const objectives = [...new Map(all.map((row) => [row.objective, row.objectiveTitle]))]
    .filter(([objective]) => objective)
    .map(([objective, title]): Choice => [objective, title ? `${objective} ${title}` : objective]);
  const applicability = [true, false, null].map((applicable): Choice => {
    const word = applicabilityWord(applicable);
    return [word, view.msg(APPLICABILITY_KEYS[word])];
  });
  const statuses = IMPLEMENTATION_STATUSES.map((status): Choice => [
    status,
    view.msg(STATUS_KEYS[status]),
  ]);
  const showing =
    shownCount === all.length
      ? ''
      : view.msg('soaShowing', { shown: shownCount, total: all.length });
  return html`<div part="toolbar" class="bar">
      <div role="search" class="bar">
        <label
          >${view.msg('soaSearch')}
          <input type="search" name="search" .value=${view.filter.search ?? ''} @input=${onSearch}
        /></label>
        ${renderChoice(view, 'applicable', applicability)} ${renderChoice(view, 'status', statuses)}
        ${renderChoice(view, 'objective', objectives)}
      </div>
      ${renderExports(view)}
    </div>
    <p role="status">${showing}</p>`;
}

/** A `[value, label]` option of a filter. */
type Choice = readonly [value: string, label: string];

function renderChoice(view: TableView, name: ChoiceFilter, choices: readonly Choice[]) {
  const current = view.filter[name];
  const onChange = (event: Event) =>
    view.setFilter(name, (event.target as HTMLSelectElement).value);
  return html`<label
    >${view.msg(FILTER_KEYS[name])}
    <select name=${name} .value=${current ?? ''} @change=${onChange}>
      <option value="">${view.msg('soaAll')}</option>
      ${choices.map(
        ([value, label]) =>
          html`<option value=${value} ?selected=${value === current}>${label}</option>`,
      )}
    </select></label
  >`;
}

function renderExports(view: TableView) {
  const exportButton = (format: SoaExportFormat) =>
    html`<button type="button" class="btn" part="button" @click=${() => view.download(format)}>
      ${view.msg(EXPORT_KEYS[format])}
    </button> `;
  return html`<div role="group" aria-label=${view.msg('soaExport')}>
    ${EXPORT_FORMATS.map(exportButton)}<button
      type="button"
      class="btn"
      part="button"
      @click=${() => print()}
    >
      ${view.msg('soaPrint')}
    </button>
  </div>`;
}

/** The table: caption, headers, one `tbody` per objective group (or one for a sorted list). */
export function renderSoaTable(
  view: TableView,
  title: string,
  groups: readonly (readonly SoaRow[])[],
  options: {
    readonly grouped: boolean;
    readonly empty: boolean;
    readonly onChange: (event: Event) => void;
    readonly renderRow: (row: SoaRow) => TemplateResult;
  },
) {
  const renderGroup = (rows: readonly SoaRow[]) =>
    html`<tbody>
      ${options.grouped ? renderGroupHeader(view, rows[0]!) : ''}${repeat(
        rows,
        (row) => row.control,
        options.renderRow,
      )}
    </tbody>`;
  return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="cap">
    <table part="table" @change=${options.onChange}>
      <caption id="cap">
        ${view.msg('soaCaption')}: ${title}
      </caption>
      <thead>
        <tr>
          ${COLUMNS.map((column) => renderColumnHeader(view, column))}
        </tr>
      </thead>
      ${groups.map(renderGroup)} ${options.empty ? renderNoMatch(view) : ''}
    </table>
  </div>`;
}

function renderGroupHeader(view: TableView, first: SoaRow) {
  return html`<tr part="group">
    <th scope="rowgroup" colspan="10">
      ${
        first.objective
          ? `${first.objective} ${first.objectiveTitle}`
          : view.msg('soaOtherControls')
      }
    </th>
  </tr>`;
}

/** A column header; a sort button unless printing or the column does not sort. */
function renderColumnHeader(view: TableView, column: SoaColumn) {
  const key = column.key;
  const sorted = view.sort.key === key;
  const name = view.msg(column.label);
  const arrow = sorted ? (view.sort.dir === 'ascending' ? '▲' : '▼') : '';
  const content =
    key === 'justification' || view.isPrinting
      ? name
      : html`<button type="button" class="sort" @click=${() => view.sortBy(key)}>
          ${name}<span aria-hidden="true">${arrow}</span>
        </button>`;
  return html`<th scope="col" id=${`h-${key}`} aria-sort=${sorted ? view.sort.dir : nothing}>
    ${content}
  </th>`;
}

function renderNoMatch(view: TableView) {
  return html`<tbody>
    <tr>
      <td colspan="10">
        ${view.msg('soaNoMatch')}
        <button type="button" class="link" @click=${() => view.clearFilters()}>
          ${view.msg('soaClearFilters')}
        </button>
      </td>
    </tr>
  </tbody>`;
}
