// bench/to-surveyjs.mjs: the aimskit → SurveyJS converter used by the side-by-side benchmarks. Its
// output is checked by shape, and by behaviour: SurveyJS (survey-core, run in Node) must show the
// same questions as aimskit for the same answers, and evaluate every translated condition as
// aimskit does.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConditionRunner, Model } from 'survey-core';
import {
  evaluate,
  parseCondition,
  parseDefinition,
  visibleQuestions,
  type AssessmentResponse,
  type AnswerValue,
} from '../../src/core.js';
import { builtInDefinitions } from '../../src/content.js';

const root = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(
    existsSync(join(dir, 'package.json')) &&
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === 'aimskit'
  ))
    dir = dirname(dir);
  return dir;
})();
type Converter = {
  toSurveyJs(
    def: unknown,
    parse: typeof parseCondition,
  ): {
    title: string;
    pages: { name: string; title: string; elements: Record<string, unknown>[] }[];
  };
  conditionToSurveyJs(ast: unknown): string;
};
const load = async (file: string) => import(pathToFileURL(join(root, 'bench', file)).href);
const { toSurveyJs, conditionToSurveyJs } = (await load('to-surveyjs.mjs')) as Converter;
const { syntheticDefinition } = (await load('synthetic.mjs')) as {
  syntheticDefinition(n?: number): Record<string, unknown>;
};

const small = {
  format: 'aimskit.definition/1',
  id: 'conv',
  version: '1',
  title: { en: 'Converter', de: 'Konverter' },
  scales: [
    {
      id: 'm',
      options: [
        { id: '0', label: 'None', value: 0 },
        { id: '1', label: 'Full', value: 1 },
        { id: 'na', label: 'N/A', na: true },
      ],
    },
  ],
  sections: [
    {
      id: 'a',
      title: 'First',
      questions: [
        {
          id: 'role',
          type: 'multi',
          text: 'Roles',
          options: [
            { id: 'dev', label: 'Developer' },
            { id: 'user', label: 'User' },
          ],
        },
        { id: 'size', type: 'number', text: 'Size', min: 1, max: 9, required: true },
      ],
    },
    {
      id: 'b',
      title: 'Second',
      description: 'More',
      questions: [
        {
          id: 'm1',
          type: 'scale',
          scale: 'm',
          text: 'Maturity',
          help: 'Think',
          showIf: "{role} contains 'dev'",
        },
        {
          id: 'c1',
          type: 'choice',
          text: 'Pick',
          options: [{ id: 'yes', label: "It's yes" }],
          requiredIf: '{size} > 3',
        },
        { id: 't1', type: 'text', text: 'Notes' },
        { id: 'd1', type: 'date', text: 'When' },
      ],
    },
  ],
};

describe('to-surveyjs: shape', () => {
  it('turns sections into pages and questions into SurveyJS elements of the matching type', () => {
    const out = toSurveyJs(parseDefinition(small), parseCondition);
    assert.equal(out.title, 'Converter');
    assert.deepEqual(
      out.pages.map((p) => [p.name, p.title]),
      [
        ['a', 'First'],
        ['b', 'Second'],
      ],
    );
    assert.deepEqual(out.pages[0]!.elements, [
      {
        type: 'checkbox',
        name: 'role',
        title: 'Roles',
        choices: [
          { value: 'dev', text: 'Developer' },
          { value: 'user', text: 'User' },
        ],
      },
      {
        type: 'text',
        inputType: 'number',
        name: 'size',
        title: 'Size',
        isRequired: true,
        min: 1,
        max: 9,
      },
    ]);
    assert.deepEqual(out.pages[1]!.elements, [
      {
        type: 'radiogroup',
        name: 'm1',
        title: 'Maturity',
        description: 'Think',
        visibleIf: "({role} contains 'dev')",
        choices: [
          { value: '0', text: 'None' },
          { value: '1', text: 'Full' },
          { value: 'na', text: 'N/A' },
        ],
      },
      {
        type: 'radiogroup',
        name: 'c1',
        title: 'Pick',
        requiredIf: '({size} > 3)',
        choices: [{ value: 'yes', text: "It's yes" }],
      },
      { type: 'comment', name: 't1', title: 'Notes' },
      { type: 'text', inputType: 'date', name: 'd1', title: 'When' },
    ]);
  });

  it('keeps every section, question and option of the iso42001 pack', () => {
    const def = builtInDefinitions.iso42001!;
    const out = toSurveyJs(def, parseCondition);
    assert.equal(out.pages.length, def.sections.length);
    def.sections.forEach((s, i) =>
      assert.deepEqual(
        out.pages[i]!.elements.map((e) => e.name),
        s.questions.map((q) => q.id),
      ),
    );
    const conditioned = def.sections.flatMap((s) => s.questions).filter((q) => q.showIf).length;
    assert.ok(conditioned > 0);
    assert.equal(
      out.pages.flatMap((p) => p.elements).filter((e) => typeof e.visibleIf === 'string').length,
      conditioned,
    );
  });

  it('writes conditions fully parenthesised, `not` as `!`', () => {
    const cases: [string, string][] = [
      ["{q} contains 'x'", "({q} contains 'x')"],
      ['{q} empty or not ({r} notempty)', '(({q} empty) or !(({r} notempty)))'],
      [
        "{a} = 1 or {b} != 'two' and {c} <= 3.5",
        "(({a} = 1) or (({b} != 'two') and ({c} <= 3.5)))",
      ],
      ['not {flag}', '!({flag})'],
      ['{t} = "it\'s"', '({t} = "it\'s")'],
    ];
    for (const [ours, theirs] of cases)
      assert.equal(conditionToSurveyJs(parseCondition(ours)), theirs, ours);
  });
});

