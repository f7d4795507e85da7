import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { localize, type AnswerValue, type Question } from '../../src/model/index.js';
import type { Text } from '../../src/model/schema-kit.js';
import type { AssessmentSession, SessionAction, SessionSnapshot } from '../../src/session/types.js';
import { AimsElement } from '../base/aims-element.js';
import { sessionContext } from '../base/context.js';
import { AimsAnswerEvent, AimsSectionChangeEvent, AimsSubmitRequestEvent } from '../base/events.js';
import { SessionController } from '../base/session-controller.js';
import { shared, tokens } from '../base/styles.js';
import { NavController } from './nav-controller.js';
import { renderQuestion, type QuestionHost } from './question-view.js';
import { styles } from './questionnaire.styles.js';
import { problemsOf, type Problem } from './validation.js';

/**
 * The readiness questionnaire: one section at a time, with a table of contents, progress, validation,
 * N/A justifications, comments and evidence files. Shows the session of the nearest `<aims-assessment>`
 * or its own `.session`. Form-associated: inside a `<form>` it submits the response JSON under `name`.
 *
 * @tagname aims-questionnaire
 * @summary Answers an assessment definition, section by section.
 * @csspart base - the root
 * @csspart toc - the table of contents (list of sections)
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
 * @csspart levels - the level descriptions ("What do the levels mean?")
 * @csspart justification - the "Why?" field of a Not applicable answer, or of an option that needs a reason
 * @csspart error - a validation message
 * @csspart recommendation - the advice shown when an answer is below target
 * @csspart notes - the comment and evidence area
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
export class AimsQuestionnaire extends AimsElement implements QuestionHost {
  static formAssociated = true;
  static override styles = [tokens, shared, styles];

  /** The session to show; defaults to the one provided by an enclosing `<aims-assessment>`. */
  @property({ attribute: false }) session?: AssessmentSession;
  /** The session from context (set by `<aims-assessment>`). @internal */
  @consume({ context: sessionContext, subscribe: true }) @state() contextSession?: AssessmentSession;
  /** Review mode: answers are shown and cannot be changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** The form field name under which the response JSON is submitted. */
  @property({ reflect: true }) name = '';
  /** Id of the section shown (default: the first). */
  @property() section?: string;

  @state() private opened = new Set<string>();
  @state() private showErrors = false;
  @state() private notices = new Map<string, string>();
  private localErrors = new Map<string, string>();
  private problems: Problem[] = [];
  private formDisabled = false;
  private readonly internals = this.attachInternals();
  private readonly sc = new SessionController(this);
  private readonly nav = new NavController(this);

  /** The current session snapshot (for the question views). @internal */
  get snap(): SessionSnapshot { return this.sc.state!; }
  get uiLocale(): string { return this.effectiveLocale; }
  get isReadonly(): boolean { return this.readonly || this.formDisabled; }
  /** Index of the current section. */
  get sectionIndex(): number {
    const i = this.sc.state?.definition.sections.findIndex((s) => s.id === this.section) ?? -1;
    return i < 0 ? 0 : i;
  }

  text(t: Text | undefined): string { return localize(t, this.effectiveLocale, this.snap.definition.locale ?? 'en'); }
  isOpen(key: string): boolean { return this.opened.has(key); }
  toggle(key: string): void {
    const s = new Set(this.opened);
    if (!s.delete(key)) s.add(key);
    this.opened = s;
  }
  errorOf(question: string): string | undefined {
    const p = this.problems.find((x) => x.question === question);
    return this.localErrors.get(question) ?? (p && this.msg(p.key));
  }
  noticeOf(question: string): string | undefined { return this.notices.get(question); }

  private act(action: SessionAction, question: string): boolean {
    const s = this.sc.session;
    if (!s || this.isReadonly) return false;
    try {
      s.dispatch(action);
      return true;
    } catch (e) {
      this.localErrors.set(question, this.msg('errorAction', { problem: (e as Error).message }));
      this.requestUpdate();
      return false;
    }
  }
  setValue(q: Question, value: AnswerValue | null): void {
    const out = typeof value === 'number' && ((q.min !== undefined && value < q.min) || (q.max !== undefined && value > q.max));
    this.localErrors.delete(q.id);
    if (out) this.localErrors.set(q.id, this.msg('errorRange', { min: q.min ?? '−∞', max: q.max ?? '∞' }));
    const v = out ? null : value;
    if (this.act(v === null ? { type: 'clear', question: q.id } : { type: 'answer', question: q.id, value: v }, q.id)) {
      this.emit(new AimsAnswerEvent({ question: q.id, value: v }));
    }
    if (out) this.requestUpdate();
  }
  justify(q: Question, text: string): void { this.act({ type: 'justify', question: q.id, justification: text }, q.id); }
  comment(q: Question, text: string): void { this.act({ type: 'comment', question: q.id, comment: text }, q.id); }
  detach(q: Question, evidence: string): void { this.act({ type: 'evidence-remove', question: q.id, evidence }, q.id); }
  async attach(q: Question, files: Iterable<File>): Promise<void> {
    const s = this.sc.session;
    if (!s || this.isReadonly) return;
    for (const f of files) {
      this.setNotice(q.id, this.msg('uploading', { name: f.name }));
      try {
        await s.addEvidence(q.id, f, f.name);
        this.setNotice(q.id);
      } catch (e) {
        this.setNotice(q.id, this.msg('uploadFailed', { name: f.name, problem: (e as Error).message }));
      }
    }
  }
  private setNotice(q: string, text?: string) {
    const m = new Map(this.notices);
    if (text) m.set(q, text); else m.delete(q);
    this.notices = m;
  }

  /** Shows the section holding `questionId` and focuses that question. Returns false for an unknown or hidden question. */
  async goTo(questionId: string): Promise<boolean> {
    const secs = this.sc.state?.definition.sections ?? [];
    const i = secs.findIndex((s) => s.questions.some((q) => q.id === questionId));
    if (i < 0 || !this.snap.visible.has(questionId)) return false;
    await this.go(i, false);
    return this.nav.focusQuestion(questionId);
  }
  /** Validates the whole questionnaire; when something is missing, shows its section, the errors, and focuses the first. */
  async validate(): Promise<boolean> {
    const snap = this.sc.state;
    if (!snap) return false;
    const first = problemsOf(snap, snap.definition.sections.flatMap((s) => s.questions))[0];
    if (!first) return true;
    await this.go(snap.definition.sections.findIndex((s) => s.questions.some((q) => q.id === first.question)), false);
    this.showErrors = true;
    await this.nav.focusFirstInvalid();
    return false;
  }
  /** Moves to the next section, after checking the current one. */
  async next(): Promise<boolean> {
    const snap = this.snap;
    if (problemsOf(snap, snap.definition.sections[this.sectionIndex]!.questions).length) {
      this.showErrors = true;
      await this.nav.focusFirstInvalid();
      return false;
    }
    await this.go(this.sectionIndex + 1);
    return true;
  }
  /** Moves to the previous section. */
  previous(): Promise<void> { return this.go(this.sectionIndex - 1); }
  /** Validates everything, then submits the enclosing form or asks `<aims-assessment>` to submit. */
  async finish(): Promise<void> {
    if (!(await this.validate())) return;
    if (this.internals.form) this.internals.form.requestSubmit();
    else this.emit(new AimsSubmitRequestEvent());
  }

  private async go(index: number, focusHeading = true): Promise<void> {
    const secs = this.snap.definition.sections;
    const i = Math.max(0, Math.min(secs.length - 1, index));
    const changed = i !== this.sectionIndex;
    this.section = secs[i]!.id;
    this.showErrors = false;
    if (changed) this.emit(new AimsSectionChangeEvent({ section: secs[i]!.id, index: i }));
    if (focusHeading) await this.nav.focus('h2');
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const snap = this.sc.state;
    this.problems = snap && this.showErrors ? problemsOf(snap, snap.definition.sections[this.sectionIndex]!.questions) : [];
  }

  private validityOf?: SessionSnapshot;
  protected override updated(): void {
    const snap = this.sc.state;
    if (!snap || snap === this.validityOf) return;
    this.validityOf = snap;
    this.internals.setFormValue(JSON.stringify(snap.response));
    const first = problemsOf(snap, snap.definition.sections.flatMap((s) => s.questions))[0];
    if (!first) { this.internals.setValidity({}); return; }
    const anchor = this.renderRoot.querySelector<HTMLElement>(`[data-question="${CSS.escape(first.question)}"] :is(input, textarea)`);
    this.internals.setValidity({ customError: true }, this.msg(first.key), anchor ?? undefined);
  }

  formResetCallback(): void { this.sc.session?.dispatch({ type: 'reset' }); this.showErrors = false; }
  formDisabledCallback(disabled: boolean): void { this.formDisabled = disabled; this.requestUpdate(); }
  formStateRestoreCallback(saved: unknown): void {
    if (typeof saved !== 'string' || !this.sc.session) return;
    try { this.sc.session.dispatch({ type: 'replace', response: JSON.parse(saved) }); } catch { /* not ours to restore */ }
  }

  override render() {
    const snap = this.sc.state;
    if (!snap) return html`<p part="base" class="empty">${this.msg('noSession')}</p>`;
    const def = snap.definition;
    const idx = this.sectionIndex;
    const sec = def.sections[idx]!;
    const done = new Map(snap.scorecard.sections.map((s) => [s.id, s.completion]));
    const pct = (x: number | undefined) => Math.round((x ?? 0) * 100);
    const overall = pct(snap.scorecard.overall.completion);
    const qs = sec.questions.filter((q) => snap.visible.has(q.id));
    const last = idx === def.sections.length - 1;
    const numberOf = new Map(def.sections.flatMap((s) => s.questions).map((q, n) => [q.id, n + 1]));
    return html`<div part="base" class="base">
      <nav part="toc" class="toc" aria-label=${this.msg('contents')}><ol @keydown=${this.nav.onTocKey}>${def.sections.map((s, i) => html`<li>
        <button type="button" part="toc-item" class="toc-item" aria-current=${i === idx ? 'step' : nothing} @click=${() => this.go(i)}>
          <span>${this.text(s.title)}</span><span class="muted">${this.msg('sectionDone', { percent: pct(done.get(s.id)) })}</span></button></li>`)}</ol></nav>
      <div class="main">
        <div part="progress" class="progress">
          <progress max="100" .value=${overall} aria-label=${this.msg('progress')}></progress>
          <span role="status">${this.msg('progressText', { percent: overall })}</span>
        </div>
        <section part="section" aria-labelledby="section-title">
          <h2 part="section-title" id="section-title" tabindex="-1">${this.text(sec.title)}</h2>
          ${sec.description ? html`<p class="muted">${this.text(sec.description)}</p>` : nothing}
          ${this.problems.length > 1 ? html`<p class="notice error" role="alert">${this.msg('errorSummary', { count: this.problems.length })}</p>` : nothing}
          ${qs.length ? qs.map((q) => renderQuestion(this, q, numberOf.get(q.id)!)) : html`<p class="muted">${this.msg('noQuestions')}</p>`}
        </section>
        <div part="nav" class="nav">
          <button type="button" part="button" class="btn" ?hidden=${idx === 0} @click=${() => this.previous()}>${this.msg('previous')}</button>
          <span class="muted">${this.msg('step', { n: idx + 1, total: def.sections.length })}</span>
          ${last
            ? (this.readonly ? nothing : html`<button type="button" part="button" class="btn primary" @click=${() => this.finish()}>${this.msg('finish')}</button>`)
            : html`<button type="button" part="button" class="btn primary" @click=${() => this.next()}>${this.msg('next')}</button>`}
        </div>
      </div>
    </div>`;
  }
}
