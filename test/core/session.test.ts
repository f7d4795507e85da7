import { describe, it, assert } from '../harness.js';
import {
  createSession,
  openSession,
  mergeResponses,
  SessionActionError,
  missingJustifications,
} from '../../src/session/index.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { sha256Hex } from '../../src/util/bytes.js';
import type { AssessmentSession, SessionSnapshot } from '../../src/session/index.js';
import { parseDefinition } from '../../src/model/parse.js';
import { emptyResponse, type AssessmentResponse } from '../../src/model/response.js';

const ok: (value: unknown, message?: string) => void = assert.ok;

const definition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'demo',
  version: '1.0.0',
  title: 'Demo',
  scales: [
    {
      id: 'm',
      options: [
        { id: '0', label: 'None', value: 0 },
        { id: '1', label: 'Some', value: 0.5 },
        { id: '2', label: 'Full', value: 1 },
        { id: 'na', label: 'N/A', na: true },
      ],
    },
  ],
  requirements: [
    { id: 'A.1', title: 'Control one', kind: 'control', group: 'A' },
    { id: 'A.2', title: 'Control two', kind: 'control', group: 'A' },
  ],
  sections: [
    {
      id: 's1',
      title: 'One',
      questions: [
        { id: 'q1', type: 'scale', scale: 'm', text: 'Q1', requirement: 'A.1' },
        { id: 'q2', type: 'scale', scale: 'm', text: 'Q2', requirement: 'A.2' },
        {
          id: 'role',
          type: 'multi',
          text: 'Role',
          options: [
            { id: 'dev', label: 'Developer' },
            { id: 'user', label: 'User' },
          ],
        },
        {
          id: 'dev-only',
          type: 'choice',
          text: 'Only developers',
          showIf: "{role} contains 'dev'",
          options: [
            { id: 'y', label: 'Yes', value: 1 },
            { id: 'n', label: 'No', value: 0 },
          ],
        },
        { id: 'notes', type: 'text', text: 'Notes', comments: false, attachments: false },
        { id: 'staff', type: 'number', text: 'Staff', min: 0, max: 100 },
        { id: 'when', type: 'date', text: 'When' },
      ],
    },
  ],
  riskMatrix: {
    likelihood: [
      { id: 'rare', label: 'Rare' },
      { id: 'likely', label: 'Likely' },
    ],
    impact: [
      { id: 'minor', label: 'Minor' },
      { id: 'major', label: 'Major' },
    ],
    levels: [
      { id: 'low', label: 'Low' },
      { id: 'high', label: 'High' },
    ],
    grid: [
      [0, 0],
      [0, 1],
    ],
    appetite: 'low',
  },
});

/** A clock that advances one second per reading. */
function clock(start = Date.UTC(2026, 10, 27, 10)) {
  let t = start;
  return () => {
    t += 1000;
    return new Date(t);
  };
}

const make = (response?: AssessmentResponse): AssessmentSession =>
  createSession({ definition, response, now: clock() });
const sha = 'a'.repeat(64);
const ev = (id: string) => ({
  id,
  name: `${id}.pdf`,
  type: 'application/pdf',
  size: 10,
  sha256: sha,
});
const risk = { id: 'R-1', title: 'Bias', likelihood: 'likely', impact: 'major', controls: ['A.1'] };

