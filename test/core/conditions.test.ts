import fc from 'fast-check';
import { describe, it, assert } from '../harness.js';
import {
  ConditionError,
  conditionRefs,
  evaluate,
  isRequired,
  parseCondition,
  parseDefinition,
  visibleQuestions,
  type AnswerValue,
  type AssessmentDefinition,
  type AssessmentResponse,
  type DefinitionInput,
} from '../../src/core.js';
import { basicDefinition } from '../fixtures/definitions/basic.js';

const answers: Record<string, AnswerValue> = {
  role: ['developer', 'provider'],
  single: ['developer'],
  other: 'provider',
  size: 12,
  zero: 0,
  neg: -2,
  half: 0.5,
  q: '3',
  na: 'na',
  blank: '',
  none: [],
  name: 'Hello World',
  started: '2024-06-30',
  flag: 'true',
  quote: "it's",
};
const read = (id: string) => answers[id];
const run = (source: string) => evaluate(parseCondition(source), read);

/** [condition, expected] with the expected truth written by hand from docs/definitions.md. */
const table: [string, boolean][] = [
  // = and != (numbers and numeric strings compare as numbers; other text exactly)
  ["{q} = '3'", true],
  ['{q} = "3"', true],
  ['{q} = 3', true],
  ["{q} = '03'", true],
  ['{q} != 3', false],
  ["{q} != '2'", true],
  ["{size} = '12'", true],
  ['{size} = 12.0', true],
  ["{name} = 'Hello World'", true],
  ["{name} = 'hello world'", false],
  ["{role} = 'developer'", false],
  ["{single} = 'developer'", true],
  ["{single} != 'developer'", false],
  ["{unanswered} = ''", true],
  ["{unanswered} != ''", false],
  ["{unanswered} = 'x'", false],
  ["{unanswered} != 'x'", true],
  ["{na} = 'na'", true],
  ['{flag} = true', true],
  ['{flag} = false', false],
  ["{quote} = 'it\\'s'", true],
  ['{neg} = -2', true],
  ['{neg} < -1.5', true],
  ['{half} = .5', true],
  // ordering: numeric when both read as numbers, else text order, else false
  ['{q} < 4', true],
  ['{q} <= 3', true],
  ['{q} > 3', false],
  ['{q} >= 3', true],
  ["{q} > '10'", false],
  ['{size} > 9', true],
  ["{started} < '2025-01-01'", true],
  ["{started} >= '2025-01-01'", false],
  ['{name} < 5', false],
  ['{name} >= 5', false],
  ['{unanswered} < 5', false],
  ['{unanswered} >= 0', false],
  ['{role} > 1', false],
  // contains / notcontains: membership in a multi answer, substring of text
  ["{role} contains 'developer'", true],
  ["{role} contains 'deployer'", false],
  ["{role} notcontains 'deployer'", true],
  ["{role} notcontains 'developer'", false],
  ['{role} contains {other}', true],
  ['{role} contains {single}', true],
  ["{name} contains 'World'", true],
  ["{name} contains 'world'", false],
  ["{name} notcontains 'xyz'", true],
  ["{unanswered} contains 'x'", false],
  ["{unanswered} notcontains 'x'", true],
  ["{na} contains 'n'", true],
  // empty / notempty
  ['{unanswered} empty', true],
  ['{blank} empty', true],
  ['{none} empty', true],
  ['{q} empty', false],
  ['{q} notempty', true],
  ['{zero} notempty', true],
  ['{zero} empty', false],
  ['{unanswered} notempty', false],
  ['{na} notempty', true],
  // bare values and literals
  ['true', true],
  ['false', false],
  ["'x'", true],
  ["''", false],
  ['{zero}', true],
  ['{unanswered}', false],
  ['{none}', false],
  // and / or / not, precedence and parentheses
  ['true and false', false],
  ['true or false', true],
  ['not true', false],
  ['not {unanswered}', true],
  ['not not {q}', true],
  ['true or false and false', true],
  ['false and false or true', true],
  ['not false and false', false],
  ['{q} = 3 and {size} = 12', true],
  ['{q} = 2 or {size} = 12', true],
  ['{q} = 2 or {size} = 11', false],
  ['(true or false) and false', false],
  ['not (false or true)', false],
  ['((({q} = 3)))', true],
  ['(not false) = true', true],
  ['{q} = 3 AND NOT false', true],
  ['{Q} empty', true],
  // white space
  ['  {q}=3\tand\n{size}>=12 ', true],
];

describe('condition language: operators and semantics', () => {
  for (const [source, expected] of table) {
    it(`${source} is ${expected}`, () => assert.equal(run(source), expected, source));
  }
});

