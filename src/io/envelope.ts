/**
 * The tamper-evident envelope `aimskit.envelope/1` (docs/scoring.md): a response with its
 * scorecard, sealed by the base64url SHA-256 of the canonical JSON of `{definition, response,
 * scorecard}`, and optionally signed with ES256 (ECDSA P-256, SHA-256) over the same canonical
 * bytes.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import { ENVELOPE_FORMAT, EnvelopeSchema } from '../model/envelope.js';
import { formatPath, validate, type AimsIssue } from '../model/issues.js';
import { MAX_ENVELOPE_SIZE, measureJson } from '../model/limits.js';
import { ResponseError, safeParseResponse } from '../model/parse-response-strict.js';
import { score } from '../scoring/score.js';
import type { Scorecard } from '../scoring/types.js';
import { classifyAiSystem, type AiSystemClassification } from '../scoring/ai-act.js';
import type { AiActTable } from '../content/eu-ai-act.js';
import { actionPlan, type PlanState } from '../scoring/action-plan.js';
import { canonicalJson } from './canonical.js';
import { fromBase64Url, sha256, toBase64Url, utf8 } from '../util/bytes.js';
import { isPlainObject } from '../util/json.js';

/** A public key as JWK: for ES256 `{ kty: "EC", crv: "P-256", x, y }`. */
export interface PublicJwk {
  readonly kty?: string;
  readonly crv?: string;
  readonly x?: string;
  readonly y?: string;
  readonly [key: string]: unknown;
}

export interface EnvelopeSignature {
  readonly alg: 'ES256';
  readonly publicKeyJwk: PublicJwk;
  /** base64url of the raw (IEEE P1363, r‖s) signature WebCrypto produces. */
  readonly value: string;
}

/** One entry of the action plan as sealed: its id, the recorded action's id and its state. */
export interface SealedPlanEntry {
  readonly id: string;
  readonly action: string | null;
  readonly state: PlanState;
}

/** The EU AI Act triage of one system of the response (`classifyAiSystem`), by its id. */
export interface SystemClassification extends AiSystemClassification {
  readonly system: string;
}

export interface Envelope {
  readonly format: typeof ENVELOPE_FORMAT;
  /** When it was sealed (not covered by the digest). */
  readonly createdAt: string;
  readonly definition: { readonly id: string; readonly version: string; readonly sha256: string };
  readonly response: AssessmentResponse;
  readonly scorecard: Scorecard;
  /**
   * The EU AI Act triage of each system in `response.systems`, in their order; absent when the
   * response lists no system. Sealed with the rest and re-derived by `verifyEnvelope`.
   */
  readonly classifications?: readonly SystemClassification[];
  /**
   * The state of each entry of the action plan (`sealedPlan`), when the sealer passed it
   * (`options.plan`). Sealed with the rest and re-derived by `verifyEnvelope`.
   */
  readonly plan?: readonly SealedPlanEntry[];
  readonly sha256: string;
  readonly signature?: EnvelopeSignature;
}

/** A WebCrypto key pair (ECDSA P-256), e.g. from `crypto.subtle.generateKey`. */
export interface SigningKeyPair {
  readonly privateKey: object;
  readonly publicKey: object;
}

export interface CreateEnvelopeOptions {
  /** Sign with this ECDSA P-256 key pair (ES256); the public key travels in the envelope as JWK. */
  readonly sign?: SigningKeyPair;
  /** The clock (for `createdAt`). */
  readonly now?: () => Date;
  /** The EU AI Act table the systems are classified by (default: the shipped one). */
  readonly aiActTable?: AiActTable;
  /**
   * The action plan to seal: `sealedPlan(definition, response)`. Passed by the caller rather than
   * computed here, so that a page which seals but shows no plan (the questionnaire) does not load
   * the plan's rules; `verifyEnvelope` re-derives it and reports any difference.
   */
  readonly plan?: readonly SealedPlanEntry[];
}

export interface VerifyOptions {
  /** Fail when the envelope carries no signature. */
  readonly requireSignature?: boolean;
  /**
   * Accept only signatures by one of these public keys (compared by curve, x and y); implies
   * requireSignature.
   */
  readonly trustedKeys?: readonly PublicJwk[];
  /** The EU AI Act table to re-derive the classifications by: the one used in sealing. */
  readonly aiActTable?: AiActTable;
}

