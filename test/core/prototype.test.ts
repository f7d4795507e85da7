// Prototype safety: `__proto__`, `constructor` and `prototype` keys in imported JSON cannot pollute
// a prototype, are reported or kept as plain data; ids that name Object.prototype's members
// (`constructor`, `toString`, …) work like any other id. Runs in Node and in Chromium.
import { describe, it, assert } from '../harness.js';
import {
  canonicalJson,
  createEnvelope,
  createSession,
  deriveSoa,
  parseDefinition,
  safeParseDefinition,
  safeParseResponse,
  score,
  soaFromCsv,
  verifyEnvelope,
  visibleQuestions,
  CsvError,
  SessionActionError,
  type AssessmentResponse,
} from '../../src/core.js';
import { D, R, json } from './hostile.js';

const PROTOS = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const before = PROTOS.map((p) => Object.getOwnPropertyNames(p).sort().join());
/** Object.prototype and friends have exactly the properties they had when this file loaded. */
function assertClean(): void {
  PROTOS.forEach((p, i) =>
    assert.equal(
      Object.getOwnPropertyNames(p).sort().join(),
      before[i],
      'a built-in prototype changed',
    ),
  );
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
}
const POISON = '{"polluted":"yes","isAdmin":true}';

describe('prototype keys in imported JSON', () => {
  it('a definition with __proto__, constructor and prototype keys is refused where fields are fixed, with paths', () => {
    const text = JSON.stringify(json(D))
      .replace('"format":', `"__proto__":${POISON},"format":`)
      .replace('"id":"s1",', `"id":"s1","constructor":{"prototype":${POISON}},`);
    const r = safeParseDefinition(JSON.parse(text));
    assert.equal(r.success, false);
    if (!r.success) {
      assert.deepEqual(r.issues.map((i) => `${i.path}: ${i.message}`).sort(), [
        '__proto__: unknown field "__proto__"',
        'sections[0].constructor: unknown field "constructor"',
      ]);
    }
    assertClean();
  });
  it('in a free-form record (metadata) they are kept as plain data', () => {
    const def = parseDefinition(
      JSON.parse(
        JSON.stringify(json(D)).replace(
          '"format":',
          '"metadata":{"__proto__":"x","constructor":"y","prototype":"z"},"format":',
        ),
      ),
    );
    const meta = def.metadata as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(meta), Object.prototype, 'the record keeps its prototype');
    assert.deepEqual(Object.keys(meta), ['__proto__', 'constructor', 'prototype']);
    assert.equal(Object.getOwnPropertyDescriptor(meta, '__proto__')!.value, 'x');
    assert.equal(typeof meta.hasOwnProperty, 'function', 'inherited methods still work');
    // digests cover the keys as data: the canonical text carries them and reads back the same
    const canon = canonicalJson(def);
    assert.ok(
      canon.includes('"metadata":{"__proto__":"x","constructor":"y","prototype":"z"}'),
      canon.slice(0, 80),
    );
    assert.equal(canonicalJson(JSON.parse(canon)), canon);
    assertClean();
  });
  it('a response with such keys in answers, SoA decisions and reviews is refused with paths', () => {
    const text = JSON.stringify(json(R))
      .replace('"answers":{', `"answers":{"__proto__":{"value":"1"},"constructor":{"value":"1"},`)
      .replace('"soa":{', `"soa":{"__proto__":{"applicable":false,"justification":"x"},`)
      .replace('"review":{', `"review":{"prototype":{"state":"accepted"},`);
    const r = safeParseResponse(JSON.parse(text), D);
    assert.equal(r.success, false);
    if (!r.success) {
      assert.deepEqual(r.issues.map((i) => `${i.path}: ${i.message}`).sort(), [
        'answers.__proto__: unknown question "__proto__"',
        'answers.constructor: unknown question "constructor"',
        'review.prototype: unknown question "prototype"',
        'soa.__proto__: unknown control "__proto__"',
      ]);
    }
    // in a fixed-field object it is an unknown field (reported by the shape check, before the
    // definition's)
    const meta = safeParseResponse(
      JSON.parse(JSON.stringify(json(R)).replace('"meta":{', `"meta":{"__proto__":${POISON},`)),
      D,
    );
    assert.deepEqual(meta.success ? [] : meta.issues, [
      { path: 'meta.__proto__', message: 'unknown field "__proto__"' },
    ]);
    assertClean();
  });
  it('the session refuses them in actions and in a replaced response, and stays clean', () => {
    const s = createSession({ definition: D, response: R });
    for (const action of [
      { type: 'answer', question: '__proto__', value: '1' },
      { type: 'answer', question: 'constructor', value: '1' },
      { type: 'soa', control: '__proto__', decision: { applicable: true } },
      {
        type: 'soa',
        control: 'A.2.2',
        decision: JSON.parse(`{"applicable":true,"__proto__":${POISON}}`),
      },
      { type: 'review', question: 'toString', review: { state: 'accepted' } },
      { type: 'meta', meta: JSON.parse(`{"__proto__":${POISON}}`) },
      {
        type: 'replace',
        response: JSON.parse(
          JSON.stringify(json(R)).replace('"answers":{', `"answers":{"__proto__":${POISON},`),
        ),
      },
    ]) {
      const e = assert.throws(
        () => s.dispatch(action as never),
        SessionActionError,
        JSON.stringify(action),
      );
      assert.ok(
        e.issues.every((i) => typeof i.path === 'string' && i.message),
        'issues with paths',
      );
    }
    assert.equal(s.state.revision, 0);
    assertClean();
  });
  it('a CSV naming __proto__ as a control is refused', () => {
    const e = assert.throws(
      () => soaFromCsv(D, 'control,applicable,justification\n__proto__,no,x\nconstructor,no,x\n'),
      CsvError,
    );
    assert.deepEqual(
      e.issues.map((i) => i.message),
      ['unknown control "__proto__"', 'unknown control "constructor"'],
    );
    assertClean();
  });
});