describe('session: actions', () => {
  it('answers, stamping the answer and the response with the clock', () => {
    const s = createSession({ definition, now: () => '2026-11-27T10:00:00.000Z' });
    const snap = s.dispatch({ type: 'answer', question: 'q1', value: '2' });
    assert.deepEqual(snap.response.answers.q1, {
      value: '2',
      updatedAt: '2026-11-27T10:00:00.000Z',
    });
    assert.equal(snap.response.updatedAt, '2026-11-27T10:00:00.000Z');
    assert.equal(snap.revision, 1);
    assert.equal(s.state, snap);
  });

  it('accepts every question type with a fitting value', () => {
    const s = make();
    s.dispatch({ type: 'answer', question: 'role', value: ['dev', 'user'] });
    s.dispatch({ type: 'answer', question: 'dev-only', value: 'y' });
    s.dispatch({ type: 'answer', question: 'notes', value: 'free text' });
    s.dispatch({ type: 'answer', question: 'staff', value: 12 });
    s.dispatch({ type: 'answer', question: 'when', value: '2026-01-31' });
    const a = s.state.response.answers;
    assert.deepEqual(
      [a.role?.value, a['dev-only']?.value, a.notes?.value, a.staff?.value, a.when?.value],
      [['dev', 'user'], 'y', 'free text', 12, '2026-01-31'],
    );
    assert.equal(s.state.revision, 5);
  });

  it('accepts N/A without a justification, then takes it with justify; submit checks name the gap', () => {
    const s = make();
    s.dispatch({ type: 'answer', question: 'q2', value: 'na' });
    const missing = missingJustifications(definition, s.state.response);
    assert.deepEqual(
      missing.map((i) => i.path),
      ['answers.q2.justification'],
    );
    s.dispatch({ type: 'justify', question: 'q2', justification: 'No such systems.' });
    assert.equal(s.state.response.answers.q2?.justification, 'No such systems.');
    assert.equal(s.state.response.answers.q2?.value, 'na');
    assert.equal(missingJustifications(definition, s.state.response).length, 0);
  });

  it('clears an answer but keeps its comment', () => {
    const s = make();
    s.dispatch({ type: 'answer', question: 'q1', value: '1' });
    s.dispatch({ type: 'comment', question: 'q1', comment: 'see policy' });
    s.dispatch({ type: 'clear', question: 'q1' });
    assert.equal(s.state.response.answers.q1?.value, undefined);
    assert.equal(s.state.response.answers.q1?.comment, 'see policy');
    s.dispatch({ type: 'comment', question: 'q1', comment: '' });
    s.dispatch({ type: 'clear', question: 'q2' });
    assert.equal(s.state.response.answers.q1?.comment, undefined);
    assert.equal(s.state.revision, 4, 'clearing an unanswered question changes nothing');
  });

  it('adds and removes evidence references', () => {
    const s = make();
    s.dispatch({ type: 'evidence-add', question: 'q1', evidence: ev('e1') });
    s.dispatch({ type: 'evidence-add', question: 'q1', evidence: ev('e2') });
    assert.deepEqual(
      s.state.response.answers.q1?.evidence?.map((e) => e.id),
      ['e1', 'e2'],
    );
    s.dispatch({ type: 'evidence-remove', question: 'q1', evidence: 'e1' });
    assert.deepEqual(
      s.state.response.answers.q1?.evidence?.map((e) => e.id),
      ['e2'],
    );
  });

  it('adds, updates and removes risks, stamping each', () => {
    const s = createSession({ definition, now: () => '2026-11-27T11:00:00.000Z' });
    s.dispatch({ type: 'risk-add', risk });
    assert.equal(s.state.response.risks?.[0]?.updatedAt, '2026-11-27T11:00:00.000Z');
    s.dispatch({ type: 'risk-update', risk: { ...risk, residualLikelihood: 'rare' } });
    assert.equal(s.state.response.risks?.[0]?.residualLikelihood, 'rare');
    s.dispatch({ type: 'risk-remove', id: 'R-1' });
    assert.equal(s.state.response.risks?.length, 0);
  });

  it('records and removes SoA decisions, reviews and meta', () => {
    const s = make();
    s.dispatch({
      type: 'soa',
      control: 'A.2',
      decision: { applicable: false, justification: 'Out of scope' },
    });
    assert.equal(s.state.response.soa?.['A.2']?.applicable, false);
    ok(s.state.response.soa?.['A.2']?.updatedAt);
    s.dispatch({ type: 'soa', control: 'A.2', decision: null });
    assert.equal(s.state.response.soa?.['A.2'], undefined);
    s.dispatch({
      type: 'review',
      question: 'q1',
      review: { state: 'follow-up', note: 'evidence?' },
    });
    assert.equal(s.state.response.review?.q1?.state, 'follow-up');
    s.dispatch({ type: 'meta', meta: { organisation: 'Acme' } });
    assert.equal(s.state.response.meta?.organisation, 'Acme');
  });

  it('resets and replaces', () => {
    const s = make();
    s.dispatch({ type: 'answer', question: 'q1', value: '2' });
    s.dispatch({ type: 'reset' });
    assert.deepEqual(s.state.response.answers, {});
    const other: AssessmentResponse = {
      ...emptyResponse(definition),
      answers: { q2: { value: '1' } },
    };
    s.dispatch({ type: 'replace', response: other });
    assert.equal(s.state.response.answers.q2?.value, '1');
    assert.equal(s.state.response.answers.q1, undefined);
  });
});

