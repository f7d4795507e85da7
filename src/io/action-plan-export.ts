/**
 * Action plan exports (docs/action-plan.md): the rows (`actionPlanRows`), CSV (`actionPlanToCsv`,
 * formula-safe like the SoA's), JSON (`actionPlanToJson`) and an OSCAL 1.0.6 Plan of Action and
 * Milestones (`actionPlanToOscalPoam`). Pure and synchronous; the clock is passed in.
 */
import { localize, type AssessmentDefinition } from '../model/index.js';
import type { Text } from '../model/primitives.js';
import type { AssessmentResponse } from '../model/response.js';
import type { ActionLinks } from '../model/action.js';
import {
  actionPlan,
  type ActionPlanOptions,
  type ActionPlanProgress,
  type PlanEntry,
  type PlanState,
  type ProposalKind,
  type ProposalReason,
} from '../scoring/action-plan.js';
import { assessRisk, riskScaleOf } from '../scoring/risk.js';
import {
  AIMSKIT_OSCAL_NS,
  AIMSKIT_UUID_NAMESPACE,
  csvCell,
  oscalControlId,
  uuidV5,
} from './soa-export.js';

/** One plan entry as a flat row: the recorded action's fields over the proposal's. */
export interface ActionPlanRow {
  readonly id: string;
  readonly state: PlanState;
  readonly overdue: boolean;
  /** The kind of open item, or null for an action written by hand or resolved. */
  readonly kind: ProposalKind | null;
  readonly reason: ProposalReason | null;
  /** The proposal's priority, or null when it serves no open item. */
  readonly priority: number | null;
  readonly title: string;
  readonly description: string;
  readonly owner: string;
  readonly due: string;
  /** The recorded status, or null for a proposal nobody recorded. */
  readonly status: string | null;
  readonly reasonAccepted: string;
  readonly links: ActionLinks;
  /** The clause or objective of the linked requirement, or `''`. */
  readonly group: string;
  readonly notes: string;
  readonly evidence: number;
}

export interface ActionPlanRowOptions extends ActionPlanOptions {
  /** Locale of titles (default: the definition's). */
  readonly locale?: string;
}

/** Localizes texts to `options.locale`, falling back to the definition's locale. */
const texts =
  (definition: AssessmentDefinition, options: { locale?: string }) =>
  (text: Text | undefined): string =>
    localize(text, options.locale ?? definition.locale, definition.locale);

/** One entry as a row. */
function rowOf(
  entry: PlanEntry,
  localized: (text: Text | undefined) => string,
  groupOf: (requirement: string | undefined) => string,
): ActionPlanRow {
  const { proposal, action } = entry;
  const links = action?.links ?? proposal?.links ?? {};
  return {
    id: entry.id,
    state: entry.state,
    overdue: entry.overdue,
    kind: proposal?.kind ?? null,
    reason: proposal?.reason ?? null,
    priority: proposal?.priority ?? null,
    title: action?.title ?? localized(proposal?.title),
    description: action?.description ?? localized(proposal?.recommendation ?? undefined),
    owner: action?.owner ?? '',
    due: action?.due ?? '',
    status: action?.status ?? null,
    reasonAccepted: action?.reason ?? '',
    links,
    group: groupOf(links.requirement),
    notes: action?.notes ?? '',
    evidence: action?.evidence?.length ?? 0,
  };
}

/** The plan's entries as rows, in plan order. */
export function actionPlanRows(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  options: ActionPlanRowOptions = {},
): ActionPlanRow[] {
  const localized = texts(definition, options);
  const groups = new Map(
    (definition.requirements ?? []).map((requirement) => [requirement.id, requirement.group]),
  );
  const groupOf = (requirement: string | undefined) =>
    (requirement !== undefined && groups.get(requirement)) || '';
  return actionPlan(definition, response, options).entries.map((entry) =>
    rowOf(entry, localized, groupOf),
  );
}

/** The CSV columns, in order (the header row). */
export const ACTION_PLAN_CSV_COLUMNS = [
  'id',
  'state',
  'overdue',
  'priority',
  'kind',
  'reason',
  'title',
  'description',
  'owner',
  'due',
  'status',
  'accepted-because',
  'group',
  'requirement',
  'control',
  'risk',
  'system',
  'question',
  'document',
  'notes',
  'evidence',
] as const;

