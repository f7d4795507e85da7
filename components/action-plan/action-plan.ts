import { html, nothing } from 'lit';
import { checkAction, type RecordedAction, type ActionStatus } from '../../src/model/action.js';
import type { AimsIssue } from '../../src/model/issues.js';
import {
  actionPlan,
  PLAN_STATES,
  type ActionPlan,
  type PlanEntry,
  type PlanState,
  type ProposalKind,
} from '../../src/scoring/action-plan.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey } from '../base/i18n.js';
import { AimsSessionElement } from '../base/session-element.js';
import { shared, tokens } from '../base/styles.js';
import { addEnglish } from '../base/i18n.js';
import { AimsActionChangeEvent } from './events.js';
import { actionPlanEn } from './messages.js';
import { styles } from './action-plan.styles.js';

addEnglish(actionPlanEn);

const STATE_KEYS = {
  proposed: 'planStateProposed',
  open: 'planStateOpen',
  'in-progress': 'planStateInProgress',
  'done-open': 'planStateDoneOpen',
  accepted: 'planStateAccepted',
  done: 'planStateDone',
  resolved: 'planStateResolved',
} as const satisfies Record<PlanState, MessageKey>;

const KIND_KEYS = {
  question: 'planKindQuestion',
  control: 'planKindControl',
  risk: 'planKindRisk',
  document: 'planKindDocument',
  gate: 'planKindGate',
} as const satisfies Record<ProposalKind, MessageKey>;

const STATUS_KEYS = {
  open: 'planStatusOpen',
  'in-progress': 'planStatusInProgress',
  done: 'planStatusDone',
  accepted: 'planStatusAccepted',
} as const satisfies Record<ActionStatus, MessageKey>;

/** How an entry's due date is filtered. */
export type DueFilter = '' | 'overdue' | 'soon' | 'none';

/** The filters of the list: owner, clause or objective (requirement group), due date. */
export interface ActionPlanFilter {
  readonly owner?: string;
  readonly group?: string;
  readonly due?: DueFilter;
}

/** The days "within 30 days" covers. */
const SOON_DAYS = 30;
const DAY_MS = 86_400_000;

/** The plan shown without a session. */
const EMPTY_PLAN: ActionPlan = {
  entries: [],
  progress: {
    total: 0,
    done: 0,
    open: 0,
    overdue: 0,
    states: Object.fromEntries(PLAN_STATES.map((state) => [state, 0])) as Record<PlanState, number>,
  },
};

/** `YYYY-MM-DD` of a day. */
const dayOf = (when: Date) => when.toISOString().slice(0, 10);

/**
 * The remediation plan: every open item the core proposes (questions below target, undecided or
 * unimplemented controls, risks above appetite, missing documented information, open gates) and
 * every recorded action, in one list grouped by state, with a progress summary. Accept a proposal
 * with an owner and a due date to record it; edit or remove recorded actions. Overdue actions say
 * so in words. The actions are kept in the response (`actions`) through the session.
 *
 * @tagname aims-action-plan
 * @summary The remediation plan: proposals from the gaps and the recorded actions.
 * @csspart base - the root
 * @csspart summary - the progress summary (done, open, overdue)
 * @csspart toolbar - the filters and the add button
 * @csspart group - one state's group (a section with its heading)
 * @csspart item - one entry of the list
 * @csspart overdue - the "Overdue" mark of an entry
 * @csspart form - the accept/edit form
 * @csspart error - the form's message when an action was refused
 * @csspart button - every button
 * @csspart status - the polite status line (recorded, saved, removed)
 * @cssprop [--aims-action-plan-overdue-color=var(--aims-color-error)] - colour of the overdue mark
 * @event aims-action-change - an action was recorded, edited or removed (remove is cancelable):
 * `{ change, id, action }`
 */
export class AimsActionPlan extends AimsSessionElement {
  static override styles = [tokens, shared, styles];
  static override properties = {
    readonly: { type: Boolean, reflect: true },
    today: { type: String },
    filter: { attribute: false },
    editing: { state: true },
    issues: { state: true },
    status: { state: true },
  };

  /** Review mode: the plan is shown, nothing can be changed. */
  readonly = false;
  /** Today (`YYYY-MM-DD`), for overdue; default: the current day. */
  today?: string;
  /** The list's filters. */
  filter: ActionPlanFilter = {};
  /**
   * The entry whose form is open: its id (a proposal's or `action:<id>`), `''` for a new action
   * written by hand, undefined when closed. @internal
   */
  editing?: string;
  /** Why the form's action was refused. @internal */
  issues: readonly AimsIssue[] = [];
  private status = '';
  private cache?: { response: unknown; today: string; plan: ActionPlan };

