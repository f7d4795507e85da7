// Chart geometry of <aims-scorecard>: bar lengths and radar points, against values worked out by
// hand.
import { expect } from '@open-wc/testing';
import { barLength, radarPoint, radarPolygon } from '../../components/scorecard/charts.js';

describe('scorecard chart geometry', () => {
  it('barLength keeps a 0..100 figure and clamps the rest', () => {
    expect([0, 37.5, 100].map(barLength)).to.deep.equal([0, 37.5, 100]);
    expect([null, undefined, -5, 140].map(barLength)).to.deep.equal([0, 0, 0, 100]);
  });

  it('radarPoint starts at the top and goes clockwise', () => {
    // four axes, radius 100, centre (120, 120): up, right, down, left
    expect(radarPoint(0, 4, 100, 100, 120)).to.deep.equal([120, 20]);
    expect(radarPoint(1, 4, 100, 100, 120)).to.deep.equal([220, 120]);
    expect(radarPoint(2, 4, 50, 100, 120)).to.deep.equal([120, 170]);
    expect(radarPoint(3, 4, 25, 100, 120)).to.deep.equal([95, 120]);
    // a null or negative value sits at the centre
    expect(radarPoint(1, 3, null, 100, 120)).to.deep.equal([120, 120]);
    // three axes: the second at 30° below the horizontal, right; cos 30° = 0.8660
    expect(radarPoint(1, 3, 100, 100, 0)).to.deep.equal([86.6, 50]);
  });

  it('radarPolygon joins one point per value', () => {
    expect(radarPolygon([100, 50, 0, 100], 10, 10)).to.equal('10,0 15,10 10,10 0,10');
  });
});