/** The plan as CSV (RFC 4180, formula-safe cells, CRLF line ends, no byte order mark). */
export function actionPlanToCsv(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  options: ActionPlanRowOptions = {},
): string {
  const rows = actionPlanRows(definition, response, options).map((row) => [
    row.id,
    row.state,
    row.overdue ? 'yes' : 'no',
    row.priority === null ? '' : String(row.priority),
    row.kind ?? '',
    row.reason ?? '',
    row.title,
    row.description,
    row.owner,
    row.due,
    row.status ?? '',
    row.reasonAccepted,
    row.group,
    row.links.requirement ?? '',
    row.links.control ?? '',
    row.links.risk ?? '',
    row.links.system ?? '',
    row.links.question ?? '',
    row.links.document ?? '',
    row.notes,
    String(row.evidence),
  ]);
  return [ACTION_PLAN_CSV_COLUMNS, ...rows]
    .map((cells) => cells.map(csvCell).join(',') + '\r\n')
    .join('');
}

export interface ActionPlanExportOptions extends ActionPlanRowOptions {
  /** When the export is made: a Date or an RFC 3339 timestamp with a time zone. */
  readonly now: Date | string;
}

export interface ActionPlanJson {
  readonly format: 'aimskit.action-plan/1';
  readonly definition: { readonly id: string; readonly version: string; readonly title: string };
  readonly generatedAt: string;
  readonly progress: ActionPlanProgress;
  readonly entries: readonly ActionPlanRow[];
}

const stamp = (now: Date | string) => (typeof now === 'string' ? now : now.toISOString());

/** The plan as a plain JSON-serialisable object (`aimskit.action-plan/1`): rows and progress. */
export function actionPlanToJson(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  options: ActionPlanExportOptions,
): ActionPlanJson {
  const plan = actionPlan(definition, response, options);
  const rows = actionPlanRows(definition, response, options);
  return {
    format: 'aimskit.action-plan/1',
    definition: {
      id: definition.id,
      version: definition.version,
      title: texts(definition, options)(definition.title),
    },
    generatedAt: stamp(options.now),
    progress: plan.progress,
    entries: rows,
  };
}

// ---- OSCAL
// ---------------------------------------------------------------------------------------------

export interface OscalPoamOptions extends ActionPlanExportOptions {
  /** The POA&M's UUID (pin one per organisation); every other UUID derives from it. */
  readonly uuid?: string;
}

/** OSCAL strings may not be empty nor start or end with white space. */
const line = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A due date as an OSCAL date-time with a time zone (a bare date is the end of that day, UTC). */
const deadline = (due: string): string | null => {
  if (/^\d{4}-\d\d-\d\d$/.test(due)) return `${due}T23:59:59Z`;
  const time = Date.parse(due);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
};

/** OSCAL's risk status for the state of the plan entry that serves the risk. */
const RISK_STATUS: Record<PlanState, string> = {
  proposed: 'open',
  open: 'open',
  'in-progress': 'remediating',
  'done-open': 'remediating',
  accepted: 'deviation-approved',
  done: 'closed',
  resolved: 'closed',
};

/** An OSCAL property of aimskit's namespace. */
export interface OscalProp {
  readonly name: string;
  readonly ns: string;
  readonly value: string;
}

/** A `poam-item` as exported. */
export interface OscalPoamItem {
  readonly uuid: string;
  readonly title: string;
  readonly description: string;
  readonly props?: readonly OscalProp[];
  readonly 'related-observations'?: readonly { readonly 'observation-uuid': string }[];
  readonly 'related-risks'?: readonly { readonly 'risk-uuid': string }[];
  readonly remarks?: string;
}

/** aimskit properties with a value (empty values are left out). */
const props = (pairs: readonly (readonly [string, string])[]): OscalProp[] =>
  pairs
    .filter(([, value]) => line(value))
    .map(([name, value]) => ({ name, ns: AIMSKIT_OSCAL_NS, value: line(value) }));

/**
 * The plan as an OSCAL 1.0.6 Plan of Action and Milestones: every plan entry a `poam-item` (its
 * state, owner, due date and priority as properties), linked to its observation (the open item
 * the core found: a gap, an undecided control, missing documented information, an open gate) and,
 * where there is one, to its risk (the register's risks the entry serves). UUIDs are version 5,
 * derived from the definition's id and version (or `options.uuid`) and from what each item
 * serves, so the same assessment gives the same UUIDs in every export. A plan with no entry gives
 * one item saying so (OSCAL needs at least one).
 */
