/**
 * The lumbar spine that a trunk lean bends. With the pelvis dropped by δ (swing side down) and the
 * trunk leaning λ toward the stance side, the spine bends laterally by β = λ + δ. Its range bounds
 * the lean; its passive stiffness rises toward the end of the range (data/tissues.json: Troke et
 * al. 2001, range 29° to each side in young adults; stiffness about 0.3 N·m/° near neutral and
 * 5 N·m/° near the end, Gombatto et al.).
 */
import data from '../../data/tissues.json' with { type: 'json' };
import { RAD_PER_DEG } from '../constants.ts';

const S = data.lumbarSpine;

/** Lateral flexion range of the lumbar spine to one side, rad. */
export const LUMBAR_LATERAL_FLEXION_RANGE_RAD = S.lateralFlexionRangeDeg * RAD_PER_DEG;

const K0 = S.stiffnessStartNmPerDeg / RAD_PER_DEG;
/** Growth of the stiffness over the range: k(β) = k₀·exp(c·|β|/Λ), c = ln(k_end/k₀). */
const GROWTH = Math.log(S.stiffnessEndNmPerDeg / S.stiffnessStartNmPerDeg);

/**
 * Passive moment of the lumbar spine resisting a lateral bend β, N·m (magnitude, ≥ 0):
 * M = ∫₀^|β| k₀·exp(c·b/Λ) db = k₀·Λ/c·(exp(c·|β|/Λ) − 1).
 */
export function spinePassiveMomentNm(bendRad: number): number {
  const L = LUMBAR_LATERAL_FLEXION_RANGE_RAD;
  return ((K0 * L) / GROWTH) * (Math.exp((GROWTH * Math.abs(bendRad)) / L) - 1);
}

/** How much of the spine's lateral range a bend uses, 0-1 (its strain effort). */
export function spineRangeUsed(bendRad: number): number {
  return Math.abs(bendRad) / LUMBAR_LATERAL_FLEXION_RANGE_RAD;
}
