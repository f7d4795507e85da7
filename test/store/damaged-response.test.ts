// A response record damaged on disk loses only its damaged pieces (real IndexedDB, raw writes).
import { expect } from '@open-wc/testing';
import { openIndexedDbStore } from '../../src/store/index.js';
import { openSession } from '../../src/session/index.js';
import { definition, freshName, rawOpen, rawPut } from './helpers.js';

const risk = (id: string, likelihood: unknown) => ({
  id,
  title: `Risk ${id}`,
  likelihood,
  impact: 'minor',
});

describe('IndexedDB store: a damaged response record', () => {
  it('keeps every well-formed answer, risk, SoA decision and review, and names each damaged one', async () => {
    const name = freshName('damaged');
    (await openIndexedDbStore({ name })).close();
    const db = await rawOpen(name);
    await rawPut(db, 'responses', [
      {
        assessment: 'a1',
        response: {
          format: 'aimskit.response/1',
          definition: { id: definition.id, version: '1.0.0' },
          answers: {
            q1: { value: '2', comment: 'fine' },
            q2: { value: { broken: true } },
            notes: { value: 'kept text' },
          },
          risks: [risk('r1', 'likely'), risk('r2', 7)],
          soa: { 'A.1': { applicable: 'yes please' } },
          review: { q1: { state: 'accepted' } },
        },
      },
    ]);
    db.close();

    const s = await openIndexedDbStore({ name });
    const loaded = await s.loadResponse('a1');
    expect(loaded?.answers).to.deep.equal({
      q1: { value: '2', comment: 'fine' },
      notes: { value: 'kept text' },
    });
    expect(loaded?.risks?.map((r) => r.id)).to.deep.equal(['r1']);
    expect(loaded?.soa).to.deep.equal({});
    expect(loaded?.review).to.deep.equal({ q1: { state: 'accepted' } });
    const problems = s.takeProblems();
    expect(problems.map((p) => p.key)).to.deep.equal([
      'responses/a1',
      'responses/a1',
      'responses/a1',
    ]);
    expect(problems.map((p) => p.message.split(':')[0])).to.deep.equal([
      'response.answers.q2.value',
      'response.risks[1].likelihood',
      'response.soa["A.1"].applicable',
    ]);
    s.close();
  });

  it('a session on it shows the rest, reports the damage, and the next save writes the repaired record', async () => {
    const name = freshName('damaged-session');
    (await openIndexedDbStore({ name })).close();
    const db = await rawOpen(name);
    await rawPut(db, 'assessments', [
      {
        id: 'a2',
        title: 'A2',
        definition: { id: definition.id, version: '1.0.0' },
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
      },
    ]);
    await rawPut(db, 'responses', [
      {
        assessment: 'a2',
        response: {
          format: 'aimskit.response/1',
          definition: { id: definition.id, version: '1.0.0' },
          answers: { q1: { value: '1' }, q3: { value: ['x'], evidence: 'gone' } },
        },
      },
    ]);
    db.close();

    const s = await openIndexedDbStore({ name });
    const session = await openSession({ definition, store: s, key: 'a2', autosaveMs: 5 });
    expect(session.state.response.answers.q1?.value).to.equal('1');
    expect(session.state.response.answers.q3).to.equal(undefined);
    expect(session.state.storage.state).to.equal('error');
    expect(session.state.storage.problems?.map((p) => p.key)).to.deep.equal(['responses/a2']);
    expect(session.state.storage.problems?.[0]?.message).to.contain('answers.q3');
    session.dispatch({ type: 'answer', question: 'q2', value: '0' });
    await session.flush();
    expect(session.state.storage.state).to.equal('saved');
    session.close();
    s.close();

    const again = await openIndexedDbStore({ name });
    const reread = await again.loadResponse('a2');
    expect(Object.keys(reread?.answers ?? {}).sort()).to.deep.equal(['q1', 'q2']);
    expect(again.takeProblems()).to.deep.equal([]);
    again.close();
  });
});