export function actionPlanToOscalPoam(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  options: OscalPoamOptions,
) {
  const localized = texts(definition, options);
  const title = line(localized(definition.title)) || definition.id;
  const organisation = line(response.meta?.organisation ?? '');
  const root =
    options.uuid ??
    uuidV5(AIMSKIT_UUID_NAMESPACE, `aimskit.poam:${definition.id}:${definition.version}`);
  const uuid = (name: string) => uuidV5(root, name);
  const now = stamp(options.now);
  const entries = actionPlan(definition, response, options).entries;
  const rows = actionPlanRows(definition, response, options);
  const matrix = riskScaleOf(definition);
  const registered = new Map((response.risks ?? []).map((risk) => [risk.id, risk]));
  const observations = entries
    .filter((entry) => entry.proposal)
    .map((entry) => {
      const proposal = entry.proposal!;
      const linked = Object.entries(proposal.links).map(([key, value]) => `${key} ${value}`);
      return {
        uuid: uuid(`observation:${proposal.id}`),
        title: line(localized(proposal.title)) || proposal.id,
        description:
          `Open item ${proposal.id}: ${proposal.kind}, ${proposal.reason}` +
          (linked.length ? ` (${linked.join(', ')}).` : '.'),
        props: props([
          ['label', proposal.id],
          ['priority', String(proposal.priority)],
        ]),
        methods: ['EXAMINE'],
        collected: now,
      };
    });
  // The register's risks some entry serves, each once, with the status of the first entry.
  const risks = new Map<string, { uuid: string; state: PlanState; observation?: string }>();
  entries.forEach((entry, index) => {
    const riskId = rows[index]!.links.risk;
    if (riskId === undefined || !registered.has(riskId) || risks.has(riskId)) return;
    risks.set(riskId, {
      uuid: uuid(`risk:${riskId}`),
      state: entry.state,
      ...(entry.proposal && { observation: uuid(`observation:${entry.proposal.id}`) }),
    });
  });
  const items = rows.map((row, index): OscalPoamItem => {
    const entry = entries[index]!;
    const riskId = row.links.risk;
    const risk = riskId === undefined ? undefined : risks.get(riskId);
    return {
      uuid: uuid(`item:${row.id}`),
      title: line(row.title) || row.id,
      description: line(row.description) || line(row.title) || row.id,
      props: props([
        ['label', row.id],
        ['plan-state', row.state],
        ['overdue', row.overdue ? 'yes' : ''],
        ['priority', row.priority === null ? '' : String(row.priority)],
        ['owner', row.owner],
        ['due', row.due],
        ['accepted-because', row.reasonAccepted],
        ['group', row.group],
        ...(row.links.control ? [['control-id', oscalControlId(row.links.control)] as const] : []),
        ['system', row.links.system ?? ''],
        ['evidence-count', row.evidence ? String(row.evidence) : ''],
      ]),
      ...(entry.proposal && {
        'related-observations': [{ 'observation-uuid': uuid(`observation:${entry.proposal.id}`) }],
      }),
      ...(risk && { 'related-risks': [{ 'risk-uuid': risk.uuid }] }),
      ...(line(row.notes) ? { remarks: line(row.notes) } : {}),
    };
  });
  const riskList = [...risks].map(([riskId, found]) => {
    const risk = registered.get(riskId)!;
    const assessed = assessRisk(matrix, risk);
    const due = risk.due ? deadline(risk.due) : null;
    return {
      uuid: found.uuid,
      title: line(risk.title) || riskId,
      description: line(risk.description ?? '') || line(risk.title) || riskId,
      statement:
        `Risk ${riskId}: inherent level ${assessed.inherent ?? 'unknown'}, residual level ` +
        `${assessed.residual ?? 'unknown'}` +
        (assessed.exceedsAppetite ? ', above appetite.' : ', within appetite.'),
      props: props([
        ['label', riskId],
        ['owner', risk.owner ?? ''],
      ]),
      status: RISK_STATUS[found.state],
      ...(due && { deadline: due }),
      ...(found.observation && {
        'related-observations': [{ 'observation-uuid': found.observation }],
      }),
    };
  });
  return {
    'plan-of-action-and-milestones': {
      uuid: root,
      metadata: {
        title: `Plan of action and milestones${organisation ? `: ${organisation}` : ''} (${title})`,
        'last-modified': now,
        version: line(definition.version) || '0',
        'oscal-version': '1.0.6',
      },
      'system-id': { 'identifier-type': 'https://ietf.org/rfc/rfc4122', id: uuid('system') },
      ...(observations.length ? { observations } : {}),
      ...(riskList.length ? { risks: riskList } : {}),
      'poam-items': (items.length
        ? items
        : [
            {
              uuid: uuid('item:none'),
              title: 'No open items',
              description: `The assessment with "${title}" leaves no item open.`,
            },
          ]) as readonly OscalPoamItem[],
    },
  };
}