describe('ids that name Object.prototype members are ordinary ids', () => {
  const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
  const def = parseDefinition({
    format: 'aimskit.definition/1',
    id: 'constructor',
    version: '1',
    title: 'T',
    scales: [
      {
        id: 'toString',
        options: [
          { id: 'valueOf', label: 'No', value: 0 },
          { id: 'constructor', label: 'Yes', value: 1 },
        ],
      },
    ],
    requirements: NAMES.map((id) => ({ id, title: id, kind: 'control' as const })),
    sections: [
      {
        id: 'hasOwnProperty',
        title: 'S',
        questions: NAMES.map((id, i) => ({
          id,
          type: 'scale' as const,
          scale: 'toString',
          text: id,
          requirement: id,
          ...(i ? { showIf: `{constructor} = 'constructor'` } : {}),
        })),
      },
    ],
  });
  const empty: AssessmentResponse = {
    format: 'aimskit.response/1',
    definition: { id: 'constructor', version: '1' },
    answers: {},
  };

  it('unanswered questions read as unanswered, undecided controls as undecided', () => {
    assert.deepEqual(
      [...visibleQuestions(def, empty)],
      ['constructor'],
      'the others are hidden while {constructor} is empty',
    );
    const sc = score(def, empty);
    assert.equal(sc.overall.completion, 0);
    assert.equal(sc.overall.readiness, 0);
    assert.deepEqual(
      deriveSoa(def, empty).map((e) => [e.control, e.applicable, e.source]),
      NAMES.map((id) => [id, null, null]),
    );
  });
  it('answers to them score, show and seal like any other', async () => {
    const s = createSession({ definition: def });
    s.dispatch({ type: 'answer', question: 'constructor', value: 'constructor' });
    s.dispatch({ type: 'answer', question: 'toString', value: 'valueOf' });
    s.dispatch({
      type: 'soa',
      control: 'valueOf',
      decision: { applicable: false, justification: 'not here' },
    });
    const r = s.state.response;
    assert.equal(safeParseResponse(json(r), def).success, true);
    assert.equal(s.state.visible.size, NAMES.length);
    // 2 of 5 equally weighted questions answered: one at 1, one at 0, three unanswered at 0
    assert.equal(s.state.scorecard.overall.readiness, 20);
    assert.equal(s.state.scorecard.overall.completion, 0.4);
    const soa = deriveSoa(def, r);
    assert.deepEqual(
      soa.map((e) => e.source),
      [null, null, null, 'decision', null],
    );
    const v = await verifyEnvelope(json(await createEnvelope(def, r)), def);
    assert.deepEqual(v.problems, []);
    assertClean();
  });
});
