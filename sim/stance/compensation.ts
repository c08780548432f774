/**
 * How the body answers abductors that cannot hold the pelvis level: the trunk lean λ it chooses,
 * from which the pelvic drop follows by equilibrium (sim/stance/equilibrium.ts). A lean bends the
 * lumbar spine by β = λ + δ, which its range bounds (sim/tissues/spine.ts).
 *
 * - `none`: the trunk stays upright (but for leaning onto a same-side cane, below).
 * - `trunk-lean` (compensated Trendelenburg, Duchenne): the least lean that keeps the pelvis level;
 *   when the spine's range is not enough, the spine bends to its end and the pelvis drops for the
 *   rest, held by passive tissue.
 * - `auto`: the effort optimum. While the abductors hold the pelvis level at an effort a person
 *   sustains for 30 s, nobody leans. When they cannot, the lean is the one that minimises the
 *   combined strain of the spine and of the hip's passive tissues,
 *
 *     J(λ) = (β/Λ)³ + Σ_t (F_t / F_t,end)³,
 *
 *   each term a load over its capacity, cubed like the activations of Crowninshield RD, Brand RA
 *   (1981) J Biomech 14:793-801 (the spine's capacity is its range Λ, a tissue's its tension at the
 *   bony end of adduction). The abductors then work at their sustained ceiling whatever the lean,
 *   so J weighs what remains: bending the spine against loading the tract and capsule. Since the
 *   drop falls as the lean grows, `auto` never drops more than `none`.
 *
 * A cane in the same-side hand stands lateral of the stance foot: pushing on it with an upright
 * trunk would tip the body toward the unsupported swing side. People lean onto it instead, keeping
 * the foot where it was (the stance leg's inclination of the same posture without the cane); that
 * lean is the floor of every mode. A cane in the opposite hand needs no lean: the stance leg tilts
 * under the body (doc/model.md).
 */
import { legInclinationRad, upperBodyLoads } from '../body.ts';
import { brentRoot } from '../roots.ts';
import { LUMBAR_LATERAL_FLEXION_RANGE_RAD } from '../tissues/spine.ts';
import { effortOptimum } from './effortOptimum.ts';
import { ANGLE_TOLERANCE_RAD, dropForLean, postureOf, type Posture } from './equilibrium.ts';
import type { Workspace } from './posture.ts';
import { lastFitting, overBendAt } from './spineFit.ts';
import { trunkLean } from './trunkLean.ts';

export type { Posture } from './equilibrium.ts';

/** The stance leg's inclination beyond `footPhi` as a function of the lean, level pelvis, rad. */
const inclinationBeyond =
  (w: Workspace, footPhi: number) =>
  (lean: number): number => {
    upperBodyLoads(w.body, w.geo, w.hands, 0, lean, w.loads);
    return legInclinationRad(w.body, w.loads, w.hands) - footPhi;
  };

/** Lean onto a same-side cane that keeps the stance leg's inclination of the cane-free body, rad. */
export function caneLeanRad(w: Workspace): number {
  if (w.hands.caneForceN <= 0 || w.hands.caneHand !== 'ipsilateral') return 0;
  upperBodyLoads(w.body, w.geo, w.noHands, 0, 0, w.loads);
  const footPhi = legInclinationRad(w.body, w.loads, w.noHands);
  const phiAt = inclinationBeyond(w, footPhi);
  const f0 = phiAt(0);
  if (f0 <= 0) return 0;
  const fEnd = phiAt(LUMBAR_LATERAL_FLEXION_RANGE_RAD);
  if (fEnd > 0) return LUMBAR_LATERAL_FLEXION_RANGE_RAD;
  return brentRoot(phiAt, 0, LUMBAR_LATERAL_FLEXION_RANGE_RAD, ANGLE_TOLERANCE_RAD, f0, fEnd);
}

/** The lean onto a same-side cane, as far as the spine allows with the pelvis where it settles. */
function feasibleCaneLean(w: Workspace, ceiling: number): number {
  const cane = caneLeanRad(w);
  const bend = overBendAt(w, ceiling);
  if (cane === 0 || bend(cane) <= 0) return cane;
  const b0 = bend(0);
  if (b0 >= 0) return 0;
  return lastFitting(bend, 0, brentRoot(bend, 0, cane, ANGLE_TOLERANCE_RAD, b0));
}

/** The posture of a compensation mode, with muscles at most at activation `ceiling`. */
export function choosePosture(w: Workspace, ceiling: number): Posture {
  const floor = feasibleCaneLean(w, ceiling);
  switch (w.input.compensation) {
    case 'trunk-lean':
      return trunkLean(w, floor, ceiling);
    case 'auto':
      return effortOptimum(w, floor, ceiling);
    default:
      return postureOf(dropForLean(w, floor, ceiling), floor, floor);
  }
}
