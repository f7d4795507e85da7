/**
 * The frame around one question: legend, help, evidence kind, the answer controls (from the renderer
 * registry), the N/A justification, the level descriptions and the recommendation on demand, errors,
 * and a compact "comment and evidence" disclosure.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { needsJustification, optionsOf, targetOf, type AnswerValue, type Question } from '../../src/model/index.js';
import type { Text } from '../../src/model/schema-kit.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey } from '../base/i18n.js';
import { rendererFor } from './renderers.js';
import { chosenOptions } from './validation.js';

/** What the question frame needs from the questionnaire. */
export interface QuestionHost {
  readonly snap: SessionSnapshot;
  readonly uiLocale: string;
  readonly isReadonly: boolean;
  msg(key: MessageKey, vars?: Record<string, string | number>): string;
  text(t: Text | undefined): string;
  isOpen(key: string): boolean;
  toggle(key: string): void;
  /** The error shown under a question, if any. */
  errorOf(question: string): string | undefined;
  setValue(q: Question, value: AnswerValue | null): void;
  justify(q: Question, text: string): void;
  comment(q: Question, text: string): void;
  attach(q: Question, files: Iterable<File>): void;
  detach(q: Question, evidence: string): void;
  /** Upload progress or failure text for a question. */
  noticeOf(question: string): string | undefined;
}

const value = (e: Event) => (e.target as HTMLTextAreaElement).value;

export function fileSize(bytes: number, locale: string): string {
  const [n, unit] = bytes < 1024 ? [bytes, 'byte'] : bytes < 1048576 ? [bytes / 1024, 'kilobyte'] : [bytes / 1048576, 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(n);
}

export function renderQuestion(h: QuestionHost, q: Question, n: number): TemplateResult {
  const { snap } = h;
  const id = `q-${q.id}`;
  const answer = snap.response.answers[q.id];
  const options = optionsOf(snap.definition, q);
  const error = h.errorOf(q.id);
  const chosen = chosenOptions(snap, q);
  const needsWhy = chosen.some(needsJustification);
  const valued = chosen.find((o) => o.value !== undefined);
  const below = q.recommendation !== undefined && q.type !== 'multi' && valued !== undefined && valued.value! < targetOf(snap.definition, q);
  const described = [q.help ? `${id}-help` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ');
  const levels = options.some((o) => o.description !== undefined);
  const withComment = q.comments !== false, withFiles = q.attachments !== false;
  const notesCount = (answer?.comment ? 1 : 0) + (answer?.evidence?.length ?? 0);
  const notice = h.noticeOf(q.id);
  const render = rendererFor(q.type);
  const required = q.required === true;
  return html`<fieldset part="question" class="question" id=${id} data-question=${q.id} aria-describedby=${described || nothing}>
    <legend part="question-text" id=${`${id}-label`}><span class="num">${n}.</span> ${h.text(q.text)}${required
      ? html` <span aria-hidden="true" class="req">*</span><span class="vh">(${h.msg('required')})</span>` : nothing}</legend>
    ${q.help ? html`<p part="help" class="help" id=${`${id}-help`}>${h.text(q.help)}</p>` : nothing}
    ${q.evidence ? html`<p part="evidence" class="evidence">${h.msg(q.evidence === 'operation' ? 'evidenceOperation' : 'evidenceDocumentation')}</p>` : nothing}
    ${render?.({
      question: q, options, value: answer?.value, readonly: h.isReadonly, invalid: !!error && !needsWhy,
      describedBy: described, labelledBy: `${id}-label`, text: (t) => h.text(t), set: (v) => h.setValue(q, v),
    }) ?? nothing}
    ${levels ? html`<button type="button" class="link" aria-expanded=${h.isOpen(`levels:${q.id}`)} aria-controls=${`${id}-levels`}
        @click=${() => h.toggle(`levels:${q.id}`)}>${h.msg('showLevels')}</button>
      <dl part="levels" class="levels" id=${`${id}-levels`} ?hidden=${!h.isOpen(`levels:${q.id}`)}>${options.filter((o) => o.description !== undefined)
        .map((o) => html`<dt>${h.text(o.label)}</dt><dd>${h.text(o.description)}</dd>`)}</dl>` : nothing}
    ${needsWhy ? html`<label class="field" part="justification"><span>${h.msg('justification')}</span>
      <textarea rows="2" required .value=${live(answer?.justification ?? '')} ?readonly=${h.isReadonly}
        aria-invalid=${error ? 'true' : nothing} aria-describedby=${error ? `${id}-err` : nothing}
        @input=${(e: Event) => h.justify(q, value(e))}></textarea></label>` : nothing}
    ${error ? html`<p part="error" class="error" id=${`${id}-err`}>${error}</p>` : nothing}
    ${below ? html`<p part="recommendation" class="rec"><strong>${h.msg('recommendation')}:</strong> ${h.text(q.recommendation)}</p>` : nothing}
    ${withComment || withFiles ? renderNotes(h, q, id, notesCount, withComment, withFiles, notice) : nothing}
  </fieldset>`;
}

function renderNotes(h: QuestionHost, q: Question, id: string, count: number, withComment: boolean, withFiles: boolean, notice?: string) {
  const open = h.isOpen(`notes:${q.id}`);
  const answer = h.snap.response.answers[q.id];
  const ro = h.isReadonly;
  const drop = (e: DragEvent) => { e.preventDefault(); if (!ro && e.dataTransfer?.files.length) h.attach(q, e.dataTransfer.files); };
  return html`<button type="button" class="link" aria-expanded=${open} aria-controls=${`${id}-notes`}
      @click=${() => h.toggle(`notes:${q.id}`)}>${count ? h.msg('notesCount', { count }) : h.msg('notes')}</button>
    <div part="notes" class="notes" id=${`${id}-notes`} ?hidden=${!open} @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${drop}>
      ${withComment ? html`<label class="field"><span>${q.commentLabel ? h.text(q.commentLabel) : h.msg('comment')}</span>
        <textarea part="comment" rows="2" .value=${live(answer?.comment ?? '')} ?readonly=${ro} @input=${(e: Event) => h.comment(q, value(e))}></textarea></label>` : nothing}
      ${withFiles ? html`${answer?.evidence?.length ? html`<ul part="files" class="files">${answer.evidence.map((ev) => html`<li>
          <span>${ev.name}</span> <span class="muted">${fileSize(ev.size, h.uiLocale)}</span>
          ${ro ? nothing : html`<button type="button" class="link" @click=${() => h.detach(q, ev.id)}>${h.msg('remove', { name: ev.name })}</button>`}</li>`)}</ul>` : nothing}
        ${ro ? nothing : html`<label class="field drop"><span>${h.msg('attach')} <span class="muted">${h.msg('dropHint')}</span></span>
          <input part="file-input" type="file" multiple @change=${(e: Event) => { const i = e.target as HTMLInputElement; if (i.files?.length) h.attach(q, [...i.files]); i.value = ''; }}></label>`}` : nothing}
      ${notice ? html`<p class="muted" role="status">${notice}</p>` : nothing}
    </div>`;
}
