// The maturity levels' names (docs/scoring.md, "Maturity levels"): which scale names them, and
// which level a maturity figure has reached. Runs in Node and in Chromium.
import { describe, it, assert } from '../harness.js';
import { maturityLevel, maturityLevelNames, parseDefinition } from '../../src/core.js';
import { iso42001 } from '../../src/content.js';

const withScales = (scales: unknown[]) =>
  parseDefinition({
    format: 'aimskit.definition/1',
    id: 'levels',
    version: '1',
    title: 'Levels',
    scales,
    sections: [{ id: 's', title: 'S', questions: [{ id: 't', type: 'text', text: 'Anything?' }] }],
  });

const sixLevels = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five'].map((label, level) => ({
  id: String(level),
  label,
  value: level / 5,
}));

describe('maturity levels', () => {
  it('names the levels by the first scale whose scored options are the six levels', () => {
    const yesNo = {
      id: 'yn',
      options: [
        { id: 'y', label: 'Yes', value: 1 },
        { id: 'n', label: 'No', value: 0 },
      ],
    };
    const levels = {
      id: 'm',
      options: [
        { id: 'unknown', label: "Don't know", value: 0, unknown: true },
        ...sixLevels,
        { id: 'na', label: 'N/A', na: true },
      ],
    };
    assert.deepEqual(maturityLevelNames(withScales([yesNo, levels])), [
      'Zero',
      'One',
      'Two',
      'Three',
      'Four',
      'Five',
    ]);
  });

  it('has no names when no scale is the six levels in order', () => {
    const reversed = { id: 'r', options: [...sixLevels].reverse() };
    const fiveLevels = { id: 'f', options: sixLevels.slice(1) };
    const offByOne = {
      id: 'o',
      options: sixLevels.map((option, level) => ({
        ...option,
        value: level === 3 ? 0.65 : option.value,
      })),
    };
    assert.equal(maturityLevelNames(withScales([reversed, fiveLevels, offByOne])), null);
    assert.equal(maturityLevelNames(withScales([])), null);
  });

  it('names the full pack levels from Incomplete to Optimizing', () => {
    const names = maturityLevelNames(parseDefinition(iso42001));
    assert.deepEqual(
      names?.map((name) => (typeof name === 'string' ? name : name['en'])),
      ['Incomplete', 'Initial', 'Managed', 'Defined', 'Measured', 'Optimizing'],
    );
  });

  it('reads a maturity figure as the whole level it has reached', () => {
    const cases: [number, number][] = [
      [0, 0],
      [0.9, 0],
      [1, 1],
      [2.3, 2],
      [2.9, 2],
      [3, 3],
      [4.99, 4],
      [5, 5],
      [-1, 0],
      [7, 5],
    ];
    for (const [maturity, level] of cases)
      assert.equal(maturityLevel(maturity), level, `${maturity}`);
  });
});
