/**
 * The buyer's intake as one Fetch API handler, `(request: Request) => Promise<Response>`: mount it
 * in any server that speaks `Request` and `Response` (Hono, Fastify and Express through an adapter,
 * `node:http` through ./node.ts). Every submission is verified and re-scored with the core
 * (`verifyEnvelope`, `openBundle`, `score`); what is stored is the server's own scorecard.
 *
 * Who may do what:
 * - a supplier, holding the unguessable token of its own request, may read that request and submit
 *   responses to it (`/api/submissions/<token>`), nothing else;
 * - the buyer, with its credential (the API key, or the host's own `authorize`), may do everything
 *   under `/api/` but submit;
 * - anybody may ask `GET /api/health`.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { BUNDLE_FORMAT } from '../src/model/bundle.js';
import type { AssessmentDefinition } from '../src/model/definition.js';
import type { AimsIssue } from '../src/model/issues.js';
import { safeParseDefinition } from '../src/model/parse.js';
import { BundleError, openBundle } from '../src/io/bundle.js';
import { canonicalJson } from '../src/io/canonical.js';
import { verifyEnvelope, type Envelope } from '../src/io/envelope.js';
import type { AssessmentResponse } from '../src/model/response.js';
import { portfolioToCsv, portfolioToday } from '../src/scoring/portfolio.js';
import { portfolioObjectivesOf, portfolioSystemsOf } from '../src/scoring/portfolio-round.js';
import { score } from '../src/scoring/score.js';
import { sha256Base64Url } from '../src/util/bytes.js';
import { isPlainObject } from '../src/util/json.js';
import type { PortfolioEntry, Repository, ReviewDecision } from './repository.js';

export interface IntakeOptions {
  readonly repository: Repository;
  /**
   * The definitions the buyer sends; a request names one by id and version. The buyer may also
   * register its own through `POST /api/definitions` (a pack cut to the questions it asks).
   */
  readonly definitions?: readonly AssessmentDefinition[];
  /**
   * The buyer's API key, sent as `Authorization: Bearer <key>` or `X-Api-Key: <key>`. Required
   * unless `authorize` is given.
   */
  readonly apiKey?: string;
  /**
   * The SHA-256 (hex) of the buyer's API key, instead of the key itself: what `aimskit serve` keeps
   * in its database, so the key is printed once and never stored.
   */
  readonly apiKeySha256?: string;
  /** The host's own check of a buyer request (replaces the API key check when given). */
  readonly authorize?: (request: Request) => boolean | Promise<boolean>;
  /** Refuse unsigned submissions (default true). */
  readonly requireSignature?: boolean;
  /** The largest body accepted, in bytes (default 20 MiB); larger answers 413. */
  readonly maxBytes?: number;
  /**
   * The link a supplier is sent for its request (default: this server's
   * `/api/submissions/<token>`).
   */
  readonly submissionUrl?: (token: string, request: Request) => string;
  /** An origin allowed to call the API from a browser (CORS), e.g. `https://buyer.example`. */
  readonly allowOrigin?: string;
}

export type IntakeHandler = (request: Request) => Promise<Response>;

/** 20 MiB: a supplier pack with its evidence files fits. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Requests, reviews and other small bodies. */
const SMALL_BODY_BYTES = 256 * 1024;
/** A definition the buyer registers: the full ISO/IEC 42001 pack is about 0.3 MiB. */
const DEFINITION_BYTES = 4 * 1024 * 1024;
const REVIEW_DECISIONS: readonly ReviewDecision[] = ['accept', 'follow-up', 'reject'];

/** An answer with a status and the problems by path. */
class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly problems: readonly AimsIssue[],
  ) {
    super(problems[0]?.message ?? `HTTP ${status}`);
  }
}

const problem = (status: number, path: string, message: string) =>
  new HttpProblem(status, [{ path, message }]);

/** Compares two secrets in time that does not depend on where they differ. */
function sameSecret(given: string, expected: string): boolean {
  const left = createHash('sha256').update(given).digest();
  const right = createHash('sha256').update(expected).digest();
  return timingSafeEqual(left, right);
}

