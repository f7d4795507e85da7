// Where a risk sits on the grid (riskCell), the placement the risk matrix element draws and filters
// by.
import { describe, it, assert } from '../harness.js';
import { DEFAULT_RISK_MATRIX, riskCell, type Risk, type RiskMatrix } from '../../src/core.js';

const m: RiskMatrix = {
  likelihood: [
    { id: 'lo', label: 'Low' },
    { id: 'mid', label: 'Mid' },
    { id: 'hi', label: 'High' },
  ],
  impact: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
    { id: 'c', label: 'C' },
  ],
  levels: [
    { id: 'green', label: 'Green' },
    { id: 'red', label: 'Red' },
  ],
  grid: [
    [0, 0, 1],
    [0, 1, 1],
    [1, 1, 1],
  ],
  appetite: 'green',
};
const risk = (extra: Partial<Risk>): Risk => ({
  id: 'R-1',
  title: 't',
  likelihood: 'hi',
  impact: 'b',
  ...extra,
});

describe('riskCell', () => {
  it('places the inherent view by likelihood and impact index', () => {
    assert.deepEqual(riskCell(m, risk({}), 'inherent'), [2, 1]);
    assert.deepEqual(riskCell(m, risk({ likelihood: 'lo', impact: 'c' }), 'inherent'), [0, 2]);
    assert.deepEqual(
      riskCell(DEFAULT_RISK_MATRIX, risk({ likelihood: 'likely', impact: 'severe' }), 'inherent'),
      [3, 4],
    );
  });

  it('places the residual view by the residual ids, falling back per axis', () => {
    assert.deepEqual(
      riskCell(m, risk({ residualLikelihood: 'lo', residualImpact: 'a' }), 'residual'),
      [0, 0],
    );
    assert.deepEqual(riskCell(m, risk({ residualLikelihood: 'mid' }), 'residual'), [1, 1]);
    assert.deepEqual(riskCell(m, risk({ residualImpact: 'c' }), 'residual'), [2, 2]);
    assert.deepEqual(riskCell(m, risk({}), 'residual'), [2, 1]);
    // the inherent view ignores residual ids
    assert.deepEqual(
      riskCell(m, risk({ residualLikelihood: 'lo', residualImpact: 'a' }), 'inherent'),
      [2, 1],
    );
  });

  it('answers null for ids the matrix does not know', () => {
    assert.equal(riskCell(m, risk({ likelihood: 'nope' }), 'inherent'), null);
    assert.equal(riskCell(m, risk({ impact: 'nope' }), 'inherent'), null);
    assert.equal(riskCell(m, risk({ residualImpact: 'nope' }), 'residual'), null);
    assert.deepEqual(riskCell(m, risk({ residualImpact: 'nope' }), 'inherent'), [2, 1]);
  });
});
