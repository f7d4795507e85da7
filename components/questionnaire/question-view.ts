/**
 * The frame around one question: legend, help, the hints whose condition holds, evidence kind, the
 * answer controls (from the renderer registry), the N/A justification, the level descriptions and
 * the recommendation on demand, errors, and a compact "comment and evidence" disclosure.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  needsJustification,
  optionsOf,
  type Answer,
  type Question,
} from '../../src/model/index.js';
import type { AimsQuestionnaire } from './questionnaire.js';
import { shownHints } from '../../src/scoring/visibility.js';
import { rendererFor } from './renderers.js';
import { chosenOptions } from './validation.js';

/** The changes a question's frame makes (the answer itself goes through `setValue`). */
export type FrameAction =
  | { type: 'justify'; justification: string }
  | { type: 'comment'; comment: string }
  | { type: 'evidence-remove'; evidence: string };

/** What every part of one question's frame reads. */
export interface QuestionFrame {
  readonly host: AimsQuestionnaire;
  readonly question: Question;
  /** The id of the fieldset; its parts' ids start with it. */
  readonly id: string;
  readonly answer: Answer | undefined;
  readonly readonly: boolean;
  readonly error: unknown;
  act(action: FrameAction): boolean;
}

const valueOf = (event: Event) => (event.target as HTMLTextAreaElement).value;

/** One question, numbered `number`, in its fieldset. */
export function renderQuestion(host: AimsQuestionnaire, question: Question, number: number) {
  const { snap } = host;
  const id = `q-${question.id}`;
  const error = host.errorOf(question.id);
  const frame: QuestionFrame = {
    host,
    question,
    id,
    answer: snap.response.answers[question.id],
    readonly: host.isReadonly,
    error,
    act: (action) => host.act({ ...action, question: question.id }),
  };
  const needsWhy = chosenOptions(snap, question).some(needsJustification);
  const described = [question.help && `${id}-help`, error && `${id}-err`].filter(Boolean).join(' ');
  return html`<fieldset
    part="question"
    class="question box"
    id=${id}
    data-question=${question.id}
    aria-describedby=${described || nothing}
  >
    ${renderLegend(frame, number)} ${renderHelp(frame)} ${renderHints(frame)}
    ${renderEvidenceKind(frame)} ${renderControls(frame, described, !!error && !needsWhy)}
    ${renderLevels(frame)} ${needsWhy ? renderJustification(frame) : nothing}
    ${error ? html`<p part="error" class="error" id=${`${id}-err`}>${error}</p>` : nothing}
    ${renderRecommendation(frame)} ${renderNotes(frame)}
  </fieldset>`;
}

function renderLegend({ host, question, id }: QuestionFrame, number: number) {
  const required = question.required
    ? html` <span aria-hidden="true" class="error">*</span
        ><span class="vh">(${host.msg('required')})</span>`
    : nothing;
  return html`<legend part="question-text" id=${`${id}-label`}>
    <span class="muted">${number}.</span> ${host.text(question.text)}${required}
  </legend>`;
}

function renderHelp({ host, question, id }: QuestionFrame) {
  if (!question.help) return nothing;
  return html`<p part="help" id=${`${id}-help`}>${host.text(question.help)}</p>`;
}

/** The question's hints whose condition holds now (an ISMS exists, …), as plain text. */
function renderHints({ host, question }: QuestionFrame) {
  const { response, visible } = host.snap;
  return shownHints(question, response, visible).map(
    (hint) => html`<p part="help">${host.text(hint)}</p>`,
  );
}

/** What an auditor will ask for: documentation, or seeing it operate. */
function renderEvidenceKind({ host, question }: QuestionFrame) {
  if (!question.evidence) return nothing;
  const key = question.evidence === 'operation' ? 'evidenceOperation' : 'evidenceDocumentation';
  return html`<p part="evidence" class="muted">${host.msg(key)}</p>`;
}

/** The answer controls, drawn by the renderer registered for the question's type. */
function renderControls(frame: QuestionFrame, describedBy: string, invalid: boolean) {
  const { host, question } = frame;
  const render = rendererFor(question.type);
  if (!render) return nothing;
  return render({
    question,
    options: optionsOf(host.snap.definition, question),
    value: frame.answer?.value,
    readonly: frame.readonly,
    invalid,
    describedBy,
    labelledBy: `${frame.id}-label`,
    text: (text) => host.text(text),
    set: (value) => host.setValue(question, value),
  });
}

/** A link-styled button that shows or hides the part with id `target`. */
function renderDisclosure(host: AimsQuestionnaire, target: string, label: string) {
  return html`<button
    type="button"
    class="link"
    aria-expanded=${host.opened.has(target)}
    aria-controls=${target}
    @click=${() => host.toggle(target)}
  >
    ${label}
  </button>`;
}

/**
 * "What do the levels mean?" and, while open, each option's description (drawn by the module of
 * panels opened on demand, ./notes-panel.ts).
 */
function renderLevels({ host, question, id }: QuestionFrame) {
  const levels = optionsOf(host.snap.definition, question).filter(
    (option) => option.description !== undefined,
  );
  if (!levels.length) return nothing;
  const target = `${id}-levels`;
  const list =
    host.opened.has(target) && host.notesPanel.module
      ? host.notesPanel.module.renderLevelList(host, levels, target)
      : nothing;
  return html`${renderDisclosure(host, target, host.msg('showLevels'))}${list}`;
}

/** The "Why?" field of an N/A answer, or of an option that needs a reason. */
function renderJustification(frame: QuestionFrame) {
  const { host, id, error } = frame;
  const onInput = (event: Event) => frame.act({ type: 'justify', justification: valueOf(event) });
  return html`<label class="field" part="justification"
    ><span>${host.msg('justification')}</span
    ><textarea
      rows="2"
      required
      .value=${live(frame.answer?.justification ?? '')}
      ?readonly=${frame.readonly}
      aria-invalid=${!!error || nothing}
      aria-describedby=${error ? `${id}-err` : nothing}
      @input=${onInput}
    ></textarea>
  </label>`;
}

/** The advice of an answer below its target (the scorecard's gaps say which are). */
function renderRecommendation({ host, question }: QuestionFrame) {
  if (!question.recommendation || !host.belowTarget.has(question.id)) return nothing;
  return html`<p part="recommendation" class="rec">
    <strong>${host.msg('recommendation')}:</strong> ${host.text(question.recommendation)}
  </p>`;
}

/** The "comment and evidence" disclosure and, while open, the comment, the files and the picker. */
function renderNotes(frame: QuestionFrame) {
  const { host, question, id, answer } = frame;
  const files = question.attachments !== false;
  if (question.comments === false && !files) return nothing;
  const count = (answer?.comment ? 1 : 0) + (answer?.evidence?.length ?? 0);
  const label = count ? host.msg('notesCount', { count }) : host.msg('notes');
  const target = `${id}-notes`;
  const panel =
    host.opened.has(target) && host.notesPanel.module
      ? host.notesPanel.module.renderNotesPanel(frame, target, files)
      : nothing;
  return html`${renderDisclosure(host, target, label)}${panel}`;
}
