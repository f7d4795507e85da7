/**
 * The panels a question opens on demand: its notes panel (its comment, its evidence files and the
 * file picker; the panel is also a drop target) and the descriptions of its levels. A module of
 * its own, loaded when such a panel is first opened.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EvidenceRef, Option, Question } from '../../src/model/index.js';
import type { AimsQuestionnaire } from './questionnaire.js';
import type { QuestionFrame } from './question-view.js';
import { addEnglish } from '../base/i18n.js';
import { notesPanelEn } from './messages.js';

addEnglish(notesPanelEn);

const valueOf = (event: Event) => (event.target as HTMLTextAreaElement).value;

const FILE_SIZE_UNITS = ['byte', 'kilobyte', 'megabyte'] as const;
/** A file size in the locale's short units (B, kB, MB). */
const fileSize = (bytes: number, locale: string) => {
  const exponent = bytes < 1024 ? 0 : bytes < 1048576 ? 1 : 2;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: FILE_SIZE_UNITS[exponent],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(bytes / 1024 ** exponent);
};

/**
 * Stores evidence files one by one, with progress and failures shown under the question (here,
 * with the picker and the drop target that call it, not in the questionnaire's first load).
 */
async function attach(host: AimsQuestionnaire, question: Question, files: Iterable<File>) {
  const session = host.shown;
  if (!session || host.isReadonly) return;
  const note = (text?: unknown) => {
    if (text) host.notices.set(question.id, text);
    else host.notices.delete(question.id);
    host.requestUpdate();
  };
  for (const file of files) {
    note(host.msg('uploading', { name: file.name }));
    await session.addEvidence(question.id, file, file.name).then(
      () => note(),
      (error: Error) =>
        note(host.msgEn('uploadFailed', { name: file.name, problem: error.message })),
    );
  }
}

/** The descriptions of a question's levels, in an open panel with the id `target`. */
export function renderLevelList(
  host: AimsQuestionnaire,
  levels: readonly Option[],
  target: string,
) {
  return html`<dl part="levels" class="levels" id=${target}>
    ${levels.map(
      (option) =>
        html`<dt>${host.text(option.label)}</dt>
          <dd>${host.text(option.description)}</dd>`,
    )}
  </dl>`;
}

/** The open panel of `frame`'s question, with the id `target` (`files`: it takes evidence). */
export function renderNotesPanel(frame: QuestionFrame, target: string, files: boolean) {
  const { host, question, answer } = frame;
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    if (files && event.dataTransfer?.files.length)
      void attach(host, question, event.dataTransfer.files);
  };
  const notice = host.notices.get(question.id);
  return html`<div
    part="notes"
    class="notes"
    id=${target}
    @dragover=${(event: DragEvent) => event.preventDefault()}
    @drop=${onDrop}
  >
    ${question.comments !== false ? renderComment(frame) : nothing}
    ${files && answer?.evidence?.length ? renderFiles(frame, answer.evidence) : nothing}
    ${files && !frame.readonly ? renderFilePicker(frame) : nothing}
    ${notice ? html`<p class="muted" role="status">${notice}</p>` : nothing}
  </div>`;
}

function renderComment(frame: QuestionFrame) {
  const { host, question } = frame;
  const label = question.commentLabel ? host.text(question.commentLabel) : host.msg('comment');
  const onInput = (event: Event) => frame.act({ type: 'comment', comment: valueOf(event) });
  return html`<label class="field"
    ><span>${label}</span
    ><textarea
      part="comment"
      rows="2"
      .value=${live(frame.answer?.comment ?? '')}
      ?readonly=${frame.readonly}
      @input=${onInput}
    ></textarea>
  </label>`;
}

/** The attached evidence files, each with its size and, unless read-only, a remove button. */
function renderFiles(frame: QuestionFrame, evidence: readonly EvidenceRef[]) {
  const { host } = frame;
  const removeButton = (file: EvidenceRef) =>
    html`<button
      type="button"
      class="link"
      @click=${() => frame.act({ type: 'evidence-remove', evidence: file.id })}
    >
      ${host.msg('remove', { name: file.name })}
    </button>`;
  return html`<ul part="files">
    ${evidence.map(
      (file) =>
        html`<li>
          <span>${file.name}</span>
          <span class="muted">${fileSize(file.size, host.effectiveLocale)}</span>
          ${frame.readonly ? nothing : removeButton(file)}
        </li>`,
    )}
  </ul>`;
}

/** The file picker (the notes panel is also a drop target). */
function renderFilePicker({ host, question }: QuestionFrame) {
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    void attach(host, question, [...input.files!]);
    input.value = '';
  };
  return html`<label class="field"
    ><span>${host.msg('attach')} <span class="muted">${host.msg('dropHint')}</span></span
    ><input part="file-input" type="file" multiple @change=${onChange}
  /></label>`;
}
