import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { AnswerValue, Question } from '../../src/model/index.js';
import type { SessionAction, SessionSnapshot } from '../../src/session/types.js';
import { AimsSessionElement } from '../base/session-element.js';
import { AimsAnswerEvent } from '../base/events.js';
import { StepRenderController } from '../base/step-render-controller.js';
import { shared, tokens } from '../base/styles.js';
import { renderNav, renderProgress, renderToc, type FrameHost } from './questionnaire-frame.js';
import { renderQuestion } from './question-view.js';
import { rendererFor } from './renderers.js';
import { shownHints } from '../../src/scoring/visibility.js';
import { styles } from './questionnaire.styles.js';
import { firstProblem, isOutOfRange, questionNumbers, type Section } from './sections.js';
import { problemsOf, type Problem } from './validation.js';

/**
 * Questions the first step renders, and the fewest a later one adds: a long section grows in
 * steps, so that no render makes a long task (> 50 ms); the built-in packs' sections (at most 8
 * questions) still render at once.
 */
const QUESTIONS_PER_STEP = 30;

/**
 * The readiness questionnaire: one section at a time, with a table of contents, progress,
 * validation, N/A justifications, comments and evidence files. Shows the session of the nearest
 * `<aims-assessment>` or its own `.session`. Form-associated: inside a `<form>` it submits the
 * response JSON under `name`.
 *
 * @tagname aims-questionnaire
 * @summary Answers an assessment definition, section by section.
 * @csspart base - the root
 * @csspart toc - the table of contents: a side column on wide containers, a disclosure on narrow
 * ones
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
 * @csspart justification - the "Why?" field of a Not applicable answer, or of an option that needs
 * a reason
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
export class AimsQuestionnaire extends AimsSessionElement implements FrameHost {
  static formAssociated = true;
  static override styles = [tokens, shared, styles];
  static override properties = {
    readonly: { type: Boolean, reflect: true },
    name: { reflect: true },
    section: {},
    showErrors: { state: true },
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
  /** The questions answered below their target (their advice is shown), this render. @internal */
  belowTarget: ReadonlySet<string> = new Set();
  /** @internal */
  showErrors = false;
  /** A refused change or an out-of-range number, per question. */
  private readonly errors = new Map<string, unknown>();
  private problems: Problem[] = [];
  private disabled = false;
  /** How many visible questions the current section has (set while rendering). */
  private questionCount = 0;
  /** A long section renders in steps (see `QUESTIONS_PER_STEP`). */
  /** @internal */
  readonly steps = new StepRenderController(this, {
    step: QUESTIONS_PER_STEP,
    total: () => this.questionCount,
  });
  /** @internal */
  readonly internals = this.attachInternals();
  /** The snapshot whose value and validity the form holds. */
  private validityOf?: SessionSnapshot;

  /** @internal */
  get isReadonly(): boolean {
    return this.readonly || this.disabled;
  }
  /** Index of the current section. */
  get sectionIndex(): number {
    const sections = this.shown?.state.definition.sections;
    return Math.max(0, sections?.findIndex((section) => section.id === this.section) ?? 0);
  }
  private get currentSection(): Section {
    return this.snap.definition.sections[this.sectionIndex]!;
  }

  /**
   * The panels opened on demand (./notes-panel.ts: notes, level descriptions), loaded when one is
   * first opened. @internal
   */
  readonly notesPanel = this.lazyPart(() => import('./notes-panel.js'));
  /** Loads the panels once one is open. */
  private loadNotesPanelWhenOpen(): void {
    const onDemand = (key: string) => key.endsWith('-notes') || key.endsWith('-levels');
    if ([...this.opened].some(onDemand)) void this.notesPanel.load();
  }

  /** @internal */
  toggle(key: string): void {
    if (!this.opened.delete(key)) this.opened.add(key);
    this.requestUpdate();
  }
  /** @internal */
  errorOf(question: string): unknown {
    const problem = this.problems.find((candidate) => candidate.question === question);
    return this.errors.get(question) ?? (problem && this.msg(problem.key));
  }

  /** Dispatches a user's change to a question; a refusal is shown under the question. @internal */
  act(action: SessionAction & { question: string }): boolean {
    const session = this.shown;
    if (!session || this.isReadonly) return false;
    try {
      session.dispatch(action);
      return true;
    } catch (error) {
      const problem = (error as Error).message;
      this.errors.set(action.question, this.msgEn('errorAction', { problem }));
      this.requestUpdate();
      return false;
    }
  }
  /** @internal */
  setValue(question: Question, value: AnswerValue | null): void {
    const outOfRange = isOutOfRange(question, value);
    const accepted = outOfRange ? null : value;
    const id = question.id;
    this.errors.delete(id);
    if (outOfRange) {
      const range = { min: question.min ?? '−∞', max: question.max ?? '∞' };
      this.errors.set(id, this.msg('errorRange', range));
    }
    const action: SessionAction =
      accepted === null
        ? { type: 'clear', question: id }
        : { type: 'answer', question: id, value: accepted };
    if (this.act(action)) this.emit(new AimsAnswerEvent({ question: id, value: accepted }));
    this.requestUpdate();
  }
  /**
   * Moving between sections and to problems (./navigation.ts), loaded on the first move.
   * @internal
   */
  readonly navigation = this.lazyPart(() => import('./navigation.js'));
  /**
   * Shows the section holding `questionId` and focuses that question. Returns false for an unknown
   * or hidden question.
   */
  async goTo(questionId: string): Promise<boolean> {
    return (await this.navigation.load()).goTo(this, questionId);
  }
  /**
   * Validates the whole questionnaire; when something is missing, shows its section, the errors,
   * and focuses the first.
   */
  async validate(): Promise<boolean> {
    return (await this.navigation.load()).validate(this);
  }
  /** Moves to the next section, after checking the current one. */
  async next(): Promise<boolean> {
    return (await this.navigation.load()).next(this);
  }
  /** Shows section `index` and focuses its heading. @internal */
  async showSection(index: number): Promise<boolean> {
    return (await this.navigation.load()).go(this, index, true);
  }
  /** Moves to the previous section. */
  async previous(): Promise<void> {
    await (await this.navigation.load()).go(this, this.sectionIndex - 1, true);
  }
  /**
   * Validates everything, then submits the enclosing form or asks `<aims-assessment>` to submit.
   */
  async finish(): Promise<void> {
    return (await this.navigation.load()).finish(this);
  }

  /**
   * Resolves when every question of the current section is rendered (a long section renders in
   * steps: 30 questions first, more per step while the steps are quick).
   */
  allRendered(): Promise<void> {
    return this.steps.allRendered();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const before = this.strings;
    super.willUpdate(changed);
    // the same strings keep the same object, so that an unchanged question is not drawn again
    const keys = Object.keys(this.strings) as (keyof typeof before)[];
    if (keys.every((key) => this.strings[key] === before[key])) this.strings = before;
    this.loadNotesPanelWhenOpen();
    const snap = this.shown?.state;
    if (!snap) {
      this.problems = [];
      return;
    }
    const section = snap.definition.sections[this.sectionIndex]!;
    this.steps.startFor(section.id);
    this.problems = this.showErrors ? problemsOf(snap, section.questions) : [];
  }

  protected override updated(): void {
    const snap = this.shown?.state;
    if (!snap || snap === this.validityOf) return;
    this.validityOf = snap;
    this.internals.setFormValue(JSON.stringify(snap.response));
    const first = firstProblem(snap);
    if (!first) {
      this.internals.setValidity({});
      return;
    }
    const anchor = this.renderRoot.querySelector<HTMLElement>(
      `[data-question="${CSS.escape(first.question)}"] :is(input, textarea)`,
    );
    this.internals.setValidity({ customError: true }, this.msg(first.key), anchor ?? undefined);
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
    const section = this.currentSection;
    const questions = section.questions.filter((question) => snap.visible.has(question.id));
    this.questionCount = questions.length;
    return html`<div part="base" class="base">
      ${renderToc(this)}
      <div class="main">
        ${renderProgress(this)}
        <section part="section" aria-labelledby="section-title">
          <h2 part="section-title" id="section-title" tabindex="-1">${this.text(section.title)}</h2>
          ${
            section.description
              ? html`<p class="muted">${this.text(section.description)}</p>`
              : nothing
          }
          ${this.renderErrorSummary()} ${this.renderQuestions(snap, questions)}
        </section>
        ${renderNav(this)}
      </div>
    </div>`;
  }

  private renderErrorSummary() {
    const count = this.problems.length;
    if (count <= 1) return nothing;
    return html`<p class="notice error" role="alert">
      ${this.msgCount({ one: 'errorSummaryOne', other: 'errorSummary' }, count)}
    </p>`;
  }

  /**
   * The section's visible questions (as many as rendered so far), numbered across all sections.
   * A question is drawn again only when something it shows changed (an answer redraws its own
   * question, not the section).
   */
  private renderQuestions(snap: SessionSnapshot, questions: readonly Question[]) {
    if (!questions.length) return html`<p class="muted">${this.msg('noQuestions')}</p>`;
    const numbers = questionNumbers(snap);
    const gaps = snap.scorecard.gaps.filter((gap) => gap.answered);
    this.belowTarget = new Set(gaps.map((gap) => gap.question));
    return this.steps.slice(questions).map((question) => {
      const id = question.id;
      const number = numbers.get(id)!;
      const shows = [
        question,
        number,
        snap.definition,
        snap.response.answers[id],
        this.errorOf(id),
        this.notices.get(id),
        this.opened.has(`q-${id}-levels`),
        this.opened.has(`q-${id}-notes`),
        this.belowTarget.has(id),
        this.isReadonly,
        this.strings,
        this.effectiveLocale,
        this.notesPanel.module,
        rendererFor(question.type),
        ...shownHints(question, snap.response, snap.visible),
      ];
      return guard(shows, () => renderQuestion(this, question, number));
    });
  }
}