export interface VerifyResult {
  readonly ok: boolean;
  /**
   * Every problem found, by path (`sha256`, `signature.value`, `scorecard.overall.readiness`, …).
   */
  readonly problems: AimsIssue[];
  /** Whether a signature was present and verified. */
  readonly signed: boolean;
  /**
   * The scorecard recomputed from the definition and the response, when the response could be read.
   */
  readonly scorecard?: Scorecard;
  /** The classifications recomputed from the response, when it lists systems and could be read. */
  readonly classifications?: readonly SystemClassification[];
  /** The plan recomputed from the response, when it records actions and could be read. */
  readonly plan?: readonly SealedPlanEntry[];
}

/** The slice of SubtleCrypto used here (typed locally so the core needs no DOM lib). */
interface Subtle {
  sign(alg: unknown, key: object, data: Uint8Array): Promise<ArrayBuffer>;
  verify(alg: unknown, key: object, sig: Uint8Array, data: Uint8Array): Promise<boolean>;
  importKey(
    format: 'jwk',
    jwk: object,
    alg: unknown,
    extractable: boolean,
    usages: string[],
  ): Promise<object>;
  exportKey(format: 'jwk', key: object): Promise<PublicJwk>;
}
const subtle = (): Subtle => globalThis.crypto.subtle as unknown as Subtle;
const ECDSA = { name: 'ECDSA', hash: 'SHA-256', namedCurve: 'P-256' };

/**
 * A promise cached by key, forgotten when it fails; a Map keeps at most 32 entries (the oldest go
 * first).
 */
const memo = <K extends object | string, V>(
  cache: Map<K, Promise<V>> | WeakMap<K & object, Promise<V>>,
  key: K,
  make: () => Promise<V>,
): Promise<V> => {
  const entries = cache as Map<K, Promise<V>>;
  const known = entries.get(key);
  if (known) return known;
  if (entries.size > 31) entries.delete(entries.keys().next().value!);
  const made = make();
  entries.set(key, made);
  made.catch(() => entries.delete(key));
  return made;
};
const digests = new WeakMap<AssessmentDefinition, Promise<string>>();
const keys = new Map<string, Promise<object>>();

/** base64url SHA-256 of the canonical JSON of a definition (cached per definition object). */
export const definitionDigest = (definition: AssessmentDefinition): Promise<string> =>
  memo(digests, definition, async () => toBase64Url(await sha256(canonicalJson(definition))));

/**
 * The exact bytes the digest and the signature cover: `{definition, response, scorecard}`, and the
 * classifications when there are any (so an envelope without systems is sealed as before).
 */
const sealedBytes = (
  definition: unknown,
  response: unknown,
  scorecard: unknown,
  classifications: unknown,
  plan?: unknown,
): Uint8Array =>
  utf8(
    canonicalJson({
      definition,
      response,
      scorecard,
      ...(classifications !== undefined && { classifications }),
      // (the action plan when the response records actions, so other envelopes seal as before)
      ...(plan !== undefined && { plan }),
    }),
  );

/** The action plan's entries and states, as sealed; undefined when the response records none. */
export function sealedPlan(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
): SealedPlanEntry[] | undefined {
  if (!response.actions?.length) return undefined;
  return actionPlan(definition, response).entries.map((entry) => ({
    id: entry.id,
    action: entry.action?.id ?? null,
    state: entry.state,
  }));
}

/** The triage of each system of a response; undefined when it lists none. */
export function classifySystems(
  response: AssessmentResponse,
  table?: AiActTable,
): SystemClassification[] | undefined {
  if (!response.systems?.length) return undefined;
  return response.systems.map((system) => ({
    system: system.id,
    ...classifyAiSystem(system, table),
  }));
}

const versionIssue = (path: string, want: string, got: unknown): AimsIssue => ({
  path,
  message: `expected "${want}", got ${show(got)}`,
});

/**
 * Seals a response: validates it against the definition (throws `ResponseError` when it does not
 * fit), scores it, and digests (and optionally signs) the canonical JSON of `{definition, response,
 * scorecard}`.
 */
