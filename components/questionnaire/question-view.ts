/**
 * The frame around one question: legend, help, evidence kind, the answer controls (from the renderer
 * registry), the N/A justification, the level descriptions and the recommendation on demand, errors,
 * and a compact "comment and evidence" disclosure.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { needsJustification, optionsOf, type Question } from '../../src/model/index.js';
import type { AimsQuestionnaire } from './questionnaire.js';
import { rendererFor } from './renderers.js';
import { chosenOptions } from './validation.js';

const value = (e: Event) => (e.target as HTMLTextAreaElement).value;

/** A file size in the locale's short units (B, kB, MB). */
const fileSize = (bytes: number, locale: string) => {
  const e = bytes < 1024 ? 0 : bytes < 1048576 ? 1 : 2;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: ['byte', 'kilobyte', 'megabyte'][e],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(bytes / 1024 ** e);
};

export function renderQuestion(h: AimsQuestionnaire, q: Question, n: number) {
  const { snap } = h,
    ro = h.isReadonly;
  const id = `q-${q.id}`;
  const a = snap.response.answers[q.id];
  const options = optionsOf(snap.definition, q);
  const error = h.errorOf(q.id);
  const chosen = chosenOptions(snap, q);
  const why = chosen.some(needsJustification);
  const described = [q.help && `${id}-help`, error && `${id}-err`].filter(Boolean).join(' ');
  const levels = options.filter((o) => o.description !== undefined);
  const notice = h.notices.get(q.id);
  const act = (
    x:
      | { type: 'justify'; justification: string }
      | { type: 'comment'; comment: string }
      | { type: 'evidence-remove'; evidence: string },
  ) => h.act({ ...x, question: q.id });
  // A link-styled button that shows or hides the element `${id}${k}`.
  const disclose = (k: string, label: string) =>
    html`<button
      type="button"
      class="link"
      aria-expanded=${h.opened.has(id + k)}
      aria-controls=${id + k}
      @click=${() => h.toggle(id + k)}
    >
      ${label}
    </button>`;
  const count = (a?.comment ? 1 : 0) + (a?.evidence?.length ?? 0);
  const files = q.attachments !== false;
  return html`<fieldset
    part="question"
    class="question box"
    id=${id}
    data-question=${q.id}
    aria-describedby=${described || nothing}
  >
    <legend part="question-text" id=${`${id}-label`}>
      <span class="muted">${n}.</span> ${h.text(q.text)}${
        q.required
          ? html` <span aria-hidden="true" class="error">*</span
              ><span class="vh">(${h.msg('required')})</span>`
          : nothing
      }
    </legend>
    ${q.help ? html`<p part="help" id=${`${id}-help`}>${h.text(q.help)}</p>` : nothing}
    ${q.evidence ? html`<p part="evidence" class="muted">${h.msg(q.evidence === 'operation' ? 'evidenceOperation' : 'evidenceDocumentation')}</p>` : nothing}
    ${
      rendererFor(q.type)?.({
        question: q,
        options,
        value: a?.value,
        readonly: ro,
        invalid: !!error && !why,
        describedBy: described,
        labelledBy: `${id}-label`,
        text: (t) => h.text(t),
        set: (x) => h.setValue(q, x),
      }) ?? nothing
    }
    ${
      levels.length
        ? html`${disclose('-levels', h.msg('showLevels'))}${
            h.opened.has(`${id}-levels`)
              ? html`<dl part="levels" class="levels" id=${`${id}-levels`}>
                  ${levels.map(
                    (o) =>
                      html`<dt>${h.text(o.label)}</dt>
                        <dd>${h.text(o.description)}</dd>`,
                  )}
                </dl>`
              : nothing
          }`
        : nothing
    }
    ${why ? html`<label class="field" part="justification"><span>${h.msg('justification')}</span><textarea rows="2" required .value=${live(a?.justification ?? '')} ?readonly=${ro} aria-invalid=${!!error || nothing} aria-describedby=${error ? `${id}-err` : nothing} @input=${(e: Event) => act({ type: 'justify', justification: value(e) })}></textarea></label>` : nothing}
    ${error ? html`<p part="error" class="error" id=${`${id}-err`}>${error}</p>` : nothing}
    ${
      q.recommendation && snap.scorecard.gaps.some((g) => g.question === q.id && g.answered) // below target: the scorecard's rule
        ? html`<p part="recommendation" class="rec">
            <strong>${h.msg('recommendation')}:</strong> ${h.text(q.recommendation)}
          </p>`
        : nothing
    }
    ${
      q.comments !== false || files
        ? html`${disclose('-notes', count ? h.msg('notesCount', { count }) : h.msg('notes'))}${
            h.opened.has(`${id}-notes`)
              ? html`<div
                  part="notes"
                  class="notes"
                  id=${`${id}-notes`}
                  @dragover=${(e: DragEvent) => e.preventDefault()}
                  @drop=${(e: DragEvent) => {
                    e.preventDefault();
                    if (files && e.dataTransfer?.files.length) h.attach(q, e.dataTransfer.files);
                  }}
                >
                  ${q.comments !== false ? html`<label class="field"><span>${q.commentLabel ? h.text(q.commentLabel) : h.msg('comment')}</span><textarea part="comment" rows="2" .value=${live(a?.comment ?? '')} ?readonly=${ro} @input=${(e: Event) => act({ type: 'comment', comment: value(e) })}></textarea></label>` : nothing}
                  ${
                    files && a?.evidence?.length
                      ? html`<ul part="files">
                          ${a.evidence.map(
                            (ev) =>
                              html`<li>
                                <span>${ev.name}</span>
                                <span class="muted">${fileSize(ev.size, h.effectiveLocale)}</span>
                                ${
                                  ro
                                    ? nothing
                                    : html`<button
                                        type="button"
                                        class="link"
                                        @click=${() => act({ type: 'evidence-remove', evidence: ev.id })}
                                      >
                                        ${h.msg('remove', { name: ev.name })}
                                      </button>`
                                }
                              </li>`,
                          )}
                        </ul>`
                      : nothing
                  }
                  ${
                    files && !ro
                      ? html`<label class="field"
                          ><span
                            >${h.msg('attach')}
                            <span class="muted">${h.msg('dropHint')}</span></span
                          ><input
                            part="file-input"
                            type="file"
                            multiple
                            @change=${(e: Event) => {
                              const i = e.target as HTMLInputElement;
                              h.attach(q, [...i.files!]);
                              i.value = '';
                            }}
                        /></label>`
                      : nothing
                  }
                  ${notice ? html`<p class="muted" role="status">${notice}</p>` : nothing}
                </div>`
              : nothing
          }`
        : nothing
    }
  </fieldset>`;
}
