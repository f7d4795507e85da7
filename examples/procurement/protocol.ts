// The files the procurement example passes around, and the helpers its three pages share:
// - a request (buyer → supplier): a derived definition with the request id, as a file or in a
//   link's fragment;
// - a follow-up (buyer → supplier): the request again, with the reviewer's notes on the answers to
//   revisit.
// The response itself travels as an aimskit bundle (`aimskit.bundle/1`, see docs/persistence.md).
import {
  fromBase64Url,
  parseDefinition,
  safeParseDefinition,
  sha256Base64Url,
  canonicalJson,
  toBase64Url,
  utf8,
  type AimsIssue,
  type AssessmentDefinition,
  type PublicJwk,
  type SafeParseResult,
} from '../../src/core.js';

export const REQUEST_FORMAT = 'aimskit-example.request/1';
export const FOLLOW_UP_FORMAT = 'aimskit-example.follow-up/1';

export interface SupplierRequest {
  readonly format: typeof REQUEST_FORMAT;
  /**
   * `rq-<yyyymmdd>-<hex>`; also the supplier's storage key and part of the derived definition's id.
   */
  readonly id: string;
  readonly buyer: string;
  readonly createdAt: string;
  readonly definition: AssessmentDefinition;
}

export interface FollowUpItem {
  readonly question: string;
  readonly state: 'follow-up' | 'rejected';
  readonly note: string;
}

export interface FollowUp {
  readonly format: typeof FOLLOW_UP_FORMAT;
  readonly createdAt: string;
  readonly request: SupplierRequest;
  readonly items: readonly FollowUpItem[];
}

/** One problem as a reader sees it: `path: message`, or the message alone at the top. */
const issueLine = (issue: AimsIssue): string =>
  issue.path ? `${issue.path}: ${issue.message}` : issue.message;

/** An input the pages refuse, with every problem by path. */
export class ExampleFileError extends Error {
  constructor(readonly issues: readonly AimsIssue[]) {
    super(issues.map(issueLine).join('; '));
  }
}

