// The server's list route feeds `<aims-supplier-portfolio>` as it is: its `PortfolioEntry` is a
// `PortfolioSupplier` (checked by the compiler below), passes the feed check, and carries what the
// element shows: each round's group figures (the heat columns), the AI systems declared with their
// class, and the round before the latest (the comparison). Its CSV is the element's. Through the
// handler, on PGlite and on PostgreSQL.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { iso42001Supplier } from '../../src/content.js';
import { createEnvelope, type SigningKeyPair } from '../../src/io/envelope.js';
import type { AiSystem } from '../../src/model/ai-system.js';
import { parseDefinition, type AssessmentDefinition } from '../../src/model/index.js';
import type { AssessmentResponse } from '../../src/model/response.js';
import { classifyAiSystem } from '../../src/scoring/ai-act.js';
import {
  checkPortfolio,
  compareRounds,
  isOverdue,
  portfolioToCsv,
  portfolioToday,
  type PortfolioSupplier,
} from '../../src/scoring/portfolio.js';
import { score } from '../../src/scoring/score.js';
import type { Database } from '../../server/database.js';
import { portfolioCsv, type IntakeHandler } from '../../server/handler.js';
import type { PortfolioEntry } from '../../server/repository.js';
import { openTestIntake, TEST_DATABASES } from './databases.js';

const fixture = new URL('../../../../test/fixtures/portfolio.json', import.meta.url);
const { suppliers } = JSON.parse(readFileSync(fixture, 'utf8')) as {
  suppliers: PortfolioEntry[];
};

describe("the server's portfolio as the element's feed", () => {
  it('is structurally a PortfolioSupplier list and passes the check', () => {
    const asFeed: readonly PortfolioSupplier[] = suppliers;
    assert.deepEqual(checkPortfolio(asFeed), []);
  });
  it("marks the same requests overdue in the server's CSV as the core", () => {
    const today = '2026-12-01';
    const lines = portfolioCsv(suppliers, today).trim().split('\r\n').slice(1);
    const serverOverdue = lines.map((line) => line.split(',')[5] === 'overdue');
    const coreOverdue = suppliers.map((entry) => isOverdue(entry, today));
    assert.deepEqual(coreOverdue, serverOverdue);
    assert.deepEqual(coreOverdue, [false, true, false, false]);
  });
});

const API_KEY = 'buyer-key-for-feed-tests';
const BASE = 'http://intake.test';
const supplierPack: AssessmentDefinition = parseDefinition(iso42001Supplier);

/** Two systems whose class the EU AI Act triage settles: a CV screener and a support chatbot. */
const SYSTEMS: AiSystem[] = [
  {
    id: 'sys-cv',
    name: 'CV screener',
    roles: ['deployer'],
    triage: {
      prohibited: 'none',
      'annex-i': 'no',
      'annex-iii': ['annex-iii-4-a'],
      transparency: 'none',
      profiling: 'yes',
      'fria-public': 'no',
    },
  },
  {
    id: 'sys-chat',
    name: 'Support chatbot',
    roles: ['provider'],
    triage: {
      prohibited: 'none',
      'annex-i': 'no',
      'annex-iii': 'none',
      transparency: ['art-50-1'],
    },
  },
];

/**
 * A supplier response: its texts and choices answered, and "Yes" (the option that needs no
 * justification) on every `share`-th scale question, so rounds differ in their group figures.
 */
function supplierResponse(share: number, systems?: AiSystem[]): AssessmentResponse {
  const answers: AssessmentResponse['answers'] = {};
  const questions = supplierPack.sections.flatMap((section) => section.questions);
  questions.forEach((question, index) => {
    if (question.type === 'text') answers[question.id] = { value: 'Feed Test Ltd' };
    const options =
      question.type === 'scale'
        ? supplierPack.scales.find((scale) => scale.id === question.scale)!.options
        : (question.options ?? []);
    const plain = options.filter((option) => !option.na && !option.requiresJustification);
    if (question.type === 'choice' && plain[0]) answers[question.id] = { value: plain[0].id };
    if (question.type === 'scale' && plain[0] && index % share === 0)
      answers[question.id] = { value: plain[0].id };
  });
  return {
    format: 'aimskit.response/1',
    definition: { id: supplierPack.id, version: supplierPack.version },
    answers,
    ...(systems ? { systems } : {}),
  };
}

/** What the feed should carry for a response: its scorecard's groups, titled by the pack. */
function expectedObjectives(response: AssessmentResponse) {
  return score(supplierPack, response).groups.map((group) => {
    const title = supplierPack.groups?.find((each) => each.id === group.id)?.title;
    return { id: group.id, ...(title ? { title } : {}), readiness: group.readiness };
  });
}

