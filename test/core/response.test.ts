import fc from 'fast-check';
import { describe, it, assert } from '../harness.js';
import {
  parseDefinition,
  parseResponse,
  ResponseError,
  safeParseResponse,
  type AimsIssue,
  type AssessmentResponse,
} from '../../src/core.js';
import { basicDefinition } from '../fixtures/definitions/basic.js';
import { minimalDefinition } from '../fixtures/definitions/minimal.js';

type Loose = Record<string, any>;

const def = parseDefinition(basicDefinition);

const valid: AssessmentResponse = {
  format: 'aimskit.response/1',
  definition: { id: 'basic', version: '1.0.0' },
  answers: {
    role: { value: ['developer', 'deployer'] },
    size: { value: 250, comment: 'Including contractors' },
    started: { value: '2025-03-01' },
    notes: { value: 'Nothing else.' },
    genai: { value: 'no', justification: 'We use only classic models.' },
    ctx: {
      value: '2',
      evidence: [
        {
          id: 'ev-1',
          name: 'context.pdf',
          type: 'application/pdf',
          size: 1024,
          sha256: 'a'.repeat(64),
        },
      ],
    },
    verification: { value: 'na', justification: 'We do not build models ourselves.' },
    'verification-plan': { value: 'None yet.' },
    suppliers: { comment: 'To be answered' },
  },
  risks: [
    {
      id: 'R-1',
      title: 'Biased output',
      likelihood: 'likely',
      impact: 'major',
      residualLikelihood: 'unlikely',
      treatment: 'mitigate',
      controls: ['A.6.2.4'],
    },
    {
      id: 'R-2',
      title: 'Supplier outage',
      likelihood: 'unlikely',
      impact: 'minor',
      residualImpact: 'minor',
      controls: [],
    },
  ],
  soa: { 'A.10.3': { applicable: false, justification: 'No suppliers.' } },
  review: { ctx: { state: 'accepted' } },
  updatedAt: '2026-11-27T10:00:00.000Z',
};

function issuesOf(mutate: (r: Loose) => void, definition = def): AimsIssue[] {
  const r = structuredClone(valid) as Loose;
  mutate(r);
  const out = safeParseResponse(r, definition);
  return out.success ? [] : out.issues;
}

function expectIssues(issues: readonly AimsIssue[], expected: [string, RegExp][]): void {
  const shown = issues.map((i) => `${i.path}: ${i.message}`).join('\n');
  assert.equal(issues.length, expected.length, `number of issues, got:\n${shown}`);
  for (const [path, pattern] of expected) {
    assert.equal(
      issues.some((i) => i.path === path && pattern.test(i.message)),
      true,
      `expected ${path} ${pattern}, got:\n${shown}`,
    );
  }
}

describe('response: valid', () => {
  it('parses a full response unchanged', () => {
    const r = safeParseResponse(valid, def);
    assert.equal(
      r.success,
      true,
      r.success ? '' : r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'),
    );
    assert.deepEqual(parseResponse(valid, def), valid);
  });
  it('accepts an empty response', () => {
    assert.deepEqual(
      parseResponse(
        {
          format: 'aimskit.response/1',
          definition: { id: 'basic', version: '1.0.0' },
          answers: {},
        },
        def,
      ).answers,
      {},
    );
  });
  it('accepts a different version of the same definition', () => {
    expectIssues(
      issuesOf((r) => {
        r.definition.version = '0.9.0';
      }),
      [],
    );
  });
  it('accepts dates with a time and a zone', () => {
    expectIssues(
      issuesOf((r) => {
        r.answers.started.value = '2026-02-28T10:00:00Z';
      }),
      [],
    );
    expectIssues(
      issuesOf((r) => {
        r.answers.started.value = '2024-02-29';
      }),
      [],
    );
  });
  it('keeps and validates answers to hidden questions', () => {
    // role without "developer" hides verification; its stored answer stays and is still checked.
    const kept = parseResponse(
      { ...valid, answers: { role: { value: ['provider'] }, verification: { value: '2' } } },
      def,
    );
    assert.deepEqual(kept.answers.verification, { value: '2' });
    expectIssues(
      issuesOf((r) => {
        r.answers.role.value = ['provider'];
        r.answers.verification = { value: '9' };
      }),
      [
        [
          'answers.verification.value',
          /^"9" is not an option of question "verification" \("0", "1", "2", "3", "na"\)$/,
        ],
      ],
    );
  });
});