  /** The day overdue is measured against. */
  private get day(): string {
    return this.today || dayOf(new Date());
  }

  /** The plan of the current response (computed by the core, once per response and day). */
  get plan(): ActionPlan {
    const snap = this.shown?.state;
    if (!snap) return EMPTY_PLAN;
    const cached = this.cache;
    if (cached?.response === snap.response && cached.today === this.day) return cached.plan;
    const plan = actionPlan(snap.definition, snap.response, {
      visible: snap.visible,
      today: this.day,
    });
    this.cache = { response: snap.response, today: this.day, plan };
    return plan;
  }

  private get actions(): RecordedAction[] {
    return this.shown?.state.response.actions ?? [];
  }
  private get isReadonly(): boolean {
    return this.readonly || !this.shown;
  }

  /** The clause or objective of an entry's requirement, or `''`. */
  private groupOf(entry: PlanEntry): string {
    if (entry.proposal) return entry.proposal.group ?? '';
    const requirement = entry.action?.links?.requirement;
    const found = this.snap.definition.requirements?.find((item) => item.id === requirement);
    return found?.group ?? '';
  }

  /** Does an entry pass the filters? */
  private passes(entry: PlanEntry): boolean {
    const { owner, group, due } = this.filter;
    if (owner && (entry.action?.owner ?? '') !== owner) return false;
    if (group && this.groupOf(entry) !== group) return false;
    const dueDay = entry.action?.due?.slice(0, 10);
    if (due === 'overdue') return entry.overdue;
    if (due === 'none') return !dueDay;
    if (due === 'soon') {
      const limit = dayOf(new Date(Date.parse(this.day) + SOON_DAYS * DAY_MS));
      return !!dueDay && dueDay >= this.day && dueDay <= limit;
    }
    return true;
  }

  /** The entry's title in the element's locale. */
  private titleOf(entry: PlanEntry): string {
    if (entry.action) return entry.action.title;
    const proposal = entry.proposal!;
    if (proposal.kind === 'gate') return this.msg('planGate', { gate: proposal.id.slice(5) });
    return this.text(proposal.title);
  }

  /** Puts `actions` into the response through the session (a `replace`, kept for undo). */
  private commit(actions: RecordedAction[]): void {
    const response = this.snap.response;
    this.shown!.dispatch({ type: 'replace', response: { ...response, actions } });
  }

  private query<Found extends HTMLElement>(selector: string): Found | null {
    return this.renderRoot.querySelector<Found>(selector);
  }

  /** Opens the form for an entry (accept or edit), or for a new action (`''`). */
  async edit(id: string): Promise<void> {
    if (this.isReadonly) return;
    this.editing = id;
    this.issues = [];
    await this.updateComplete;
    this.query<HTMLInputElement>('[part~=form] input')?.focus();
  }

  /** Closes the form without saving; focus returns to the entry. */
  cancel(): void {
    const id = this.editing;
    this.editing = undefined;
    this.issues = [];
    void this.focusOn(id);
  }

  /** The next id for a new action: `act-<n>`, one above the highest in use. */
  private nextId(): string {
    const numbers = this.actions.map((action) => Number(/^act-(\d+)$/.exec(action.id)?.[1] ?? 0));
    return `act-${Math.max(0, ...numbers) + 1}`;
  }

