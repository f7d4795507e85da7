// The intake handler (server/handler.ts) end to end on the embedded database: the routes, who may
// call which (a supplier's link admits it to its own request only; buyer routes need the
// credential), verification and re-scoring of what arrives, idempotent resubmission, rounds kept,
// limits and malformed bodies; the same handler over node:http and mounted in Hono.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { createEnvelope, type SigningKeyPair } from '../../src/io/envelope.js';
import { parseDefinition, type AssessmentDefinition } from '../../src/model/index.js';
import type { AssessmentResponse } from '../../src/model/response.js';
import { score } from '../../src/scoring/score.js';
import { iso42001Supplier, iso42001QuickScan } from '../../src/content.js';
import { openPglite, type Database } from '../../server/database.js';
import { createIntakeHandler, type IntakeHandler } from '../../server/handler.js';
import { migrate } from '../../server/migrations.js';
import { startIntakeServer } from '../../server/node.js';
import { createRepository } from '../../server/repository.js';

const API_KEY = 'buyer-key-for-tests';
const BASE = 'http://intake.test';
const supplierPack: AssessmentDefinition = parseDefinition(iso42001Supplier);
const quickScan: AssessmentDefinition = parseDefinition(iso42001QuickScan);

const keyPair = () =>
  globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ]) as Promise<SigningKeyPair>;

/** A supplier response answering its company name and the first scored question. */
function supplierResponse(company: string, level = 0): AssessmentResponse {
  const questions = supplierPack.sections.flatMap((section) => section.questions);
  const scored = questions.find(
    (question) => question.type === 'scale' || question.type === 'choice',
  )!;
  const options =
    scored.type === 'scale'
      ? supplierPack.scales!.find((scale) => scale.id === scored.scale)!.options
      : scored.options!;
  const option = options.filter((each) => !each.na)[level]!;
  return {
    format: 'aimskit.response/1',
    definition: { id: supplierPack.id, version: supplierPack.version },
    answers: { 'sup-company': { value: company }, [scored.id]: { value: option.id } },
  };
}

const buyer = (path: string, init: RequestInit = {}) =>
  new Request(`${BASE}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${API_KEY}`,
      'content-type': 'application/json',
      ...init.headers,
    },
  });
const anonymous = (path: string, init: RequestInit = {}) => new Request(`${BASE}${path}`, init);
const postJson = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

