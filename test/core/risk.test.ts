// Golden tests for risk levels: grid lookup, residual fallback, appetite, and the matrix summary.
import { describe, it, assert } from '../harness.js';
import {
  DEFAULT_RISK_MATRIX,
  parseDefinition,
  riskLevel,
  score,
  summarizeRisks,
  type AssessmentResponse,
  type RiskMatrix,
} from '../../src/core.js';

const def = (riskMatrix?: RiskMatrix) =>
  parseDefinition({
    format: 'aimskit.definition/1',
    id: 'r',
    version: '1',
    title: 'R',
    scales: [],
    sections: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'text', text: 'q' }] }],
    ...(riskMatrix ? { riskMatrix } : {}),
  });
const resp = (risks: AssessmentResponse['risks']): AssessmentResponse => ({
  format: 'aimskit.response/1',
  definition: { id: 'r', version: '1' },
  answers: {},
  risks,
});

describe('risk levels', () => {
  it('the default matrix has the documented axes, levels and appetite', () => {
    assert.deepEqual(
      DEFAULT_RISK_MATRIX.likelihood.map((e) => e.id),
      ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'],
    );
    assert.deepEqual(
      DEFAULT_RISK_MATRIX.impact.map((e) => e.id),
      ['negligible', 'minor', 'moderate', 'major', 'severe'],
    );
    assert.deepEqual(
      DEFAULT_RISK_MATRIX.levels.map((e) => e.id),
      ['very-low', 'low', 'medium', 'high', 'very-high'],
    );
    assert.equal(DEFAULT_RISK_MATRIX.appetite, 'medium');
    assert.equal(DEFAULT_RISK_MATRIX.grid.length, 5);
    assert.deepEqual(
      DEFAULT_RISK_MATRIX.grid.map((row) => row.length),
      [5, 5, 5, 5, 5],
    );
  });

  it('looks cells up in the grid: grid[likelihood][impact] indexes levels', () => {
    // The default grid rates a cell by likelihood index + impact index: 0–1 very-low, 2–3 low, 4
    // medium, 5–6 high, 7–8 very-high; a severe impact rates at least high.
    const cases: [string, string, string][] = [
      ['rare', 'negligible', 'very-low'], // 0 + 0
      ['possible', 'minor', 'low'], // 2 + 1 = 3
      ['rare', 'severe', 'high'], // 0 + 4 = medium, but severe is at least high
      ['unlikely', 'severe', 'high'], // 1 + 4 = 5
      ['almost-certain', 'minor', 'high'], // 4 + 1 = 5
      ['likely', 'major', 'high'], // 3 + 3 = 6
      ['almost-certain', 'severe', 'very-high'], // 4 + 4
      ['almost-certain', 'negligible', 'medium'], // 4 + 0
    ];
    for (const [l, i, want] of cases)
      assert.equal(riskLevel(DEFAULT_RISK_MATRIX, l, i), want, `${l} × ${i}`);
    // a custom 2×3 grid, read by index
    const m: RiskMatrix = {
      likelihood: [
        { id: 'lo', label: 'lo' },
        { id: 'hi', label: 'hi' },
      ],
      impact: [
        { id: 'a', label: 'a' },
        { id: 'b', label: 'b' },
        { id: 'c', label: 'c' },
      ],
      levels: [
        { id: 'green', label: 'g' },
        { id: 'amber', label: 'a' },
        { id: 'red', label: 'r' },
      ],
      grid: [
        [0, 0, 1],
        [1, 2, 2],
      ],
      appetite: 'green',
    };
    assert.equal(riskLevel(m, 'lo', 'c'), 'amber');
    assert.equal(riskLevel(m, 'hi', 'a'), 'amber');
    assert.equal(riskLevel(m, 'hi', 'b'), 'red');
    assert.equal(riskLevel(m, 'nope', 'a'), null);
    assert.equal(riskLevel(m, 'lo', 'nope'), null);
  });

  it('residual falls back to inherent, per axis; appetite compares the residual level', () => {
    const s = score(
      def(),
      resp([
        // inherent likely × major = high; residual unlikely × major (1 + 3 = 4) = medium = appetite
        // → within
        {
          id: 'R-1',
          title: 'a',
          likelihood: 'likely',
          impact: 'major',
          residualLikelihood: 'unlikely',
          residualImpact: 'major',
        },
        // no residual: residual = inherent = very-high (4 + 4) > medium → exceeds
        { id: 'R-2', title: 'b', likelihood: 'almost-certain', impact: 'severe' },
        // only a residual likelihood: rare × major (0 + 3) = low
        {
          id: 'R-3',
          title: 'c',
          likelihood: 'likely',
          impact: 'major',
          residualLikelihood: 'rare',
        },
        // only a residual impact: likely × moderate (3 + 2 = 5) = high → exceeds
        {
          id: 'R-4',
          title: 'd',
          likelihood: 'likely',
          impact: 'major',
          residualImpact: 'moderate',
        },
      ]),
    );
    assert.deepEqual(s.risks, [
      { id: 'R-1', inherent: 'high', residual: 'medium', exceedsAppetite: false },
      { id: 'R-2', inherent: 'very-high', residual: 'very-high', exceedsAppetite: true },
      { id: 'R-3', inherent: 'high', residual: 'low', exceedsAppetite: false },
      { id: 'R-4', inherent: 'high', residual: 'high', exceedsAppetite: true },
    ]);
  });

  it("uses the definition's own matrix and appetite when it has one", () => {
    const m: RiskMatrix = {
      likelihood: [
        { id: 'lo', label: 'lo' },
        { id: 'hi', label: 'hi' },
      ],
      impact: [
        { id: 'small', label: 's' },
        { id: 'big', label: 'b' },
      ],
      levels: [
        { id: 'ok', label: 'ok' },
        { id: 'watch', label: 'w' },
        { id: 'bad', label: 'b' },
      ],
      grid: [
        [0, 1],
        [1, 2],
      ],
      appetite: 'ok',
    };
    const s = score(
      def(m),
      resp([{ id: 'R-1', title: 'a', likelihood: 'hi', impact: 'big', residualLikelihood: 'lo' }]),
    );
    // inherent hi × big = bad; residual lo × big = watch, above appetite ok
    assert.deepEqual(s.risks, [
      { id: 'R-1', inherent: 'bad', residual: 'watch', exceedsAppetite: true },
    ]);
  });

  it('summarizes risks per cell and per level for the matrix view', () => {
    const sum = summarizeRisks(
      def(),
      resp([
        {
          id: 'R-1',
          title: 'a',
          likelihood: 'likely',
          impact: 'major',
          residualLikelihood: 'unlikely',
        },
        { id: 'R-2', title: 'b', likelihood: 'likely', impact: 'major' },
        { id: 'R-3', title: 'c', likelihood: 'rare', impact: 'negligible' },
      ]),
    );
    // inherent: two in likely (3) × major (3), one in rare × negligible
    assert.equal(sum.cells.inherent[3]![3], 2);
    assert.equal(sum.cells.inherent[0]![0], 1);
    assert.equal(
      sum.cells.inherent.flat().reduce((a, b) => a + b, 0),
      3,
    );
    // residual: R-1 moves to unlikely (1) × major (3)
    assert.equal(sum.cells.residual[1]![3], 1);
    assert.equal(sum.cells.residual[3]![3], 1);
    assert.deepEqual(sum.levels.inherent, {
      'very-low': 1,
      low: 0,
      medium: 0,
      high: 2,
      'very-high': 0,
    });
    // residual: R-1 unlikely × major = 1 + 3 = medium; R-2 high; R-3 very-low
    assert.deepEqual(sum.levels.residual, {
      'very-low': 1,
      low: 0,
      medium: 1,
      high: 1,
      'very-high': 0,
    });
    assert.equal(sum.exceedingAppetite, 1);
    assert.deepEqual(sum.unplaced, []);
    assert.equal(sum.matrix, DEFAULT_RISK_MATRIX);
  });

  it('a risk with an id unknown to the matrix gets null levels and is listed as unplaced', () => {
    const r = resp([{ id: 'R-9', title: 'x', likelihood: 'sometimes', impact: 'major' }]);
    assert.deepEqual(score(def(), r).risks, [
      { id: 'R-9', inherent: null, residual: null, exceedsAppetite: false },
    ]);
    const sum = summarizeRisks(def(), r);
    assert.deepEqual(sum.unplaced, ['R-9']);
    assert.equal(
      sum.cells.inherent.flat().reduce((a, b) => a + b, 0),
      0,
    );
  });
});
