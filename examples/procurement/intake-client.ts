// What the procurement example's three pages share: calls to the buyer's intake (aimskit/server,
// mounted at /api/ of the server these pages come from), the buyer's key, the cut of the supplier
// pack a buyer sends, and readable problems.
import { html, render } from 'lit';
import {
  canonicalJson,
  safeParseDefinition,
  sha256Base64Url,
  type AimsIssue,
  type AssessmentDefinition,
  type PublicJwk,
  type SafeParseResult,
} from '../../src/core.js';

/** Where the buyer's key is kept in this tab (sessionStorage: gone when the tab closes). */
const KEY_STORAGE = 'aimskit-example-buyer-key';

/** One problem as a reader sees it: `path: message`, or the message alone at the top. */
export const issueLine = (issue: AimsIssue): string =>
  issue.path ? `${issue.path}: ${issue.message}` : issue.message;

/** A refusal of the intake (or of its network): the HTTP status and every problem by path. */
export class IntakeError extends Error {
  constructor(
    readonly status: number,
    readonly issues: readonly AimsIssue[],
  ) {
    super(issues.map(issueLine).join('; '));
  }
}

/** A readable line per problem of any error. */
export function describeIssues(error: unknown): string[] {
  const issues = (error as { issues?: readonly AimsIssue[] }).issues ?? [
    { path: '', message: (error as Error)?.message ?? String(error) },
  ];
  return issues.map(issueLine);
}

/** Shows `lead` and every problem of `error`, one per line, in `container`. */
export function renderProblems(container: HTMLElement, lead: string, error: unknown): void {
  render(
    html`<p>${lead}</p>
      <ul>
        ${describeIssues(error).map((line) => html`<li>${line}</li>`)}
      </ul>`,
    container,
  );
}

/**
 * The buyer's key: taken from the address's `#key=` when the printed link was opened (then removed
 * from the address bar), else the one kept in this tab.
 */
export function buyerKey(): string {
  const fromLink = /[#&]key=([^&]+)/.exec(location.hash)?.[1];
  if (fromLink) {
    sessionStorage.setItem(KEY_STORAGE, decodeURIComponent(fromLink));
    const rest = location.hash.replace(/[#&]key=[^&]+/, '').replace(/^&/, '#');
    history.replaceState(null, '', `${location.pathname}${location.search}${rest}`);
  }
  return sessionStorage.getItem(KEY_STORAGE) ?? '';
}

/** Keeps the buyer's key in this tab. */
export function saveBuyerKey(key: string): void {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
}

/**
 * Calls the intake and reads its JSON answer. A refusal throws `IntakeError` with the problems the
 * intake gave; an intake that cannot be reached throws one naming the command that starts it.
 */
export async function callIntake<T>(
  path: string,
  init: RequestInit & { readonly key?: string; readonly body?: string } = {},
): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  if (init.key) headers.set('authorization', `Bearer ${init.key}`);
  let answer: Response;
  try {
    answer = await fetch(path, { ...init, headers });
  } catch (error) {
    throw new IntakeError(0, [
      { path: '', message: `the intake could not be reached (${(error as Error).message})` },
    ]);
  }
  let body: { problems?: AimsIssue[] } & Record<string, unknown>;
  try {
    body = (await answer.json()) as typeof body;
  } catch {
    throw new IntakeError(answer.status, [
      {
        path: '',
        message:
          `the address answered HTTP ${answer.status} without the intake's JSON: ` +
          'start the example with npm start or npm run example:procurement',
      },
    ]);
  }
  if (answer.status === 401)
    throw new IntakeError(401, [
      {
        path: '',
        message:
          'the buyer key was refused: use the key the server printed when it started ' +
          '(it makes a new one on each start unless AIMSKIT_API_KEY is set)',
      },
    ]);
  if (!answer.ok)
    throw new IntakeError(
      answer.status,
      body.problems ?? [{ path: '', message: `HTTP ${answer.status}` }],
    );
  return body as T;
}

/**
 * The definition sent to a supplier: `base` cut down to the `chosen` questions (sections left empty
 * are dropped, and so are the requirements, groups, themes and mappings no remaining question
 * uses), under an id of its own that names the cut (`<base id>.cut-<digest>`), so the same cut is
 * the same definition. Validated like any definition, so a cut that breaks a reference is
 * reported, not sent. Every question chosen: `base` itself.
 */
export async function cutDefinition(
  base: AssessmentDefinition,
  chosen: ReadonlySet<string>,
): Promise<SafeParseResult<AssessmentDefinition>> {
  const sections = base.sections
    .map((section) => ({
      ...section,
      questions: section.questions.filter((question) => chosen.has(question.id)),
    }))
    .filter((section) => section.questions.length > 0);
  if (sections.length === 0)
    return {
      success: false,
      issues: [{ path: 'sections', message: 'choose at least one question' }],
    };
  const questions = sections.flatMap((section) => section.questions);
  if (questions.length === base.sections.flatMap((section) => section.questions).length)
    return { success: true, data: base };
  const requirementIds = new Set(questions.flatMap((q) => (q.requirement ? [q.requirement] : [])));
  const tagIds = new Set(questions.flatMap((question) => question.tags ?? []));
  const requirements = base.requirements?.filter((each) => requirementIds.has(each.id));
  const groupIds = new Set(requirements?.flatMap((each) => (each.group ? [each.group] : [])));
  const digest = await sha256Base64Url(canonicalJson(questions.map((question) => question.id)));
  const draft: AssessmentDefinition = {
    ...base,
    id: `${base.id}.cut-${digest.slice(0, 12)}`,
    sections,
    ...(requirements ? { requirements } : {}),
    ...(base.groups ? { groups: base.groups.filter((group) => groupIds.has(group.id)) } : {}),
    ...(base.tags ? { tags: base.tags.filter((tag) => tagIds.has(tag.id)) } : {}),
    ...(base.mappings
      ? { mappings: base.mappings.filter((mapping) => requirementIds.has(mapping.source)) }
      : {}),
    metadata: { ...base.metadata, basedOn: `${base.id} ${base.version}` },
  };
  return safeParseDefinition(draft);
}

/**
 * RFC 7638 thumbprint of a P-256 public key (base64url SHA-256), short enough to read out on the
 * phone.
 */
export const keyThumbprint = (jwk: PublicJwk): Promise<string> =>
  sha256Base64Url(canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }));

/** A request as the intake lists it. */
export interface IntakeRequest {
  readonly id: string;
  readonly supplier: string;
  readonly definition: { readonly id: string; readonly version: string };
  readonly dueDate: string | null;
  readonly createdAt?: string;
}

/** A received round as the intake lists it. */
export interface RoundSummary {
  readonly id: string;
  readonly round: number;
  readonly readiness: number | null;
  readonly band: string | null;
  readonly signed: boolean;
  readonly keyThumbprint: string | null;
  readonly receivedAt: string;
  readonly evidenceFiles: number;
}

/** The reviewer's decision on one answer, as the intake keeps it. */
export interface IntakeReview {
  readonly question: string;
  readonly decision: 'accept' | 'follow-up' | 'reject';
  readonly note: string;
}