  /** The action the form describes (fields left empty are left out). */
  private actionFrom(form: HTMLFormElement, entry: PlanEntry | undefined): RecordedAction {
    const data = new FormData(form);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    const stored = entry?.action ?? undefined;
    const proposal = entry?.proposal ?? undefined;
    const now = new Date().toISOString();
    const optional = {
      description: field('description'),
      owner: field('owner'),
      due: field('due'),
      reason: field('reason'),
      notes: field('notes'),
    };
    const links = stored?.links ?? proposal?.links;
    return {
      id: stored?.id ?? this.nextId(),
      ...((stored?.proposal ?? proposal?.id) !== undefined && {
        proposal: stored?.proposal ?? proposal!.id,
      }),
      title: field('title'),
      status: (field('status') || 'open') as ActionStatus,
      ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value)),
      ...(links && Object.keys(links).length ? { links } : {}),
      ...(stored?.evidence && { evidence: stored.evidence }),
      createdAt: stored?.createdAt ?? now,
      updatedAt: now,
    };
  }

  /** Saves the form: records or updates the action, or shows why it was refused. @internal */
  save(form: HTMLFormElement): void {
    const editing = this.editing;
    if (editing === undefined || this.isReadonly) return;
    const entry = this.plan.entries.find((candidate) => candidate.id === editing);
    const stored = entry?.action ?? undefined;
    const position = stored ? this.actions.indexOf(stored) : this.actions.length;
    const action = this.actionFrom(form, entry);
    const issues = checkAction(action, ['actions', position]);
    if (issues.length) {
      this.issues = issues;
      void this.updateComplete.then(() => this.query('[part~=error]')?.focus());
      return;
    }
    const actions = [...this.actions];
    actions[position] = action;
    this.commit(actions);
    this.editing = undefined;
    this.issues = [];
    const title = action.title;
    this.status = stored ? this.msg('planSaved', { title }) : this.msg('planAdded', { title });
    this.emit(
      new AimsActionChangeEvent({ change: stored ? 'update' : 'add', id: action.id, action }),
    );
    void this.focusOn(entry?.id ?? (action.proposal || `action:${action.id}`));
  }

  /** Removes a recorded action, unless a listener cancels `aims-action-change`. */
  removeAction(id: string): void {
    const action = this.actions.find((candidate) => candidate.id === id);
    if (!action || this.isReadonly) return;
    if (!this.emit(new AimsActionChangeEvent({ change: 'remove', id, action }))) return;
    this.commit(this.actions.filter((candidate) => candidate !== action));
    this.editing = undefined;
    this.status = this.msg('planRemoved', { title: action.title });
    void this.focusOn(action.proposal);
  }

  /** Focuses the first button of an entry (or the add button). */
  private async focusOn(id: string | undefined): Promise<void> {
    await this.updateComplete;
    const selector = id ? `[data-entry="${CSS.escape(id)}"] button` : '[data-add]';
    (this.query(selector) ?? this.query('[data-add]'))?.focus();
  }

  private setFilter(key: keyof ActionPlanFilter, value: string): void {
    this.filter = { ...this.filter, [key]: value || undefined };
  }

  private renderSummary(plan: ActionPlan) {
    const { done, open, overdue } = plan.progress;
    return html`<section part="summary" aria-labelledby="plan-summary">
      <h3 id="plan-summary">${this.msg('planSummary')}</h3>
      <ul class="counts">
        <li>${this.msg('planDone', { count: done })}</li>
        <li>${this.msg('planOpen', { count: open })}</li>
        <li class=${overdue ? 'late' : ''}>${this.msg('planOverdue', { count: overdue })}</li>
      </ul>
    </section>`;
  }

  private renderToolbar(plan: ActionPlan) {
    const owners = [...new Set(plan.entries.map((entry) => entry.action?.owner ?? ''))]
      .filter(Boolean)
      .sort();
    const groups = [...new Set(plan.entries.map((entry) => this.groupOf(entry)))]
      .filter(Boolean)
      .sort();
    const select = (
      key: keyof ActionPlanFilter,
      label: MessageKey,
      options: readonly (readonly [string, string])[],
    ) =>
      html`<label
        >${this.msg(label)}
        <select
          data-filter=${key}
          .value=${this.filter[key] ?? ''}
          @change=${(event: Event) =>
            this.setFilter(key, (event.target as HTMLSelectElement).value)}
        >
          <option value="">${this.msg('planAll')}</option>
          ${options.map(
            ([value, text]) =>
              html`<option value=${value} ?selected=${this.filter[key] === value}>${text}</option>`,
          )}
        </select></label
      >`;
    return html`<div part="toolbar" class="bar">
      ${select(
        'owner',
        'planFilterOwner',
        owners.map((owner) => [owner, owner]),
      )}
      ${select(
        'group',
        'planFilterGroup',
        groups.map((group) => [group, group]),
      )}
      ${select('due', 'planFilterDue', [
        ['overdue', this.msg('planDueOverdue')],
        ['soon', this.msg('planDueSoon')],
        ['none', this.msg('planDueNone')],
      ])}
      ${
        this.isReadonly
          ? nothing
          : html`<button part="button" type="button" data-add @click=${() => this.edit('')}>
              ${this.msg('planAdd')}
            </button>`
      }
    </div>`;
  }

  private renderForm(entry: PlanEntry | undefined) {
    const action = entry?.action ?? undefined;
    const proposal = entry?.proposal ?? undefined;
    const title = action?.title ?? (entry ? this.titleOf(entry) : '');
    const description =
      action?.description ?? (proposal?.recommendation ? this.text(proposal.recommendation) : '');
    const status = action?.status ?? 'open';
    const field = (name: string, label: MessageKey, value: string, type = 'text') =>
      html`<label
        >${this.msg(label)}
        <input name=${name} type=${type} .value=${value} ?required=${name === 'title'}
      /></label>`;
    return html`<form
      part="form"
      @submit=${(event: Event) => {
        event.preventDefault();
        this.save(event.target as HTMLFormElement);
      }}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') this.cancel();
      }}
    >
      ${
        this.issues.length
          ? html`<div part="error" role="alert" tabindex="-1">
              ${this.msg('planRefused')}
              <ul>
                ${this.issues.map((issue) => html`<li>${issue.path}: ${issue.message}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${field('title', 'planFieldTitle', title)}
      <label
        >${this.msg('planFieldDescription')}
        <textarea name="description" .value=${description}></textarea>
      </label>
      ${field('owner', 'planFieldOwner', action?.owner ?? '')}
      ${field('due', 'planFieldDue', action?.due?.slice(0, 10) ?? '', 'date')}
      <label
        >${this.msg('planFieldStatus')}
        <select name="status">
          ${(Object.keys(STATUS_KEYS) as ActionStatus[]).map(
            (value) =>
              html`<option value=${value} ?selected=${value === status}>
                ${this.msg(STATUS_KEYS[value])}
              </option>`,
          )}
        </select>
      </label>
      <label
        >${this.msg('planFieldReason')}
        <textarea name="reason" .value=${action?.reason ?? ''}></textarea>
      </label>
      <label
        >${this.msg('planFieldNotes')}
        <textarea name="notes" .value=${action?.notes ?? ''}></textarea>
      </label>
      <div class="bar">
        <button part="button" type="submit" class="primary">${this.msg('planSave')}</button>
        <button part="button" type="button" @click=${() => this.cancel()}>
          ${this.msg('planCancel')}
        </button>
      </div>
    </form>`;
  }

  private renderEntry(entry: PlanEntry) {
    const { proposal, action } = entry;
    const title = this.titleOf(entry);
    const links = Object.entries(action?.links ?? proposal?.links ?? {})
      .map(([, value]) => value)
      .join(' · ');
    const kind = proposal ? this.msg(KIND_KEYS[proposal.kind]) : null;
    const facts = [
      kind,
      links ? this.msg('planServes', { links }) : null,
      proposal ? this.msg('planPriority', { priority: proposal.priority }) : null,
      action?.owner ? this.msg('planOwner', { owner: action.owner }) : null,
      action?.due ? this.msg('planDue', { due: action.due.slice(0, 10) }) : null,
    ].filter((fact): fact is string => !!fact);
    const buttons = this.isReadonly
      ? nothing
      : html`<div class="bar" role="group" aria-label=${this.msg('planActionsOf', { title })}>
          ${
            action
              ? html`<button part="button" type="button" @click=${() => this.edit(entry.id)}>
                    ${this.msg('planEdit')}
                  </button>
                  <button part="button" type="button" @click=${() => this.removeAction(action.id)}>
                    ${this.msg('planRemove')}
                  </button>`
              : html`<button part="button" type="button" @click=${() => this.edit(entry.id)}>
                  ${this.msg('planAccept')}
                </button>`
          }
        </div>`;
    return html`<li part="item" data-entry=${entry.id} data-state=${entry.state}>
      <p class="title">
        ${title}
        ${
          entry.overdue
            ? html`<strong part="overdue" class="late">${this.msg('planOverdueMark')}</strong>`
            : nothing
        }
      </p>
      <p class="facts">${facts.join(' · ')}</p>
      ${
        action?.status === 'accepted' && action.reason
          ? html`<p class="facts">${action.reason}</p>`
          : nothing
      }
      ${this.editing === entry.id ? this.renderForm(entry) : buttons}
    </li>`;
  }

  protected body(_snap: SessionSnapshot) {
    const plan = this.plan;
    const shown = plan.entries.filter((entry) => this.passes(entry));
    const groups = PLAN_STATES.map(
      (state) => [state, shown.filter((entry) => entry.state === state)] as const,
    ).filter(([, entries]) => entries.length);
    return html`<div part="base" class="base">
      <h2>${this.msg('planTitle')}</h2>
      ${this.renderSummary(plan)} ${this.renderToolbar(plan)}
      ${this.editing === '' ? this.renderForm(undefined) : nothing}
      ${
        plan.entries.length === 0
          ? html`<p>${this.msg('planEmpty')}</p>`
          : groups.length === 0
            ? html`<p>${this.msg('planNoMatch')}</p>`
            : groups.map(
                ([state, entries]) =>
                  html`<section part="group" aria-labelledby=${`plan-${state}`}>
                    <h3 id=${`plan-${state}`}>
                      ${this.msg(STATE_KEYS[state])} (${entries.length})
                    </h3>
                    <ul class="entries">
                      ${entries.map((entry) => this.renderEntry(entry))}
                    </ul>
                  </section>`,
              )
      }
      <p part="status" role="status">${this.status}</p>
    </div>`;
  }
}
