import { html } from 'lit';
import { checkAiSystem, withoutSystem, type AiSystem } from '../../src/model/ai-system.js';
import type { AimsIssue } from '../../src/model/issues.js';
import {
  answerTriage,
  classifyAiSystem,
  triageQuestions,
  type AiSystemClassification,
  type TriageQuestion,
} from '../../src/scoring/ai-act.js';
import { hasScopeFromSystems, withScopeFromSystems } from '../../src/scoring/ai-act-scope.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import { AimsSessionElement } from '../base/session-element.js';
import { shared, tokens } from '../base/styles.js';
import { addEnglish } from '../base/i18n.js';
import { AimsSystemChangeEvent } from './events.js';
import { inventoryEn } from './messages.js';
import { CLASS_KEYS, PENDING_KEYS, ROLE_KEYS, type InventoryHost } from './inventory-common.js';
import { styles } from './inventory.styles.js';
import { renderDetails, renderQuestion } from './inventory-views.js';

addEnglish(inventoryEn);

/** The guided sequence, built once (the shipped table). */
const QUESTIONS: ReadonlyMap<string, TriageQuestion> = new Map(
  triageQuestions().map((question) => [question.id, question]),
);

/**
 * The AI system inventory with an EU AI Act triage for each system: a register that lists,
 * adds, edits and removes systems, the class and duties of each (from `classifyAiSystem` in the
 * core), and a guided triage panel that asks the next question as the answers come. The element
 * only shows and edits; the systems are kept in the response (`systems`) through the session.
 *
 * @tagname aims-inventory
 * @summary AI systems and their EU AI Act class (ISO/IEC 42001 4.3, A.4.2).
 * @csspart base - the root
 * @csspart register - the systems table
 * @csspart row - one system's row
 * @csspart class - a system's class
 * @csspart details - the reasons and duties of a system
 * @csspart triage - the triage panel
 * @csspart question - one triage question (a fieldset)
 * @csspart form - the add/edit form
 * @csspart error - the form's message when a system was refused
 * @csspart button - every button
 * @csspart notice - the "interpretation, not legal advice" line
 * @csspart status - the polite status line (added, saved, removed)
 * @event aims-system-change - a system was added, edited, triaged or removed (remove is
 * cancelable): `{ action, id, system }`
 */
export class AimsInventory extends AimsSessionElement implements InventoryHost {
  static override styles = [tokens, shared, styles];
  static override properties = {
    readonly: { type: Boolean, reflect: true },
    editing: { state: true },
    triaging: { state: true },
    issues: { state: true },
    status: { state: true },
  };

  /** Review mode: systems, classes and duties are shown, nothing can be changed. */
  readonly = false;
  /** The system being edited: its id, `''` for a new one, undefined when closed. @internal */
  editing?: string;
  /** The system whose triage panel is open. @internal */
  triaging?: string;
  /** Why the form's system was refused. @internal */
  issues: readonly AimsIssue[] = [];
  private status = '';
  private readonly classified = new WeakMap<AiSystem, AiSystemClassification>();

  /** @internal */
  get systems(): AiSystem[] {
    return this.shown?.state.response.systems ?? [];
  }
  /** @internal */
  get isReadonly(): boolean {
    return this.readonly || !this.shown;
  }
  /** The triage result of a system (computed by the core, once per stored system). @internal */
  classificationOf(system: AiSystem): AiSystemClassification {
    let result = this.classified.get(system);
    if (!result) {
      result = classifyAiSystem(system);
      this.classified.set(system, result);
    }
    return result;
  }

  private query(selector: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(selector);
  }

  /** The form's module, loaded after the first render and awaited before the form opens. */
  private readonly form = this.lazyPart(() => import('./inventory-form.js'));
  protected override firstUpdated(): void {
    if (!this.isReadonly) void this.form.load();
  }

