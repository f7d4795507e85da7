// The remediation plan (docs/action-plan.md): golden proposals and their order computed by hand
// from the priority rule, every state a recorded action can be in, "done, gap still open", a gap
// that closes turning its action resolved, overdue, progress, and the border check of
// `response.actions` by path.
import { describe, it, assert } from '../harness.js';
import {
  actionPlan,
  actionPriority,
  actionProposals,
  isOpenEntry,
  parseResponse,
  PLAN_STATES,
  ResponseError,
  safeParseResponse,
  type RecordedAction,
} from '../../src/core.js';
import { PLAN_DEFINITION as D, planResponse } from './action-plan-fixture.js';

const action = (fields: Partial<RecordedAction> = {}): RecordedAction => ({
  id: 'act-1',
  proposal: 'gap:4.1:c4',
  title: 'Write down the context',
  status: 'open',
  ...fields,
});

describe('action plan: proposals', () => {
  it('proposes one action per open item, highest priority first', () => {
    const proposals = actionProposals(D, planResponse());
    // R-1 very-high (5 of 5 levels: riskLevel 1): size 1 × 2 = 2; the policy document is missing
    // and its control links R-1: 1 × 2 = 2 (a risk before a document at equal priority); a2 is
    // 0.6 below target on A.2.2 (linked to R-1): 0.6 × 2 = 1.2; A.3.2 undecided: 1; c4 is 0.4
    // below target at weight 2: 0.8. A.2.2 is below target, so no separate control proposal.
    assert.deepEqual(
      proposals.map((proposal) => [proposal.id, proposal.kind, proposal.reason, proposal.priority]),
      [
        ['risk:R-1', 'risk', 'not-accepted', 2],
        ['document:policy', 'document', 'missing', 2],
        ['gap:A.2.2:a2', 'question', 'below-target', 1.2],
        ['control:A.3.2', 'control', 'undecided', 1],
        ['gap:4.1:c4', 'question', 'below-target', 0.8],
      ],
    );
  });

  it('takes the recommendation as the text and links what it serves', () => {
    const byId = new Map(actionProposals(D, planResponse()).map((p) => [p.id, p]));
    const c4 = byId.get('gap:4.1:c4')!;
    assert.deepEqual(c4.title, { en: 'Write down the context', de: 'Den Kontext festhalten' });
    assert.deepEqual(c4.recommendation, c4.title);
    assert.deepEqual(c4.links, { question: 'c4', requirement: '4.1' });
    assert.equal(c4.group, '4');
    // without a recommendation the question's text is the title
    assert.equal(byId.get('gap:A.2.2:a2')!.title, 'Question a2');
    assert.deepEqual(byId.get('gap:A.2.2:a2')!.links, {
      question: 'a2',
      requirement: 'A.2.2',
      control: 'A.2.2',
    });
    assert.deepEqual(byId.get('risk:R-1')!.links, { risk: 'R-1', control: 'A.2.2' });
    assert.deepEqual(byId.get('document:policy')!.links, {
      document: 'policy',
      requirement: 'A.2.2',
      question: 'a2',
    });
    assert.equal(byId.get('control:A.3.2')!.group, 'A.3');
  });

  it('an accepted residual risk, a decided control and a met target leave no proposal', () => {
    const response = planResponse(
      { c4: { value: '3' }, a2: { value: '3' } },
      {
        soa: {
          'A.2.2': { applicable: true, justification: 'We publish one' },
          'A.3.2': { applicable: true, justification: 'Roles are needed' },
        },
        risks: [
          {
            id: 'R-1',
            title: 'Biased decisions',
            likelihood: 'almost-certain',
            impact: 'severe',
            acceptedBy: 'CEO',
            acceptedAt: '2026-11-30',
          },
        ],
      },
    );
    // a2 at target but no evidence file: the document is without evidence (0.25 × 1)
    assert.deepEqual(
      actionProposals(D, response).map((proposal) => [proposal.id, proposal.priority]),
      [['document:policy', 0.25]],
    );
  });

  it('proposes a decided control that is not implemented, and open gates no item covers', () => {
    const response = planResponse(
      { scope: { value: ' ' }, a3: { value: '0' } },
      {
        soa: {
          'A.2.2': { applicable: true, justification: 'We publish one' },
          'A.3.2': { applicable: true, status: 'planned' },
        },
      },
    );
    const proposals = actionProposals(D, response);
    const ids = proposals.map((proposal) => proposal.id);
    // a3 below target: its question is proposed, not the control; scope unanswered: gate
    assert.ok(ids.includes('gap:A.3.2:a3'));
    assert.ok(!ids.includes('control:A.3.2'));
    assert.ok(ids.includes('gate:answered'), ids.join());
    const gate = proposals.find((proposal) => proposal.id === 'gate:answered')!;
    assert.equal(gate.reason, 'unanswered');
    assert.deepEqual(gate.links, { question: 'scope' });
    // A.3.2 marked planned by its decision while its answer is at target
    const planned = actionProposals(
      D,
      planResponse({}, { soa: { 'A.3.2': { applicable: true, status: 'planned' } } }),
    ).find((proposal) => proposal.id === 'control:A.3.2')!;
    assert.equal(planned.reason, 'not-implemented');
    // readiness of A.3.2 is 60: size 1 − 0.6
    assert.equal(planned.priority, 0.4);
  });

  it('the priority rule is size × (1 + riskLevel), to 4 decimals', () => {
    assert.equal(actionPriority(0.6, 1), 1.2);
    assert.equal(actionPriority(1, 0.4), 1.4);
    assert.equal(actionPriority(1 / 3, 0), 0.3333);
  });
});

