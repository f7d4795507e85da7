/**
 * The remediation plan (docs/action-plan.md): one proposed action per open item of a response, in
 * priority order, joined with the actions recorded in `response.actions`, each with a state the
 * core computes ("done, gap still open", "resolved"). Pure: every open item comes from the core's
 * own rules (`score`'s gaps and gates, `deriveSoa`, `documentRegister`, `residualAccepted`).
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { Text } from '../model/primitives.js';
import type { AssessmentResponse, Risk } from '../model/response.js';
import type { ActionLinks, RecordedAction } from '../model/action.js';
import { allQuestions } from '../model/accessors.js';
import { score } from './score.js';
import type { SoaEntry } from './soa.js';
import { deriveSoa } from './soa-entries.js';
import { documentRegister, type DocumentStatus } from './documents.js';
import { assessRisk, residualAccepted, riskScaleOf } from './risk.js';
import type { GateReason } from './types.js';

/** What kind of open item a proposal serves, in the order equal priorities are listed. */
export const PROPOSAL_KINDS = ['question', 'control', 'risk', 'document', 'gate'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** Why an item is open. */
export type ProposalReason =
  /** A question is below its target. */
  | 'below-target'
  /** An Annex A control has no SoA decision. */
  | 'undecided'
  /** An applicable control is not implemented, and none of its questions is below target. */
  | 'not-implemented'
  /** A risk is above appetite and nobody accepted its residual level. */
  | 'not-accepted'
  /** Documented information is missing, partial, or without evidence. */
  | Exclude<DocumentStatus, 'in-place' | 'not-applicable'>
  /** A certification gate is open for a reason no other proposal covers. */
  | Extract<GateReason, 'unanswered' | 'not-assessed' | 'unjustified' | 'no-controls'>;

/** One proposed action: the open item, what it links to and its priority. */
export interface ActionProposal {
  /** Stable id from what it serves: `gap:A.6.2.4:q-a624`, `control:A.5.2`, `risk:R-1` … */
  readonly id: string;
  readonly kind: ProposalKind;
  readonly reason: ProposalReason;
  /** The proposal's title in the definition's texts (a risk's title is the user's own text). */
  readonly title: Text;
  /** The question's recommendation: the action's text (questions below target only). */
  readonly recommendation: Text | null;
  readonly links: ActionLinks;
  /** The clause or objective (requirement group) the item belongs to, or null. */
  readonly group: string | null;
  /** How much is missing, weighted (see `actionPriority`). */
  readonly size: number;
  /** The highest residual level of the linked risks, 0 (none) … 1 (the matrix's highest). */
  readonly riskLevel: number;
  readonly priority: number;
}

/**
 * The state of a plan entry: `proposed` (open item, nothing recorded); the recorded status while
 * the item is open (`open`, `in-progress`, `accepted`); `done-open` (marked done, the item still
 * open); `done` (a done action that serves no derived item); `resolved` (the item it serves
 * closed).
 */
export const PLAN_STATES = [
  'proposed',
  'open',
  'in-progress',
  'done-open',
  'accepted',
  'done',
  'resolved',
] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export interface PlanEntry {
  /** The proposal id, or `action:<id>` for an action written by hand. */
  readonly id: string;
  /** The open item, or null when it closed or the action serves none. */
  readonly proposal: ActionProposal | null;
  readonly action: RecordedAction | null;
  readonly state: PlanState;
  /** Due before `options.today` and not finished (always false without `today`). */
  readonly overdue: boolean;
}

export interface ActionPlanProgress {
  /** Every entry. */
  readonly total: number;
  /** Closed: `done`, `resolved`, `accepted`. */
  readonly done: number;
  /** Still to do: `proposed`, `open`, `in-progress`, `done-open`. */
  readonly open: number;
  readonly overdue: number;
  /** Entries per state (every state present). */
  readonly states: Readonly<Record<PlanState, number>>;
}

export interface ActionPlan {
  /** Open items by priority, then hand-written actions, then resolved ones (response order). */
  readonly entries: readonly PlanEntry[];
  readonly progress: ActionPlanProgress;
}

export interface ActionPlanOptions {
  /** Visible question ids (a session's `state.visible`); computed from the answers when omitted. */
  readonly visible?: ReadonlySet<string>;
  /** Today (a Date or `YYYY-MM-DD`): entries due before it are overdue. */
  readonly today?: Date | string;
}

/**
 * The one priority rule: `size × (1 + riskLevel)`, rounded to 4 decimals. `size` is the gap of a
 * question below target, `(target − value) × weight` (the scorecard's gap); 1 for an item with no
 * measured gap (an undecided control, a risk above appetite, missing documented information, an
 * open gate); for an applicable control not implemented `1 − readiness/100`; for documented
 * information that is partial 0.5, without evidence 0.25. `riskLevel` is the highest residual
 * level of the risks linked to the item (for a risk, its own) as a fraction of the matrix's
 * levels, `(index + 1) / levels`, and 0 when none is linked.
 */
export const actionPriority = (size: number, riskLevel: number): number =>
  Math.round(size * (1 + riskLevel) * 10000) / 10000;

const DOCUMENT_SIZES: Partial<Record<DocumentStatus, number>> = {
  missing: 1,
  partial: 0.5,
  'evidence-missing': 0.25,
};

/** The gate reasons a gate proposal is made for (the others are proposed item by item). */
const GATE_REASONS: ReadonlySet<GateReason> = new Set<GateReason>([
  'unanswered',
  'not-assessed',
  'unjustified',
  'no-controls',
]);

/** The states whose item still needs work. */
const OPEN_STATES: ReadonlySet<PlanState> = new Set<PlanState>([
  'proposed',
  'open',
  'in-progress',
  'done-open',
]);

/**
 * Whether an entry still needs work (`proposed`, `open`, `in-progress`, `done-open`): what the
 * progress counts as open, the scorecard lists as next actions and a reviewer sees as open.
 */
export const isOpenEntry = (entry: Pick<PlanEntry, 'state'>): boolean =>
  OPEN_STATES.has(entry.state);

/** `YYYY-MM-DD` of a Date or of a date/timestamp text (its first ten characters). */
const dayOf = (when: Date | string): string =>
  typeof when === 'string' ? when.slice(0, 10) : when.toISOString().slice(0, 10);

/** The proposals, in priority order (highest first; equals by kind, then in source order). */
export function actionProposals(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  options: Pick<ActionPlanOptions, 'visible'> = {},
): ActionProposal[] {
  const scorecard = score(definition, response, options.visible);
  const soa = deriveSoa(definition, response, options.visible);
  const register = documentRegister(definition, response, options.visible, soa);
  const requirements = new Map((definition.requirements ?? []).map((entry) => [entry.id, entry]));
  const questions = new Map(
    [...allQuestions(definition)].map(({ question }) => [question.id, question]),
  );
  const soaOf = new Map(soa.map((entry) => [entry.control, entry]));
  const matrix = riskScaleOf(definition);
  const levelOf = (risk: Risk): number => {
    const residual = assessRisk(matrix, risk).residual;
    const index = matrix.levels.findIndex((level) => level.id === residual);
    return index < 0 ? 0 : (index + 1) / matrix.levels.length;
  };
  const risks = response.risks ?? [];
  const riskById = new Map(risks.map((risk) => [risk.id, risk]));
  const linkedLevel = (entry: SoaEntry | undefined): number =>
    Math.max(0, ...(entry?.risks ?? []).map((id) => levelOf(riskById.get(id)!)));
  const groupOf = (requirement: string | null | undefined): string | null =>
    (requirement && requirements.get(requirement)?.group) ?? null;
  const proposals: ActionProposal[] = [];
  const propose = (
    fields: Omit<ActionProposal, 'priority' | 'group' | 'recommendation'> & {
      readonly recommendation?: Text | null;
    },
  ) =>
    proposals.push({
      ...fields,
      recommendation: fields.recommendation ?? null,
      group: groupOf(fields.links.requirement),
      priority: actionPriority(fields.size, fields.riskLevel),
    });

  const belowTarget = new Set<string>();
  for (const gap of scorecard.gaps) {
    const question = questions.get(gap.question)!;
    const requirement = gap.requirement;
    // (an excluded control's questions count for nothing, as in the `controls` gate)
    if (requirement !== null && soaOf.get(requirement)?.applicable === false) continue;
    if (requirement !== null) belowTarget.add(requirement);
    propose({
      id: `gap:${requirement ?? '-'}:${gap.question}`,
      kind: 'question',
      reason: 'below-target',
      title: question.recommendation ?? question.text,
      recommendation: question.recommendation ?? null,
      links: {
        question: gap.question,
        ...(requirement !== null && { requirement }),
        ...(soaOf.has(requirement ?? '') && { control: requirement! }),
      },
      size: gap.gap,
      riskLevel: linkedLevel(soaOf.get(requirement ?? '')),
    });
  }
  for (const entry of soa) {
    const undecided = entry.applicable === null;
    const unimplemented =
      entry.applicable === true &&
      (entry.status === 'planned' || entry.status === 'partial') &&
      !belowTarget.has(entry.control);
    if (!undecided && !unimplemented) continue;
    propose({
      id: `control:${entry.control}`,
      kind: 'control',
      reason: undecided ? 'undecided' : 'not-implemented',
      title: requirements.get(entry.control)?.title ?? entry.control,
      links: { requirement: entry.control, control: entry.control },
      size: undecided ? 1 : 1 - (entry.readiness ?? 0) / 100,
      riskLevel: linkedLevel(entry),
    });
  }
  const assessed = scorecard.risks;
  risks.forEach((risk, index) => {
    if (!assessed[index]!.exceedsAppetite || residualAccepted(risk)) return;
    propose({
      id: `risk:${risk.id}`,
      kind: 'risk',
      reason: 'not-accepted',
      title: risk.title,
      links: {
        risk: risk.id,
        ...(risk.controls?.length && { control: risk.controls[0]! }),
        ...(risk.system && { system: risk.system }),
      },
      size: 1,
      riskLevel: levelOf(risk),
    });
  });
  for (const entry of register) {
    const size = DOCUMENT_SIZES[entry.status];
    if (size === undefined) continue;
    const requirement = entry.requirements[0]!;
    propose({
      id: `document:${entry.id}`,
      kind: 'document',
      reason: entry.status as ProposalReason,
      title: entry.title,
      links: {
        document: entry.id,
        requirement,
        ...(entry.fix !== null && { question: entry.fix }),
      },
      size,
      riskLevel: Math.max(0, ...entry.requirements.map((id) => linkedLevel(soaOf.get(id)))),
    });
  }
  for (const gate of scorecard.gates) {
    if (gate.closed || !GATE_REASONS.has(gate.reason!)) continue;
    const requirement = gate.requirements[0];
    const question = gate.questions[0];
    propose({
      id: `gate:${gate.id}`,
      kind: 'gate',
      reason: gate.reason as ProposalReason,
      title: gate.id,
      links: {
        ...(requirement !== undefined && { requirement }),
        ...(question !== undefined && { question }),
      },
      size: 1,
      riskLevel: 0,
    });
  }
  // Array.prototype.sort is stable: equal priorities and kinds keep their source order.
  return proposals.sort(
    (first, second) =>
      second.priority - first.priority ||
      PROPOSAL_KINDS.indexOf(first.kind) - PROPOSAL_KINDS.indexOf(second.kind),
  );
}

/** The state of a recorded action, given the open item it serves (null: closed, or none). */
function stateOf(action: RecordedAction, proposal: ActionProposal | null): PlanState {
  if (action.proposal !== undefined && !proposal) return 'resolved';
  if (action.status === 'done') return proposal ? 'done-open' : 'done';
  return action.status;
}

/**
 * The plan: every proposal, with the action recorded for it (`action.proposal` names its id), and
 * every other recorded action; each entry with its state and whether it is overdue; and the
 * progress (done, open, overdue).
 */
export function actionPlan(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  options: ActionPlanOptions = {},
): ActionPlan {
  const proposals = actionProposals(definition, response, options);
  const actions = response.actions ?? [];
  const recordedFor = new Map(
    actions.flatMap((action) =>
      action.proposal === undefined ? [] : [[action.proposal, action] as const],
    ),
  );
  const today = options.today === undefined ? null : dayOf(options.today);
  const entry = (
    id: string,
    proposal: ActionProposal | null,
    action: RecordedAction | null,
  ): PlanEntry => {
    const state = action ? stateOf(action, proposal) : 'proposed';
    const overdue =
      today !== null && !!action?.due && OPEN_STATES.has(state) && dayOf(action.due) < today;
    return { id, proposal, action, state, overdue };
  };
  const open = proposals.map((proposal) =>
    entry(proposal.id, proposal, recordedFor.get(proposal.id) ?? null),
  );
  const served = new Set(proposals.map((proposal) => proposal.id));
  const manual = actions
    .filter((action) => action.proposal === undefined)
    .map((action) => entry(`action:${action.id}`, null, action));
  const resolved = actions
    .filter((action) => action.proposal !== undefined && !served.has(action.proposal))
    .map((action) => entry(action.proposal!, null, action));
  const entries = [...open, ...manual, ...resolved];
  const states = Object.fromEntries(PLAN_STATES.map((state) => [state, 0])) as Record<
    PlanState,
    number
  >;
  for (const planned of entries) states[planned.state]++;
  const stillOpen = entries.filter(isOpenEntry).length;
  return {
    entries,
    progress: {
      total: entries.length,
      done: entries.length - stillOpen,
      open: stillOpen,
      overdue: entries.filter((planned) => planned.overdue).length,
      states,
    },
  };
}
