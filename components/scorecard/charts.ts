/**
 * Chart geometry for `<aims-scorecard>`: pure functions from figures the core computed to SVG
 * coordinates. Formatting only; no rule of the scoring lives here.
 */

/** A 0..100 figure as a bar length 0..100 (null and out-of-range values clamped). */
export const barLength = (x: number | null | undefined): number =>
  Math.min(100, Math.max(0, x ?? 0));

const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The point of axis `i` of `n` at `value` (0..100) on a radar of radius `radius` centred at
 * (`center`, `center`). Axis 0 points up; the others follow clockwise.
 */
export function radarPoint(
  i: number,
  n: number,
  value: number | null,
  radius: number,
  center: number,
): [number, number] {
  const a = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const d = (radius * barLength(value)) / 100;
  return [r2(center + d * Math.cos(a)), r2(center + d * Math.sin(a))];
}

/** The `points` attribute of a radar polygon through `values` (one per axis). */
export const radarPolygon = (
  values: readonly (number | null)[],
  radius: number,
  center: number,
): string =>
  values.map((v, i) => radarPoint(i, values.length, v, radius, center).join(',')).join(' ');