describe('action plan: recorded actions and their states', () => {
  const stateOf = (recorded: RecordedAction, answers = {}) => {
    const plan = actionPlan(D, planResponse(answers, { actions: [recorded] }));
    return plan.entries.find((entry) => entry.action?.id === recorded.id)!;
  };

  it('a proposal without an action is proposed', () => {
    const plan = actionPlan(D, planResponse());
    assert.deepEqual(
      plan.entries.map((entry) => entry.state),
      ['proposed', 'proposed', 'proposed', 'proposed', 'proposed'],
    );
    assert.equal(plan.progress.open, 5);
    assert.equal(plan.progress.done, 0);
  });

  it('each status while the gap is open', () => {
    assert.equal(stateOf(action()).state, 'open');
    assert.equal(stateOf(action({ status: 'in-progress' })).state, 'in-progress');
    assert.equal(
      stateOf(action({ status: 'accepted', reason: 'Out of budget' })).state,
      'accepted',
    );
    assert.equal(stateOf(action({ status: 'done' })).state, 'done-open');
    // the entry keeps its place and its proposal
    const entry = stateOf(action({ status: 'done' }));
    assert.equal(entry.id, 'gap:4.1:c4');
    assert.equal(entry.proposal?.id, 'gap:4.1:c4');
  });

  it('a gap that closes turns its action resolved, whatever its status', () => {
    for (const status of ['open', 'in-progress', 'done'] as const) {
      const entry = stateOf(action({ status }), { c4: { value: '3' } });
      assert.equal(entry.state, 'resolved', status);
      assert.equal(entry.proposal, null);
      assert.equal(entry.id, 'gap:4.1:c4');
    }
  });

  it('an action written by hand keeps its own status', () => {
    const manual = action({ id: 'm-1', proposal: undefined, status: 'done' });
    delete manual.proposal;
    const entry = stateOf(manual);
    assert.equal(entry.id, 'action:m-1');
    assert.equal(entry.state, 'done');
  });

  it('overdue: due before today and not finished; progress counts it', () => {
    const late = action({ due: '2026-01-31' });
    const on = (today: string, answers = {}) =>
      actionPlan(D, planResponse(answers, { actions: [late] }), { today });
    const entryOf = (plan: ReturnType<typeof on>) => plan.entries.find((entry) => entry.action)!;
    assert.equal(entryOf(on('2026-01-31')).overdue, false);
    const plan = on('2026-02-01');
    assert.equal(entryOf(plan).overdue, true);
    assert.equal(plan.progress.overdue, 1);
    // resolved is finished: never overdue
    assert.equal(entryOf(on('2026-02-01', { c4: { value: '3' } })).overdue, false);
    // no today, no overdue
    assert.equal(entryOf(actionPlan(D, planResponse({}, { actions: [late] }))).overdue, false);
  });

  it('progress: done, open and every state', () => {
    const plan = actionPlan(
      D,
      planResponse(
        { c4: { value: '3' } },
        {
          actions: [
            action(),
            action({ id: 'act-2', proposal: 'control:A.3.2', status: 'done' }),
            action({ id: 'act-3', proposal: 'risk:R-1', status: 'accepted', reason: 'Insured' }),
          ],
        },
      ),
    );
    assert.deepEqual(plan.progress.states, {
      proposed: 2,
      open: 0,
      'in-progress': 0,
      'done-open': 1,
      accepted: 1,
      done: 0,
      resolved: 1,
    });
    assert.equal(plan.progress.total, 5);
    assert.equal(plan.progress.done, 2);
    assert.equal(plan.progress.open, 3);
    // resolved come last
    assert.equal(plan.entries.at(-1)!.state, 'resolved');
  });

  it('open entries: those that still need work, as the progress counts them', () => {
    const stillToDo = PLAN_STATES.filter((state) => isOpenEntry({ state }));
    assert.deepEqual(stillToDo, ['proposed', 'open', 'in-progress', 'done-open']);
    const plan = actionPlan(
      D,
      planResponse({ c4: { value: '3' } }, { actions: [action({ status: 'in-progress' })] }),
    );
    assert.equal(plan.entries.filter(isOpenEntry).length, plan.progress.open);
  });
});

describe('action plan: the border', () => {
  it('a valid list passes the strict parse', () => {
    const response = planResponse({}, { actions: [action({ due: '2026-03-31' })] });
    assert.deepEqual(parseResponse(response, D), response);
  });

  it('refuses bad actions by path, every one', () => {
    const bad = planResponse(
      {},
      {
        actions: [
          action(),
          action({ id: 'act-0', proposal: undefined, status: 'finished' as never }),
          action({ id: 'act-2', proposal: 'control:A.3.2', status: 'accepted' }),
          action({ proposal: 'risk:R-1' }),
          action({ id: 'act-4' }),
          { id: 'act-5', title: '' } as never,
        ],
      },
    );
    const result = safeParseResponse(bad, D);
    assert.equal(result.success, false);
    const paths = result.success ? [] : result.issues.map((issue) => issue.path);
    assert.deepEqual(paths, [
      'actions[1].status',
      'actions[2].reason',
      'actions[3].id',
      'actions[4].proposal',
      'actions[5].title',
      'actions[5].status',
    ]);
    assert.throws(() => parseResponse(bad, D), ResponseError);
  });

  it('refuses actions that are not a list', () => {
    const result = safeParseResponse(planResponse({}, { actions: {} as never }), D);
    assert.equal(result.success, false);
    assert.ok(!result.success && result.issues.some((issue) => issue.path === 'actions'));
  });
});
