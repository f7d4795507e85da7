// Definitions of the buyer's own (a pack cut to the questions it asks), registered through the
// intake's API and kept in its database, on PGlite and on PostgreSQL: validated by path, stored
// once and never replaced, listed beside the configured ones, named by requests and used to
// verify what suppliers send. Also what a supplier's link reads back after a review: the
// answers to revisit.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createEnvelope, type SigningKeyPair } from '../../src/io/envelope.js';
import { parseDefinition, type AssessmentDefinition } from '../../src/model/index.js';
import { iso42001Supplier } from '../../src/content.js';
import type { Database } from '../../server/database.js';
import type { IntakeHandler } from '../../server/handler.js';
import { LATEST_VERSION, schemaVersion } from '../../server/migrations.js';
import { openTestIntake, TEST_DATABASES } from './databases.js';

const API_KEY = 'buyer-key-for-definition-tests';
const BASE = 'http://intake.test';
const supplierPack: AssessmentDefinition = parseDefinition(iso42001Supplier);

/** The supplier pack cut to its first section, under an id of the buyer's own. */
function cutPack(version = '1.0.0', title = 'Short supplier check'): AssessmentDefinition {
  const [first] = supplierPack.sections;
  const questions = new Set(first!.questions.map((question) => question.requirement));
  return parseDefinition({
    ...supplierPack,
    id: 'buyer.short-check',
    version,
    title,
    sections: [first],
    requirements: supplierPack.requirements?.filter((each) => questions.has(each.id)),
    mappings: [],
  });
}

const buyer = (path: string, init: RequestInit = {}) =>
  new Request(`${BASE}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
  });
const anonymous = (path: string, init: RequestInit = {}) => new Request(`${BASE}${path}`, init);
const postJson = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

for (const target of TEST_DATABASES) {
  describe(`registered definitions on ${target.name}`, () => {
    let database: Database;
    let handler: IntakeHandler;
    let signing: SigningKeyPair;

    before(async () => {
      ({ database, handler, signing } = await openTestIntake(target, [supplierPack], API_KEY));
    });
    after(async () => database?.close());

    it('keeps definitions in the latest layout', async () => {
      assert.equal(await schemaVersion(database), LATEST_VERSION);
      const tables = await database.query(
        "SELECT 1 FROM information_schema.tables WHERE table_name = 'intake_definitions'",
      );
      assert.equal(tables.length, 1);
    });

    it('registers a definition once, lists it, and never replaces it', async () => {
      const first = await handler(buyer('/api/definitions', postJson(cutPack())));
      assert.equal(first.status, 201);
      const registered = (await first.json()) as {
        status: string;
        definition: { id: string; sha256: string };
      };
      assert.equal(registered.status, 'registered');
      assert.match(registered.definition.sha256, /^[A-Za-z0-9_-]{43}$/);

      const again = await handler(buyer('/api/definitions', postJson(cutPack())));
      assert.equal(again.status, 200, 'the same definition again is no error');
      assert.equal(((await again.json()) as { status: string }).status, 'already-registered');

      const changed = await handler(
        buyer('/api/definitions', postJson(cutPack('1.0.0', 'Another title'))),
      );
      assert.equal(changed.status, 409);
      const conflict = (await changed.json()) as { problems: { path: string; message: string }[] };
      assert.equal(conflict.problems[0]!.path, 'version');

      const newVersion = await handler(
        buyer('/api/definitions', postJson(cutPack('1.1.0', 'Another title'))),
      );
      assert.equal(newVersion.status, 201, 'a new version is a new definition');

      const list = (await (await handler(buyer('/api/definitions'))).json()) as {
        definitions: { id: string; version: string; title: unknown; registered: boolean }[];
      };
      assert.deepEqual(
        list.definitions.map((each) => [each.id, each.version, each.registered]),
        [
          [supplierPack.id, supplierPack.version, false],
          ['buyer.short-check', '1.0.0', true],
          ['buyer.short-check', '1.1.0', true],
        ],
      );
      assert.equal(list.definitions[1]!.title, 'Short supplier check');
    });

    it('refuses a malformed definition by path, a configured id, and anyone without the key', async () => {
      const broken = {
        ...cutPack('2.0.0'),
        sections: [{ id: 'x', title: 'X', questions: 'none' }],
      };
      const malformed = await handler(buyer('/api/definitions', postJson(broken)));
      assert.equal(malformed.status, 422);
      const problems = ((await malformed.json()) as { problems: { path: string }[] }).problems;
      assert.ok(
        problems.some((each) => each.path.startsWith('sections[0].questions')),
        JSON.stringify(problems),
      );
      const taken = await handler(buyer('/api/definitions', postJson(supplierPack)));
      assert.equal(taken.status, 409);
      const stranger = await handler(anonymous('/api/definitions', postJson(cutPack('3.0.0'))));
      assert.equal(stranger.status, 401);
      const listed = await handler(anonymous('/api/definitions'));
      assert.equal(listed.status, 401);
    });

    it('serves a registered definition to a request, verifies against it, and reads back follow-ups', async () => {
      const pack = cutPack();
      await handler(buyer('/api/definitions', postJson(pack)));
      const created = await handler(
        buyer(
          '/api/requests',
          postJson({ definition: { id: pack.id, version: pack.version }, supplier: 'Epsilon' }),
        ),
      );
      assert.equal(created.status, 201);
      const { token, request } = (await created.json()) as {
        token: string;
        request: { id: string };
      };
      const opened = (await (await handler(anonymous(`/api/submissions/${token}`))).json()) as {
        definition: AssessmentDefinition;
        followUps: unknown[];
      };
      assert.deepEqual(opened.definition, JSON.parse(JSON.stringify(pack)));
      assert.deepEqual(opened.followUps, []);

      const question = pack.sections[0]!.questions[0]!;
      const envelope = await createEnvelope(
        pack,
        {
          format: 'aimskit.response/1',
          definition: { id: pack.id, version: pack.version },
          answers: { [question.id]: { value: 'Epsilon Ltd' } },
        },
        { sign: signing },
      );
      const submitted = await handler(anonymous(`/api/submissions/${token}`, postJson(envelope)));
      assert.equal(submitted.status, 201);
      // An envelope sealed against the full pack does not answer this request.
      const foreign = await createEnvelope(
        supplierPack,
        {
          format: 'aimskit.response/1',
          definition: { id: supplierPack.id, version: supplierPack.version },
          answers: {},
        },
        { sign: signing },
      );
      const refused = await handler(anonymous(`/api/submissions/${token}`, postJson(foreign)));
      assert.equal(refused.status, 422);

      const detail = (await (await handler(buyer(`/api/requests/${request.id}`))).json()) as {
        definition: { id: string };
        responses: { id: string }[];
      };
      assert.equal(detail.definition.id, pack.id);
      const responseId = detail.responses[0]!.id;
      const reviewed = await handler(
        buyer(`/api/responses/${responseId}/reviews`, {
          method: 'PUT',
          body: JSON.stringify({
            reviews: [
              { question: question.id, decision: 'follow-up', note: 'Give the legal name.' },
              { question: pack.sections[0]!.questions[1]!.id, decision: 'accept' },
            ],
          }),
        }),
      );
      assert.equal(reviewed.status, 200);
      const reopened = (await (await handler(anonymous(`/api/submissions/${token}`))).json()) as {
        rounds: number;
        followUps: { question: string; decision: string; note: string }[];
      };
      assert.equal(reopened.rounds, 1);
      assert.deepEqual(reopened.followUps, [
        { question: question.id, decision: 'follow-up', note: 'Give the legal name.' },
      ]);
    });
  });
}