describe('to-surveyjs: same behaviour in SurveyJS', () => {
  it('evaluates translated conditions as aimskit does', () => {
    const conditions = [
      "{roles} empty or {roles} contains 'developer' or {roles} contains 'provider'",
      "{risk} empty or {risk} = 'yes' or {risk} = 'unsure'",
      "{level} >= '2'",
      '{level} < 2',
      "not ({level} = '3') and {roles} notempty",
      "{roles} notempty and not ({roles} contains 'user')",
      "{level} != 'na'",
      '{level} notempty and {level} != 4',
    ];
    const answers: Record<string, AnswerValue | undefined>[] = [];
    for (const roles of [undefined, ['developer'], ['user'], ['user', 'provider']]) {
      for (const risk of [undefined, 'yes', 'no', 'unsure']) {
        for (const level of [undefined, '0', '2', '3', '4', 'na'])
          answers.push({ roles, risk, level });
      }
    }
    let checked = 0;
    for (const src of conditions) {
      const ast = parseCondition(src);
      const runner = new ConditionRunner(conditionToSurveyJs(ast));
      for (const a of answers) {
        const values = Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined));
        assert.equal(
          runner.runValues(values),
          evaluate(ast, (id) => a[id]),
          `${src} with ${JSON.stringify(values)}`,
        );
        checked++;
      }
    }
    assert.equal(checked, conditions.length * answers.length);
  });

  for (const [name, json] of [
    ['iso42001', () => builtInDefinitions.iso42001!],
    ['synthetic 1,000', () => parseDefinition(syntheticDefinition())],
  ] as const) {
    it(`shows the same questions as aimskit for the same answers (${name})`, () => {
      const def = json();
      const survey = new Model(toSurveyJs(def, parseCondition));
      const all = def.sections.flatMap((s) => s.questions);
      const scopeSets: Record<string, AnswerValue>[] =
        name === 'iso42001'
          ? [
              {},
              { 'scope-roles': ['user'] },
              { 'scope-roles': ['developer'], 'scope-high-risk': 'no' },
              { 'scope-roles': ['user'], 'scope-high-risk': 'yes' },
            ]
          : [
              {},
              Object.fromEntries(all.map((q, i) => [q.id, String(i % 6)])),
              Object.fromEntries(all.map((q, i) => [q.id, String((i * 7) % 6)])),
            ];
      let hidden = 0;
      for (const values of scopeSets) {
        survey.clear(true, true);
        survey.data = values;
        const response = {
          format: 'aimskit.response/1',
          definition: { id: def.id, version: def.version },
          answers: Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value }])),
        } as AssessmentResponse;
        const ours = visibleQuestions(def, response);
        const theirs = new Set(
          survey
            .getAllQuestions()
            .filter((q) => q.isVisible)
            .map((q) => q.name),
        );
        assert.deepEqual(
          [...theirs].sort(),
          [...ours].sort(),
          JSON.stringify(values).slice(0, 200),
        );
        hidden += all.length - ours.size;
      }
      assert.ok(hidden > 0, 'some answers hide questions');
    });
  }
});
