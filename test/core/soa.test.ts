// Golden tests for the Statement of Applicability: the four rules, status words, completeness, and
// the audit-stage (evidence) readiness.
import { describe, it, assert } from '../harness.js';
import {
  OUT_OF_SCOPE_FALLBACK,
  deriveSoa,
  evidenceReadiness,
  parseDefinition,
  soaCompleteness,
  type AssessmentResponse,
} from '../../src/core.js';

const scale = {
  id: 'm',
  options: [0, 0.2, 0.4, 0.6, 0.8, 1]
    .map((value, i) => ({ id: String(i), label: `L${i}`, value }))
    .concat([{ id: 'na', label: 'N/A', na: true } as never]),
};
const q = (id: string, requirement: string, extra: object = {}) => ({
  id,
  type: 'scale' as const,
  scale: 'm',
  requirement,
  text: id,
  ...extra,
});
const controls = ['A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.7', 'A.8', 'A.9'];
const D = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'soa',
  version: '1',
  title: 'SoA',
  scales: [scale],
  requirements: [
    { id: 'C', title: 'C', kind: 'clause' },
    ...controls.map((id) => ({ id, title: id, kind: 'control' as const })),
  ],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        {
          id: 'scope',
          type: 'choice',
          options: [
            { id: 'yes', label: 'Yes' },
            { id: 'no', label: 'No' },
          ],
          text: 'scope',
        },
        q('a1', 'A.1'),
        q('a2', 'A.2', { evidence: 'documentation' }),
        q('a3', 'A.3'),
        q('a3b', 'A.3', { evidence: 'operation' }),
        q('a4', 'A.4', { evidence: 'operation', weight: 3 }),
        q('a6', 'A.6'),
        q('a7', 'A.7'),
        q('a8', 'A.8'),
        // A.9's only question shows when scope = yes
        q('a9', 'A.9', { showIf: "{scope} = 'yes'" }),
      ],
    },
  ],
});
const file = (id: string) => ({
  id,
  name: `${id}.pdf`,
  type: 'application/pdf',
  size: 10,
  sha256: 'a'.repeat(64),
});
const R: AssessmentResponse = {
  format: 'aimskit.response/1',
  definition: { id: 'soa', version: '1' },
  answers: {
    a1: { value: 'na', justification: 'ignored: the decision wins' },
    a2: { value: '3', evidence: [file('e1'), file('e2')] },
    a3: { value: 'na', justification: 'We train no models.' },
    a3b: { value: 'na', justification: ' Bought in. ' },
    a4: { value: '1' },
    a8: { value: 'na', justification: 'n/a' },
    a9: { value: 'na', justification: 'hidden, so not counted' },
    scope: { value: 'no' },
  },
  risks: [
    { id: 'R-1', title: 'one', likelihood: 'likely', impact: 'major', controls: ['A.1', 'A.2'] },
    { id: 'R-3', title: 'three', likelihood: 'rare', impact: 'minor', controls: ['A.2', 'A.8'] },
  ],
  soa: {
    'A.1': { applicable: false, justification: 'Out of scope' },
    'A.6': { applicable: true, status: 'alternative' },
    'A.7': { applicable: true, justification: 'Needed', owner: 'CISO' },
    // a decision without `applicable` does not decide; its owner still shows
    'A.5': { owner: 'CTO' },
  },
};

