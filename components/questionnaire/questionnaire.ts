import { html, nothing } from 'lit';
import type { AnswerValue, Question } from '../../src/model/index.js';
import type { SessionAction, SessionSnapshot } from '../../src/session/types.js';
import { AimsSessionElement } from '../base/session-element.js';
import { AimsAnswerEvent, AimsSectionChangeEvent, AimsSubmitRequestEvent } from '../base/events.js';
import { shared, tokens } from '../base/styles.js';
import { tocKey } from './nav-controller.js';
import { renderQuestion } from './question-view.js';
import { styles } from './questionnaire.styles.js';
import { problemsOf, type Problem } from './validation.js';

/** Questions rendered per task: a long section grows in steps, so that no render makes a long task (> 50 ms);
 * the built-in packs' sections (at most 8 questions) still render at once. */
const CHUNK = 30;
/** Index of the section holding a question (-1 when none). */
const sectionOf = (snap: SessionSnapshot, id: string) =>
  snap.definition.sections.findIndex((s) => s.questions.some((q) => q.id === id));
/** The first problem of all visible questions. */
const firstProblem = (snap: SessionSnapshot) =>
  problemsOf(
    snap,
    snap.definition.sections.flatMap((s) => s.questions),
  )[0];
/** Focuses (and scrolls to) the element matched by `selector` once the element has rendered. */
const focusOn = async (el: AimsQuestionnaire, selector: string) => {
  await el.updateComplete;
  const node = el.renderRoot.querySelector<HTMLElement>(selector);
  node?.focus();
  node?.scrollIntoView?.({ block: 'nearest' });
  return !!node;
};

/**
 * The readiness questionnaire: one section at a time, with a table of contents, progress, validation,
 * N/A justifications, comments and evidence files. Shows the session of the nearest `<aims-assessment>`
 * or its own `.session`. Form-associated: inside a `<form>` it submits the response JSON under `name`.
 *
 * @tagname aims-questionnaire
 * @summary Answers an assessment definition, section by section.
 * @csspart base - the root
 * @csspart toc - the table of contents: a side column on wide containers, a disclosure on narrow ones
 * @csspart toc-item - one entry of the table of contents, with its share answered
 * @csspart progress - the progress bar and its label
 * @csspart section - the current section
 * @csspart section-title - the heading of the current section
 * @csspart question - one question (a fieldset)
 * @csspart question-text - the question's text (the fieldset's legend)
 * @csspart options - the options of a question
 * @csspart option - one option (a radio button or checkbox with its label)
 * @csspart input - a text, number or date field
 * @csspart help - the question's help text
 * @csspart evidence - what an auditor will ask for (documentation, or seeing it operate)
 * @csspart levels - the level descriptions ("What do the levels mean?"), while open
 * @csspart justification - the "Why?" field of a Not applicable answer, or of an option that needs a reason
 * @csspart error - a validation message
 * @csspart recommendation - the advice shown when an answer is below target
 * @csspart notes - the comment and evidence area, while open
 * @csspart comment - the comment box
 * @csspart files - the list of attached evidence files
 * @csspart file-input - the file picker (also a drop target)
 * @csspart nav - the Previous / Next / Finish bar
 * @csspart button - every button
 * @cssprop [--aims-questionnaire-max-width=48rem] - the width of the question column
 * @event aims-answer - the user answered or cleared a question: `{ question, value }`
 * @event aims-section-change - the user moved to another section: `{ section, index }`
 * @event aims-submit-request - Finish passed validation outside a form; `<aims-assessment>` submits
 */
export class AimsQuestionnaire extends AimsSessionElement {
  static formAssociated = true;
  static override styles = [tokens, shared, styles];
  static override properties = {
    readonly: { type: Boolean, reflect: true },
    name: { reflect: true },
    section: {},
    showErrors: { state: true },
    limit: { state: true },
  };

  /** Review mode: answers are shown and cannot be changed. */
  readonly = false;
  /** The form field name under which the response JSON is submitted. */
  name = '';
  /** Id of the section shown (default: the first). */
  declare section?: string;

  /** Keys of the open disclosures. @internal */
  readonly opened = new Set<string>();
  /** Upload progress or failure per question. @internal */
  readonly notices = new Map<string, unknown>();
  private showErrors = false;
  private errors = new Map<string, unknown>();
  private problems: Problem[] = [];
  private disabled = false;
  /** How many questions of section `limitOf` are rendered, and how many it shows. */
  private limit = CHUNK;
  private limitOf?: string;
  private count = 0;
  private more?: ReturnType<typeof setTimeout>;
  private readonly internals = this.attachInternals();

  /** @internal */
  get isReadonly(): boolean {
    return this.readonly || this.disabled;
  }
  /** Index of the current section. */
  get sectionIndex(): number {
    return Math.max(
      0,
      this.shown?.state.definition.sections.findIndex((s) => s.id === this.section) ?? 0,
    );
  }