describe('session: rejected actions leave state unchanged', () => {
  const cases: [string, Parameters<AssessmentSession['dispatch']>[0], string][] = [
    ['unknown question', { type: 'answer', question: 'nope', value: '1' }, 'answers.nope'],
    ['unknown option', { type: 'answer', question: 'q1', value: '7' }, 'answers.q1.value'],
    [
      'wrong value type',
      { type: 'answer', question: 'staff', value: 'many' },
      'answers.staff.value',
    ],
    [
      'number out of range',
      { type: 'answer', question: 'staff', value: 1000 },
      'answers.staff.value',
    ],
    ['bad date', { type: 'answer', question: 'when', value: 'tomorrow' }, 'answers.when.value'],
    [
      'multi with an unknown option',
      { type: 'answer', question: 'role', value: ['dev', 'cook'] },
      'answers.role.value[1]',
    ],
    [
      'comment where none is taken',
      { type: 'comment', question: 'notes', comment: 'x' },
      'answers.notes',
    ],
    [
      'malformed evidence',
      { type: 'evidence-add', question: 'q1', evidence: { ...ev('e1'), sha256: 'xyz' } },
      'answers.q1.evidence[0].sha256',
    ],
    [
      'removing missing evidence',
      { type: 'evidence-remove', question: 'q1', evidence: 'e9' },
      'answers.q1.evidence',
    ],
    ['malformed risk', { type: 'risk-add', risk: { ...risk, title: '' } }, 'risks[0].title'],
    [
      'risk with an unknown likelihood',
      { type: 'risk-add', risk: { ...risk, likelihood: 'often' } },
      'risks[0].likelihood',
    ],
    [
      'risk with an unknown control',
      { type: 'risk-add', risk: { ...risk, controls: ['A.9'] } },
      'risks[0].controls[0]',
    ],
    ['updating a missing risk', { type: 'risk-update', risk: { ...risk, id: 'R-9' } }, 'risks'],
    [
      'unknown control',
      { type: 'soa', control: 'A.9', decision: { applicable: true } },
      'soa["A.9"]',
    ],
    [
      'excluding a control without a justification',
      { type: 'soa', control: 'A.2', decision: { applicable: false } },
      'soa["A.2"].justification',
    ],
    [
      'excluding a control with a blank justification',
      { type: 'soa', control: 'A.2', decision: { applicable: false, justification: ' \n ' } },
      'soa["A.2"].justification',
    ],
    [
      'bad review state',
      { type: 'review', question: 'q1', review: { state: 'maybe' as 'accepted' } },
      'review.q1.state',
    ],
    [
      'replace with another definition',
      { type: 'replace', response: { ...emptyResponse({ id: 'other', version: '1' }) } },
      'definition.id',
    ],
  ];
  for (const [name, action, path] of cases) {
    it(name, () => {
      const s = make();
      s.dispatch({ type: 'answer', question: 'q1', value: '1' });
      const before = s.state;
      let calls = 0;
      s.subscribe(() => calls++);
      const e = assert.throws(() => s.dispatch(action), SessionActionError);
      ok(
        e.issues.some((i) => i.path === path),
        `issues ${JSON.stringify(e.issues)} name ${path}`,
      );
      assert.equal(s.state, before);
      assert.equal(calls, 0);
    });
  }
});