/** [condition, position, message pattern], positions counted by hand. */
const errors: [string, number, RegExp][] = [
  ['', 0, /expected a condition/],
  ['   ', 3, /expected a condition/],
  ['{a} = ', 6, /expected a value after '='/],
  ['{a} =', 5, /expected a value after '='/],
  ['{a} == 1', 5, /expected a value after '=', found '='/],
  ['({a} = 1', 8, /expected '\)' to close the '\(' at 0/],
  ['{a} = 1)', 7, /'\)' without a matching '\('/],
  ["{a} = 'x", 6, /no closing '/],
  ['{a = 1', 0, /'\{' without a closing '\}'/],
  ['{a b} = 1', 0, /not a question id/],
  ['{} = 1', 0, /not a question id/],
  ['{a} & {b}', 4, /unexpected character "&"/],
  ['{a} = 1 {b}', 8, /expected 'and', 'or' or the end/],
  ['{a} xor {b}', 4, /unknown word "xor"/],
  ['a = 1', 0, /unknown word "a".*\{a\}/],
  ['{a} = 1 and', 11, /expected a value after 'and'/],
  ['{a} = 1 or or', 11, /expected a value after 'or'/],
  ['not', 3, /expected a value after 'not'/],
  ['not {a} = 1', 8, /'not' applies only to the value right after it/],
  ['not {a} empty', 8, /'not' applies only/],
  ['{a} = not {b}', 6, /expected a value after '='/],
  ['1.2.3', 0, /not a number/],
  ['{a} = 1x', 6, /not a number/],
  ['{a} ! {b}', 4, /write 'not' or '!='/],
  ['()', 1, /expected a condition inside/],
  ['{a} contains', 12, /expected a value after 'contains'/],
  ['{a} = 1 and (', 13, /expected a value after '\('/],
];

describe('condition language: syntax errors', () => {
  for (const [source, position, pattern] of errors) {
    it(`${JSON.stringify(source)} fails at ${position}`, () => {
      const e = assert.throws(() => parseCondition(source), ConditionError);
      assert.equal(e.position, position, `position of ${JSON.stringify(source)} (${e.message})`);
      assert.match(e.message, pattern);
      assert.equal(e.message, `at ${position}: ${e.reason}`);
      assert.equal(e.name, 'ConditionError');
    });
  }

  it('bounds nesting at 64 levels of parentheses', () => {
    assert.equal(run(`${'('.repeat(64)}true${')'.repeat(64)}`), true);
    const e = assert.throws(
      () => parseCondition(`${'('.repeat(65)}true${')'.repeat(65)}`),
      ConditionError,
    );
    assert.equal(e.position, 64);
    assert.match(e.message, /at most 64 levels/);
  });

  it('bounds nesting at 64 levels of not', () => {
    assert.equal(run(`${'not '.repeat(64)}true`), true);
    const e = assert.throws(() => parseCondition(`${'not '.repeat(65)}true`), ConditionError);
    assert.equal(e.position, 256);
  });

  it('rejects hostile depth without overflowing the stack', () => {
    const e = assert.throws(() => parseCondition('('.repeat(1999)), ConditionError);
    assert.equal(e.position, 64);
  });

  it('bounds the length at 2000 characters; long flat chains are fine', () => {
    const chain = `true${' and true'.repeat(221)}`;
    const exact = chain + ' '.repeat(2000 - chain.length);
    assert.equal(exact.length, 2000);
    assert.equal(run(exact), true);
    const e = assert.throws(() => parseCondition(`${exact} `), ConditionError);
    assert.equal(e.position, 2000);
  });

  it('throws only ConditionError on arbitrary strings (property)', () => {
    const pieces = fc.constantFrom(
      '{a}',
      '{b-1}',
      ' ',
      '(',
      ')',
      'and',
      'or',
      'not',
      '=',
      '!=',
      '<',
      '>=',
      'contains',
      'notcontains',
      'empty',
      'notempty',
      "'x'",
      '"y',
      '1',
      '-2.5',
      'true',
      '{',
      '}',
      '!',
      '.',
    );
    const sources = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.array(pieces, { maxLength: 25 }).map((p) => p.join(' ')),
      fc.array(pieces, { maxLength: 25 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(sources, (source) => {
        try {
          const ast = parseCondition(source);
          // Whatever parses evaluates to a boolean under any answers.
          assert.equal(
            typeof evaluate(ast, (id) => (id === 'a' ? ['x'] : id === 'b-1' ? 2 : undefined)),
            'boolean',
          );
        } catch (e) {
          if (!(e instanceof ConditionError)) throw e;
          assert.equal(
            e.position >= 0 && e.position <= source.length,
            true,
            `position ${e.position} within ${source.length}`,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('condition language: conditionRefs', () => {
  it('lists each referenced question once, in order', () => {
    assert.deepEqual(
      conditionRefs(parseCondition("{a} = 1 or ({b} contains 'x' and not {a}) or {c-1.x} empty")),
      ['a', 'b', 'c-1.x'],
    );
  });
  it('is empty for a condition of literals only', () => {
    assert.deepEqual(conditionRefs(parseCondition("true and 'x' = 'x'")), []);
  });
});

const response = (a: Record<string, AnswerValue>): AssessmentResponse => ({
  format: 'aimskit.response/1',
  definition: { id: 'basic', version: '1.0.0' },
  answers: Object.fromEntries(Object.entries(a).map(([k, value]) => [k, { value }])),
});
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('visibleQuestions and isRequired', () => {
  const def = parseDefinition(basicDefinition);
  const always = ['ctx', 'genai', 'notes', 'role', 'size', 'started', 'suppliers'];

  it('hides questions whose showIf fails, with no answers', () => {
    assert.deepEqual(sorted(visibleQuestions(def, response({}))), always);
  });

  it('shows a question when its condition holds', () => {
    assert.deepEqual(
      sorted(visibleQuestions(def, response({ role: ['developer'] }))),
      [...always, 'verification'].sort(),
    );
    assert.deepEqual(
      sorted(visibleQuestions(def, response({ role: ['developer'], verification: '2' }))),
      [...always, 'verification', 'verification-plan'].sort(),
    );
  });

  it('reads a hidden question as empty, so chains of conditions follow', () => {
    // verification keeps its stored answer, but is hidden: the plan that depends on it hides too.
    const r = response({ role: ['provider'], verification: '1' });
    assert.deepEqual(sorted(visibleQuestions(def, r)), always);
    assert.equal(isRequired(def, 'verification-plan', r), false);
  });

  it('evaluates in dependency order, not definition order', () => {
    const input: DefinitionInput = {
      format: 'aimskit.definition/1',
      id: 'order',
      version: '1',
      title: 'Order',
      scales: [],
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            { id: 'first', type: 'text', text: 'A', showIf: "{second} = 'x'" },
            { id: 'second', type: 'text', text: 'B', showIf: '{third} notempty' },
            { id: 'third', type: 'text', text: 'C' },
          ],
        },
      ],
    };
    const d = parseDefinition(input);
    assert.deepEqual(sorted(visibleQuestions(d, response({ second: 'x' }))), ['third']);
    assert.deepEqual(sorted(visibleQuestions(d, response({ second: 'x', third: 'yes' }))), [
      'first',
      'second',
      'third',
    ]);
  });

  it('required: true makes a visible question required', () => {
    assert.equal(isRequired(def, 'ctx', response({})), true);
    assert.equal(isRequired(def, def.sections[1]!.questions[0]!, response({})), true);
    assert.equal(isRequired(def, 'notes', response({})), false);
    assert.equal(isRequired(def, 'no-such-question', response({})), false);
  });

  it('requiredIf applies only while it holds', () => {
    const base = { role: ['developer'] };
    assert.equal(
      isRequired(def, 'verification-plan', response({ ...base, verification: '1' })),
      true,
    );
    assert.equal(
      isRequired(def, 'verification-plan', response({ ...base, verification: 'na' })),
      true,
    );
    assert.equal(
      isRequired(def, 'verification-plan', response({ ...base, verification: '3' })),
      false,
    );
  });

  it('a hidden question is never required, even with required: true', () => {
    const input = structuredClone(basicDefinition) as DefinitionInput;
    input.sections[2]!.questions[0]!.required = true;
    const d = parseDefinition(input);
    assert.equal(isRequired(d, 'verification', response({ role: ['provider'] })), false);
    assert.equal(isRequired(d, 'verification', response({ role: ['developer'] })), true);
  });

  it('uses a given visible set instead of computing one', () => {
    const r = response({ role: ['developer'], verification: '0' });
    assert.equal(isRequired(def, 'verification-plan', r, new Set(['verification'])), false);
    assert.equal(
      isRequired(def, 'verification-plan', r, new Set(['verification', 'verification-plan'])),
      true,
    );
  });

  it('compiles conditions once per definition object', () => {
    const d = parseDefinition(basicDefinition) as AssessmentDefinition & {
      sections: { questions: { showIf?: string }[] }[];
    };
    assert.equal(visibleQuestions(d, response({})).has('verification'), false);
    d.sections[2]!.questions[0]!.showIf = 'true';
    // The compiled condition of this object is reused; a new object is compiled afresh.
    assert.equal(visibleQuestions(d, response({})).has('verification'), false);
    assert.equal(visibleQuestions(structuredClone(d), response({})).has('verification'), true);
  });

  it('throws ConditionError for an unchecked definition with a broken condition', () => {
    const d = minimalDefinitionWith('{q} =') as AssessmentDefinition;
    assert.throws(() => visibleQuestions(d, response({})), ConditionError);
  });
});

function minimalDefinitionWith(showIf: string): DefinitionInput {
  // Built valid, then broken after parsing (parseDefinition would reject it).
  const def: DefinitionInput = {
    format: 'aimskit.definition/1',
    id: 'm',
    version: '1',
    title: 'M',
    scales: [],
    sections: [
      {
        id: 's',
        title: 'S',
        questions: [
          { id: 'q', type: 'text', text: 'Q' },
          { id: 'r', type: 'text', text: 'R', showIf: '{q} notempty' },
        ],
      },
    ],
  };
  const parsed = structuredClone(parseDefinition(def)) as DefinitionInput;
  parsed.sections[0]!.questions[1]!.showIf = showIf;
  return parsed as never;
}
