/**
 * One row of `<aims-soa-table>`: a control with its applicability, justification, status, source,
 * owner, risks and evidence; editable fields unless the table is read-only or printing.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ImplementationStatus, SoaDecision } from '../../src/model/index.js';
import type { SoaRow } from '../../src/io/soa-export.js';
import { applicabilityWord } from '../../src/scoring/soa.js';
import type { ApplicabilityWord } from './soa-labels.js';

/** The fields a row edits (each input's `data-field`). */
export type SoaField = 'applicable' | 'justification' | 'status' | 'owner';

/** What every row of one render reads: the words (translated once per render) and the state. */
export interface RowContext {
  /** Fields are editable (not read-only, not printing). */
  readonly edit: boolean;
  readonly statusLabels: Readonly<Record<ImplementationStatus, string>>;
  readonly applicabilityLabels: Readonly<Record<ApplicabilityWord, string>>;
  /** "From answers", the empty status option of a row with an explicit status. */
  readonly statusAuto: string;
  /** "From answers: <status>", the empty status option of a row without one. */
  statusDerived(status: ImplementationStatus): string;
  /** The source's word, or a dash. */
  sourceLabel(row: SoaRow): string;
  decisionOf(control: string): SoaDecision | undefined;
  /** A refused change's message for the control. */
  errorOf(control: string): unknown;
  /** True while the control's exclusion waits for a justification. */
  isPending(control: string): boolean;
  /** "Proposed: not applicable", the words before a proposed exclusion's justification. */
  readonly proposed: string;
  /** The label of the button that confirms a proposed exclusion. */
  readonly confirmLabel: string;
  /** Confirms the proposed exclusion of a control (an explicit decision with its justification). */
  confirm(row: SoaRow): void;
}

const applicabilityLabel = (context: RowContext, applicable: boolean | null) =>
  context.applicabilityLabels[applicabilityWord(applicable)];

/** The row; its options are written out (a nested template per option made long tables slow). */
export function renderSoaRow(context: RowContext, row: SoaRow) {
  const control = row.control;
  return html`<tr part="row" data-control=${control}>
    <th scope="row" id=${`r-${control}`}>${control}</th>
    <td>${row.title}</td>
    <td>${row.objective}</td>
    ${context.edit ? renderDecisionFields(context, row) : renderDecision(context, row)}
    <td>${context.sourceLabel(row)}</td>
    <td>
      ${
        context.edit
          ? html`<input
              aria-labelledby=${labelledBy('owner', control)}
              data-field="owner"
              .value=${live(row.owner ?? '')}
            />`
          : row.owner
      }
    </td>
    <td>${row.risks.join(', ')}</td>
    <td>${row.evidence}</td>
  </tr>`;
}

/** A field is named by its column header and its row header. */
const labelledBy = (field: SoaField, control: string) => `h-${field} r-${control}`;

/** Applicability, justification and status as text (read-only or printing). */
function renderDecision(context: RowContext, row: SoaRow) {
  return html`<td>${applicabilityLabel(context, row.applicable)}</td>
    <td>${row.justification}${renderProposal(context, row)}</td>
    <td>${context.statusLabels[row.status]}</td>`;
}

/** Applicability, justification and status as fields. */
function renderDecisionFields(context: RowContext, row: SoaRow) {
  const control = row.control;
  const decision = context.decisionOf(control);
  const error = context.errorOf(control);
  const pending = context.isPending(control);
  const applicability = pending
    ? 'no'
    : row.applicable === null
      ? ''
      : applicabilityWord(row.applicable);
  return html` <td>
      <select
        aria-labelledby=${labelledBy('applicable', control)}
        data-field="applicable"
        .value=${live(applicability)}
      >
        <option value="">${applicabilityLabel(context, null)}</option>
        <option value="yes">${applicabilityLabel(context, true)}</option>
        <option value="no">${applicabilityLabel(context, false)}</option>
      </select>
    </td>
    <td>
      <input
        aria-labelledby=${labelledBy('justification', control)}
        data-field="justification"
        .value=${live(decision?.justification ?? row.justification)}
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${error ? `e-${control}` : nothing}
      />${error ? html`<p part="error" id=${`e-${control}`}>${error}</p>` : ''}
      ${renderProposal(context, row)}
    </td>
    <td>
      ${
        pending || row.applicable === false
          ? context.statusLabels['not-applicable']
          : renderStatusSelect(context, row, decision?.status ?? '')
      }
    </td>`;
}

/**
 * A proposed exclusion (the scope hides every question of the control): its justification, and
 * in an editable table a button that confirms it. Choosing an applicability overrides it.
 */
function renderProposal(context: RowContext, row: SoaRow) {
  if (row.proposedJustification === null) return nothing;
  const confirm = context.edit
    ? html`<button
        part="confirm"
        class="link"
        aria-describedby=${`p-${row.control}`}
        @click=${() => context.confirm(row)}
      >
        ${context.confirmLabel}
      </button>`
    : nothing;
  return html`<p part="proposal" id=${`p-${row.control}`}>
      <span class="muted">${context.proposed}:</span> ${row.proposedJustification}
    </p>
    ${confirm}`;
}

function renderStatusSelect(context: RowContext, row: SoaRow, status: string) {
  const labels = context.statusLabels;
  return html`<select
    aria-labelledby=${labelledBy('status', row.control)}
    data-field="status"
    .value=${live(status)}
  >
    <option value="">${status ? context.statusAuto : context.statusDerived(row.status)}</option>
    <option value="implemented">${labels.implemented}</option>
    <option value="partial">${labels.partial}</option>
    <option value="planned">${labels.planned}</option>
    <option value="alternative">${labels.alternative}</option>
  </select>`;
}