for (const target of TEST_DATABASES) {
  describe(`the portfolio route's rounds, figures and systems on ${target.name}`, () => {
    let database: Database;
    let handler: IntakeHandler;
    let signing: SigningKeyPair;
    const firstRound = supplierResponse(3);
    const secondRound = supplierResponse(1, SYSTEMS);

    const call = (path: string, init: RequestInit = {}) =>
      handler(
        new Request(`${BASE}${path}`, {
          ...init,
          headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
        }),
      );
    async function newRequest(
      supplier: string,
    ): Promise<{ request: { id: string }; token: string }> {
      const created = await call('/api/requests', {
        method: 'POST',
        body: JSON.stringify({
          definition: { id: supplierPack.id, version: supplierPack.version },
          supplier,
          dueDate: '2020-01-31',
        }),
      });
      assert.equal(created.status, 201);
      return (await created.json()) as { request: { id: string }; token: string };
    }
    async function submit(token: string, response: AssessmentResponse) {
      const envelope = await createEnvelope(supplierPack, response, { sign: signing });
      const answer = await handler(
        new Request(`${BASE}/api/submissions/${token}`, {
          method: 'POST',
          body: JSON.stringify(envelope),
        }),
      );
      assert.equal(answer.status, 201, await answer.clone().text());
    }
    async function listed(): Promise<PortfolioEntry[]> {
      const answer = await call('/api/portfolio');
      assert.equal(answer.status, 200);
      return ((await answer.json()) as { suppliers: PortfolioEntry[] }).suppliers;
    }

    before(async () => {
      ({ database, handler, signing } = await openTestIntake(target, [supplierPack], API_KEY));
      const twice = await newRequest('Two Rounds Ltd');
      await submit(twice.token, firstRound);
      await submit(twice.token, secondRound);
      const once = await newRequest('One Round GmbH');
      await submit(once.token, firstRound);
      await newRequest('Silent Supplier');
    });
    after(async () => database?.close());

    it("carries the latest round's group figures and systems, and the round before", async () => {
      const portfolio = await listed();
      assert.deepEqual(checkPortfolio(portfolio), []);
      const entry = portfolio.find((each) => each.request.supplier === 'Two Rounds Ltd')!;
      assert.equal(entry.rounds, 2);
      assert.equal(entry.latest?.round, 2);
      assert.equal(entry.previous?.round, 1);

      const latestObjectives = expectedObjectives(secondRound);
      assert.ok(latestObjectives.length > 1, 'the supplier pack scores several groups');
      assert.ok(
        latestObjectives.every((objective) => objective.title),
        'the pack titles them',
      );
      assert.deepEqual(entry.latest?.objectives, latestObjectives);
      assert.deepEqual(entry.previous?.objectives, expectedObjectives(firstRound));

      assert.deepEqual(entry.latest?.systems, [
        { name: 'CV screener', class: 'high' },
        { name: 'Support chatbot', class: 'limited' },
      ]);
      assert.deepEqual(
        entry.latest?.systems?.map((system) => system.class),
        SYSTEMS.map((system) => classifyAiSystem(system).riskClass),
      );
      assert.deepEqual(entry.previous?.systems, [], 'the first round declared none');

      const comparison = compareRounds(entry);
      assert.equal(comparison?.latestRound, 2);
      assert.ok(
        comparison?.objectives.some((objective) => (objective.change ?? 0) > 0),
        'answering more raises some group',
      );
    });

    it('gives no previous round to a supplier with one round, nor to one with none', async () => {
      const portfolio = await listed();
      const once = portfolio.find((each) => each.request.supplier === 'One Round GmbH')!;
      assert.equal(once.rounds, 1);
      assert.deepEqual(once.latest?.objectives, expectedObjectives(firstRound));
      assert.equal(once.previous, null);
      assert.equal(compareRounds(once), null);
      const silent = portfolio.find((each) => each.request.supplier === 'Silent Supplier')!;
      assert.equal(silent.rounds, 0);
      assert.equal(silent.latest, null);
      assert.equal(silent.previous, null);
    });

    it("exports the element's CSV: a column per group, the systems with their class", async () => {
      const answer = await call('/api/portfolio.csv');
      assert.equal(answer.status, 200);
      const text = await answer.text();
      assert.equal(text, portfolioToCsv(await listed(), portfolioToday()));
      const [header, ...lines] = text.trimEnd().split('\r\n');
      const columns = header!.split(',');
      for (const objective of expectedObjectives(secondRound))
        assert.ok(columns.includes(`objective_${objective.id}`), `objective_${objective.id}`);
      const twice = lines.find((line) => line.includes('Two Rounds Ltd'))!;
      assert.ok(twice.includes('CV screener (high); Support chatbot (limited)'), twice);
      const silent = lines.find((line) => line.includes('Silent Supplier'))!;
      assert.equal(silent.split(',')[columns.indexOf('status')], 'overdue');
    });
  });
}
