/**
 * The tamper-evident envelope `aimskit.envelope/1` (docs/scoring.md): a response with its scorecard,
 * sealed by the base64url SHA-256 of the canonical JSON of `{definition, response, scorecard}`, and
 * optionally signed with ES256 (ECDSA P-256, SHA-256) over the same canonical bytes.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import { ENVELOPE_FORMAT, EnvelopeSchema } from '../model/envelope.js';
import { ResponseError, formatPath, type AimsIssue } from '../model/issues.js';
import { validate } from '../model/schema-kit.js';
import { MAX_ENVELOPE_SIZE, measureJson } from '../model/limits.js';
import { safeParseResponse } from '../model/parse-response.js';
import { score } from '../scoring/score.js';
import type { Scorecard } from '../scoring/types.js';
import { canonicalJson } from './canonical.js';
import { fromBase64Url, sha256, toBase64Url, utf8 } from './bytes.js';

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

export interface Envelope {
  readonly format: typeof ENVELOPE_FORMAT;
  /** When it was sealed (not covered by the digest). */
  readonly createdAt: string;
  readonly definition: { readonly id: string; readonly version: string; readonly sha256: string };
  readonly response: AssessmentResponse;
  readonly scorecard: Scorecard;
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
}

export interface VerifyOptions {
  /** Fail when the envelope carries no signature. */
  readonly requireSignature?: boolean;
  /** Accept only signatures by one of these public keys (compared by curve, x and y); implies requireSignature. */
  readonly trustedKeys?: readonly PublicJwk[];
}

export interface VerifyResult {
  readonly ok: boolean;
  /** Every problem found, by path (`sha256`, `signature.value`, `scorecard.overall.readiness`, …). */
  readonly problems: AimsIssue[];
  /** Whether a signature was present and verified. */
  readonly signed: boolean;
  /** The scorecard recomputed from the definition and the response, when the response could be read. */
  readonly scorecard?: Scorecard;
}

/** The slice of SubtleCrypto used here (typed locally so the core needs no DOM lib). */
interface Subtle {
  sign(alg: unknown, key: object, data: Uint8Array): Promise<ArrayBuffer>;
  verify(alg: unknown, key: object, sig: Uint8Array, data: Uint8Array): Promise<boolean>;
  importKey(format: 'jwk', jwk: object, alg: unknown, extractable: boolean, usages: string[]): Promise<object>;
  exportKey(format: 'jwk', key: object): Promise<PublicJwk>;
}
const subtle = (): Subtle => globalThis.crypto.subtle as unknown as Subtle;
const ECDSA = { name: 'ECDSA', hash: 'SHA-256' };
const P256 = { name: 'ECDSA', namedCurve: 'P-256' };

const digests = new WeakMap<object, Promise<string>>();

/** base64url SHA-256 of the canonical JSON of a definition (cached per definition object). */
export function definitionDigest(definition: AssessmentDefinition): Promise<string> {
  let d = digests.get(definition);
  if (!d) {
    d = sha256(canonicalJson(definition)).then(toBase64Url);
    digests.set(definition, d);
    d.catch(() => digests.delete(definition));
  }
  return d;
}

/** The exact bytes the digest and the signature cover. */
const sealedBytes = (definition: unknown, response: unknown, scorecard: unknown): Uint8Array =>
  utf8(canonicalJson({ definition, response, scorecard }));

/**
 * Seals a response: validates it against the definition (throws `ResponseError` when it does not fit),
 * scores it, and digests (and optionally signs) the canonical JSON of `{definition, response, scorecard}`.
 */