  /** Opens the form for a system (`id`) or a new one (no argument). */
  async edit(id = ''): Promise<void> {
    if (this.isReadonly) return;
    if (!this.form.module) await this.form.load();
    this.editing = id;
    this.triaging = undefined;
    this.issues = [];
    await this.updateComplete;
    const form = this.query('form') as HTMLFormElement;
    form.reset();
    form.querySelector('input')!.focus();
  }
  /** Closes the form without saving; focus returns to where it was opened. */
  cancel(): void {
    const id = this.editing;
    this.editing = undefined;
    void this.focusAfter(id);
  }

  /**
   * Puts `systems` into the response through the session (a `replace`: the session checks the
   * response and keeps undo), with the questionnaire's scope answers that follow from them
   * (`withScopeFromSystems`), in one step. Each changed system was checked here first.
   */
  private commit(systems: AiSystem[], base = this.snap.response): void {
    const next = withScopeFromSystems(this.snap.definition, { ...base, systems });
    this.shown!.dispatch({ type: 'replace', response: next });
  }

  /** Saves the form: adds or updates the system, or shows why it was refused. @internal */
  save(form: HTMLFormElement): void {
    if (!this.form.module) return;
    const editing = this.editing;
    const stored = this.systems.find((system) => system.id === editing);
    const position = stored ? this.systems.indexOf(stored) : this.systems.length;
    const system = this.form.module.systemFrom(form, editing || this.nextId(), stored);
    const issues = checkAiSystem(system, ['systems', position]);
    if (issues.length) {
      this.issues = issues;
      void this.updateComplete.then(() => this.query('[part~=error]')?.focus());
      return;
    }
    const systems = [...this.systems];
    systems[position] = system;
    this.commit(systems);
    this.editing = undefined;
    const name = system.name;
    this.status = stored
      ? this.msg('inventorySaved', { name })
      : this.msg('inventoryAdded', { name });
    const action = stored ? 'update' : 'add';
    this.emit(new AimsSystemChangeEvent({ action, id: system.id, system }));
    void this.focusAfter(system.id);
  }

  /** Removes a system, unless a listener cancels `aims-system-change`. */
  removeSystem(id: string): void {
    const system = this.systems.find((candidate) => candidate.id === id);
    if (!system || this.isReadonly) return;
    if (!this.emit(new AimsSystemChangeEvent({ action: 'remove', id, system }))) return;
    // (the risks that named the system lose the link: `withoutSystem`)
    const unlinked = withoutSystem(this.snap.response, id);
    this.commit(unlinked.systems ?? [], unlinked);
    if (this.editing === id) this.editing = undefined;
    if (this.triaging === id) this.triaging = undefined;
    this.status = this.msg('inventoryRemoved', { name: system.name });
    void this.focusAfter();
  }

  /** Opens (or closes) the triage panel of a system. */
  async triage(id?: string): Promise<void> {
    this.triaging = this.triaging === id ? undefined : id;
    this.editing = undefined;
    await this.updateComplete;
    if (this.triaging) this.query('[part~=triage] input')?.focus();
    else void this.focusAfter(id);
  }

  /** Chooses or clears one option of a triage question of the open system. */
  private answer(questionId: string, optionId: string, checked: boolean): void {
    const stored = this.systems.find((system) => system.id === this.triaging);
    if (!stored || this.isReadonly) return;
    const system = answerTriage(stored, questionId, optionId, checked);
    if (system === stored) return;
    this.commit(this.systems.map((candidate) => (candidate === stored ? system : candidate)));
    this.emit(new AimsSystemChangeEvent({ action: 'triage', id: system.id, system }));
  }

  /** The id the next new system gets: `AI-<n>`, one above the highest number in use. */
  nextId(): string {
    const numbers = this.systems.map((system) => Number(/^AI-(\d+)$/.exec(system.id)?.[1] ?? 0));
    return `AI-${Math.max(0, ...numbers) + 1}`;
  }

  private async focusAfter(id = ''): Promise<void> {
    await this.updateComplete;
    const button =
      this.query(`[data-system="${CSS.escape(id)}"] button`) ?? this.query('[data-add]');
    button?.focus();
  }

