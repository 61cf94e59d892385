/** Number helpers shared by scoring and formatting. */

/**
 * Rounds half-up to `places` decimals, removing binary floating-point noise first
 * (1.005 → 1.01, 81.4548 → 81.45). Used for the final ITA value only (reference §b.3).
 */
export function roundHalfUp(value: number, places = 2): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** places;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

/** roundHalfUp(value, 2). */
export function round2(value: number): number {
  return roundHalfUp(value, 2);
}
