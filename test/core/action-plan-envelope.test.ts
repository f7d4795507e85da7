// The envelope seals the action plan's states when the sealer passes them (sealedPlan) and
// verifyEnvelope re-derives them: a changed state is caught even when the digest was recomputed to
// match; envelopes without a plan seal as before.
import { describe, it, assert } from '../harness.js';
import {
  canonicalJson,
  createBundle,
  createEnvelope,
  openBundle,
  sha256Base64Url,
  sha256Hex,
  sealedPlan,
  verifyEnvelope,
  type Envelope,
} from '../../src/core.js';
import { PLAN_DEFINITION as D, planResponse } from './action-plan-fixture.js';

type Mutable = Record<string, any>;

/** The envelope with its content changed by `change`, and its digest recomputed to match. */
async function tampered(envelope: Envelope, change: (copy: Mutable) => void): Promise<Mutable> {
  const copy = JSON.parse(JSON.stringify(envelope)) as Mutable;
  change(copy);
  const sealed: Mutable = {
    definition: copy.definition,
    response: copy.response,
    scorecard: copy.scorecard,
  };
  if (copy.plan !== undefined) sealed.plan = copy.plan;
  copy.sha256 = await sha256Base64Url(canonicalJson(sealed));
  return copy;
}

const withActions = planResponse(
  {},
  {
    actions: [
      { id: 'act-1', proposal: 'gap:4.1:c4', title: 'Write the context', status: 'done' },
      { id: 'act-2', proposal: 'risk:R-1', title: 'Treat R-1', status: 'in-progress' },
    ],
  },
);

describe('envelope: the action plan is re-derived', () => {
  it('seals each entry with its state and verifies it', async () => {
    const envelope = await createEnvelope(D, withActions, {
      now: () => new Date(0),
      plan: sealedPlan(D, withActions),
    });
    assert.deepEqual(envelope.plan, [
      { id: 'risk:R-1', action: 'act-2', state: 'in-progress' },
      { id: 'document:policy', action: null, state: 'proposed' },
      { id: 'gap:A.2.2:a2', action: null, state: 'proposed' },
      { id: 'control:A.3.2', action: null, state: 'proposed' },
      { id: 'gap:4.1:c4', action: 'act-1', state: 'done-open' },
    ]);
    const result = await verifyEnvelope(envelope, D);
    assert.equal(result.ok, true, JSON.stringify(result.problems));
    assert.deepEqual(result.plan, envelope.plan);
  });

  it('catches a changed state, with its path', async () => {
    const envelope = await createEnvelope(D, withActions, { plan: sealedPlan(D, withActions) });
    const changed = await tampered(envelope, (copy) => {
      copy.plan[4].state = 'resolved';
    });
    const result = await verifyEnvelope(changed, D);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((problem) => problem.path),
      ['plan[4].state'],
    );
  });

  it('a plan is optional; when one is carried it must be the derived one', async () => {
    // sealed without a plan (a page that shows none): verifies, the actions are in the response
    const bare = await createEnvelope(D, withActions);
    assert.equal(bare.plan, undefined);
    assert.equal((await verifyEnvelope(bare, D)).ok, true);
    // a plan added to an envelope without actions is caught
    const plain = await createEnvelope(D, planResponse());
    const added = await tampered(plain, (copy) => {
      copy.plan = [];
    });
    assert.deepEqual(
      (await verifyEnvelope(added, D)).problems.map((problem) => problem.path),
      ['plan'],
    );
    // a wrong plan passed by the sealer is caught on verification
    const wrong = sealedPlan(D, withActions)!.map((entry) => ({
      ...entry,
      state: 'open' as const,
    }));
    const sealedWrong = await createEnvelope(D, withActions, { plan: wrong });
    assert.deepEqual(
      (await verifyEnvelope(sealedWrong, D)).problems.map((problem) => problem.path),
      ['plan[0].state'],
    );
  });

  it('a status changed in the response changes the sealed plan', async () => {
    const envelope = await createEnvelope(D, withActions, { plan: sealedPlan(D, withActions) });
    const changed = await tampered(envelope, (copy) => {
      copy.response.actions[0].status = 'open';
    });
    const result = await verifyEnvelope(changed, D);
    assert.deepEqual(
      result.problems.map((problem) => problem.path),
      ['plan[4].state'],
    );
  });

  it('refuses to seal a response with a bad action', async () => {
    const bad = planResponse({}, { actions: [{ id: 'a', title: 'x', status: 'late' as never }] });
    await assert.rejects(() => createEnvelope(D, bad), /Invalid assessment response/);
  });
});

describe('bundle: the action plan travels with its evidence', () => {
  it('carries the files an action names and verifies them', async () => {
    const bytes = new TextEncoder().encode('minutes of the review');
    const sha256 = await sha256Hex(bytes);
    const evidence = {
      id: 'ev-1',
      name: 'minutes.txt',
      type: 'text/plain',
      size: bytes.length,
      sha256,
    };
    const response = planResponse(
      {},
      {
        actions: [
          {
            id: 'act-1',
            proposal: 'gap:4.1:c4',
            title: 'Context',
            status: 'done',
            evidence: [evidence],
          },
        ],
      },
    );
    const bundle = await createBundle(
      D,
      response,
      async (id) => (id === 'ev-1' ? new Blob([bytes]) : undefined),
      { plan: sealedPlan(D, response) },
    );
    assert.deepEqual(
      bundle.files.map((file) => file.id),
      ['ev-1'],
    );
    const opened = await openBundle(JSON.stringify(bundle), D);
    assert.deepEqual(opened.missing, []);
    assert.equal(opened.files.length, 1);
    assert.equal(opened.envelope.plan?.at(-1)?.state, 'done-open');
  });
});
