/** The range a `number` question allows: `min` and `max`, each optional and inclusive. */

export interface NumberRange {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
}

/**
 * Where a number falls outside a range: `'below'` the minimum, `'above'` the maximum, or undefined
 * when it is within (a missing bound allows any value on its side).
 */
export function outOfRange(value: number, range: NumberRange): 'below' | 'above' | undefined {
  if (range.min !== undefined && value < range.min) return 'below';
  if (range.max !== undefined && value > range.max) return 'above';
  return undefined;
}
