/** Numbers as the figures and readouts show them: SI inside, units only here. */

/** A force in newtons, or in body weights (`units` 'BW'): "716 N", "0.80 × BW". */
export function forceText(forceN: number, bodyWeightN: number, units: 'N' | 'BW'): string {
  return units === 'N' ? `${Math.round(forceN)} N` : `${(forceN / bodyWeightN).toFixed(2)} × BW`;
}