describe('session: SoA exclusions need a justification', () => {
  it('refuses an exclusion without one, with a message that says so', () => {
    const s = make();
    const e = assert.throws(
      () => s.dispatch({ type: 'soa', control: 'A.2', decision: { applicable: false } }),
      SessionActionError,
    );
    assert.deepEqual(e.issues, [
      { path: 'soa["A.2"].justification', message: 'excluding a control needs a justification' },
    ]);
    assert.match(e.message, /excluding a control needs a justification/);
    assert.equal(s.state.response.soa?.['A.2'], undefined);
  });

  it('accepts an exclusion with a justification, and decisions that exclude nothing', () => {
    const s = make();
    s.dispatch({ type: 'soa', control: 'A.2', decision: { applicable: true } });
    s.dispatch({ type: 'soa', control: 'A.2', decision: { owner: 'CISO' } });
    s.dispatch({
      type: 'soa',
      control: 'A.2',
      decision: { applicable: false, justification: 'Out of scope' },
    });
    assert.equal(s.state.response.soa?.['A.2']?.justification, 'Out of scope');
  });
});

describe('session: undo, redo, subscribe', () => {
  it('undoes and redoes, and a new change clears redo', () => {
    const s = make();
    s.dispatch({ type: 'answer', question: 'q1', value: '1' });
    s.dispatch({ type: 'answer', question: 'q1', value: '2' });
    ok(s.undo());
    assert.equal(s.state.response.answers.q1?.value, '1');
    ok(s.state.canRedo);
    ok(s.redo());
    assert.equal(s.state.response.answers.q1?.value, '2');
    s.undo();
    s.dispatch({ type: 'answer', question: 'q2', value: '0' });
    assert.equal(s.state.canRedo, false);
    assert.equal(s.redo(), false);
    s.undo();
    s.undo();
    assert.equal(s.state.response.answers.q1, undefined);
    assert.equal(s.undo(), false);
  });

  it('keeps a bounded history', () => {
    const s = createSession({ definition, now: clock(), historyLimit: 3 });
    for (const v of ['0', '1', '2', '0', '1'])
      s.dispatch({ type: 'answer', question: 'q1', value: v });
    let n = 0;
    while (s.undo()) n++;
    assert.equal(n, 3);
    assert.equal(s.state.response.answers.q1?.value, '1', 'three steps back from the fifth answer');
  });

  it('undo stamps what it changes, so another tab takes it as the latest write', () => {
    const s = make();
    s.dispatch({ type: 'answer', question: 'q1', value: '1' });
    const first = s.state.response.answers.q1!.updatedAt!;
    s.dispatch({ type: 'answer', question: 'q1', value: '2' });
    s.undo();
    ok(Date.parse(s.state.response.answers.q1!.updatedAt!) > Date.parse(first));
  });

  it('calls subscribers with each new snapshot until unsubscribed', () => {
    const s = make();
    const seen: SessionSnapshot[] = [];
    const off = s.subscribe((snap) => seen.push(snap));
    assert.equal(seen.length, 0, 'not called immediately');
    s.dispatch({ type: 'answer', question: 'q1', value: '1' });
    s.undo();
    off();
    s.dispatch({ type: 'answer', question: 'q1', value: '2' });
    assert.deepEqual(
      seen.map((x) => x.lastAction?.type),
      ['answer', 'undo'],
    );
    assert.equal(seen[0]!.response.answers.q1?.value, '1');
    ok(Object.isFrozen(seen[0]));
  });
});

