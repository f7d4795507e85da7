// The intake's repository and its migrations (server/), on PGlite and on a real PostgreSQL server:
// the layout from empty and from each earlier version (and what step 4 fills in for older rows),
// requests, rounds kept per supplier, idempotent resubmission, reviews and the portfolio with each
// supplier's two newest rounds.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../server/migrations.js';
import { createRepository, type Repository } from '../../server/repository.js';
import type { Database } from '../../server/database.js';
import {
  checkPortfolio,
  compareRounds,
  type PortfolioObjective,
  type PortfolioSupplier,
  type PortfolioSystem,
} from '../../src/scoring/portfolio.js';
import type { Scorecard } from '../../src/scoring/types.js';
import { TEST_DATABASES } from './databases.js';

const scorecardWith = (readiness: number | null): Scorecard =>
  ({
    overall: { readiness, band: readiness === null ? null : 'developing', completion: 0.5 },
  }) as unknown as Scorecard;

const firstObjectives: PortfolioObjective[] = [{ id: 'A.2', title: 'Policies', readiness: 40 }];
const firstSystems: PortfolioSystem[] = [{ name: 'Churn model', class: 'limited' }];
const secondObjectives: PortfolioObjective[] = [
  { id: 'A.2', title: 'Policies', readiness: 70 },
  { id: 'A.6', readiness: null },
];

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
          objectives: firstObjectives,
          systems: firstSystems,
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
          objectives: firstObjectives,
          systems: firstSystems,
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
          objectives: secondObjectives,
          systems: [],
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

    it('lists the portfolio: every request with its two newest rounds, figures and systems', async () => {
      for (const [id, supplier] of [
        ['rq-b', 'Beta Models'],
        ['rq-c', 'Cobalt Cloud'],
      ] as const) {
        await repository.createRequest({
          id,
          tokenSha256: `digest-${id}`,
          supplier,
          definition: { id: 'iso42001-supplier', version: '1.0.0' },
          dueDate: null,
          createdAt: '',
        });
      }
      await repository.addResponse(
        {
          requestId: 'rq-c',
          envelopeSha256: 'envelope-c',
          submitted: {},
          scorecard: scorecardWith(12),
          signed: true,
          keyThumbprint: null,
          evidenceFiles: 0,
          objectives: [],
          systems: [],
        },
        nextId,
      );
      const portfolio = await repository.portfolio();
      // The server's entries are the element's feed, as typed and as checked.
      const asFeed: readonly PortfolioSupplier[] = portfolio;
      assert.deepEqual(checkPortfolio(asFeed), []);
      const byId = new Map(portfolio.map((entry) => [entry.request.id, entry]));

      const twoRounds = byId.get('rq-a')!;
      assert.equal(twoRounds.rounds, 2);
      assert.equal(twoRounds.latest?.round, 2);
      assert.deepEqual(twoRounds.latest?.objectives, secondObjectives);
      assert.deepEqual(twoRounds.latest?.systems, []);
      assert.equal(twoRounds.latest?.followUps, 2, "the latest round's own follow-ups");
      assert.equal(twoRounds.previous?.round, 1);
      assert.equal(twoRounds.previous?.readiness, 40);
      assert.equal(twoRounds.previous?.signed, true);
      assert.equal(twoRounds.previous?.followUps, 0);
      assert.deepEqual(twoRounds.previous?.objectives, firstObjectives);
      assert.deepEqual(twoRounds.previous?.systems, firstSystems);
      assert.deepEqual(
        compareRounds(twoRounds)?.objectives.map((each) => [each.id, each.change]),
        [
          ['A.2', 30],
          ['A.6', null],
        ],
      );

      const oneRound = byId.get('rq-c')!;
      assert.equal(oneRound.rounds, 1);
      assert.equal(oneRound.latest?.readiness, 12);
      assert.equal(oneRound.previous, null);

      const none = byId.get('rq-b')!;
      assert.equal(none.rounds, 0);
      assert.equal(none.latest, null);
      assert.equal(none.previous, null);
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

    it("step 4 fills in older rows' group figures from their scorecard, and no systems", async () => {
      const database = await target.open();
      try {
        await migrate(database, 3);
        await database.query(
          `INSERT INTO intake_requests (id, token_sha256, supplier, definition_id, definition_version)
           VALUES ('rq-old', 'digest-old', 'Old Supplier', 'iso42001-supplier', '1.0.0')`,
        );
        const withGroups = {
          overall: { readiness: 50, band: 'developing', completion: 1 },
          groups: [
            { id: 'A.2', readiness: 55.5, maturity: 2.5 },
            { id: 'A.6', readiness: null, maturity: null },
          ],
        };
        const withoutGroups = { overall: { readiness: 20, band: 'initial', completion: 1 } };
        const insert = `INSERT INTO intake_responses (id, request_id, round, envelope_sha256,
            submitted, scorecard, readiness, band, completion, signed, key_thumbprint, evidence_files)
          VALUES ($1, 'rq-old', $2, $3, '{}'::jsonb, $4::jsonb, $5, $6, 1, true, null, 0)`;
        await database.query(insert, [
          'rs-old-1',
          1,
          'sha-1',
          JSON.stringify(withoutGroups),
          20,
          'initial',
        ]);
        await database.query(insert, [
          'rs-old-2',
          2,
          'sha-2',
          JSON.stringify(withGroups),
          50,
          'developing',
        ]);
        await database.query(insert, [
          'rs-old-3',
          3,
          'sha-3',
          JSON.stringify({ ...withGroups, groups: [] }),
          50,
          'developing',
        ]);
        assert.deepEqual(await migrate(database, 4), [4]);
        const rows = await database.query(
          'SELECT id, objectives, systems FROM intake_responses ORDER BY round',
        );
        const stored = rows.map((row) => [
          row['id'],
          typeof row['objectives'] === 'string' ? JSON.parse(row['objectives']) : row['objectives'],
          row['systems'],
        ]);
        assert.deepEqual(stored, [
          ['rs-old-1', null, null],
          [
            'rs-old-2',
            [
              { id: 'A.2', readiness: 55.5 },
              { id: 'A.6', readiness: null },
            ],
            null,
          ],
          ['rs-old-3', [], null],
        ]);
        const [entry] = await createRepository(database).portfolio();
        assert.equal(entry?.latest?.round, 3);
        assert.deepEqual(entry?.latest?.objectives, []);
        assert.equal(entry?.latest && 'systems' in entry.latest, false, 'no systems: omitted');
        assert.equal(entry?.previous?.round, 2);
        assert.deepEqual(entry?.previous?.objectives, [
          { id: 'A.2', readiness: 55.5 },
          { id: 'A.6', readiness: null },
        ]);
        assert.deepEqual(checkPortfolio([entry]), []);
      } finally {
        await database.close();
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