describe('response: rejections', () => {
  const cases: [string, (r: Loose) => void, [string, RegExp][]][] = [
    [
      'a wrong format',
      (r) => {
        r.format = 'aimskit.response/2';
      },
      [['format', /expected "aimskit.response\/1"/]],
    ],
    [
      'answers that are not an object',
      (r) => {
        r.answers = [];
      },
      [['answers', /expected record/]],
    ],
    [
      'an unknown field',
      (r) => {
        r.answers.notes.note = 'x';
      },
      [['answers.notes.note', /unknown field "note"/]],
    ],
    [
      'another definition',
      (r) => {
        r.definition.id = 'other';
      },
      [['definition.id', /^this response answers definition "other", not "basic"$/]],
    ],
    [
      'an unknown question',
      (r) => {
        r.answers.nope = { value: 'x' };
      },
      [['answers.nope', /^unknown question "nope"$/]],
    ],
    [
      'a scale value that is no option',
      (r) => {
        r.answers.ctx.value = '3';
      },
      [['answers.ctx.value', /^"3" is not an option of question "ctx" \("0", "1", "2"\)$/]],
    ],
    [
      'a scale value that is a number',
      (r) => {
        r.answers.ctx.value = 2;
      },
      [['answers.ctx.value', /expected an option id \(text\), got number/]],
    ],
    [
      'a choice value that is no option',
      (r) => {
        r.answers.genai.value = 'maybe';
      },
      [['answers.genai.value', /"maybe" is not an option/]],
    ],
    [
      'a choice value that is a list',
      (r) => {
        r.answers.genai.value = ['yes'];
      },
      [['answers.genai.value', /got a list/]],
    ],
    [
      'a multi value that is no list',
      (r) => {
        r.answers.role.value = 'developer';
      },
      [['answers.role.value', /^expected a list of option ids$/]],
    ],
    [
      'a multi value with an unknown option',
      (r) => {
        r.answers.role.value = ['developer', 'tester'];
      },
      [['answers.role.value[1]', /"tester" is not an option of question "role"/]],
    ],
    [
      'a multi value with a repeated option',
      (r) => {
        r.answers.role.value = ['developer', 'developer'];
      },
      [['answers.role.value[1]', /^"developer" is chosen more than once$/]],
    ],
    [
      'a text value that is a number',
      (r) => {
        r.answers.notes.value = 5;
      },
      [['answers.notes.value', /^expected text$/]],
    ],
    [
      'a text value on a hyphenated id',
      (r) => {
        r.answers['verification-plan'].value = ['x'];
      },
      [['answers["verification-plan"].value', /^expected text$/]],
    ],
    [
      'an impossible date',
      (r) => {
        r.answers.started.value = '2026-02-30';
      },
      [['answers.started.value', /ISO 8601 date/]],
    ],
    [
      'a date in words',
      (r) => {
        r.answers.started.value = 'March 2025';
      },
      [['answers.started.value', /ISO 8601 date/]],
    ],
    [
      'a number as text',
      (r) => {
        r.answers.size.value = '250';
      },
      [['answers.size.value', /^expected a number$/]],
    ],
    [
      'a number below min',
      (r) => {
        r.answers.size.value = 0;
      },
      [['answers.size.value', /^must be at least 1$/]],
    ],
    [
      'a number above max',
      (r) => {
        r.answers.size.value = 100001;
      },
      [['answers.size.value', /^must be at most 100000$/]],
    ],
    [
      'N/A without a justification',
      (r) => {
        delete r.answers.verification.justification;
      },
      [['answers.verification.justification', /^choosing "na" needs a justification$/]],
    ],
    [
      'N/A with a blank justification',
      (r) => {
        r.answers.verification.justification = '  \n';
      },
      [['answers.verification.justification', /needs a justification/]],
    ],
    [
      'a requiresJustification option without one',
      (r) => {
        delete r.answers.genai.justification;
      },
      [['answers.genai.justification', /^choosing "no" needs a justification$/]],
    ],
    [
      'a duplicate risk id',
      (r) => {
        r.risks[1].id = 'R-1';
      },
      [['risks[1].id', /^duplicate risk id "R-1"$/]],
    ],
    [
      'an unknown likelihood',
      (r) => {
        r.risks[0].likelihood = 'rare';
      },
      [['risks[0].likelihood', /^unknown likelihood "rare" \("unlikely", "likely"\)$/]],
    ],
    [
      'an unknown residual impact',
      (r) => {
        r.risks[1].residualImpact = 'huge';
      },
      [['risks[1].residualImpact', /^unknown impact "huge"/]],
    ],
    [
      'a risk control that is a clause',
      (r) => {
        r.risks[0].controls = ['4.1', 'A.99'];
      },
      [
        ['risks[0].controls[0]', /^"4.1" is a clause, not a control$/],
        ['risks[0].controls[1]', /^unknown control "A.99"$/],
      ],
    ],
    [
      'an SoA decision on a clause',
      (r) => {
        r.soa['4.1'] = { applicable: false };
      },
      [['soa["4.1"]', /"4.1" is a clause, not a control/]],
    ],
    [
      'an SoA decision on an unknown control',
      (r) => {
        r.soa['A.99'] = { applicable: true };
      },
      [['soa["A.99"]', /^unknown control "A.99"$/]],
    ],
    [
      'a review of an unknown question',
      (r) => {
        r.review.nope = { state: 'accepted' };
      },
      [['review.nope', /^unknown question "nope"$/]],
    ],
  ];
  for (const [name, mutate, expected] of cases)
    it(`rejects ${name}`, () => expectIssues(issuesOf(mutate), expected));

  it('uses the built-in 5×5 matrix when the definition has none', () => {
    const min = parseDefinition(minimalDefinition);
    const base = {
      format: 'aimskit.response/1',
      definition: { id: 'minimal', version: '1' },
      answers: {},
    };
    assert.equal(
      safeParseResponse(
        {
          ...base,
          risks: [{ id: 'R', title: 'T', likelihood: 'almost-certain', impact: 'severe' }],
        },
        min,
      ).success,
      true,
    );
    const bad = safeParseResponse(
      { ...base, risks: [{ id: 'R', title: 'T', likelihood: 'likely', impact: 'catastrophic' }] },
      min,
    );
    assert.equal(bad.success, false);
    if (!bad.success) assert.equal(bad.issues[0]!.path, 'risks[0].impact');
  });

  it('collects every problem and throws ResponseError', () => {
    const r = structuredClone(valid) as Loose;
    r.answers.ctx.value = '7';
    r.answers.size.value = -1;
    r.risks[0].impact = 'x';
    const e = assert.throws(() => parseResponse(r, def), ResponseError);
    assert.deepEqual(
      e.issues.map((i) => i.path),
      ['answers.size.value', 'answers.ctx.value', 'risks[0].impact'],
    );
    assert.match(e.message, /3 problems/);
  });

  it('never throws anything but ResponseError on arbitrary JSON (property)', () => {
    const answers = fc.dictionary(
      fc.constantFrom('role', 'size', 'started', 'notes', 'genai', 'ctx', 'verification', 'nope'),
      fc.record(
        {
          value: fc.oneof(fc.jsonValue(), fc.constantFrom('na', '1', 'no', 'developer')),
          justification: fc.option(fc.string(), { nil: undefined }),
        },
        { requiredKeys: [] },
      ),
    );
    const responses = fc.oneof(
      fc.jsonValue(),
      answers.map((a) => ({
        format: 'aimskit.response/1',
        definition: { id: 'basic', version: '1' },
        answers: a,
      })),
    );
    fc.assert(
      fc.property(responses, (json) => {
        try {
          parseResponse(json, def);
        } catch (e) {
          if (!(e instanceof ResponseError)) throw e;
          assert.equal(e.issues.length > 0, true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
