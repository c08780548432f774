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
import { LUMBAR_LATERAL_FLEXION_RANGE_RAD, spineRangeUsed } from '../tissues/spine.ts';
import { ANGLE_TOLERANCE_RAD, dropForLean, type DropSolution } from './equilibrium.ts';
import { evaluatePosture, type Workspace } from './posture.ts';
import { tissueStrain } from './strain.ts';

/** A posture chosen by a compensation. */
export interface Posture extends DropSolution {
  readonly leanRad: number;
  /** The part of the lean that leaning onto a same-side cane requires, rad. */
  readonly caneLeanRad: number;
}

/** Lean onto a same-side cane that keeps the stance leg's inclination of the cane-free body, rad. */
export function caneLeanRad(w: Workspace): number {
  if (w.hands.caneForceN <= 0 || w.hands.caneHand !== 'ipsilateral') return 0;
  upperBodyLoads(w.body, w.geo, w.noHands, 0, 0, w.loads);
  const footPhi = legInclinationRad(w.body, w.loads, w.noHands);
  const phiAt = (lean: number) => {
    upperBodyLoads(w.body, w.geo, w.hands, 0, lean, w.loads);
    return legInclinationRad(w.body, w.loads, w.hands) - footPhi;
  };
  const f0 = phiAt(0);
  if (f0 <= 0) return 0;
  const fEnd = phiAt(LUMBAR_LATERAL_FLEXION_RANGE_RAD);
  if (fEnd > 0) return LUMBAR_LATERAL_FLEXION_RANGE_RAD;
  return brentRoot(phiAt, 0, LUMBAR_LATERAL_FLEXION_RANGE_RAD, ANGLE_TOLERANCE_RAD, f0, fEnd);
}

/**
 * A lean within `ANGLE_TOLERANCE_RAD` at or below `lean` where `bend` ≤ 0 (the spine within its
 * range), not below `floor`: steps down until it fits, then bisects back toward the root.
 */
function lastFitting(bend: (lean: number) => number, floor: number, lean: number): number {
  if (bend(lean) <= 0) return lean;
  let hi = lean;
  let lo = lean;
  for (let step = ANGLE_TOLERANCE_RAD; lo > floor && bend(lo) > 0; step *= 4) {
    hi = lo;
    lo = Math.max(floor, lean - step);
  }
  while (hi - lo > ANGLE_TOLERANCE_RAD) {
    const mid = 0.5 * (lo + hi);
    if (bend(mid) <= 0) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Spine bend beyond its range at a lean, with the pelvis where that lean puts it, rad. */
function overBend(w: Workspace, lean: number, ceiling: number): number {
  return lean + dropForLean(w, lean, ceiling).dropRad - LUMBAR_LATERAL_FLEXION_RANGE_RAD;
}

/** The lean onto a same-side cane, as far as the spine allows with the pelvis where it settles. */
function feasibleCaneLean(w: Workspace, ceiling: number): number {
  const cane = caneLeanRad(w);
  const bend = (lean: number) => overBend(w, lean, ceiling);
  if (cane === 0 || bend(cane) <= 0) return cane;
  const b0 = bend(0);
  if (b0 >= 0) return 0;
  return lastFitting(bend, 0, brentRoot(bend, 0, cane, ANGLE_TOLERANCE_RAD, b0));
}

/** The least lean in [floor, range] that keeps the pelvis level, or the spine at its end. */
function trunkLean(w: Workspace, floor: number, ceiling: number): Posture {
  const range = LUMBAR_LATERAL_FLEXION_RANGE_RAD;
  const atFloor = dropForLean(w, floor, ceiling);
  // Level, or raised by an aid that over-balances: leaning would not help.
  if (atFloor.dropRad <= 0) return { ...atFloor, leanRad: floor, caneLeanRad: floor };
  const levelAt = (lean: number) => evaluatePosture(w, 0, lean, ceiling);
  if (levelAt(range) >= 0) {
    const lean = brentRoot(levelAt, floor, range, ANGLE_TOLERANCE_RAD);
    return { dropRad: 0, endStop: undefined, leanRad: lean, caneLeanRad: floor };
  }
  // The spine bends to its end: λ + δ(λ) = Λ, approached from the side where it fits.
  const bend = (lean: number) => overBend(w, lean, ceiling);
  const b0 = bend(floor);
  if (b0 >= 0) return { ...atFloor, leanRad: floor, caneLeanRad: floor };
  const lean = lastFitting(bend, floor, brentRoot(bend, floor, range, ANGLE_TOLERANCE_RAD, b0));
  return { ...dropForLean(w, lean, ceiling), leanRad: lean, caneLeanRad: floor };
}

/** Golden-section steps of the effort search (the bracket shrinks by 0.618 each: 1e-9 of Λ). */
const SEARCH_STEPS = 45;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** The effort optimum of `auto`. */
function effortOptimum(w: Workspace, floor: number, ceiling: number): Posture {
  const atFloor = dropForLean(w, floor, ceiling);
  if (atFloor.dropRad <= 0) return { ...atFloor, leanRad: floor, caneLeanRad: floor };
  // Leaning beyond the least level lean only bends the spine more.
  const upper = trunkLean(w, floor, ceiling);
  // A posture that bends the spine beyond its range is not available.
  const cost = (lean: number) => {
    const d = dropForLean(w, lean, ceiling);
    const bend = spineRangeUsed(lean + d.dropRad);
    if (bend > 1) return Infinity;
    evaluatePosture(w, d.dropRad, lean, ceiling);
    return bend ** 3 + tissueStrain(w);
  };
  let a = floor;
  let b = upper.leanRad;
  let c = b - GOLDEN * (b - a);
  let d = a + GOLDEN * (b - a);
  let fc = cost(c);
  let fd = cost(d);
  for (let k = 0; k < SEARCH_STEPS && b - a > ANGLE_TOLERANCE_RAD; k++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - GOLDEN * (b - a);
      fc = cost(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + GOLDEN * (b - a);
      fd = cost(d);
    }
  }
  const candidates = [floor, 0.5 * (a + b), upper.leanRad];
  const best = candidates.reduce((p, q) => (cost(q) < cost(p) ? q : p));
  const posture = dropForLean(w, best, ceiling);
  // Leaning never adds drop; at the solver's precision, keep the upright drop then.
  if (posture.dropRad >= atFloor.dropRad) return { ...atFloor, leanRad: floor, caneLeanRad: floor };
  return { ...posture, leanRad: best, caneLeanRad: floor };
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
      return { ...dropForLean(w, floor, ceiling), leanRad: floor, caneLeanRad: floor };
  }
}
