// The intake's repository and its migrations (server/), on PGlite and on a real PostgreSQL server:
// the layout from empty and from each earlier version, requests, rounds kept per supplier,
// idempotent resubmission, reviews and the portfolio.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../server/migrations.js';
import { createRepository, type Repository } from '../../server/repository.js';
import type { Database } from '../../server/database.js';
import type { Scorecard } from '../../src/scoring/types.js';
import { TEST_DATABASES } from './databases.js';

const scorecardWith = (readiness: number | null): Scorecard =>
  ({
    overall: { readiness, band: readiness === null ? null : 'developing', completion: 0.5 },
  }) as unknown as Scorecard;

let counter = 0;
const nextId = () => `rs-test-${++counter}`;

for (const target of TEST_DATABASES) {
  describe(`intake repository on ${target.name}`, () => {
    let database: Database;
    let repository: Repository;
    before(async () => {
      database = await target.open();
      await migrate(database);
      repository = createRepository(database);
    });
    after(async () => database?.close());

    it('migrates an empty database to the latest layout, once', async () => {
      assert.equal(await schemaVersion(database), LATEST_VERSION);
      assert.deepEqual(await migrate(database), [], 'a second run applies nothing');
    });

    it('creates requests and finds them by id and by token digest only', async () => {
      const created = await repository.createRequest({
        id: 'rq-a',
        tokenSha256: 'digest-a',
        supplier: 'Acme AI',
        definition: { id: 'iso42001-supplier', version: '1.0.0' },
        dueDate: '2027-01-31',
        createdAt: '',
      });
      assert.equal(created.supplier, 'Acme AI');
      assert.equal(created.dueDate, '2027-01-31');
      assert.match(created.createdAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      assert.deepEqual(await repository.requestById('rq-a'), created);
      assert.deepEqual(await repository.requestByToken('digest-a'), created);
      assert.equal(await repository.requestByToken('rq-a'), null, 'the id is not a token');
      assert.equal(await repository.requestById('rq-missing'), null);
    });

    it('keeps every round, and a resubmitted envelope is the same round', async () => {
      const first = await repository.addResponse(
        {
          requestId: 'rq-a',
          envelopeSha256: 'envelope-1',
          submitted: { round: 1 },
          scorecard: scorecardWith(40),
          signed: true,
          keyThumbprint: 'key-1',
          evidenceFiles: 2,
        },
        nextId,
      );
      assert.equal(first.duplicate, false);
      assert.equal(first.response.round, 1);
      assert.equal(first.response.readiness, 40);
      const again = await repository.addResponse(
        {
          requestId: 'rq-a',
          envelopeSha256: 'envelope-1',
          submitted: { round: 1 },
          scorecard: scorecardWith(40),
          signed: true,
          keyThumbprint: 'key-1',
          evidenceFiles: 2,
        },
        nextId,
      );
      assert.equal(again.duplicate, true);
      assert.equal(again.response.id, first.response.id);
      const second = await repository.addResponse(
        {
          requestId: 'rq-a',
          envelopeSha256: 'envelope-2',
          submitted: { round: 2 },
          scorecard: scorecardWith(65.5),
          signed: false,
          keyThumbprint: null,
          evidenceFiles: 0,
        },
        nextId,
      );
      assert.equal(second.response.round, 2);
      const rounds = await repository.listResponses({ requestId: 'rq-a' });
      assert.deepEqual(
        rounds.map((each) => [each.round, each.readiness, each.signed]),
        [
          [2, 65.5, false],
          [1, 40, true],
        ],
      );
      const stored = await repository.responseById(first.response.id);
      assert.deepEqual(stored?.submitted, { round: 1 });
      assert.equal(stored?.scorecard.overall.readiness, 40);
      assert.equal(stored?.envelopeSha256, 'envelope-1');
    });

    it('records and replaces review decisions per answer, and counts follow-ups', async () => {
      const [latest] = await repository.listResponses({ requestId: 'rq-a' });
      await repository.recordReviews(latest!.id, [
        { question: 'q1', decision: 'follow-up', note: 'Send the policy' },
        { question: 'q2', decision: 'accept', note: '' },
      ]);
      const reviews = await repository.recordReviews(latest!.id, [
        { question: 'q2', decision: 'follow-up', note: 'Which model?' },
      ]);
      assert.deepEqual(
        reviews.map((review) => [review.question, review.decision, review.note]),
        [
          ['q1', 'follow-up', 'Send the policy'],
          ['q2', 'follow-up', 'Which model?'],
        ],
      );
      const [summary] = await repository.listResponses({ requestId: 'rq-a' });
      assert.equal(summary!.followUps, 2);
      await assert.rejects(
        repository.recordReviews(latest!.id, [
          { question: 'q3', decision: 'maybe' as 'accept', note: '' },
        ]),
        'the database refuses a decision it does not know',
      );
    });

    it('lists the portfolio: every request with its latest round', async () => {
      await repository.createRequest({
        id: 'rq-b',
        tokenSha256: 'digest-b',
        supplier: 'Beta Models',
        definition: { id: 'iso42001-supplier', version: '1.0.0' },
        dueDate: null,
        createdAt: '',
      });
      const portfolio = await repository.portfolio();
      const byId = new Map(portfolio.map((entry) => [entry.request.id, entry]));
      assert.equal(byId.get('rq-a')?.rounds, 2);
      assert.equal(byId.get('rq-a')?.latest?.round, 2);
      assert.equal(byId.get('rq-b')?.rounds, 0);
      assert.equal(byId.get('rq-b')?.latest, null);
    });
  });

  describe(`intake migrations on ${target.name}`, () => {
    it('brings each earlier layout to the latest and keeps its rows', async () => {
      for (const earlier of MIGRATIONS.slice(0, -1)) {
        const database = await target.open();
        try {
          assert.deepEqual(
            await migrate(database, earlier.version),
            MIGRATIONS.filter((step) => step.version <= earlier.version).map(
              (step) => step.version,
            ),
          );
          await database.query(
            `INSERT INTO intake_requests (id, token_sha256, supplier, definition_id, definition_version)
             VALUES ('rq-old', 'digest-old', 'Old Supplier', 'iso42001-supplier', '1.0.0')`,
          );
          const applied = await migrate(database);
          assert.deepEqual(
            applied,
            MIGRATIONS.filter((step) => step.version > earlier.version).map((step) => step.version),
          );
          assert.equal(await schemaVersion(database), LATEST_VERSION);
          const kept = await createRepository(database).requestById('rq-old');
          assert.equal(kept?.supplier, 'Old Supplier');
        } finally {
          await database.close();
        }
      }
    });

    it('refuses a database newer than it knows, and a failed step leaves the one before', async () => {
      const database = await target.open();
      try {
        await migrate(database);
        await database.query(
          "INSERT INTO aimskit_migrations (version, description) VALUES ($1, 'from the future')",
          [LATEST_VERSION + 1],
        );
        await assert.rejects(migrate(database), /newer than this aimskit knows/);
      } finally {
        await database.close();
      }
      const broken = await target.open();
      try {
        await migrate(broken, 1);
        // A table the next step creates already exists: the step fails and is rolled back.
        await broken.exec('CREATE TABLE intake_reviews (x integer)');
        await assert.rejects(migrate(broken));
        assert.equal(await schemaVersion(broken), 1);
      } finally {
        await broken.close();
      }
    });
  });
}
