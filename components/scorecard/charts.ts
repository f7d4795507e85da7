/**
 * Chart geometry for `<aims-scorecard>`: pure functions from figures the core computed to SVG
 * coordinates. Formatting only; no rule of the scoring lives here.
 */

/** A 0..100 figure as a bar length 0..100 (null and out-of-range values clamped). */
export const barLength = (value: number | null | undefined): number =>
  Math.min(100, Math.max(0, value ?? 0));

/** Rounded to two decimals (coordinates stay short in the SVG). */
const roundCoordinate = (value: number) => Math.round(value * 100) / 100;

/**
 * The point of axis `axis` of `axes` at `value` (0..100) on a radar of radius `radius` centred at
 * (`center`, `center`). Axis 0 points up; the others follow clockwise.
 */
export function radarPoint(
  axis: number,
  axes: number,
  value: number | null,
  radius: number,
  center: number,
): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / axes;
  const distance = (radius * barLength(value)) / 100;
  return [
    roundCoordinate(center + distance * Math.cos(angle)),
    roundCoordinate(center + distance * Math.sin(angle)),
  ];
}

/** The `points` attribute of a radar polygon through `values` (one per axis). */
export const radarPolygon = (
  values: readonly (number | null)[],
  radius: number,
  center: number,
): string =>
  values
    .map((value, axis) => radarPoint(axis, values.length, value, radius, center).join(','))
    .join(' ');