describe('session: derived state', () => {
  it('recomputes the scorecard for scoring changes only', () => {
    const s = make();
    const sc0 = s.state.scorecard;
    s.dispatch({ type: 'answer', question: 'q1', value: '2' });
    const sc1 = s.state.scorecard;
    assert.notEqual(sc1, sc0);
    assert.notEqual(sc1.overall.readiness, sc0.overall.readiness);
    for (const action of [
      { type: 'comment', question: 'q1', comment: 'c' },
      { type: 'review', question: 'q1', review: { state: 'accepted' } },
      { type: 'meta', meta: { respondent: 'Ann' } },
      { type: 'evidence-add', question: 'q1', evidence: ev('e1') },
    ] as const) {
      s.dispatch(action);
      assert.equal(s.state.scorecard, sc1, `${action.type} keeps the scorecard`);
    }
    s.dispatch({ type: 'risk-add', risk });
    assert.notEqual(s.state.scorecard, sc1);
    assert.equal(s.state.scorecard.risks.length, 1);
  });

  it('tracks visible questions (showIf)', () => {
    const s = make();
    assert.equal(s.state.visible.has('dev-only'), false);
    s.dispatch({ type: 'answer', question: 'role', value: ['dev'] });
    assert.equal(s.state.visible.has('dev-only'), true);
  });

  it('loads a starting response, leaving out invalid pieces and reporting them', () => {
    const start = {
      ...emptyResponse(definition),
      answers: { q1: { value: '2' }, q2: { value: 'bogus' } },
    } as AssessmentResponse;
    const s = createSession({ definition, response: start });
    assert.equal(s.state.response.answers.q1?.value, '2');
    assert.equal(s.state.response.answers.q2, undefined);
    assert.equal(s.state.storage.state, 'error');
    assert.deepEqual(
      s.state.storage.problems?.map((p) => p.key),
      ['answers.q2.value'],
    );
  });
});

describe('mergeResponses', () => {
  const r = (
    answers: AssessmentResponse['answers'],
    updatedAt?: string,
    extra: Partial<AssessmentResponse> = {},
  ): AssessmentResponse => ({
    ...emptyResponse(definition),
    answers,
    ...(updatedAt ? { updatedAt } : {}),
    ...extra,
  });
  const t = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m)).toISOString();

  it('keeps concurrent edits to different answers', () => {
    const m = mergeResponses(
      r({ q1: { value: '1', updatedAt: t(1) } }, t(1)),
      r({ q2: { value: '2', updatedAt: t(2) } }, t(2)),
    );
    assert.deepEqual(Object.keys(m.answers).sort(), ['q1', 'q2']);
    assert.equal(m.updatedAt, t(2));
  });

  it('takes the later write of the same answer, whichever side it is on', () => {
    const a = r({ q1: { value: '1', updatedAt: t(5) } });
    const b = r({ q1: { value: '2', updatedAt: t(3) } });
    assert.equal(mergeResponses(a, b).answers.q1?.value, '1');
    assert.equal(mergeResponses(b, a).answers.q1?.value, '1');
  });

  it('with a base, keeps a removal unless the other side changed the entry since', () => {
    const base = r({ q1: { value: '1', updatedAt: t(1) }, q2: { value: '1', updatedAt: t(1) } });
    const a = r({ q2: { value: '1', updatedAt: t(1) } });
    const b = r({ q1: { value: '1', updatedAt: t(1) }, q2: { value: '1', updatedAt: t(1) } });
    assert.equal(mergeResponses(a, b, base).answers.q1, undefined, 'removed by a');
    assert.equal(mergeResponses(a, b).answers.q1?.value, '1', 'without base nothing is removed');
    const b2 = r({ q1: { value: '2', updatedAt: t(4) }, q2: { value: '1', updatedAt: t(1) } });
    assert.equal(
      mergeResponses(a, b2, base).answers.q1?.value,
      '2',
      'an edit beats a concurrent removal',
    );
  });

  it('merges risks by id, SoA decisions and reviews by key', () => {
    const a = r({}, t(1), {
      risks: [{ ...risk, title: 'old', updatedAt: t(1) }],
      soa: { 'A.1': { applicable: true, updatedAt: t(1) } },
    });
    const b = r({}, t(2), {
      risks: [
        { ...risk, title: 'new', updatedAt: t(2) },
        { ...risk, id: 'R-2', updatedAt: t(2) },
      ],
      review: { q1: { state: 'accepted', updatedAt: t(2) } },
    });
    const m = mergeResponses(a, b);
    assert.deepEqual(
      m.risks?.map((x) => `${x.id}:${x.title}`),
      ['R-1:new', 'R-2:Bias'],
    );
    assert.equal(m.soa?.['A.1']?.applicable, true);
    assert.equal(m.review?.q1?.state, 'accepted');
  });

  it('reads only own keys: ids such as constructor and __proto__ are plain entries', () => {
    const answers = JSON.parse(
      '{"__proto__":{"value":"p","updatedAt":"2026-01-01T00:05:00.000Z"}}',
    ) as AssessmentResponse['answers'];
    const a = r(answers, t(1));
    const b = r({ q1: { value: '1', updatedAt: t(2) } }, t(2), {
      soa: JSON.parse('{"constructor":{"applicable":true}}') as AssessmentResponse['soa'],
    });
    const m = mergeResponses(a, b, r({}, t(0)));
    assert.equal(Object.getPrototypeOf(m.answers), Object.prototype, 'the prototype is untouched');
    assert.deepEqual(Object.keys(m.answers).sort(), ['__proto__', 'q1']);
    assert.equal(Object.getOwnPropertyDescriptor(m.answers, '__proto__')?.value.value, 'p');
    // `constructor` exists only on b's SoA: a's side must not pick up Object from the prototype.
    assert.deepEqual(Object.keys(m.soa ?? {}), ['constructor']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(m.soa, 'constructor')?.value, {
      applicable: true,
    });
    assert.deepEqual(Object.keys(mergeResponses(r({}, t(1)), r({}, t(2))).answers), []);
  });
});