export async function createEnvelope(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  options: CreateEnvelopeOptions = {},
): Promise<Envelope> {
  const parsed = safeParseResponse(response, definition);
  if (!parsed.success) throw new ResponseError(parsed.issues);
  const got = parsed.data.definition.version;
  if (got !== definition.version)
    throw new ResponseError([versionIssue('definition.version', definition.version, got)]);
  // A canonical copy: what is sealed is exactly what a JSON file will carry.
  const copy = JSON.parse(canonicalJson(parsed.data)) as AssessmentResponse;
  const scorecard = score(definition, copy);
  // (through JSON, like the response: what is sealed is what the file carries)
  const derived = classifySystems(copy, options.aiActTable);
  const classifications = derived && (JSON.parse(canonicalJson(derived)) as SystemClassification[]);
  const ref = {
    id: definition.id,
    version: definition.version,
    sha256: await definitionDigest(definition),
  };
  const plan = options.plan && (JSON.parse(canonicalJson(options.plan)) as SealedPlanEntry[]);
  const bytes = sealedBytes(ref, copy, scorecard, classifications, plan);
  const { sign, now } = options;
  const webCrypto = subtle();
  const envelope: Envelope = {
    format: ENVELOPE_FORMAT,
    createdAt: (now?.() ?? new Date()).toISOString(),
    definition: ref,
    response: copy,
    scorecard,
    ...(classifications ? { classifications } : {}),
    ...(plan ? { plan } : {}),
    sha256: toBase64Url(await sha256(bytes)),
  };
  if (!sign) return envelope;
  const value = toBase64Url(await webCrypto.sign(ECDSA, sign.privateKey, bytes));
  const exported = await webCrypto.exportKey('jwk', sign.publicKey);
  const publicKeyJwk = { kty: exported.kty, crv: exported.crv, x: exported.x, y: exported.y };
  return { ...envelope, signature: { alg: 'ES256', publicKeyJwk, value } };
}