  protected body(snap: SessionSnapshot) {
    const scoped = this.systems.length > 0 && hasScopeFromSystems(snap.definition);
    const scope = scoped ? html` ${this.msg('inventoryScope')}` : '';
    const editing = this.editing !== undefined && this.form.module;
    return html`<div part="base" class="base">
      <p part="notice" class="muted">${this.msg('inventoryNotice')}${scope}</p>
      ${this.renderRegister()} ${editing ? this.form.module!.renderForm(this) : ''}
      ${this.renderTriage()}
      <p part="status" role="status">${this.status}</p>
    </div>`;
  }

  private renderButton(label: unknown, onClick: () => void, classes = 'link') {
    return html`<button type="button" part="button" class=${classes} @click=${onClick}>
      ${label}
    </button>`;
  }

  private renderRegister() {
    const add = this.isReadonly
      ? ''
      : html`<button
          type="button"
          part="button"
          class="btn primary"
          data-add
          @click=${() => this.edit()}
        >
          ${this.msg('inventoryAdd')}
        </button>`;
    const systems = this.systems;
    const actions = this.isReadonly
      ? ''
      : html`<th scope="col"><span class="vh">${this.msg('inventoryActions')}</span></th>`;
    const table = html`<div class="scroll">
      <table part="register">
        <caption>
          ${this.msg('inventoryTitle')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.msg('inventoryName')}</th>
            <th scope="col">${this.msg('inventoryRoles')}</th>
            <th scope="col">${this.msg('inventoryClass')}</th>
            <th scope="col">${this.msg('inventoryDuties')}</th>
            ${actions}
          </tr>
        </thead>
        <tbody>
          ${systems.map((system) => this.renderRow(system))}
        </tbody>
      </table>
    </div>`;
    return html`<div class="bar">
        ${systems.length ? '' : html`<p class="h">${this.msg('inventoryTitle')}</p>`}${add}
      </div>
      ${systems.length ? table : html`<p>${this.msg('inventoryEmpty')}</p>`}`;
  }

  private renderRow(system: AiSystem) {
    const result = this.classificationOf(system);
    const roles = system.roles.map((role) => this.msg(ROLE_KEYS[role])).join(', ') || '—';
    const label = (key: 'inventoryEdit' | 'inventoryRemove' | 'inventoryTriage') =>
      html`${this.msg(key)}<span class="vh"> ${system.name}</span>`;
    const actions = this.isReadonly
      ? ''
      : html`<td class="acts">
          ${this.renderButton(label('inventoryTriage'), () => this.triage(system.id))}
          ${this.renderButton(label('inventoryEdit'), () => this.edit(system.id))}
          ${this.renderButton(label('inventoryRemove'), () => this.removeSystem(system.id))}
        </td>`;
    return html`<tr part="row" data-system=${system.id}>
      <th scope="row">
        ${system.name}${system.purpose ? html`<br /><small>${system.purpose}</small>` : ''}
      </th>
      <td>${roles}</td>
      <td>
        <span part="class" class="cls" data-class=${result.riskClass}
          >${this.msg(CLASS_KEYS[result.riskClass])}</span
        >
      </td>
      <td>${renderDetails(this, result)}</td>
      ${actions}
    </tr>`;
  }

  /** The guided triage of the open system: the questions asked so far, the next one last. */
  private renderTriage() {
    const system = this.systems.find((candidate) => candidate.id === this.triaging);
    if (!system || this.isReadonly) return '';
    const result = this.classificationOf(system);
    const left = result.pending.length
      ? this.msgCount(PENDING_KEYS, result.pending.length)
      : this.msg(CLASS_KEYS[result.riskClass]);
    const onKeydown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      void this.triage(system.id);
    };
    return html`<section
      part="triage"
      class="box"
      aria-labelledby="inv-triage"
      @keydown=${onKeydown}
    >
      <p id="inv-triage" class="h">${this.msg('inventoryTriageOf', { name: system.name })}</p>
      <p role="status">${left}</p>
      ${result.asked.map((id) =>
        renderQuestion(system, QUESTIONS.get(id)!, (questionId, optionId, checked) =>
          this.answer(questionId, optionId, checked),
        ),
      )}
      ${this.renderButton(this.msg('inventoryClose'), () => this.triage(system.id), 'btn')}
    </section>`;
  }
}