describe('session: evidence and autosave (memory store)', () => {
  it('keeps evidence bytes and references them by SHA-256', async () => {
    const s = createSession({ definition, randomId: () => 'ev-fixed' });
    const ref = await s.addEvidence(
      'q1',
      new Blob(['hello evidence'], { type: 'text/plain' }),
      'hello.txt',
    );
    assert.equal(ref.sha256, await sha256Hex('hello evidence'));
    assert.deepEqual(
      [ref.id, ref.name, ref.type, ref.size],
      ['ev-fixed', 'hello.txt', 'text/plain', 14],
    );
    assert.deepEqual(s.state.response.answers.q1?.evidence, [ref]);
    assert.equal(await (await s.getEvidence('ev-fixed'))?.text(), 'hello evidence');
    await assert.rejects(() => s.addEvidence('notes', new Blob(['x'])), SessionActionError);
  });

  it('debounces a burst of changes into one save, and flush writes at once', async () => {
    const inner = createMemoryStore();
    let saves = 0;
    const store = {
      ...inner,
      saveResponse: (id: string, r: AssessmentResponse) => {
        saves++;
        return inner.saveResponse(id, r);
      },
    };
    const s = await openSession({ definition, store, key: 'k', autosaveMs: 30 });
    await s.flush();
    saves = 0;
    for (const v of ['0', '1', '2']) s.dispatch({ type: 'answer', question: 'q1', value: v });
    s.dispatch({ type: 'comment', question: 'q1', comment: 'typed' });
    assert.equal(saves, 0, 'nothing written during the burst');
    await new Promise((r) => setTimeout(r, 120));
    assert.equal(saves, 1);
    assert.equal((await inner.loadResponse('k'))?.answers.q1?.comment, 'typed');
    s.dispatch({ type: 'answer', question: 'q2', value: '1' });
    await s.flush();
    assert.equal(saves, 2);
    assert.equal((await inner.loadResponse('k'))?.answers.q2?.value, '1');
    const reopened = await openSession({ definition, store, key: 'k' });
    assert.deepEqual(reopened.state.response, s.state.response);
    s.close();
    reopened.close();
  });
});
