import { describe, it, assert } from '../harness.js';
import {
  emptyResponse,
  hasScopeFromSystems,
  scopeFromSystems,
  visibleQuestions,
  withScopeFromSystems,
  type AiSystem,
  type AssessmentResponse,
} from '../../src/core.js';
import { iso42001 } from '../../src/content.js';

const finished = {
  prohibited: 'none',
  'annex-i': 'no',
  'annex-iii': 'none',
  transparency: 'none',
};
const cvScreening = { ...finished, 'annex-iii': ['annex-iii-4-a'], profiling: 'yes' };

const system = (id: string, overrides: Partial<AiSystem>): AiSystem => ({
  id,
  name: `System ${id}`,
  roles: ['deployer'],
  triage: finished,
  ...overrides,
});

/** The response with these systems and the scope derived from them. */
const scoped = (systems: AiSystem[], base?: AssessmentResponse): AssessmentResponse =>
  withScopeFromSystems(iso42001, { ...(base ?? emptyResponse(iso42001)), systems });

const FRIA = 'a5-4-fundamental-rights';
const CUSTOMERS = 'a10-4-customers';
const HIGH_RISK_OVERSIGHT = 'a9-4-high-risk-oversight';

describe("The questionnaire's scope from the inventory", () => {
  it('a high-risk provider system answers the roles and high-risk, and shows the provider questions', () => {
    const response = scoped([
      system('AI-1', {
        name: 'CV ranker',
        purpose: 'ranks applicants',
        roles: ['provider'],
        triage: cvScreening,
      }),
    ]);
    assert.deepEqual(response.answers['scope-roles']?.value, ['developer', 'provider']);
    assert.equal(response.answers['scope-high-risk']?.value, 'yes');
    assert.equal(response.answers['scope-systems']?.value, 'CV ranker (ranks applicants)');
    assert.deepEqual(
      response.answers['scope-deployer']?.value,
      ['none'],
      'no deployer: Art. 27 binds for none',
    );
    const visible = visibleQuestions(iso42001, response);
    assert.ok(visible.has(CUSTOMERS), 'provider questions shown');
    assert.ok(visible.has(HIGH_RISK_OVERSIGHT), 'high-risk questions shown');
    assert.ok(!visible.has(FRIA), 'no deployer: no fundamental rights question');
  });

  it('a private employer deploying a CV-screening tool: no FRIA question (Art. 27 does not bind)', () => {
    const response = scoped([system('AI-1', { triage: { ...cvScreening, 'fria-public': 'no' } })]);
    assert.deepEqual(response.answers['scope-roles']?.value, ['user']);
    assert.equal(response.answers['scope-high-risk']?.value, 'yes');
    assert.deepEqual(response.answers['scope-deployer']?.value, ['none']);
    const visible = visibleQuestions(iso42001, response);
    assert.ok(!visible.has(FRIA));
    assert.ok(!visible.has(CUSTOMERS), 'only a user: the provider questions go');
  });

  it('a public body deploying it: the FRIA question shows (Art. 27(1))', () => {
    const response = scoped([system('AI-1', { triage: { ...cvScreening, 'fria-public': 'yes' } })]);
    assert.deepEqual(response.answers['scope-deployer']?.value, ['public-body']);
    assert.ok(visibleQuestions(iso42001, response).has(FRIA));
  });

  it('credit scoring binds Art. 27 for any deployer; the user keeps "public service" over "public body"', () => {
    const before = emptyResponse(iso42001);
    before.answers['scope-deployer'] = { value: ['public-service'], comment: 'kept' };
    const response = scoped(
      [
        system('AI-1', { triage: { ...cvScreening, 'fria-public': 'yes' } }),
        system('AI-2', {
          triage: { ...finished, 'annex-iii': ['annex-iii-5-b'], profiling: 'yes' },
        }),
      ],
      before,
    );
    assert.deepEqual(response.answers['scope-deployer'], {
      value: ['public-service', 'credit'],
      comment: 'kept',
    });
    assert.ok(visibleQuestions(iso42001, response).has(FRIA));
  });

  it("while the Art. 27 question of the triage is open, the user's answer stands", () => {
    const before = emptyResponse(iso42001);
    before.answers['scope-deployer'] = { value: ['insurance'] };
    const response = scoped([system('AI-1', { triage: cvScreening })], before);
    assert.deepEqual(response.answers['scope-deployer']?.value, ['insurance']);
  });

  it('minimal systems rule out high-risk: the high-risk and FRIA questions go', () => {
    const response = scoped([system('AI-1', {}), system('AI-2', { roles: ['distributor'] })]);
    assert.deepEqual(response.answers['scope-roles']?.value, ['provider', 'user']);
    assert.equal(response.answers['scope-high-risk']?.value, 'no');
    const visible = visibleQuestions(iso42001, response);
    assert.ok(!visible.has(HIGH_RISK_OVERSIGHT));
    assert.ok(!visible.has(FRIA));
  });

  it('an undetermined system makes high-risk "not sure"; a high-risk one wins over it', () => {
    const open = system('AI-1', { triage: { prohibited: 'none' } });
    assert.equal(scoped([open]).answers['scope-high-risk']?.value, 'unsure');
    const high = system('AI-2', { roles: ['provider'], triage: cvScreening });
    assert.equal(scoped([open, high]).answers['scope-high-risk']?.value, 'yes');
  });

  it('without systems nothing is derived and the same response comes back', () => {
    const response = emptyResponse(iso42001);
    response.answers['scope-roles'] = { value: ['user'] };
    assert.deepEqual(scopeFromSystems(iso42001, []), {});
    assert.equal(
      withScopeFromSystems(iso42001, { ...response, systems: [] }).answers,
      response.answers,
    );
  });

  it('a definition without the scope questions gets no answers', () => {
    const small = {
      ...iso42001,
      sections: iso42001.sections.filter((section) => section.id !== 'scope'),
    };
    assert.deepEqual(scopeFromSystems(small, [system('AI-1', {})]), {});
    assert.equal(hasScopeFromSystems(small), false);
    assert.equal(hasScopeFromSystems(iso42001), true);
  });

  it('a second run changes nothing (the inventory dispatches only when the scope moves)', () => {
    const once = scoped([system('AI-1', { roles: ['provider'], triage: cvScreening })]);
    assert.equal(withScopeFromSystems(iso42001, once), once);
  });
});