describe('SoA derivation', () => {
  const soa = deriveSoa(D, R);
  const at = (c: string) => soa.find((e) => e.control === c)!;

  it('has one entry per control, in definition order (clauses excluded)', () => {
    assert.deepEqual(
      soa.map((e) => e.control),
      controls,
    );
  });

  it('rule 1: an explicit decision wins over risks and answers', () => {
    assert.deepEqual(at('A.1'), {
      control: 'A.1',
      applicable: false,
      justification: 'Out of scope',
      status: 'not-applicable',
      source: 'decision',
      readiness: null,
      risks: ['R-1'],
      evidence: 0,
      owner: null,
      proposal: null,
    });
    // explicit status wins for an applicable control; no justification given → empty
    assert.equal(at('A.6').status, 'alternative');
    assert.equal(at('A.6').justification, '');
    // applicable with no answer: readiness 0 → planned
    assert.deepEqual(
      [at('A.7').source, at('A.7').status, at('A.7').owner, at('A.7').readiness],
      ['decision', 'planned', 'CISO', 0],
    );
  });

  it('rule 2: a control linked from risks is applicable, justified by the risk ids', () => {
    // A.2: a2 = "3" (0.6) against target 0.6 → implemented; two evidence files
    assert.deepEqual(at('A.2'), {
      control: 'A.2',
      applicable: true,
      justification: 'Linked to risks R-1, R-3',
      status: 'implemented',
      source: 'risk',
      readiness: 60,
      risks: ['R-1', 'R-3'],
      evidence: 2,
      owner: null,
      proposal: null,
    });
    // A.8: linked by R-3 only, its question N/A: the risk rule comes first; nothing scored →
    // planned
    assert.deepEqual(
      [at('A.8').applicable, at('A.8').source, at('A.8').justification, at('A.8').status],
      [true, 'risk', 'Linked to risk R-3', 'planned'],
    );
  });

  it('rule 3: all visible questions N/A → not applicable, justified by their justifications', () => {
    assert.deepEqual(
      [at('A.3').applicable, at('A.3').source, at('A.3').status],
      [false, 'answer', 'not-applicable'],
    );
    assert.equal(at('A.3').justification, 'We train no models.; Bought in.');
  });

  it('rule 4: otherwise undecided; status follows readiness against target', () => {
    // A.4: a4 = "1" (0.2) → readiness 20, 0 < 20 < 60 → partial
    assert.deepEqual(
      [at('A.4').applicable, at('A.4').source, at('A.4').status, at('A.4').readiness],
      [null, null, 'partial', 20],
    );
    // A.5 has no questions → planned; the owner of an undecided decision still shows
    assert.deepEqual(
      [at('A.5').applicable, at('A.5').status, at('A.5').owner],
      [null, 'planned', 'CTO'],
    );
    // A.9's question is hidden (scope = no): its N/A answer does not decide
    assert.deepEqual(
      [at('A.9').applicable, at('A.9').source, at('A.9').status],
      [null, null, 'planned'],
    );
  });

  it('proposes an exclusion for a control the scope hides, without deciding it', () => {
    // A.9's only question is hidden (scope = no) and says nothing of why: the fallback reason
    assert.deepEqual(at('A.9').proposal, {
      applicable: false,
      justification: [OUT_OF_SCOPE_FALLBACK],
    });
    assert.equal(at('A.9').applicable, null, 'a proposal is not a decision');
    // controls with a visible question, with no question at all, or decided: no proposal
    for (const control of ['A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.7', 'A.8'])
      assert.equal(at(control).proposal, null, control);
    // The hidden questions' own reasons, each once, in definition order
    const reasons = parseDefinition({
      ...D,
      sections: [
        {
          ...D.sections[0]!,
          questions: [
            ...D.sections[0]!.questions.filter((question) => question.id !== 'a9'),
            q('a9', 'A.9', { showIf: "{scope} = 'yes'", outOfScope: 'No AI is built in-house.' }),
            q('a9b', 'A.9', {
              showIf: "{scope} = 'yes'",
              outOfScope: { en: 'No customers.', de: 'Keine Kunden.' },
            }),
            q('a9c', 'A.9', { showIf: "{scope} = 'yes'", outOfScope: 'No AI is built in-house.' }),
          ],
        },
      ],
    });
    const a9 = deriveSoa(reasons, R).find((entry) => entry.control === 'A.9')!;
    assert.deepEqual(a9.proposal, {
      applicable: false,
      justification: ['No AI is built in-house.', { en: 'No customers.', de: 'Keine Kunden.' }],
    });
    // An explicit decision replaces the proposal; a shown question withdraws it
    const decided = deriveSoa(reasons, {
      ...R,
      soa: { ...R.soa, 'A.9': { applicable: true, justification: 'We will build soon.' } },
    }).find((entry) => entry.control === 'A.9')!;
    assert.deepEqual([decided.applicable, decided.proposal], [true, null]);
    const shown = deriveSoa(reasons, { ...R, answers: { ...R.answers, scope: { value: 'yes' } } });
    assert.equal(shown.find((entry) => entry.control === 'A.9')!.proposal, null);
  });

  it('a hidden question that shows again decides by rule 3', () => {
    const shown = deriveSoa(D, { ...R, answers: { ...R.answers, scope: { value: 'yes' } } });
    const a9 = shown.find((e) => e.control === 'A.9')!;
    assert.deepEqual(
      [a9.applicable, a9.source, a9.justification],
      [false, 'answer', 'hidden, so not counted'],
    );
  });

  it('completeness: undecided controls and decisions without justification', () => {
    const c = soaCompleteness(soa);
    // decided: A.1, A.2, A.3, A.6, A.7, A.8 (6 of 9); undecided A.4, A.5, A.9; A.6 has no
    // justification
    assert.deepEqual(c, {
      complete: false,
      total: 9,
      decided: 6,
      justified: 5,
      implemented: 1,
      undecided: ['A.4', 'A.5', 'A.9'],
      unjustified: ['A.6'],
    });
    const all = soaCompleteness(soa.map((e) => ({ ...e, applicable: true, justification: 'x' })));
    assert.equal(all.complete, true);
  });
});

describe('evidence (audit stage) readiness', () => {
  it('Stage 1 over documentation questions, Stage 2 over operation questions, same formula', () => {
    const e = evidenceReadiness(D, R);
    // documentation: a2 = 0.6 → 60, maturity 3; one of one has evidence
    assert.deepEqual(e.documentation, {
      stage: 1,
      readiness: 60,
      maturity: 3,
      questions: 1,
      withEvidence: 1,
    });
    // operation: a3b N/A (excluded), a4 = 0.2 (w 3) → 100 × 0.6 / 3 = 20, maturity 1; two
    // questions, none with evidence
    assert.deepEqual(e.operation, {
      stage: 2,
      readiness: 20,
      maturity: 1,
      questions: 2,
      withEvidence: 0,
    });
  });
});
