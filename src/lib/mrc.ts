/**
 * MRC muscle-power grade (0-5) shown beside a strength percentage. The MRC scale is ordinal
 * (Medical Research Council 1976, Aids to the Examination of the Peripheral Nervous System), so
 * the mapping from a percentage of normal force is a teaching approximation: 0 = no contraction,
 * 1 = flicker, 2 = movement with gravity eliminated, 3 = against gravity, 4 = against some
 * resistance, 5 = normal.
 */
export function mrcGrade(strengthPct: number): number {
  if (strengthPct <= 0) return 0;
  if (strengthPct < 10) return 1;
  if (strengthPct < 25) return 2;
  if (strengthPct < 50) return 3;
  if (strengthPct < 90) return 4;
  return 5;
}
