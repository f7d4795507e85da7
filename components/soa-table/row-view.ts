/** One row of `<aims-soa-table>`: read-only text or labelled inline controls. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ImplementationStatus, SoaDecision } from '../../src/model/index.js';
import type { SoaRow } from '../../src/io/soa-export.js';
import type { MessageKey } from '../base/i18n.js';

/** What a row needs from its table. */
export interface RowHost {
  msg(key: MessageKey, vars?: Record<string, string | number>): string;
  /** The explicit decision of a control, if any. */
  decisionOf(control: string): SoaDecision | undefined;
  /** A refused change's message, and the exclusion waiting for its justification. */
  errorOf(control: string): string | undefined;
  pendingExclusion(control: string): boolean;
  setApplicable(row: SoaRow, value: string): void;
  setJustification(row: SoaRow, value: string): void;
  setStatus(row: SoaRow, value: string): void;
  setOwner(row: SoaRow, value: string): void;
}

const STATUS_KEY: Record<ImplementationStatus, MessageKey> = {
  implemented: 'soaStatusImplemented', partial: 'soaStatusPartial', planned: 'soaStatusPlanned',
  alternative: 'soaStatusAlternative', 'not-applicable': 'soaStatusNotApplicable',
};
export const statusText = (h: RowHost, s: ImplementationStatus) => h.msg(STATUS_KEY[s]);
export const applicableText = (h: RowHost, a: boolean | null) => h.msg(a === null ? 'soaUndecided' : a ? 'soaYes' : 'soaNo');
const SOURCE_KEY = { decision: 'soaSourceDecision', risk: 'soaSourceRisk', answer: 'soaSourceAnswer' } as const;
const EDITABLE: readonly ImplementationStatus[] = ['implemented', 'partial', 'planned', 'alternative'];

/** A row id usable in `id`/`aria-labelledby` (ids are unique per definition). */
export const rowId = (control: string) => `r-${control}`;

export function renderRow(h: RowHost, r: SoaRow, editable: boolean) {
  const id = rowId(r.control), d = h.decisionOf(r.control);
  const label = (col: string) => `h-${col} ${id}`;
  const err = h.errorOf(r.control), pending = h.pendingExclusion(r.control);
  const appl = pending ? 'no' : r.applicable === null ? '' : r.applicable ? 'yes' : 'no';
  const just = d?.justification ?? r.justification;
  const cells = editable
    ? html`
      <td><select aria-labelledby=${label('applicable')} data-field="applicable" .value=${live(appl)} @change=${(e: Event) => h.setApplicable(r, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${appl === ''}>${h.msg('soaUndecided')}</option>
        <option value="yes" ?selected=${appl === 'yes'}>${h.msg('soaYes')}</option>
        <option value="no" ?selected=${appl === 'no'}>${h.msg('soaNo')}</option></select></td>
      <td><input type="text" aria-labelledby=${label('justification')} data-field="justification" .value=${live(just)}
          aria-invalid=${err ? 'true' : nothing} aria-describedby=${err ? `e-${r.control}` : nothing}
          @change=${(e: Event) => h.setJustification(r, (e.target as HTMLInputElement).value)}>
        ${err ? html`<p class="error" part="error" id=${`e-${r.control}`}>${err}</p>` : nothing}</td>
      <td>${r.applicable === false || pending ? statusText(h, 'not-applicable') : html`<select aria-labelledby=${label('status')} data-field="status"
          .value=${live(d?.status ?? '')} @change=${(e: Event) => h.setStatus(r, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!d?.status}>${d?.status ? h.msg('soaStatusAuto') : h.msg('soaStatusDerived', { status: statusText(h, r.status) })}</option>
        ${EDITABLE.map((s) => html`<option value=${s} ?selected=${d?.status === s}>${statusText(h, s)}</option>`)}</select>`}</td>`
    : html`<td>${applicableText(h, r.applicable)}</td><td class="just">${r.justification}</td><td>${statusText(h, r.status)}</td>`;
  return html`<tr part="row" data-control=${r.control}>
    <th scope="row" id=${id}>${r.control}</th>
    <td>${r.title}</td>
    <td>${r.objective}</td>
    ${cells}
    <td>${r.source ? h.msg(SOURCE_KEY[r.source]) : '–'}</td>
    <td>${editable
      ? html`<input type="text" aria-labelledby=${label('owner')} data-field="owner" .value=${live(r.owner ?? '')} @change=${(e: Event) => h.setOwner(r, (e.target as HTMLInputElement).value)}>`
      : r.owner ?? ''}</td>
    <td>${r.risks.join(', ')}</td>
    <td class="num">${r.evidence}</td>
  </tr>`;
}
