/**
 * Load sharing between redundant muscle parts by static optimisation
 * (Crowninshield RD, Brand RA (1981) J Biomech 14:793-801, who minimised the sum of cubed muscle
 * stresses; with one specific tension for all parts, stress is proportional to activation, so the
 * criterion becomes the sum of cubed activations used here and in OpenSim's static optimisation):
 *
 *   minimise Σ aᵢᵖ  subject to  Σ cᵢ aᵢ = M,  0 ≤ aᵢ ≤ 1,
 *
 * where cᵢ = rᵢ·Fᵢ,max is the moment part i makes at full activation. The optimality conditions
 * give aᵢ = min(1, (μ cᵢ)^(1/(p−1))) for cᵢ > 0 and aᵢ = 0 otherwise; μ follows in closed form
 * once the set of saturated parts is known, which is found by adding saturated parts until none
 * is left over (at most n passes).
 */

/**
 * Activations that share moment `targetNm` between parts with full-activation moments `c`.
 * @param c moment of each part at full activation, N·m (parts with c ≤ 0 get 0)
 * @param targetNm required active moment, N·m; clamped to [0, Σ max(c, 0)]
 * @param exponent p > 1
 * @param out receives the activations (length ≥ c.length)
 * @returns the moment actually delivered, N·m
 */
export function shareLoad(
  c: ArrayLike<number>,
  targetNm: number,
  exponent: number,
  out: number[],
): number {
  const n = c.length;
  const q = 1 / (exponent - 1);
  let capacity = 0;
  for (let i = 0; i < n; i++) capacity += Math.max(c[i] ?? 0, 0);
  const target = Math.min(Math.max(targetNm, 0), capacity);
  for (let i = 0; i < n; i++) out[i] = 0;
  if (target <= 0) return 0;
  if (target >= capacity) {
    for (let i = 0; i < n; i++) out[i] = (c[i] ?? 0) > 0 ? 1 : 0;
    return capacity;
  }
  // Active-set passes: saturated parts are fixed at 1, the rest share what is left.
  const saturated: boolean[] = new Array<boolean>(n).fill(false);
  for (let pass = 0; pass <= n; pass++) {
    let fixedMoment = 0;
    let weight = 0;
    for (let i = 0; i < n; i++) {
      const ci = c[i] ?? 0;
      if (ci <= 0) continue;
      if (saturated[i]) fixedMoment += ci;
      else weight += Math.pow(ci, 1 + q);
    }
    const muq = (target - fixedMoment) / weight;
    let changed = false;
    for (let i = 0; i < n; i++) {
      const ci = c[i] ?? 0;
      if (ci <= 0 || saturated[i]) continue;
      const a = muq * Math.pow(ci, q);
      if (a >= 1) {
        saturated[i] = true;
        changed = true;
      }
      out[i] = Math.min(a, 1);
    }
    if (!changed) break;
    for (let i = 0; i < n; i++) if (saturated[i]) out[i] = 1;
  }
  let delivered = 0;
  for (let i = 0; i < n; i++) delivered += (c[i] ?? 0) > 0 ? (c[i] ?? 0) * (out[i] ?? 0) : 0;
  return delivered;
}