export function newRequestId(now = new Date()): string {
  const hex = [...crypto.getRandomValues(new Uint8Array(4))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
  return `rq-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${hex}`;
}

/**
 * The definition sent to a supplier: `base` cut down to the `chosen` questions (sections left empty
 * are dropped, and so are the requirements, groups, themes and mappings no remaining question
 * uses), with the request's own id. Validated like any definition, so a cut that breaks a reference
 * is reported, not sent.
 */
export function deriveDefinition(
  base: AssessmentDefinition,
  chosen: ReadonlySet<string>,
  requestId: string,
  buyer: string,
): SafeParseResult<AssessmentDefinition> {
  const sections = base.sections
    .map((s) => ({ ...s, questions: s.questions.filter((q) => chosen.has(q.id)) }))
    .filter((s) => s.questions.length > 0);
  if (sections.length === 0)
    return {
      success: false,
      issues: [{ path: 'sections', message: 'choose at least one question' }],
    };
  const questions = sections.flatMap((s) => s.questions);
  const reqIds = new Set(questions.flatMap((q) => (q.requirement ? [q.requirement] : [])));
  const tagIds = new Set(questions.flatMap((q) => q.tags ?? []));
  const requirements = base.requirements?.filter((r) => reqIds.has(r.id));
  const groupIds = new Set(requirements?.flatMap((r) => (r.group ? [r.group] : [])));
  const draft: AssessmentDefinition = {
    ...base,
    id: `${base.id}.${requestId}`,
    sections,
    ...(requirements ? { requirements } : {}),
    ...(base.groups ? { groups: base.groups.filter((g) => groupIds.has(g.id)) } : {}),
    ...(base.tags ? { tags: base.tags.filter((t) => tagIds.has(t.id)) } : {}),
    ...(base.mappings ? { mappings: base.mappings.filter((m) => reqIds.has(m.source)) } : {}),
    metadata: {
      ...base.metadata,
      request: requestId,
      buyer,
      basedOn: `${base.id} ${base.version}`,
    },
  };
  return safeParseDefinition(draft);
}

/**
 * Checks a parsed JSON value as a request: its shape, and its definition with `parseDefinition`.
 */
export function readRequest(json: unknown, path = ''): SupplierRequest {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const candidate = json as Partial<SupplierRequest> | null;
  if (typeof candidate !== 'object' || candidate === null || candidate.format !== REQUEST_FORMAT) {
    throw new ExampleFileError([
      { path: at('format'), message: `expected a supplier request ("${REQUEST_FORMAT}")` },
    ]);
  }
  const issues: AimsIssue[] = [];
  if (typeof candidate.id !== 'string' || !/^rq-[A-Za-z0-9-]{1,64}$/.test(candidate.id))
    issues.push({ path: at('id'), message: 'expected a request id (rq-…)' });
  if (typeof candidate.buyer !== 'string')
    issues.push({ path: at('buyer'), message: "expected the buyer's name" });
  let definition: AssessmentDefinition | undefined;
  try {
    definition = parseDefinition(candidate.definition);
  } catch (error) {
    const inner = (error as { issues?: AimsIssue[] }).issues ?? [
      { path: '', message: String(error) },
    ];
    issues.push(
      ...inner.map((issue) => ({
        path: at(issue.path ? `definition.${issue.path}` : 'definition'),
        message: issue.message,
      })),
    );
  }
  if (definition && definition.metadata?.['request'] !== candidate.id)
    issues.push({ path: at('definition.metadata.request'), message: 'does not name this request' });
  if (issues.length) throw new ExampleFileError(issues);
  return {
    format: REQUEST_FORMAT,
    id: candidate.id!,
    buyer: candidate.buyer!,
    createdAt: String(candidate.createdAt ?? ''),
    definition: definition!,
  };
}

/** Checks a parsed JSON value as a follow-up file (its request included). */
export function readFollowUp(json: unknown): FollowUp {
  const candidate = json as Partial<FollowUp> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    candidate.format !== FOLLOW_UP_FORMAT
  ) {
    throw new ExampleFileError([
      { path: 'format', message: `expected a follow-up file ("${FOLLOW_UP_FORMAT}")` },
    ]);
  }
  const request = readRequest(candidate.request, 'request');
  const known = new Set(request.definition.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const items = Array.isArray(candidate.items) ? candidate.items : [];
  const issues: AimsIssue[] = [];
  items.forEach((item, index) => {
    if (!item || !known.has(item.question))
      issues.push({
        path: `items[${index}].question`,
        message: 'is not a question of the request',
      });
    else if (item.state !== 'follow-up' && item.state !== 'rejected')
      issues.push({ path: `items[${index}].state`, message: 'expected "follow-up" or "rejected"' });
  });
  if (items.length === 0) issues.push({ path: 'items', message: 'names no question to revisit' });
  if (issues.length) throw new ExampleFileError(issues);
  return {
    format: FOLLOW_UP_FORMAT,
    createdAt: String(candidate.createdAt ?? ''),
    request,
    items: items.map((item) => ({
      question: item.question,
      state: item.state,
      note: String(item.note ?? ''),
    })),
  };
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  return new Uint8Array(
    await new Response(
      new Blob([bytes as unknown as ArrayBuffer]).stream().pipeThrough(stream),
    ).arrayBuffer(),
  );
}

/**
 * The supplier page's address with the request packed into the fragment (`#request=…`, never sent
 * to a server).
 */
export async function requestLink(request: SupplierRequest, supplierPage: string): Promise<string> {
  const packed = await pipe(utf8(JSON.stringify(request)), new CompressionStream('deflate-raw'));
  return `${supplierPage.split('#')[0]}#request=${toBase64Url(packed)}`;
}

/**
 * The request in a link or fragment, or `undefined` when it carries none. Throws `ExampleFileError`
 * when damaged.
 */
export async function requestFromLink(urlOrHash: string): Promise<SupplierRequest | undefined> {
  const packed = /[#&]request=([A-Za-z0-9_-]+)/.exec(urlOrHash)?.[1];
  if (!packed) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(
      new TextDecoder().decode(
        await pipe(fromBase64Url(packed), new DecompressionStream('deflate-raw')),
      ),
    );
  } catch {
    throw new ExampleFileError([
      { path: 'request', message: 'the link is damaged (was it cut off?)' },
    ]);
  }
  return readRequest(json);
}

/**
 * RFC 7638 thumbprint of a P-256 public key (base64url SHA-256), short enough to read out on the
 * phone.
 */
export const keyThumbprint = (jwk: PublicJwk): Promise<string> =>
  sha256Base64Url(canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }));

/** Offers `data` as a JSON file download. */
export function downloadJson(name: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const anchor = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(blob),
    download: name,
  });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(anchor.href), 1000);
}

/** Reads a chosen file as JSON; a file that is not JSON is an `ExampleFileError` naming it. */
export async function readJsonFile(file: File): Promise<unknown> {
  try {
    return JSON.parse(await file.text());
  } catch {
    throw new ExampleFileError([{ path: '', message: `${file.name} is not a JSON file` }]);
  }
}

/** A readable line per problem. */
export function describeIssues(error: unknown): string[] {
  const issues = (error as { issues?: readonly AimsIssue[] }).issues ?? [
    { path: '', message: (error as Error)?.message ?? String(error) },
  ];
  return issues.map(issueLine);
}