const show = (value: unknown): string => {
  const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

/**
 * The first path where `actual` differs from `expected`, with both values; undefined when equal. An
 * array of another length differs as a whole; fields whose value is undefined count as absent.
 */
function firstDifference(
  expected: unknown,
  actual: unknown,
  path: PropertyKey[],
): AimsIssue | undefined {
  if (expected === actual) return;
  const at = (message: string): AimsIssue => ({ path: formatPath(path), message });
  const list = Array.isArray(expected);
  if (
    typeof expected !== 'object' ||
    typeof actual !== 'object' ||
    !expected ||
    !actual ||
    list !== Array.isArray(actual)
  ) {
    return at(`expected ${show(expected)}, got ${show(actual)}`);
  }
  const wanted = expected as Record<string, unknown>;
  const found = actual as Record<string, unknown>;
  if (list && wanted.length !== found.length) {
    const entries = `entr${wanted.length === 1 ? 'y' : 'ies'}`;
    return at(`expected ${wanted.length} ${entries}, got ${found.length}`);
  }
  // One path array, pushed and popped (no copy per node: verification re-compares the whole
  // scorecard); equal values (most leaves) are passed over without a call. (`expected` is a
  // scorecard just computed: its arrays have no holes, so their keys are their indexes.)
  const fields = Object.keys(wanted);
  if (!list)
    for (const key of Object.keys(found)) if (!Object.hasOwn(wanted, key)) fields.push(key);
  for (const key of fields) {
    const wantedValue = wanted[key];
    const foundValue = Object.hasOwn(found, key) ? found[key] : undefined;
    if (wantedValue === foundValue) continue;
    path.push(list ? Number(key) : key);
    const difference = firstDifference(wantedValue, foundValue, path);
    path.pop();
    if (difference) return difference;
  }
}

/** How a value that is not an envelope is named: `null`, `an array`, `string`. */
const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/** The problems of a carried signature, and whether it verified over `bytes`. */
async function checkSignature(
  signature: { publicKeyJwk: Record<string, unknown>; value: string },
  bytes: Uint8Array | false,
  options: VerifyOptions,
  add: (path: string, message: string) => void,
): Promise<boolean> {
  const jwk = signature.publicKeyJwk as PublicJwk;
  const at = 'signature.publicKeyJwk';
  if ('d' in jwk) add(`${at}.d`, 'is a private key: only a public key may travel');
  if (
    jwk.kty !== 'EC' ||
    jwk.crv !== 'P-256' ||
    typeof jwk.x !== 'string' ||
    typeof jwk.y !== 'string'
  ) {
    add(at, 'expected a P-256 public key');
    return false;
  }
  const isTrusted = (trusted: PublicJwk) =>
    trusted.x === jwk.x && trusted.y === jwk.y && (trusted.crv ?? 'P-256') === jwk.crv;
  if (options.trustedKeys && !options.trustedKeys.some(isTrusted))
    add(at, 'is not one of the trusted keys');
  let key: object | undefined;
  let value: Uint8Array | undefined;
  try {
    // Imported once per signer (a handful of signers sign most envelopes).
    key = await memo(keys, `${jwk.x}.${jwk.y}`, () =>
      subtle().importKey(
        'jwk',
        { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ext: true },
        ECDSA,
        true,
        ['verify'],
      ),
    );
    value = fromBase64Url(signature.value);
  } catch {
    if (key) add('signature.value', 'is not base64url');
    else add(at, 'is not a valid P-256 public key');
  }
  const signed =
    !!bytes && value?.length === 64 && (await subtle().verify(ECDSA, key!, value, bytes));
  if (bytes && value && !signed)
    add('signature.value', 'does not verify: changed after signing, or another key');
  return signed;
}

/**
 * Verifies an envelope against a definition and reports every problem found: its shape, the
 * definition reference and digest, the digest, the signature (when present), the response, and a
 * re-score that must equal the carried scorecard. Never throws, whatever the input.
 */
export async function verifyEnvelope(
  envelope: unknown,
  definition: AssessmentDefinition,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const problems: AimsIssue[] = [];
  const add = (path: string, message: string) => void problems.push({ path, message });
  let signed = false;
  let scorecard: Scorecard | undefined;
  let classifications: SystemClassification[] | undefined;
  let plan: SealedPlanEntry[] | undefined;
  // A check that cannot run (e.g. a definition or an envelope that is not JSON) ends verification
  // with one problem at the root; problems found so far stay.
  try {
    const big = isPlainObject(envelope)
      ? measureJson(envelope, 'the envelope', MAX_ENVELOPE_SIZE)
      : {
          path: '',
          message: `expected an envelope (a JSON object), got ${kindOf(envelope)}`,
        };
    if (big) return { ok: false, problems: [big], signed };
    const sealed = envelope as Record<string, unknown>;
    problems.push(...validate(EnvelopeSchema, sealed));
    const { definition: ref, response, scorecard: card, signature } = sealed;
    const carried = sealed.classifications;
    const isRef = isPlainObject(ref);
    // WebCrypto hashes while the response is parsed and re-scored here (those problems come last).
    const digest = isRef && typeof ref.sha256 === 'string' && definitionDigest(definition);
    const bytes =
      isRef &&
      isPlainObject(response) &&
      isPlainObject(card) &&
      sealedBytes(ref, response, card, carried, sealed.plan);
    const hash = bytes && typeof sealed.sha256 === 'string' && sha256(bytes);
    const last: AimsIssue[] = [];
    if (isPlainObject(response)) {
      const parsed = safeParseResponse(response, definition);
      if (!parsed.success) last.push(...prefixed('response', parsed.issues));
      else {
        const version = parsed.data.definition.version;
        if (version !== definition.version)
          last.push(versionIssue('response.definition.version', definition.version, version));
        scorecard = score(definition, parsed.data);
        const difference = isPlainObject(card) && firstDifference(scorecard, card, ['scorecard']);
        if (difference) last.push(difference);
        // The triage is re-derived like the score: a changed class, reason or duty is caught.
        classifications = classifySystems(parsed.data, options.aiActTable);
        const expected = classifications && (JSON.parse(canonicalJson(classifications)) as unknown);
        const changed = firstDifference(expected, carried, ['classifications']);
        if (changed) last.push(changed);
        // and the action plan, when one was sealed: a changed state is caught
        if (sealed.plan !== undefined) {
          plan = sealedPlan(definition, parsed.data);
          const replanned = firstDifference(plan, sealed.plan, ['plan']);
          if (replanned) last.push(replanned);
        }
      }
    }
    if (isRef)
      for (const field of ['id', 'version'] as const)
        if (typeof ref[field] === 'string' && ref[field] !== definition[field])
          problems.push(versionIssue(`definition.${field}`, definition[field], ref[field]));
    const want = digest && (await digest);
    if (want && ref.sha256 !== want)
      add(
        'definition.sha256',
        `does not match the definition given (expected ${want}): it was changed, or is another one`,
      );
    const got = hash && toBase64Url(await hash);
    if (got && got !== sealed.sha256)
      add('sha256', `does not match the content (computed ${got}): changed after sealing`);
    if (signature === undefined) {
      if (options.requireSignature || options.trustedKeys)
        add('signature', 'is required but missing');
    } else if (
      isPlainObject(signature) &&
      isPlainObject(signature.publicKeyJwk) &&
      typeof signature.value === 'string'
    ) {
      // (any other signature shape is reported by the shape check)
      const carried = { publicKeyJwk: signature.publicKeyJwk, value: signature.value };
      signed = await checkSignature(carried, bytes, options, add);
    }
    problems.push(...last);
  } catch (error) {
    add('', `could not be checked: ${(error as Error)?.message ?? error}`);
  }
  return {
    ok: !problems.length,
    problems,
    signed,
    ...(scorecard && { scorecard }),
    ...(classifications && { classifications }),
    ...(plan && { plan }),
  };
}

/** Issues of a part, with their paths under `prefix` (`answers.q1` → `response.answers.q1`). */
export const prefixed = (prefix: string, issues: readonly AimsIssue[]): AimsIssue[] =>
  issues.map((found) => ({
    path: prefix + (found.path && !found.path.startsWith('[') ? '.' : '') + found.path,
    message: found.message,
  }));
