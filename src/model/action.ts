/**
 * Recorded actions of the remediation plan (`response.actions`): who closes which open item by
 * when, and how far it is. Shapes only; `actionPlan` (src/scoring/action-plan.ts) joins them with
 * the proposals the core derives and computes each one's state (docs/action-plan.md).
 *
 * Like the AI system inventory (./ai-system.ts), this module is not on the questionnaire page's
 * first load: the response's own check only makes sure `actions` is a list, and the entries are
 * checked here, where a response is sealed or parsed strictly (`safeParseResponse`).
 */
import { strictObject, z } from './zod.js';
import { formatPath, validate, type AimsIssue } from './issues.js';
import { IdSchema, TimestampSchema } from './primitives.js';
import { EvidenceRefSchema } from './response.js';

/**
 * What the owner says of an action: `open` (not started), `in-progress`, `done`, or `accepted`
 * (the item is accepted as it is, for the `reason` given).
 */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'accepted'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const LineSchema = z.string().check(z.maxLength(500));
const NoteSchema = z.string().check(z.maxLength(10000));

/** What an action serves; each link optional (a manual action may link nothing). */
export const ActionLinksSchema = strictObject({
  requirement: z.optional(IdSchema),
  control: z.optional(IdSchema),
  risk: z.optional(IdSchema),
  system: z.optional(IdSchema),
  question: z.optional(IdSchema),
  document: z.optional(IdSchema),
});
export type ActionLinks = z.infer<typeof ActionLinksSchema>;

export const RecordedActionSchema = strictObject({
  id: IdSchema,
  /**
   * The id of the proposal the action records (`gap:A.6.2.4:q-a624`, `risk:R-1` …): the link that
   * editing keeps and that tells whether the item it serves is still open. Absent for an action
   * written by hand.
   */
  proposal: z.optional(z.string().check(z.minLength(1), z.maxLength(400))),
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  description: z.optional(NoteSchema),
  /** Who closes it: a name or a role. */
  owner: z.optional(LineSchema),
  /** By when (ISO 8601 date, `2026-03-31`). */
  due: z.optional(TimestampSchema),
  status: z.enum(ACTION_STATUSES),
  /** Why the item is accepted as it is (needed with status `accepted`). */
  reason: z.optional(NoteSchema),
  links: z.optional(ActionLinksSchema),
  notes: z.optional(NoteSchema),
  evidence: z.optional(z.array(EvidenceRefSchema).check(z.maxLength(100))),
  createdAt: z.optional(TimestampSchema),
  updatedAt: z.optional(TimestampSchema),
});
export type RecordedAction = z.infer<typeof RecordedActionSchema>;

/** The most actions one response may record. */
export const MAX_ACTIONS = 5000;

/** The message a refused acceptance carries (path `actions[i].reason`). */
export const ACCEPTANCE_NEEDS_REASON = 'accepting an item as it is needs a reason';

/** Does this action accept its item without saying why? */
export const acceptanceNeedsReason = (action: Pick<RecordedAction, 'status' | 'reason'>): boolean =>
  action.status === 'accepted' && !action.reason?.trim();

type Path = readonly PropertyKey[];

/** The problems of one action found at `at` (`actions[2]`). */
export function checkAction(action: unknown, at: Path): AimsIssue[] {
  const issues = validate(RecordedActionSchema, action, at);
  if (issues.length) return issues;
  if (acceptanceNeedsReason(action as RecordedAction))
    issues.push({ path: formatPath([...at, 'reason']), message: ACCEPTANCE_NEEDS_REASON });
  return issues;
}

/**
 * Checks a response's `actions` list: every entry, ids unique, and at most one action per
 * proposal. Returns every problem by path (`actions[1].status`) and the actions that passed.
 */
export function checkActions(
  actions: unknown,
  at: Path = ['actions'],
): { issues: AimsIssue[]; actions: RecordedAction[] } {
  if (!Array.isArray(actions))
    return {
      issues: [{ path: formatPath(at), message: 'expected a list of actions' }],
      actions: [],
    };
  if (actions.length > MAX_ACTIONS)
    return {
      issues: [{ path: formatPath(at), message: `lists more than ${MAX_ACTIONS} actions` }],
      actions: [],
    };
  const issues: AimsIssue[] = [];
  const kept: RecordedAction[] = [];
  const ids = new Set<string>();
  const proposals = new Set<string>();
  actions.forEach((action: unknown, position) => {
    const found = checkAction(action, [...at, position]);
    if (!found.length) {
      const checked = action as RecordedAction;
      if (ids.has(checked.id))
        found.push({
          path: formatPath([...at, position, 'id']),
          message: `duplicate action id "${checked.id}"`,
        });
      if (checked.proposal !== undefined && proposals.has(checked.proposal))
        found.push({
          path: formatPath([...at, position, 'proposal']),
          message: `another action already records proposal "${checked.proposal}"`,
        });
    }
    issues.push(...found);
    if (found.length) return;
    const checked = action as RecordedAction;
    ids.add(checked.id);
    if (checked.proposal !== undefined) proposals.add(checked.proposal);
    kept.push(checked);
  });
  return { issues, actions: kept };
}