  /** @internal */
  toggle(key: string): void {
    if (!this.opened.delete(key)) this.opened.add(key);
    this.requestUpdate();
  }
  /** @internal */
  errorOf(question: string): unknown {
    const p = this.problems.find((x) => x.question === question);
    return this.errors.get(question) ?? (p && this.msg(p.key));
  }

  /** Dispatches a user's change to a question; a refusal is shown under the question. @internal */
  act(action: SessionAction & { question: string }): boolean {
    const s = this.shown;
    if (!s || this.isReadonly) return false;
    try {
      s.dispatch(action);
      return true;
    } catch (e) {
      this.errors.set(
        action.question,
        this.msgEn('errorAction', { problem: (e as Error).message }),
      );
      this.requestUpdate();
      return false;
    }
  }
  /** @internal */
  setValue(q: Question, value: AnswerValue | null): void {
    const out = typeof value === 'number' && (value < (q.min ?? value) || value > (q.max ?? value));
    const v = out ? null : value,
      question = q.id;
    this.errors.delete(question);
    if (out)
      this.errors.set(question, this.msg('errorRange', { min: q.min ?? '−∞', max: q.max ?? '∞' }));
    if (this.act(v === null ? { type: 'clear', question } : { type: 'answer', question, value: v }))
      this.emit(new AimsAnswerEvent({ question, value: v }));
    this.requestUpdate();
  }
  /** Stores evidence files one by one, with progress and failures shown under the question. @internal */
  async attach(q: Question, files: Iterable<File>): Promise<void> {
    const s = this.shown;
    if (!s || this.isReadonly) return;
    const note = (text?: unknown) => {
      if (text) this.notices.set(q.id, text);
      else this.notices.delete(q.id);
      this.requestUpdate();
    };
    for (const f of files) {
      note(this.msg('uploading', { name: f.name }));
      await s.addEvidence(q.id, f, f.name).then(
        () => note(),
        (e: Error) => note(this.msgEn('uploadFailed', { name: f.name, problem: e.message })),
      );
    }
  }

  /** Shows the errors and focuses the first invalid control when `problem` is set; true when it is not. */
  private async stopAt(problem: Problem | undefined): Promise<boolean> {
    if (problem) {
      this.go(sectionOf(this.snap, problem.question), false, problem.question);
      this.showErrors = true;
      await focusOn(this, '[aria-invalid="true"]');
    }
    return !problem;
  }

  /** Shows the section holding `questionId` and focuses that question. Returns false for an unknown or hidden question. */
  async goTo(questionId: string): Promise<boolean> {
    if (!this.shown?.state.visible.has(questionId)) return false;
    this.go(sectionOf(this.snap, questionId), false, questionId);
    return focusOn(
      this,
      `[data-question="${CSS.escape(questionId)}"] :is(input, textarea, button)`,
    );
  }
  /** Validates the whole questionnaire; when something is missing, shows its section, the errors, and focuses the first. */
  async validate(): Promise<boolean> {
    return !!this.shown?.state && this.stopAt(firstProblem(this.snap));
  }
  /** Moves to the next section, after checking the current one. */
  async next(): Promise<boolean> {
    const ok = await this.stopAt(
      problemsOf(this.snap, this.snap.definition.sections[this.sectionIndex]!.questions)[0],
    );
    if (ok) await this.go(this.sectionIndex + 1, true);
    return ok;
  }
  /** Moves to the previous section. */
  async previous(): Promise<void> {
    await this.go(this.sectionIndex - 1, true);
  }
  /** Validates everything, then submits the enclosing form or asks `<aims-assessment>` to submit. */
  async finish(): Promise<void> {
    if (!(await this.validate())) return;
    if (this.internals.form) this.internals.form.requestSubmit();
    else this.emit(new AimsSubmitRequestEvent());
  }

  /** Resolves when every question of the current section is rendered (a long section renders in steps of 30). */
  async allRendered(): Promise<void> {
    while ((await this.updateComplete, this.limit < this.count))
      await new Promise((r) => setTimeout(r));
  }

  /** Starts section `id` at its first step, unless it is the section already rendered. */
  private fit(id: string) {
    if (id !== this.limitOf) ((this.limitOf = id), (this.limit = CHUNK));
  }

