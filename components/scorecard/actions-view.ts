/**
 * The scorecard's next actions: the five open entries of the action plan at the top of its
 * priority order (`actionPlan`, docs/action-plan.md), each with its state, owner and due date, and
 * a link to the plan when the host names where it is (`plan-href`). Printed, the report lists every
 * open entry, so the plan travels with it. A lazy part of the full scorecard, with its strings.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import {
  actionPlan,
  isOpenEntry,
  type PlanEntry,
  type PlanState,
} from '../../src/scoring/action-plan.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import { addEnglish, type MessageKey } from '../base/i18n.js';
import { actionPlanEn } from '../action-plan/messages.js';
import { scorecardActionsEn } from './actions-messages.js';
import type { ReportHost } from './report-views.js';

addEnglish(actionPlanEn);
addEnglish(scorecardActionsEn);

/** How many entries the screen shows; the printed report shows them all. */
const NEXT_COUNT = 5;

const STATE_KEYS = {
  proposed: 'planStateProposed',
  open: 'planStateOpen',
  'in-progress': 'planStateInProgress',
  'done-open': 'planStateDoneOpen',
  accepted: 'planStateAccepted',
  done: 'planStateDone',
  resolved: 'planStateResolved',
} as const satisfies Record<PlanState, MessageKey>;

/** What the actions need from the scorecard, beyond the report's host. */
export interface ActionsHost extends ReportHost {
  /** Where the host shows the action plan (a URL or a fragment), or undefined. */
  readonly planHref?: string;
}

/** An entry's title: the recorded action's, else the proposal's, in the UI language. */
function titleOf(host: ActionsHost, entry: PlanEntry): string {
  return entry.action?.title || host.text(entry.proposal?.title) || entry.id;
}

function renderEntry(host: ActionsHost, entry: PlanEntry): TemplateResult {
  const details = [
    host.msg(STATE_KEYS[entry.state]),
    entry.action?.owner ? host.msg('planOwner', { owner: entry.action.owner }) : '',
    entry.action?.due ? host.msg('planDue', { due: entry.action.due.slice(0, 10) }) : '',
  ].filter(Boolean);
  const overdue = entry.overdue
    ? html`<strong part="next-action-overdue">${host.msg('planOverdueMark')}</strong>`
    : nothing;
  return html`<li part="next-action" data-state=${entry.state}>
    <span>${titleOf(host, entry)}</span>
    <span class="muted">${details.join(' · ')}</span>
    ${overdue}
  </li>`;
}

/**
 * The next actions section (part `next-actions`): nothing when the definition proposes nothing and
 * the response records nothing.
 */
export function renderNextActions(host: ActionsHost, snap: SessionSnapshot): unknown {
  const plan = actionPlan(snap.definition, snap.response, {
    visible: snap.visible,
    today: new Date(),
  });
  if (!plan.entries.length) return nothing;
  const open = plan.entries.filter(isOpenEntry);
  const shown = host.printing ? open : open.slice(0, NEXT_COUNT);
  const title = host.printing ? 'scorecardAllActions' : 'scorecardNextActions';
  const { done, overdue } = plan.progress;
  const summary = [
    host.msg('planDone', { count: done }),
    host.msg('planOpen', { count: plan.progress.open }),
    host.msg('planOverdue', { count: overdue }),
  ].join(' · ');
  return html`<section part="next-actions" aria-labelledby="next-actions-title">
    <h3 id="next-actions-title">${host.msg(title)}</h3>
    <p class="muted">${summary}</p>
    ${
      shown.length
        ? html`<ol part="next-action-list">
            ${shown.map((entry) => renderEntry(host, entry))}
          </ol>`
        : html`<p>${host.msg('scorecardNoActions')}</p>`
    }
    ${
      host.planHref && !host.printing
        ? html`<a part="plan-link" href=${host.planHref}>${host.msg('scorecardOpenPlan')}</a>`
        : nothing
    }
  </section>`;
}

/** The styles only the next actions use, added to the scorecard's when this module loads. */
export const styles = css`
  [part='next-action'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s1) var(--_s3);
  }
  [part='next-action-overdue'] {
    color: var(--_error);
  }
`;