/** Compares two hex digests in time that does not depend on where they differ. */
function sameDigest(given: string, expected: string): boolean {
  const left = Buffer.from(given, 'hex');
  const right = Buffer.from(expected, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The SHA-256 of a text, in hex (how tokens and the API key are kept). */
export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

const randomId = (prefix: string) => `${prefix}-${randomBytes(9).toString('base64url')}`;

/** Reads a body as JSON: 413 above `limit` bytes, 400 when it is not JSON. */
async function readJson(request: Request, limit: number): Promise<unknown> {
  const tooLarge = () => problem(413, '', `the body is larger than ${limit} bytes`);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw problem(400, '', `the body is not JSON: ${(error as Error).message}`);
  }
}

/** A definition by id and version among the configured ones. */
function configuredDefinition(options: IntakeOptions, id: unknown, version: unknown) {
  return options.definitions?.find(
    (definition) => definition.id === id && definition.version === version,
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A lookup of the definitions a request may name: the configured ones and the registered. */
type DefinitionLookup = (
  id: unknown,
  version: unknown,
) => Promise<AssessmentDefinition | undefined>;

/** `POST /api/requests`: `{ definition: { id, version }, supplier, dueDate? }`. */
async function readNewRequest(findDefinition: DefinitionLookup, body: unknown) {
  if (!isPlainObject(body)) throw problem(400, '', 'expected an object');
  const problems: AimsIssue[] = [];
  const reference = isPlainObject(body['definition']) ? body['definition'] : {};
  const definition = await findDefinition(reference['id'], reference['version']);
  if (!definition) {
    problems.push({
      path: 'definition',
      message:
        'expected the id and version of a definition this server serves (GET /api/definitions)',
    });
  }
  const supplier = body['supplier'];
  if (typeof supplier !== 'string' || !supplier.trim() || supplier.length > 200)
    problems.push({
      path: 'supplier',
      message: "expected the supplier's name (1 to 200 characters)",
    });
  const dueDate = body['dueDate'];
  const validDate =
    typeof dueDate === 'string' && DATE.test(dueDate) && !Number.isNaN(Date.parse(dueDate));
  if (dueDate !== undefined && dueDate !== null && !validDate)
    problems.push({ path: 'dueDate', message: 'expected a date as YYYY-MM-DD' });
  if (problems.length || !definition) throw new HttpProblem(400, problems);
  return {
    definition,
    supplier: (supplier as string).trim(),
    dueDate: validDate ? (dueDate as string) : null,
  };
}

/** The RFC 7638 thumbprint of a signature's public key (what a supplier reads out by phone). */
async function keyThumbprint(envelope: Envelope): Promise<string | null> {
  const key = envelope.signature?.publicKeyJwk;
  if (!key) return null;
  return sha256Base64Url(
    canonicalJson({ crv: key['crv'], kty: key['kty'], x: key['x'], y: key['y'] }),
  );
}

/**
 * Verifies a submitted envelope or bundle against the request's definition; 422 with the problems.
 */
async function verifySubmission(
  options: IntakeOptions,
  definition: AssessmentDefinition,
  body: unknown,
) {
  const requireSignature = options.requireSignature ?? true;
  const isBundle = isPlainObject(body) && body['format'] === BUNDLE_FORMAT;
  const envelope = isBundle ? (body as Record<string, unknown>)['envelope'] : body;
  const prefix = isBundle ? 'envelope' : '';
  const verified = await verifyEnvelope(envelope, definition, { requireSignature });
  if (!verified.ok) {
    throw new HttpProblem(
      422,
      verified.problems.map((each) => ({
        path: prefix && each.path ? `${prefix}.${each.path}` : prefix || each.path,
        message: each.message,
      })),
    );
  }
  const checked = envelope as Envelope;
  let evidenceFiles = 0;
  let response = checked.response;
  if (isBundle) {
    try {
      const opened = await openBundle(body, definition);
      if (opened.missing.length)
        throw new HttpProblem(
          422,
          opened.missing.map((id) => ({
            path: 'files',
            message: `evidence "${id}" is named in the response but its file is not in the bundle`,
          })),
        );
      evidenceFiles = opened.files.length;
      response = opened.response;
    } catch (error) {
      if (error instanceof BundleError) throw new HttpProblem(422, error.issues);
      throw error;
    }
  }
  // The server's own figures, from the verified response: never the ones the file carried.
  const scorecard = score(definition, response as AssessmentResponse);
  return {
    envelope: checked,
    scorecard,
    signed: verified.signed,
    evidenceFiles,
    // What the portfolio lists, computed once here rather than from the stored JSON at list time.
    objectives: portfolioObjectivesOf(definition, scorecard),
    systems: portfolioSystemsOf(response as AssessmentResponse),
  };
}

/**
 * The portfolio as CSV: the core's `portfolioToCsv`, the same file `<aims-supplier-portfolio>`
 * downloads (formula-guarded cells, CRLF lines, one line per request, a column per group).
 */
export function portfolioCsv(entries: readonly PortfolioEntry[], today: string): string {
  return portfolioToCsv(entries, today);
}

/** The intake handler. */
export function createIntakeHandler(options: IntakeOptions): IntakeHandler {
  if (!options.apiKey && !options.apiKeySha256 && !options.authorize)
    throw new Error('createIntakeHandler: give the buyer an apiKey, or an authorize function');
  const { repository } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  /** Registered definitions read so far: a stored definition never changes. */
  const registered = new Map<string, AssessmentDefinition>();

  /** A definition by id and version: a configured one, or one the buyer registered. */
  async function findDefinition(id: unknown, version: unknown) {
    const configured = configuredDefinition(options, id, version);
    if (configured) return configured;
    if (typeof id !== 'string' || typeof version !== 'string') return undefined;
    const key = `${id}@${version}`;
    const known = registered.get(key);
    if (known) return known;
    const stored = await repository.definition(id, version);
    if (!stored) return undefined;
    registered.set(key, stored.definition);
    return stored.definition;
  }

  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    });

  async function isBuyer(request: Request): Promise<boolean> {
    if (options.authorize) return options.authorize(request);
    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    const given = bearer ?? request.headers.get('x-api-key');
    if (given === null || given === undefined) return false;
    if (options.apiKey) return sameSecret(given, options.apiKey);
    return sameDigest(sha256Hex(given), options.apiKeySha256!);
  }

  async function supplierRequest(token: string) {
    const found = await repository.requestByToken(sha256Hex(token));
    // The same answer for a token that never existed: a link cannot be probed.
    if (!found) throw problem(404, '', 'no request behind this link');
    return found;
  }

  /** The routes a supplier's link opens. */
  async function supplierRoute(request: Request, token: string): Promise<Response> {
    const intake = await supplierRequest(token);
    const definition = await findDefinition(intake.definition.id, intake.definition.version);
    if (!definition) throw problem(410, '', 'the definition of this request is no longer served');
    if (request.method === 'GET') {
      const rounds = await repository.listResponses({ requestId: intake.id });
      // What the buyer asks the supplier to revisit: its decisions on the latest round but accept.
      const latest = rounds[0];
      const reviews = latest ? await repository.reviews(latest.id) : [];
      return json(200, {
        request: { id: intake.id, supplier: intake.supplier, dueDate: intake.dueDate },
        definition,
        rounds: rounds.length,
        followUps: reviews
          .filter((review) => review.decision !== 'accept')
          .map(({ question, decision, note }) => ({ question, decision, note })),
      });
    }
    if (request.method !== 'POST') throw problem(405, '', 'use GET or POST');
    const body = await readJson(request, maxBytes);
    const checked = await verifySubmission(options, definition, body);
    const { response, duplicate } = await repository.addResponse(
      {
        requestId: intake.id,
        envelopeSha256: checked.envelope.sha256,
        submitted: body,
        scorecard: checked.scorecard,
        signed: checked.signed,
        keyThumbprint: await keyThumbprint(checked.envelope),
        evidenceFiles: checked.evidenceFiles,
        objectives: checked.objectives,
        systems: checked.systems,
      },
      () => randomId('rs'),
    );
    return json(duplicate ? 200 : 201, {
      status: duplicate ? 'already-received' : 'accepted',
      response,
      scorecard: checked.scorecard,
    });
  }

  /** The configured definitions, then the registered ones: id, version, title. */
  async function listDefinitions() {
    const configured = (options.definitions ?? []).map((definition) => ({
      id: definition.id,
      version: definition.version,
      title: definition.title,
      registered: false,
    }));
    const stored = (await repository.listDefinitions()).map((summary) => ({
      id: summary.id,
      version: summary.version,
      title: summary.title,
      registered: true,
    }));
    return [...configured, ...stored];
  }

  /**
   * `POST /api/definitions`: a definition of the buyer's own (validated like any, 422 with the
   * problems by path). Registering the same definition again answers 200; a different one under a
   * stored id and version, or under a configured one's, 409: a definition, once requests name it,
   * never changes.
   */
  async function registerDefinition(request: Request): Promise<Response> {
    const parsed = safeParseDefinition(await readJson(request, DEFINITION_BYTES));
    if (!parsed.success) throw new HttpProblem(422, parsed.issues);
    const definition = parsed.data;
    const name = `${definition.id}@${definition.version}`;
    if (configuredDefinition(options, definition.id, definition.version))
      throw problem(409, 'id', `${name} is one of this server's own definitions: give yours an id`);
    const sha256 = await sha256Base64Url(canonicalJson(definition));
    const saved = await repository.saveDefinition({ definition, sha256 });
    if (saved.sha256 !== sha256)
      throw problem(
        409,
        'version',
        `another definition is registered as ${name}: give this one a new version`,
      );
    return json(saved.created ? 201 : 200, {
      status: saved.created ? 'registered' : 'already-registered',
      definition: { id: definition.id, version: definition.version, sha256 },
    });
  }

  /** `PUT /api/responses/<id>/reviews`: `{ reviews: [{ question, decision, note? }] }`. */
  async function recordReviews(request: Request, responseId: string): Promise<Response> {
    const stored = await repository.responseById(responseId);
    if (!stored) throw problem(404, '', 'no such response');
    const body = await readJson(request, SMALL_BODY_BYTES);
    const reviews = isPlainObject(body) ? body['reviews'] : undefined;
    if (!Array.isArray(reviews)) throw problem(400, 'reviews', 'expected an array');
    const intake = await repository.requestById(stored.requestId);
    const definition = await findDefinition(intake?.definition.id, intake?.definition.version);
    const questions = new Set(
      definition?.sections.flatMap((section) => section.questions.map((question) => question.id)),
    );
    const problems: AimsIssue[] = [];
    const accepted = reviews.flatMap((review: unknown, index) => {
      const path = `reviews[${index}]`;
      if (!isPlainObject(review)) {
        problems.push({ path, message: 'expected an object' });
        return [];
      }
      const { question, decision, note = '' } = review;
      if (typeof question !== 'string' || !questions.has(question))
        problems.push({
          path: `${path}.question`,
          message: 'expected a question of the definition',
        });
      if (!REVIEW_DECISIONS.includes(decision as ReviewDecision))
        problems.push({
          path: `${path}.decision`,
          message: `expected one of ${REVIEW_DECISIONS.join(', ')}`,
        });
      if (typeof note !== 'string' || note.length > 4000)
        problems.push({
          path: `${path}.note`,
          message: 'expected text of at most 4000 characters',
        });
      return [
        { question: String(question), decision: decision as ReviewDecision, note: String(note) },
      ];
    });
    if (problems.length) throw new HttpProblem(422, problems);
    return json(200, { reviews: await repository.recordReviews(responseId, accepted) });
  }

  /** The buyer's routes (the credential is checked before). */
  async function buyerRoute(request: Request, path: string[]): Promise<Response> {
    const { method } = request;
    const [collection, id, sub] = path;
    if (collection === 'requests' && path.length === 1) {
      if (method === 'GET') return json(200, { requests: await repository.listRequests() });
      if (method !== 'POST') throw problem(405, '', 'use GET or POST');
      const wanted = await readNewRequest(
        findDefinition,
        await readJson(request, SMALL_BODY_BYTES),
      );
      const token = randomBytes(32).toString('base64url');
      const created = await repository.createRequest({
        id: randomId('rq'),
        tokenSha256: sha256Hex(token),
        supplier: wanted.supplier,
        definition: { id: wanted.definition.id, version: wanted.definition.version },
        dueDate: wanted.dueDate,
        createdAt: '',
      });
      const link = options.submissionUrl
        ? options.submissionUrl(token, request)
        : new URL(`/api/submissions/${token}`, request.url).href;
      return json(201, { request: created, token, submissionUrl: link });
    }
    if (collection === 'requests' && id && path.length === 2 && method === 'GET') {
      const found = await repository.requestById(id);
      if (!found) throw problem(404, '', 'no such request');
      return json(200, {
        request: found,
        definition: (await findDefinition(found.definition.id, found.definition.version)) ?? null,
        responses: await repository.listResponses({ requestId: id }),
      });
    }
    if (collection === 'definitions' && path.length === 1) {
      if (method === 'GET') return json(200, { definitions: await listDefinitions() });
      if (method !== 'POST') throw problem(405, '', 'use GET or POST');
      return registerDefinition(request);
    }
    if (collection === 'responses' && path.length === 1 && method === 'GET') {
      const requestId = new URL(request.url).searchParams.get('request') ?? undefined;
      return json(200, { responses: await repository.listResponses({ requestId }) });
    }
    if (collection === 'responses' && id && path.length === 2 && method === 'GET') {
      const found = await repository.responseById(id);
      if (!found) throw problem(404, '', 'no such response');
      return json(200, { response: found });
    }
    if (collection === 'responses' && id && sub === 'reviews' && path.length === 3) {
      if (method !== 'PUT') throw problem(405, '', 'use PUT');
      return recordReviews(request, id);
    }
    if (collection === 'portfolio' && path.length === 1 && method === 'GET')
      return json(200, { suppliers: await repository.portfolio() });
    if (collection === 'portfolio.csv' && path.length === 1 && method === 'GET') {
      return new Response(portfolioCsv(await repository.portfolio(), portfolioToday()), {
        status: 200,
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="portfolio.csv"',
        },
      });
    }
    throw problem(404, '', `no ${method} ${['/api', ...path].join('/')} here`);
  }

  const cors = (): Record<string, string> =>
    options.allowOrigin
      ? {
          'access-control-allow-origin': options.allowOrigin,
          'access-control-allow-headers': 'authorization, content-type, x-api-key',
          'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
          vary: 'origin',
        }
      : {};

  async function route(request: Request): Promise<Response> {
    const segments = new URL(request.url).pathname.split('/').filter(Boolean);
    if (segments[0] !== 'api') throw problem(404, '', 'not an API route');
    const path = segments.slice(1).map((segment) => decodeURIComponent(segment));
    if (request.method === 'OPTIONS' && options.allowOrigin)
      return new Response(null, { status: 204 });
    if (path.length === 1 && path[0] === 'health' && request.method === 'GET')
      return json(200, { ok: true });
    if (path[0] === 'submissions' && path.length === 2) return supplierRoute(request, path[1]!);
    if (!(await isBuyer(request)))
      return json(
        401,
        {
          status: 'unauthorized',
          problems: [{ path: '', message: 'the buyer credential is missing or wrong' }],
        },
        { 'www-authenticate': 'Bearer' },
      );
    return buyerRoute(request, path);
  }

  return async (request) => {
    let response: Response;
    try {
      response = await route(request);
    } catch (error) {
      if (error instanceof HttpProblem) {
        const status = error.status === 422 ? 'rejected' : 'error';
        response = json(error.status, { status, problems: error.problems });
      } else {
        console.error('aimskit intake:', error);
        response = json(500, {
          status: 'error',
          problems: [{ path: '', message: 'internal error' }],
        });
      }
    }
    for (const [name, value] of Object.entries({ 'cache-control': 'no-store', ...cors() }))
      response.headers.set(name, value);
    return response;
  };
}