  /** Shows a section (clamped to the first and last); with `focus`, then focuses its heading; with `upTo`, renders up to that question now. */
  private go(index: number, focus?: boolean, upTo?: string) {
    const secs = this.snap.definition.sections;
    const i = Math.max(0, Math.min(secs.length - 1, index));
    const section = secs[i]!.id;
    this.showErrors = false;
    this.opened.delete('toc');
    if (i !== this.sectionIndex) this.emit(new AimsSectionChangeEvent({ section, index: i }));
    this.section = section;
    this.fit(section);
    // the question's place among all the section's questions bounds its place among the visible ones
    if (upTo)
      this.limit = Math.max(this.limit, secs[i]!.questions.findIndex((q) => q.id === upTo) + 1);
    this.requestUpdate();
    return focus && focusOn(this, 'h2');
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const snap = this.shown?.state;
    if (snap) this.fit(snap.definition.sections[this.sectionIndex]!.id);
    this.problems =
      snap && this.showErrors
        ? problemsOf(snap, snap.definition.sections[this.sectionIndex]!.questions)
        : [];
  }

  private validityOf?: SessionSnapshot;
  protected override updated(): void {
    clearTimeout(this.more);
    if (this.limit < this.count)
      this.more = setTimeout(() => {
        this.limit += CHUNK;
      });
    const snap = this.shown?.state;
    if (!snap || snap === this.validityOf) return;
    this.validityOf = snap;
    this.internals.setFormValue(JSON.stringify(snap.response));
    const first = firstProblem(snap);
    this.internals.setValidity(
      first ? { customError: true } : {},
      first && this.msg(first.key),
      (first &&
        this.renderRoot.querySelector<HTMLElement>(
          `[data-question="${CSS.escape(first.question)}"] :is(input, textarea)`,
        )) ||
        undefined,
    );
  }

  formResetCallback(): void {
    this.shown?.dispatch({ type: 'reset' });
    this.showErrors = false;
  }
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
    this.requestUpdate();
  }
  formStateRestoreCallback(saved: unknown): void {
    try {
      this.shown?.dispatch({ type: 'replace', response: JSON.parse(saved as string) });
    } catch {
      /* not ours to restore */
    }
  }

  protected body(snap: SessionSnapshot) {
    const secs = snap.definition.sections,
      idx = this.sectionIndex,
      sec = secs[idx]!;
    const done = new Map(snap.scorecard.sections.map((s) => [s.id, s.completion]));
    const pct = (x = 0) => Math.round(x * 100);
    const overall = pct(snap.scorecard.overall.completion);
    const qs = sec.questions.filter((q) => snap.visible.has(q.id));
    this.count = qs.length;
    const numberOf = new Map(secs.flatMap((s) => s.questions).map((q, n) => [q.id, n + 1]));
    const step = this.msg('step', { n: idx + 1, total: secs.length });
    const btn = (key: 'previous' | 'next' | 'finish', go: () => unknown, cls = 'btn primary') =>
      html`<button type="button" part="button" class=${cls} @click=${go}>${this.msg(key)}</button>`;
    return html`<div part="base" class="base">
      <nav part="toc" class="toc" aria-label=${this.msg('contents')}>
        <button
          type="button"
          class="link tog"
          aria-expanded=${this.opened.has('toc')}
          aria-controls="toc"
          @click=${() => this.toggle('toc')}
        >
          ${step}: ${this.text(sec.title)}
        </button>
        <ol id="toc" @keydown=${tocKey}>
          ${secs.map(
            (s, i) =>
              html`<li>
                <button
                  type="button"
                  part="toc-item"
                  class="toc-item"
                  aria-current=${i === idx ? 'step' : nothing}
                  @click=${() => this.go(i, true)}
                >
                  ${this.text(s.title)}
                  <span class="muted"
                    >${this.msg('sectionDone', { percent: pct(done.get(s.id)) })}</span
                  >
                </button>
              </li>`,
          )}
        </ol>
      </nav>
      <div class="main">
        <div part="progress" class="progress">
          <progress max="100" .value=${overall} aria-label=${this.msg('progress')}></progress>
          <span role="status">${this.msg('progressText', { percent: overall })}</span>
        </div>
        <section part="section" aria-labelledby="section-title">
          <h2 part="section-title" id="section-title" tabindex="-1">${this.text(sec.title)}</h2>
          ${sec.description ? html`<p class="muted">${this.text(sec.description)}</p>` : nothing}
          ${this.problems.length > 1 ? html`<p class="notice error" role="alert">${this.msg('errorSummary', { count: this.problems.length })}</p>` : nothing}
          ${qs.length ? qs.slice(0, this.limit).map((q) => renderQuestion(this, q, numberOf.get(q.id)!)) : html`<p class="muted">${this.msg('noQuestions')}</p>`}
        </section>
        <div part="nav" class="nav">
          ${idx ? btn('previous', () => this.previous(), 'btn') : html`<span></span>`}
          <span class="muted">${step}</span> ${
            idx < secs.length - 1
              ? btn('next', () => this.next())
              : this.readonly
                ? nothing
                : btn('finish', () => this.finish())
          }
        </div>
      </div>
    </div>`;
  }
}
