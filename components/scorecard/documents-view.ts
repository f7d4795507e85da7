/**
 * The documented information register of `<aims-scorecard>`: every document the definition lists
 * with its status (`documentRegister`, docs/documents.md), a count per status, a link from each
 * entry to the question where it is fixed, and a CSV download. Loaded with the full report's
 * sections; the export itself loads when the download is asked for.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  DOCUMENT_STATUSES,
  documentStatusCounts,
  type DocumentEntry,
  type DocumentStatus,
} from '../../src/scoring/documents.js';
import type { DocumentRegisterColumn } from '../../src/io/document-register-export.js';
import type { MessageKey } from '../base/i18n.js';
import type { View } from './views.js';

/** The word for each status. */
const STATUS_KEYS = {
  'in-place': 'scorecardDocInPlace',
  'evidence-missing': 'scorecardDocEvidenceMissing',
  partial: 'scorecardDocPartial',
  missing: 'scorecardDocMissing',
  'not-applicable': 'scorecardDocNotApplicable',
} as const satisfies Record<DocumentStatus, MessageKey>;

/** The header of each CSV column. */
const COLUMN_KEYS = {
  document: 'scorecardDocId',
  title: 'scorecardDocTitle',
  description: 'scorecardDocDescription',
  requirements: 'scorecardDocRequirements',
  status: 'scorecardDocStatus',
  excluded: 'scorecardDocExcludedControls',
  questions: 'scorecardDocQuestions',
  evidence: 'scorecardDocEvidence',
} as const satisfies Record<DocumentRegisterColumn, MessageKey>;

/** How long a download's object URL is kept before it is released. */
const DOWNLOAD_URL_LIFETIME = 30_000;

/** Each message table turned into words in the view's language. */
const wordsOf = <Key extends string>(view: View, keys: Record<Key, MessageKey>) =>
  Object.fromEntries(
    Object.entries<MessageKey>(keys).map(([id, key]) => [id, view.msg(key)]),
  ) as Record<Key, string>;

/**
 * Saves the register as CSV: builds it with `documentRegisterCsv` (loaded now), then clicks a
 * download link placed beside the button that asked for it.
 */
async function downloadRegister(view: View, register: readonly DocumentEntry[], button: Element) {
  const { documentRegisterCsv } = await import('../../src/io/document-register-export.js');
  const localized = register.map((entry) => ({
    ...entry,
    title: view.text(entry.title),
    description: entry.description === null ? null : view.text(entry.description),
  }));
  const csv = documentRegisterCsv(localized, {
    columns: wordsOf(view, COLUMN_KEYS),
    statuses: wordsOf(view, STATUS_KEYS),
  });
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${view.snap.definition.id}-documents.csv`;
  link.hidden = true;
  button.after(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME);
}

/** The entry's title, a link to the question where it is fixed when there is one. */
function titleOf(view: View, entry: DocumentEntry) {
  const title = view.text(entry.title);
  const fix = entry.fix;
  const name =
    fix === null
      ? title
      : html`<button class="link" part="document-link" @click=${() => view.navigate(fix)}>
          ${title}
        </button>`;
  const description = entry.description === null ? '' : view.text(entry.description);
  const about = description
    ? html`<div part="document-description" class="muted">${description}</div>`
    : nothing;
  return html`${name}${about}`;
}

/** The status in words, and why a control does not count or shows no question. */
function statusOf(view: View, entry: DocumentEntry) {
  const notes: string[] = [];
  if (entry.excluded.length)
    notes.push(view.msg('scorecardDocExcluded', { controls: entry.excluded.join(', ') }));
  if (entry.status === 'missing' && !entry.questions.length)
    notes.push(view.msg('scorecardDocNotShown'));
  return html`<span part="document-status" data-status=${entry.status}
      >${view.msg(STATUS_KEYS[entry.status])}</span
    >${notes.map((note) => html`<div part="document-note" class="muted">${note}</div>`)}`;
}

/** One row: title (and description), requirements, status, evidence files. */
const rowOf = (view: View, entry: DocumentEntry) =>
  html`<tr part="document" data-document=${entry.id}>
    <th scope="row">${titleOf(view, entry)}</th>
    <td>${entry.requirements.join(', ')}</td>
    <td>${statusOf(view, entry)}</td>
    <td>${entry.evidence}</td>
  </tr>`;

/** The register section: counts per status, the table and the download button. */
export function renderDocuments(view: View, register: readonly DocumentEntry[]): TemplateResult {
  const counts = documentStatusCounts(register);
  const head = [
    'scorecardDocTitle',
    'scorecardDocRequirements',
    'scorecardDocStatus',
    'scorecardDocEvidence',
  ] as const satisfies readonly MessageKey[];
  const download = (event: Event) =>
    void downloadRegister(view, register, event.currentTarget as Element);
  return html`<section part="documents" aria-labelledby="documents-title">
    <h3 id="documents-title">${view.msg('scorecardDocuments')}</h3>
    <p>${view.msg('scorecardDocumentsText')}</p>
    <ul part="document-counts">
      ${DOCUMENT_STATUSES.map(
        (status) =>
          html`<li data-status=${status}>
            ${view.msg('scorecardDocCount', {
              status: view.msg(STATUS_KEYS[status]),
              count: counts[status],
            })}
          </li>`,
      )}
    </ul>
    <table part="document-table" aria-labelledby="documents-title">
      <thead>
        <tr>
          ${head.map((key) => html`<th scope="col">${view.msg(key)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${register.map((entry) => rowOf(view, entry))}
      </tbody>
    </table>
    <div part="document-actions">
      <button part="button" class="btn" @click=${download}>
        ${view.msg('scorecardDocDownload')}
      </button>
    </div>
  </section>`;
}
