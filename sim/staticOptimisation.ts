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
  // Each part's powers once (the passes reuse them), in scratch arrays that are kept.
  const powQ = scratch(POW_Q, n);
  const powQ1 = scratch(POW_Q1, n);
  const saturated = scratch(SATURATED, n);
  for (let i = 0; i < n; i++) {
    const ci = c[i] ?? 0;
    // Math.pow(x, 0.5) is Math.sqrt(x) exactly (ECMAScript's pow follows fdlibm there), and faster.
    powQ[i] = ci > 0 ? (q === 0.5 ? Math.sqrt(ci) : Math.pow(ci, q)) : 0;
    powQ1[i] = ci > 0 ? Math.pow(ci, 1 + q) : 0;
    saturated[i] = 0;
  }
  // Active-set passes: saturated parts are fixed at 1, the rest share what is left.
  for (let pass = 0; pass <= n; pass++) {
    let fixedMoment = 0;
    let weight = 0;
    for (let i = 0; i < n; i++) {
      const ci = c[i] ?? 0;
      if (ci <= 0) continue;
      if (saturated[i]) fixedMoment += ci;
      else weight += powQ1[i]!;
    }
    if (!(weight > 0)) {
      // The parts left are so weak (a strength near 1e-300) that their powers underflow to 0:
      // they carry nothing, and the share cannot be divided by them.
      for (let i = 0; i < n; i++) if (!saturated[i]) out[i] = 0;
      break;
    }
    const muq = (target - fixedMoment) / weight;
    let changed = false;
    for (let i = 0; i < n; i++) {
      const ci = c[i] ?? 0;
      if (ci <= 0 || saturated[i]) continue;
      const a = muq * powQ[i]!;
      if (a >= 1) {
        saturated[i] = 1;
        changed = true;
      }
      out[i] = Math.min(Math.max(a, 0), 1);
    }
    if (!changed) break;
    for (let i = 0; i < n; i++) if (saturated[i]) out[i] = 1;
  }
  let delivered = 0;
  for (let i = 0; i < n; i++) delivered += (c[i] ?? 0) > 0 ? (c[i] ?? 0) * (out[i] ?? 0) : 0;
  return delivered;
}

/** Scratch arrays of {@link shareLoad}, grown as needed (no allocation per call). */
const POW_Q: number[] = [];
const POW_Q1: number[] = [];
const SATURATED: number[] = [];

function scratch(a: number[], n: number): number[] {
  while (a.length < n) a.push(0);
  return a;
}