describe('intake handler', () => {
  let database: Database;
  let handler: IntakeHandler;
  let signing: SigningKeyPair;

  before(async () => {
    database = await openPglite();
    await migrate(database);
    handler = createIntakeHandler({
      repository: createRepository(database),
      definitions: [supplierPack, quickScan],
      apiKey: API_KEY,
      maxBytes: 512 * 1024,
    });
    signing = await keyPair();
  });
  after(async () => database?.close());

  async function newRequest(supplier: string) {
    const response = await handler(
      buyer(
        '/api/requests',
        postJson({
          definition: { id: supplierPack.id, version: supplierPack.version },
          supplier,
          dueDate: '2027-02-01',
        }),
      ),
    );
    assert.equal(response.status, 201);
    return (await response.json()) as {
      request: { id: string };
      token: string;
      submissionUrl: string;
    };
  }

  it('answers health to anyone and refuses every buyer route without the credential', async () => {
    const health = await handler(anonymous('/api/health'));
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { ok: true });
    const routes: [string, string][] = [
      ['GET', '/api/requests'],
      ['POST', '/api/requests'],
      ['GET', '/api/requests/rq-x'],
      ['GET', '/api/responses'],
      ['GET', '/api/responses/rs-x'],
      ['PUT', '/api/responses/rs-x/reviews'],
      ['GET', '/api/portfolio'],
      ['GET', '/api/portfolio.csv'],
      ['GET', '/api/anything-else'],
    ];
    for (const [method, path] of routes) {
      const none = await handler(
        anonymous(path, { method, body: method === 'GET' ? undefined : '{}' }),
      );
      assert.equal(none.status, 401, `${method} ${path} without a key`);
      assert.equal(none.headers.get('www-authenticate'), 'Bearer');
      const wrong = await handler(
        anonymous(path, {
          method,
          headers: { 'x-api-key': `${API_KEY}-wrong` },
          body: method === 'GET' ? undefined : '{}',
        }),
      );
      assert.equal(wrong.status, 401, `${method} ${path} with a wrong key`);
    }
    const withHeader = await handler(
      anonymous('/api/requests', { headers: { 'x-api-key': API_KEY } }),
    );
    assert.equal(withHeader.status, 200, 'X-Api-Key works as well as Bearer');
  });

  it('creates a request with an unguessable link, and refuses a bad one by path', async () => {
    const created = await newRequest('Acme AI');
    assert.match(created.token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(created.submissionUrl, `${BASE}/api/submissions/${created.token}`);
    const bad = await handler(
      buyer(
        '/api/requests',
        postJson({
          definition: { id: 'unknown', version: '1' },
          supplier: '',
          dueDate: '31.1.2027',
        }),
      ),
    );
    assert.equal(bad.status, 400);
    const body = (await bad.json()) as { problems: { path: string }[] };
    assert.deepEqual(
      body.problems.map((each) => each.path),
      ['definition', 'supplier', 'dueDate'],
    );
    const listed = (await (await handler(buyer('/api/requests'))).json()) as {
      requests: { id: string }[];
    };
    assert.ok(listed.requests.some((request) => request.id === created.request.id));
    assert.ok(!JSON.stringify(listed).includes(created.token), 'the token is never listed');
  });

  it("lets a supplier's link read and answer its own request only", async () => {
    const acme = await newRequest('Acme AI');
    const beta = await newRequest('Beta Models');
    const own = await handler(anonymous(`/api/submissions/${acme.token}`));
    assert.equal(own.status, 200);
    const read = (await own.json()) as { request: { id: string }; definition: { id: string } };
    assert.equal(read.request.id, acme.request.id);
    assert.equal(read.definition.id, supplierPack.id);
    // a made-up token, and a request id in place of a token, open nothing
    for (const token of ['x'.repeat(43), acme.request.id]) {
      const probe = await handler(anonymous(`/api/submissions/${token}`));
      assert.equal(probe.status, 404);
    }
    // the supplier's token is no buyer credential
    const asBuyer = await handler(
      anonymous(`/api/responses?request=${beta.request.id}`, {
        headers: { authorization: `Bearer ${acme.token}` },
      }),
    );
    assert.equal(asBuyer.status, 401);
    // what Acme submits lands on Acme's request, never on Beta's
    const envelope = await createEnvelope(supplierPack, supplierResponse('Acme AI', 1), {
      sign: signing,
    });
    const submitted = await handler(
      anonymous(`/api/submissions/${acme.token}`, postJson(envelope)),
    );
    assert.equal(submitted.status, 201);
    const betaRounds = (await (
      await handler(buyer(`/api/responses?request=${beta.request.id}`))
    ).json()) as { responses: unknown[] };
    assert.deepEqual(betaRounds.responses, []);
  });

  it("verifies and re-scores what arrives, stores the server's scorecard and keeps every round", async () => {
    const { token, request } = await newRequest('Gamma Labs');
    const response = supplierResponse('Gamma Labs', 2);
    const envelope = await createEnvelope(supplierPack, response, { sign: signing });
    const accepted = await handler(anonymous(`/api/submissions/${token}`, postJson(envelope)));
    assert.equal(accepted.status, 201);
    const result = (await accepted.json()) as {
      status: string;
      response: { id: string; round: number; signed: boolean; keyThumbprint: string };
      scorecard: unknown;
    };
    assert.equal(result.status, 'accepted');
    assert.equal(result.response.round, 1);
    assert.equal(result.response.signed, true);
    assert.match(result.response.keyThumbprint, /^[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(result.scorecard, JSON.parse(JSON.stringify(score(supplierPack, response))));
    // the same file again: the same round, 200
    const again = await handler(anonymous(`/api/submissions/${token}`, postJson(envelope)));
    assert.equal(again.status, 200);
    const repeated = (await again.json()) as { status: string; response: { id: string } };
    assert.equal(repeated.status, 'already-received');
    assert.equal(repeated.response.id, result.response.id);
    // a new answer: round 2, round 1 kept
    const better = await createEnvelope(supplierPack, supplierResponse('Gamma Labs', 0), {
      sign: signing,
    });
    assert.equal(
      (await handler(anonymous(`/api/submissions/${token}`, postJson(better)))).status,
      201,
    );
    const rounds = (await (
      await handler(buyer(`/api/responses?request=${request.id}`))
    ).json()) as { responses: { round: number }[] };
    assert.deepEqual(
      rounds.responses.map((each) => each.round),
      [2, 1],
    );
    const full = (await (await handler(buyer(`/api/responses/${result.response.id}`))).json()) as {
      response: { scorecard: unknown; submitted: { sha256: string } };
    };
    assert.equal(full.response.submitted.sha256, envelope.sha256);
  });

  it('rejects tampered, unsigned and foreign files with the problems by path, storing nothing', async () => {
    const { token, request } = await newRequest('Delta Systems');
    const envelope = await createEnvelope(supplierPack, supplierResponse('Delta Systems', 2), {
      sign: signing,
    });
    const tampered = structuredClone(envelope) as typeof envelope & {
      scorecard: { overall: { readiness: number } };
    };
    tampered.scorecard.overall.readiness = 99;
    const unsigned = await createEnvelope(supplierPack, supplierResponse('Delta Systems', 2));
    const quickScanResponse: AssessmentResponse = {
      format: 'aimskit.response/1',
      definition: { id: quickScan.id, version: quickScan.version },
      answers: {},
    };
    const foreign = await createEnvelope(quickScan, quickScanResponse, { sign: signing });
    const cases: [string, unknown, RegExp][] = [
      ['a changed score', tampered, /scorecard|sha256/],
      ['an unsigned file', unsigned, /signature/],
      ['another definition', foreign, /definition/],
      ['not an envelope', { hello: 'world' }, /format|sha256|definition/],
    ];
    for (const [what, body, path] of cases) {
      const refused = await handler(anonymous(`/api/submissions/${token}`, postJson(body)));
      assert.equal(refused.status, 422, what);
      const answer = (await refused.json()) as { status: string; problems: { path: string }[] };
      assert.equal(answer.status, 'rejected');
      assert.ok(answer.problems.length > 0, what);
      assert.ok(
        answer.problems.some((each) => path.test(each.path)),
        `${what}: ${JSON.stringify(answer.problems)}`,
      );
    }
    const stored = (await (
      await handler(buyer(`/api/responses?request=${request.id}`))
    ).json()) as { responses: unknown[] };
    assert.deepEqual(stored.responses, []);
  });

  it('answers 413 above the size limit and 400 for a body that is not JSON', async () => {
    const { token } = await newRequest('Epsilon');
    const big = await handler(
      anonymous(`/api/submissions/${token}`, { method: 'POST', body: 'x'.repeat(600 * 1024) }),
    );
    assert.equal(big.status, 413);
    const broken = await handler(
      anonymous(`/api/submissions/${token}`, { method: 'POST', body: '{"a":' }),
    );
    assert.equal(broken.status, 400);
    const answer = (await broken.json()) as { problems: { message: string }[] };
    assert.match(answer.problems[0]!.message, /not JSON/);
  });

  it("records the reviewer's decisions, refusing unknown questions and decisions by path", async () => {
    const { token } = await newRequest('Zeta');
    const envelope = await createEnvelope(supplierPack, supplierResponse('Zeta', 1), {
      sign: signing,
    });
    const created = (await (
      await handler(anonymous(`/api/submissions/${token}`, postJson(envelope)))
    ).json()) as { response: { id: string } };
    const path = `/api/responses/${created.response.id}/reviews`;
    const bad = await handler(
      buyer(path, {
        method: 'PUT',
        body: JSON.stringify({ reviews: [{ question: 'nope', decision: 'maybe' }] }),
      }),
    );
    assert.equal(bad.status, 422);
    assert.deepEqual(
      ((await bad.json()) as { problems: { path: string }[] }).problems.map((each) => each.path),
      ['reviews[0].question', 'reviews[0].decision'],
    );
    const good = await handler(
      buyer(path, {
        method: 'PUT',
        body: JSON.stringify({
          reviews: [{ question: 'sup-company', decision: 'follow-up', note: 'Registered name?' }],
        }),
      }),
    );
    assert.equal(good.status, 200);
    const portfolio = (await (await handler(buyer('/api/portfolio'))).json()) as {
      suppliers: { request: { supplier: string }; latest: { followUps: number } | null }[];
    };
    const zeta = portfolio.suppliers.find((entry) => entry.request.supplier === 'Zeta');
    assert.equal(zeta?.latest?.followUps, 1);
  });

  it('exports the portfolio as CSV with formula-guarded cells', async () => {
    await newRequest('=HYPERLINK("http://evil.example")');
    const csv = await handler(buyer('/api/portfolio.csv'));
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const text = await csv.text();
    const [header, ...lines] = text.trimEnd().split('\r\n');
    assert.equal(header!.split(',')[1], 'supplier');
    assert.ok(
      lines.some((line) => line.includes(`"'=HYPERLINK(""http://evil.example"")"`)),
      text,
    );
    assert.ok(
      lines.some((line) => line.includes('Gamma Labs') && line.includes(',2,2,')),
      text,
    );
  });

  it('mounts in Hono unchanged', async () => {
    const app = new Hono();
    app.all('/api/*', (context) => handler(context.req.raw));
    const health = await app.request('/api/health');
    assert.equal(health.status, 200);
    const refused = await app.request('/api/portfolio');
    assert.equal(refused.status, 401);
  });
});

describe('intake over node:http', () => {
  it('serves health, refuses without the key and limits bodies, over a real socket', async () => {
    const started = await startIntakeServer({
      definitions: [supplierPack],
      apiKey: API_KEY,
      maxBytes: 64 * 1024,
    });
    try {
      const health = await fetch(`${started.url}/api/health`);
      assert.deepEqual(await health.json(), { ok: true });
      assert.equal((await fetch(`${started.url}/api/portfolio`)).status, 401);
      const created = await fetch(`${started.url}/api/requests`, {
        method: 'POST',
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          definition: { id: supplierPack.id, version: supplierPack.version },
          supplier: 'Over HTTP',
        }),
      });
      assert.equal(created.status, 201);
      const { submissionUrl } = (await created.json()) as { submissionUrl: string };
      assert.ok(submissionUrl.startsWith(`${started.url}/api/submissions/`));
      const big = await fetch(submissionUrl, { method: 'POST', body: 'x'.repeat(200 * 1024) });
      assert.equal(big.status, 413);
    } finally {
      await started.close();
    }
  });
});
