import fc from 'fast-check';
import { describe, it, assert } from '../harness.js';
import {
  DefinitionError,
  parseDefinition,
  safeParseDefinition,
  type AimsIssue,
} from '../../src/core.js';
import { basicDefinition } from '../fixtures/definitions/basic.js';
import { minimalDefinition } from '../fixtures/definitions/minimal.js';

// Tests write wrong shapes on purpose.
type Loose = Record<string, any>;

/** The issues of a mutated copy of the basic fixture. */
function issuesOf(mutate: (d: Loose) => void): AimsIssue[] {
  const d = structuredClone(basicDefinition) as Loose;
  mutate(d);
  const r = safeParseDefinition(d);
  return r.success ? [] : r.issues;
}

/** Expects exactly these [path, message pattern] issues, in any order. */
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

const q = (d: Loose, s: number, i: number): Loose => d.sections[s].questions[i];

describe('definition: valid fixtures', () => {
  it('parses the basic fixture unchanged (no defaults filled in)', () => {
    const r = safeParseDefinition(basicDefinition);
    assert.equal(
      r.success,
      true,
      r.success ? '' : r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'),
    );
    assert.deepEqual(parseDefinition(basicDefinition), basicDefinition);
  });
  it('parses the minimal fixture', () => {
    assert.equal(parseDefinition(minimalDefinition).sections[0]!.questions[0]!.id, 'q');
  });
  it('accepts unknown group and tag ids when the definition lists no groups or tags', () => {
    expectIssues(
      issuesOf((d) => {
        delete d.groups;
        d.requirements[0].group = 'anything';
      }),
      [],
    );
    expectIssues(
      issuesOf((d) => {
        delete d.tags;
        q(d, 2, 0).tags = ['free-tag'];
      }),
      [],
    );
  });
  it('accepts any mapping target when the definition lists no frameworks', () => {
    expectIssues(
      issuesOf((d) => {
        delete d.frameworks;
        d.mappings[0].target = 'nist:gv-1';
      }),
      [],
    );
  });
  it('accepts an N/A option on a control question and on an unlinked question', () => {
    expectIssues(
      issuesOf((d) => {
        delete q(d, 2, 2).requirement;
      }),
      [],
    );
  });
});

describe('definition: unique ids', () => {
  const cases: [string, (d: Loose) => void, [string, RegExp][]][] = [
    [
      'sections',
      (d) => {
        d.sections[1].id = 'scope';
      },
      [['sections[1].id', /^duplicate section id "scope" \(first used at sections\[0\]\)$/]],
    ],
    [
      'questions across sections',
      (d) => {
        q(d, 1, 0).id = 'role';
      },
      [
        [
          'sections[1].questions[0].id',
          /^duplicate question id "role" \(first used at sections\[0\]\.questions\[0\]\)$/,
        ],
      ],
    ],
    [
      'scales',
      (d) => {
        d.scales[1].id = 'maturity';
      },
      [
        ['scales[1].id', /duplicate scale id "maturity"/],
        ['sections[1].questions[0].scale', /^unknown scale "level"$/],
      ],
    ],
    [
      'options of a scale',
      (d) => {
        d.scales[0].options[1].id = '0';
      },
      [['scales[0].options[1].id', /duplicate option id "0"/]],
    ],
    [
      'options of a question',
      (d) => {
        q(d, 0, 0).options[2].id = 'developer';
      },
      [['sections[0].questions[0].options[2].id', /duplicate option id "developer"/]],
    ],
    [
      'requirements',
      (d) => {
        d.requirements[2].id = 'A.6.2.4';
      },
      [
        ['requirements[2].id', /duplicate requirement id "A.6.2.4"/],
        ['sections[2].questions[2].requirement', /^unknown requirement "A.10.3"$/],
      ],
    ],
    [
      'groups',
      (d) => {
        d.groups[2].id = 'A.6';
      },
      [
        ['groups[2].id', /duplicate group id "A.6"/],
        ['requirements[2].group', /^unknown group "A.10"$/],
      ],
    ],
    [
      'tags',
      (d) => {
        d.tags.push({ id: 'oversight', title: 'Again' });
      },
      [['tags[1].id', /duplicate tag id "oversight"/]],
    ],
    [
      'bands',
      (d) => {
        d.bands[2].id = 'early';
      },
      [['bands[2].id', /duplicate band id "early"/]],
    ],
    [
      'frameworks and their targets',
      (d) => {
        d.frameworks.push(structuredClone(d.frameworks[0]));
      },
      [
        ['frameworks[1].id', /duplicate framework id "eu-ai-act"/],
        ['frameworks[1].targets[0].id', /duplicate target id "eu-ai-act:art-15"/],
      ],
    ],
    [
      'likelihoods',
      (d) => {
        d.riskMatrix.likelihood[1].id = 'unlikely';
      },
      [['riskMatrix.likelihood[1].id', /duplicate likelihood id "unlikely"/]],
    ],
    [
      'impacts',
      (d) => {
        d.riskMatrix.impact[1].id = 'minor';
      },
      [['riskMatrix.impact[1].id', /duplicate impact id "minor"/]],
    ],
    [
      'levels',
      (d) => {
        d.riskMatrix.levels[2].id = 'low';
      },
      [['riskMatrix.levels[2].id', /duplicate level id "low"/]],
    ],
  ];
  for (const [name, mutate, expected] of cases)
    it(`rejects duplicate ${name}`, () => expectIssues(issuesOf(mutate), expected));
});