export async function createEnvelope(definition: AssessmentDefinition, response: AssessmentResponse, options: CreateEnvelopeOptions = {}): Promise<Envelope> {
  const parsed = safeParseResponse(response, definition);
  if (!parsed.success) throw new ResponseError(parsed.issues);
  if (parsed.data.definition.version !== definition.version) {
    throw new ResponseError([{ path: 'definition.version', message: `this response answers version "${parsed.data.definition.version}", not "${definition.version}"` }]);
  }
  // A canonical copy: what is sealed is exactly what a JSON file will carry.
  const copy = JSON.parse(canonicalJson(parsed.data)) as AssessmentResponse;
  const scorecard = score(definition, copy);
  const ref = { id: definition.id, version: definition.version, sha256: await definitionDigest(definition) };
  const bytes = sealedBytes(ref, copy, scorecard);
  const envelope: Envelope = {
    format: ENVELOPE_FORMAT,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    definition: ref, response: copy, scorecard, sha256: toBase64Url(await sha256(bytes)),
  };
  if (!options.sign) return envelope;
  const s = subtle();
  const value = toBase64Url(await s.sign(ECDSA, options.sign.privateKey, bytes));
  const { kty, crv, x, y } = await s.exportKey('jwk', options.sign.publicKey);
  return { ...envelope, signature: { alg: 'ES256', publicKeyJwk: { kty, crv, x, y }, value } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
};

/**
 * The first path where `actual` differs from `expected`, with both values; null when equal. `path` is
 * a stack (pushed and popped in place: this runs on every verification).
 */
function firstDifference(expected: unknown, actual: unknown, path: PropertyKey[]): AimsIssue | null {
  if (expected === actual) return null;
  if (typeof expected !== 'object' || typeof actual !== 'object' || expected === null || actual === null || Array.isArray(expected) !== Array.isArray(actual)) {
    return { path: formatPath(path), message: `expected ${show(expected)}, got ${show(actual)}` };
  }
  if (Array.isArray(expected)) {
    const a = actual as unknown[];
    const n = Math.min(expected.length, a.length);
    for (let i = 0; i < n; i++) {
      const x = expected[i];
      const y = a[i];
      if (x === y) continue;
      path.push(i);
      const d = firstDifference(x, y, path);
      path.pop();
      if (d) return d;
    }
    return expected.length === a.length ? null
      : { path: formatPath(path), message: `expected ${expected.length} ${expected.length === 1 ? 'entry' : 'entries'}, got ${a.length}` };
  }
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  let count = 0;
  for (const k in e) {
    const x = e[k];
    if (x === undefined) continue;
    count++;
    const y = hasOwn.call(a, k) ? a[k] : undefined;
    if (x === y) continue;
    path.push(k);
    const d = firstDifference(x, y, path);
    path.pop();
    if (d) return d;
  }
  // Same keys on both sides unless `actual` has more.
  let other = 0;
  for (const k in a) if (a[k] !== undefined) other++;
  if (other === count) return null;
  for (const k in a) {
    if (a[k] !== undefined && !hasOwn.call(e, k)) return { path: formatPath([...path, k]), message: `unexpected field (got ${show(a[k])})` };
  }
  return null;
}
const hasOwn = Object.prototype.hasOwnProperty;

const keys = new Map<string, Promise<object>>();
/** Imports a P-256 public key (cached by its coordinates; a handful of signers sign most envelopes). */
function importKey(jwk: PublicJwk): Promise<object> {
  const id = `${jwk.x}.${jwk.y}`;
  let k = keys.get(id);
  if (!k) {
    if (keys.size >= 32) keys.delete(keys.keys().next().value!);
    k = subtle().importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ext: true }, P256, true, ['verify']);
    keys.set(id, k);
    k.catch(() => keys.delete(id));
  }
  return k;
}

async function checkSignature(sig: unknown, bytes: Uint8Array | null, options: VerifyOptions, add: (path: string, message: string) => void): Promise<boolean> {
  const required = options.requireSignature || options.trustedKeys !== undefined;
  if (sig === undefined) {
    if (required) add('signature', 'is required but missing');
    return false;
  }
  if (!isObject(sig) || !isObject(sig.publicKeyJwk) || typeof sig.value !== 'string') return false; // reported by the shape check
  const jwk = sig.publicKeyJwk as PublicJwk;
  if ('d' in jwk) add('signature.publicKeyJwk.d', 'is a private key: only the public key may travel in an envelope');
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
    add('signature.publicKeyJwk', 'expected a P-256 public key ({ "kty": "EC", "crv": "P-256", "x", "y" })');
    return false;
  }
  if (options.trustedKeys && !options.trustedKeys.some((k) => k.x === jwk.x && k.y === jwk.y && (k.crv ?? 'P-256') === jwk.crv)) {
    add('signature.publicKeyJwk', 'is not one of the trusted keys');
  }
  if (!bytes) return false;
  let key: object;
  try {
    key = await importKey(jwk);
  } catch {
    add('signature.publicKeyJwk', 'is not a valid P-256 public key');
    return false;
  }
  let value: Uint8Array;
  try {
    value = fromBase64Url(sig.value);
  } catch {
    add('signature.value', 'is not base64url');
    return false;
  }
  if (value.length !== 64 || !(await subtle().verify(ECDSA, key, value, bytes))) {
    add('signature.value', 'does not verify: the envelope was changed after signing, or signed with another key');
    return false;
  }
  return true;
}

