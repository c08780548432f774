/**
 * The spine's range as a bound on the lean: how far a lean, with the pelvis where it settles,
 * bends the lumbar spine beyond its range (β = λ + δ ≤ Λ, sim/tissues/spine.ts), and the largest
 * lean that still fits.
 */
import { LUMBAR_LATERAL_FLEXION_RANGE_RAD } from '../tissues/spine.ts';
import { ANGLE_TOLERANCE_RAD, dropForLean } from './equilibrium.ts';
import type { Workspace } from './posture.ts';

/**
 * A lean within `ANGLE_TOLERANCE_RAD` at or below `lean` where `bend` ≤ 0 (the spine within its
 * range), not below `floor`: steps down until it fits, then bisects back toward the root.
 */
export function lastFitting(bend: (lean: number) => number, floor: number, lean: number): number {
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
export function overBend(w: Workspace, lean: number, ceiling: number): number {
  return lean + dropForLean(w, lean, ceiling).dropRad - LUMBAR_LATERAL_FLEXION_RANGE_RAD;
}

/**
 * {@link overBend} as a function of the lean (made by a factory: a closure declared by name inside
 * a search would be given its name at every call by some TypeScript runners).
 */
export const overBendAt =
  (w: Workspace, ceiling: number) =>
  (lean: number): number =>
    overBend(w, lean, ceiling);