describe('definition: references', () => {
  const cases: [string, (d: Loose) => void, [string, RegExp][]][] = [
    [
      'scale',
      (d) => {
        q(d, 2, 0).scale = 'maturty';
      },
      [['sections[2].questions[0].scale', /^unknown scale "maturty"$/]],
    ],
    [
      'requirement',
      (d) => {
        q(d, 2, 0).requirement = 'A.6.9';
      },
      [['sections[2].questions[0].requirement', /^unknown requirement "A.6.9"$/]],
    ],
    [
      'requirement without a requirements list',
      (d) => {
        delete d.requirements;
        delete d.mappings;
      },
      [
        ['sections[1].questions[0].requirement', /unknown requirement "4.1"/],
        ['sections[2].questions[0].requirement', /unknown requirement "A.6.2.4"/],
        ['sections[2].questions[2].requirement', /unknown requirement "A.10.3"/],
      ],
    ],
    [
      'group',
      (d) => {
        d.requirements[0].group = '5';
      },
      [['requirements[0].group', /^unknown group "5"$/]],
    ],
    [
      'tag',
      (d) => {
        q(d, 2, 0).tags = ['oversight', 'fairness'];
      },
      [['sections[2].questions[0].tags[1]', /^unknown tag "fairness"$/]],
    ],
    [
      'appetite level',
      (d) => {
        d.riskMatrix.appetite = 'extreme';
      },
      [['riskMatrix.appetite', /^unknown level "extreme"$/]],
    ],
    [
      'mapping source',
      (d) => {
        d.mappings[0].source = 'A.9.9';
      },
      [['mappings[0].source', /^unknown requirement "A.9.9"$/]],
    ],
    [
      'mapping target',
      (d) => {
        d.mappings[0].target = 'eu-ai-act:art-99';
      },
      [['mappings[0].target', /^unknown framework target "eu-ai-act:art-99"$/]],
    ],
    [
      'target outside its framework',
      (d) => {
        d.frameworks[0].targets[0].id = 'art-15';
      },
      [
        ['frameworks[0].targets[0].id', /must start with its framework's id: "eu-ai-act:"/],
        ['mappings[0].target', /unknown framework target "eu-ai-act:art-15"/],
      ],
    ],
  ];
  for (const [name, mutate, expected] of cases)
    it(`rejects an unknown ${name}`, () => expectIssues(issuesOf(mutate), expected));
});

describe('definition: question types, ISO rules, bands, risk grid', () => {
  const cases: [string, (d: Loose) => void, [string, RegExp][]][] = [
    [
      'a scale question without a scale',
      (d) => {
        delete q(d, 2, 2).scale;
      },
      [['sections[2].questions[2].scale', /a scale question needs "scale"/]],
    ],
    [
      'a scale question with options',
      (d) => {
        q(d, 2, 2).options = [{ id: 'x', label: 'X' }];
      },
      [['sections[2].questions[2].options', /takes its options from its scale/]],
    ],
    [
      'a choice question without options',
      (d) => {
        delete q(d, 0, 4).options;
      },
      [['sections[0].questions[4].options', /^a choice question needs "options"$/]],
    ],
    [
      'a multi question without options',
      (d) => {
        delete q(d, 0, 0).options;
      },
      [['sections[0].questions[0].options', /^a multi question needs "options"$/]],
    ],
    [
      'a choice question with a scale',
      (d) => {
        q(d, 0, 4).scale = 'level';
      },
      [['sections[0].questions[4].scale', /^a choice question takes no "scale"$/]],
    ],
    [
      'a text question with options',
      (d) => {
        q(d, 0, 3).options = [{ id: 'x', label: 'X' }];
      },
      [['sections[0].questions[3].options', /^a text question takes no "options"$/]],
    ],
    [
      'a number question with a scale',
      (d) => {
        q(d, 0, 1).scale = 'level';
      },
      [['sections[0].questions[1].scale', /^a number question takes no "scale"$/]],
    ],
    [
      'a date question with options',
      (d) => {
        q(d, 0, 2).options = [{ id: 'x', label: 'X' }];
      },
      [['sections[0].questions[2].options', /^a date question takes no "options"$/]],
    ],
    [
      'min above max',
      (d) => {
        q(d, 0, 1).min = 10;
        q(d, 0, 1).max = 5;
      },
      [['sections[0].questions[1].max', /must be at least min \(10\)/]],
    ],
    [
      'an N/A scale on a clause question',
      (d) => {
        q(d, 1, 0).scale = 'maturity';
      },
      [
        [
          'sections[1].questions[0].scale',
          /clause "4.1" is mandatory.*not-applicable option \("na"\)/,
        ],
      ],
    ],
    [
      'an N/A option on a clause choice question',
      (d) => {
        Object.assign(q(d, 1, 0), {
          type: 'choice',
          scale: undefined,
          options: [
            { id: 'yes', label: 'Yes', value: 1 },
            { id: 'skip', label: 'Skip', na: true },
          ],
        });
        delete q(d, 1, 0).scale;
      },
      [['sections[1].questions[0].options[1].na', /clause "4.1" is mandatory/]],
    ],
    [
      'a first band above 0',
      (d) => {
        d.bands[0].min = 10;
      },
      [['bands[0].min', /^the first band must start at 0, not 10$/]],
    ],
    [
      'bands out of order',
      (d) => {
        d.bands[2].min = 40;
      },
      [['bands[2].min', /bands must ascend: 40 is not above the previous band's 40/]],
    ],
    [
      'a grid with a missing row',
      (d) => {
        d.riskMatrix.grid.pop();
      },
      [['riskMatrix.grid', /^needs one row per likelihood \(2\), found 1$/]],
    ],
    [
      'a grid row with a missing cell',
      (d) => {
        d.riskMatrix.grid[1].pop();
      },
      [['riskMatrix.grid[1]', /^needs one cell per impact \(2\), found 1$/]],
    ],
    [
      'a grid cell outside the levels',
      (d) => {
        d.riskMatrix.grid[1][1] = 3;
      },
      [['riskMatrix.grid[1][1]', /^3 is not a level index \(0 to 2\)$/]],
    ],
  ];
  for (const [name, mutate, expected] of cases)
    it(`rejects ${name}`, () => expectIssues(issuesOf(mutate), expected));
});

describe('definition: conditions', () => {
  const cases: [string, (d: Loose) => void, [string, RegExp][]][] = [
    [
      'a showIf syntax error, with its position',
      (d) => {
        q(d, 2, 0).showIf = '{role} contains';
      },
      [['sections[2].questions[0].showIf', /^at 15: expected a value after 'contains'/]],
    ],
    [
      'a requiredIf syntax error',
      (d) => {
        q(d, 2, 1).requiredIf = '{verification} <= 1 or';
      },
      [['sections[2].questions[1].requiredIf', /^at 22: expected a value after 'or'/]],
    ],
    [
      'a showIf naming an unknown question',
      (d) => {
        q(d, 2, 0).showIf = "{rol} contains 'developer'";
      },
      [['sections[2].questions[0].showIf', /^at 0: unknown question "rol"$/]],
    ],
    [
      'a requiredIf naming an unknown question',
      (d) => {
        q(d, 2, 1).requiredIf = "{verification} = '1' or {verificaton} = 'na'";
      },
      [['sections[2].questions[1].requiredIf', /^at 24: unknown question "verificaton"$/]],
    ],
    [
      'a showIf cycle, once',
      (d) => {
        q(d, 2, 0).showIf = '{verification-plan} notempty';
      },
      [
        [
          'sections[2].questions[0].showIf',
          /^showIf conditions form a cycle: \{verification\} → \{verification-plan\} → \{verification\}$/,
        ],
      ],
    ],
    [
      'a question showing itself',
      (d) => {
        q(d, 2, 2).showIf = '{suppliers} empty';
      },
      [['sections[2].questions[2].showIf', /cycle: \{suppliers\} → \{suppliers\}$/]],
    ],
    [
      'a three-step cycle, on its first question',
      (d) => {
        q(d, 0, 1).showIf = '{started} notempty';
        q(d, 0, 2).showIf = '{notes} notempty';
        q(d, 0, 3).showIf = "{size} > 3 and {role} contains 'x'";
      },
      [
        [
          'sections[0].questions[1].showIf',
          /cycle: \{size\} → \{started\} → \{notes\} → \{size\}$/,
        ],
      ],
    ],
  ];
  for (const [name, mutate, expected] of cases)
    it(`rejects ${name}`, () => expectIssues(issuesOf(mutate), expected));

  it('does not report questions that only depend on a cycle', () => {
    // ctx depends on the cycle between size and started but is not part of it.
    expectIssues(
      issuesOf((d) => {
        q(d, 0, 1).showIf = '{started} notempty';
        q(d, 0, 2).showIf = '{size} notempty';
        q(d, 1, 0).showIf = '{size} = 3';
      }),
      [['sections[0].questions[1].showIf', /cycle: \{size\} → \{started\} → \{size\}$/]],
    );
  });
  it('accepts a requiredIf that reads its own question', () => {
    expectIssues(
      issuesOf((d) => {
        q(d, 0, 3).requiredIf = "{notes} = 'see below'";
      }),
      [],
    );
  });
});

describe('definition: errors', () => {
  it('collects every problem, not just the first', () => {
    const issues = issuesOf((d) => {
      q(d, 2, 0).scale = 'maturty';
      d.bands[0].min = 5;
      d.riskMatrix.appetite = 'x';
      q(d, 0, 3).showIf = '(';
    });
    expectIssues(issues, [
      ['sections[2].questions[0].scale', /unknown scale/],
      ['bands[0].min', /start at 0/],
      ['riskMatrix.appetite', /unknown level/],
      ['sections[0].questions[3].showIf', /^at 1: /],
    ]);
  });
  it('parseDefinition throws a DefinitionError naming each path', () => {
    const d = structuredClone(basicDefinition) as Loose;
    q(d, 2, 0).scale = 'maturty';
    const e = assert.throws(() => parseDefinition(d), DefinitionError);
    assert.deepEqual(e.issues, [
      { path: 'sections[2].questions[0].scale', message: 'unknown scale "maturty"' },
    ]);
    assert.match(e.message, /sections\[2\]\.questions\[0\]\.scale: unknown scale "maturty"/);
  });
  it('shape problems come before cross-reference checks', () => {
    const e = assert.throws(
      () => parseDefinition({ ...basicDefinition, sections: [] }),
      DefinitionError,
    );
    assert.equal(e.issues[0]!.path, 'sections');
  });
});

describe('definition: never throws anything but DefinitionError (property)', () => {
  const check = (json: unknown) => {
    const r = safeParseDefinition(json);
    if (!r.success)
      assert.equal(
        r.issues.every(
          (i) =>
            typeof i.path === 'string' && typeof i.message === 'string' && i.message.length > 0,
        ),
        true,
        'issues are strings',
      );
    try {
      parseDefinition(json);
    } catch (e) {
      if (!(e instanceof DefinitionError)) throw e;
    }
  };

  it('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 200 });
  });

  // Every container path of the fixture, for targeted mutations.
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, p: (string | number)[]) => {
    if (v && typeof v === 'object') {
      paths.push(p);
      for (const [k, x] of Object.entries(v)) walk(x, [...p, Array.isArray(v) ? Number(k) : k]);
    }
  };
  walk(basicDefinition, []);

  it('on mutated copies of the valid fixture', () => {
    const condition = fc.constantFrom(
      '{role}',
      '{verification} = 1',
      '(',
      '{nope} empty',
      '{suppliers} notempty',
      "{size} > 'x'",
    );
    const mutation = fc.record({
      at: fc.nat({ max: paths.length - 1 }),
      key: fc.oneof(
        fc.constantFrom(
          'id',
          'scale',
          'options',
          'showIf',
          'requiredIf',
          'type',
          'min',
          'grid',
          'appetite',
          'group',
          'requirement',
          'na',
        ),
        fc.nat({ max: 4 }).map(String),
      ),
      value: fc.oneof(
        fc.jsonValue(),
        condition,
        fc.constantFrom('maturity', 'level', 'na', '4.1', 'A.6.2.4', 'role', 'scale', 'choice'),
      ),
      remove: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const d = structuredClone(basicDefinition) as Loose;
        for (const m of mutations) {
          let target: Loose | undefined = d;
          for (const k of paths[m.at]!) target = target?.[k];
          if (!target || typeof target !== 'object') continue;
          const key = Array.isArray(target) ? Number(m.key) || 0 : m.key;
          if (m.remove) delete target[key];
          else target[key] = m.value;
        }
        check(d);
      }),
      { numRuns: 200 },
    );
  });
});