/**
 * Verifies an envelope against a definition and reports every problem found: its shape, the digest,
 * the signature (when present), the definition reference and digest, the response, and a re-score that
 * must equal the carried scorecard. Never throws, whatever the input.
 */
export async function verifyEnvelope(envelope: unknown, definition: AssessmentDefinition, options: VerifyOptions = {}): Promise<VerifyResult> {
  const problems: AimsIssue[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  let signed = false;
  let scorecard: Scorecard | undefined;
  try {
    if (!isObject(envelope)) {
      add('', `expected an envelope (a JSON object), got ${envelope === null ? 'null' : Array.isArray(envelope) ? 'an array' : typeof envelope}`);
      return { ok: false, problems, signed };
    }
    const big = measureJson(envelope, 'the envelope', MAX_ENVELOPE_SIZE);
    if (big) return { ok: false, problems: [big], signed };
    problems.push(...validate(EnvelopeSchema, envelope));
    const e = envelope;
    const ref = e.definition;
    // The hashing and signature checks run on WebCrypto while the response is parsed and re-scored
    // here; their problems are merged afterwards in a fixed order (definition, digest, signature, response, score).
    const asyncProblems: AimsIssue[] = [];
    const later = (path: string, message: string) => asyncProblems.push({ path, message });
    const pending: Promise<unknown>[] = [];
    if (isObject(ref) && typeof ref.sha256 === 'string') {
      const carried = ref.sha256;
      pending.push(definitionDigest(definition).then((want) => {
        if (carried !== want) later('definition.sha256', `does not match the definition given (expected ${want}, got ${show(carried)}): the definition was changed, or is another one`);
      }, (err: unknown) => later('definition.sha256', `could not be computed: ${(err as Error)?.message ?? String(err)}`)));
    }
    let bytes: Uint8Array | null = null;
    if (isObject(ref) && isObject(e.response) && isObject(e.scorecard)) {
      try {
        bytes = sealedBytes(ref, e.response, e.scorecard);
      } catch (err) {
        add('', `cannot be canonicalised: ${(err as Error).message}`);
      }
      if (bytes && typeof e.sha256 === 'string') {
        const carried = e.sha256;
        pending.push(sha256(bytes).then((d) => {
          const got = toBase64Url(d);
          if (got !== carried) later('sha256', `does not match the content (computed ${got}): the envelope was changed after it was sealed`);
        }, (err: unknown) => later('sha256', `could not be computed: ${(err as Error)?.message ?? String(err)}`)));
      }
    }
    const sigProblems: AimsIssue[] = [];
    const sig = checkSignature(e.signature, bytes, options, (path, message) => sigProblems.push({ path, message })).catch((err: unknown) => {
      sigProblems.push({ path: 'signature', message: `could not be checked: ${(err as Error)?.message ?? String(err)}` });
      return false;
    });

    // The definition reference.
    if (isObject(ref)) {
      if (typeof ref.id === 'string' && ref.id !== definition.id) add('definition.id', `expected "${definition.id}", got ${show(ref.id)}`);
      if (typeof ref.version === 'string' && ref.version !== definition.version) add('definition.version', `expected "${definition.version}", got ${show(ref.version)}`);
    }
    // The response, then the score.
    const scoring: AimsIssue[] = [];
    if (isObject(e.response)) {
      const r = safeParseResponse(e.response, definition);
      if (!r.success) scoring.push(...r.issues.map((i) => ({ path: `response${i.path && !i.path.startsWith('[') ? '.' : ''}${i.path}`, message: i.message })));
      else {
        if (r.data.definition.version !== definition.version) scoring.push({ path: 'response.definition.version', message: `expected "${definition.version}", got ${show(r.data.definition.version)}` });
        scorecard = score(definition, r.data);
        if (isObject(e.scorecard)) {
          const d = firstDifference(scorecard, e.scorecard, ['scorecard']);
          if (d) scoring.push(d);
        }
      }
    }
    await Promise.all(pending);
    signed = await sig;
    problems.push(...asyncProblems.sort((a, b) => (a.path === b.path ? 0 : a.path === 'sha256' ? 1 : -1)), ...sigProblems, ...scoring);
  } catch (err) {
    add('', `could not be verified: ${(err as Error)?.message ?? String(err)}`);
  }
  return { ok: problems.length === 0, problems, signed, ...(scorecard ? { scorecard } : {}) };
}
