/**
 * The `trunk-lean` compensation (compensated Trendelenburg, Duchenne): the least lean toward the
 * stance side that keeps the pelvis level; when the lumbar spine's range is not enough, the spine
 * bends to its end and the pelvis drops for the rest, held by passive tissue
 * (sim/stance/compensation.ts). The spine's end is found along the equilibrium curve
 * (sim/stance/equilibriumCurve.ts), one hip evaluation per step, and checked where the drop search would look (confirmDrop).
 */
import { brentRoot, firstRise } from '../roots.ts';
import { LUMBAR_LATERAL_FLEXION_RANGE_RAD } from '../tissues/spine.ts';
import {
  ANGLE_TOLERANCE_RAD,
  confirmDrop,
  dropForLean,
  postureOf,
  type DropSolution,
  type Posture,
} from './equilibrium.ts';
import { curveLeanRad } from './equilibriumCurve.ts';
import { abductorSurplusAt, evaluateLoads, type Workspace } from './posture.ts';
import { lastFitting, overBendAt } from './spineFit.ts';

/**
 * How far short of the spine's end the curve search aims, rad: twice the drop search's
 * tolerance, so that the drop found for the lean (which lies up to that tolerance beyond the
 * equilibrium) still leaves the spine within its range.
 */
const SPINE_END_MARGIN_RAD = 2 * ANGLE_TOLERANCE_RAD;
/** Tolerance of the hip adduction on the equilibrium curve, rad (far below the drop's). */
export const CURVE_TOLERANCE_RAD = 1e-13;

// The functions searched, made by factories (a closure declared by name inside a search would be
// given its name at every call by some TypeScript runners).

/** Spine bend beyond its range (less the margin) along the equilibrium curve, by hip adduction, rad. */
const curveBend =
  (w: Workspace, ceiling: number) =>
  (theta: number): number =>
    curveLeanRad(w, theta, ceiling) +
    w.dropRad -
    LUMBAR_LATERAL_FLEXION_RANGE_RAD +
    SPINE_END_MARGIN_RAD;

/** Abductor-side surplus with the pelvis level, by lean, N·m. */
const levelSurplus =
  (w: Workspace, ceiling: number) =>
  (lean: number): number =>
    abductorSurplusAt(w, 0, lean, ceiling);

/**
 * The lean that bends the spine to its end, λ + δ(λ) = Λ, found along the equilibrium curve
 * (sim/stance/equilibriumCurve.ts) between the floor posture and the level pelvis at full lean;
 * undefined when the curve does not bracket it or the drop search would not agree (confirmDrop).
 */
function spineEndAlongCurve(
  w: Workspace,
  floor: number,
  atFloor: DropSolution,
  ceiling: number,
): number | undefined {
  const range = LUMBAR_LATERAL_FLEXION_RANGE_RAD;
  const bend = curveBend(w, ceiling);
  const thetaFloor = evaluateLoads(w, atFloor.dropRad, floor);
  const thetaLevel = evaluateLoads(w, 0, range);
  const bLevel = bend(thetaLevel);
  const bFloor = bend(thetaFloor);
  if (!(thetaLevel < thetaFloor && bLevel > 0 && bFloor < 0)) return undefined;
  const theta = brentRoot(bend, thetaLevel, thetaFloor, CURVE_TOLERANCE_RAD, bLevel, bFloor);
  const lean = curveLeanRad(w, theta, ceiling);
  const drop = w.dropRad;
  return confirmDrop(w, lean, drop, ceiling) ? lean : undefined;
}

/**
 * The least lean in [floor, range] that keeps the pelvis level, or the spine at its end.
 * @param atFloor the drop at the floor lean, when the caller has it
 */
export function trunkLean(
  w: Workspace,
  floor: number,
  ceiling: number,
  atFloor = dropForLean(w, floor, ceiling),
): Posture {
  const range = LUMBAR_LATERAL_FLEXION_RANGE_RAD;
  // Level, or raised by an aid that over-balances: leaning would not help.
  if (atFloor.dropRad <= 0) return postureOf(atFloor, floor, floor);
  const levelAt = levelSurplus(w, ceiling);
  if (levelAt(range) >= 0) {
    // On the side where the pelvis holds level, so that the drop search agrees at once.
    const lean = firstRise(levelAt, floor, range, 1, ANGLE_TOLERANCE_RAD) ?? range;
    return { dropRad: 0, endStop: undefined, leanRad: lean, caneLeanRad: floor };
  }
  // The spine bends to its end: λ + δ(λ) = Λ, approached from the side where it fits.
  const bend = overBendAt(w, ceiling);
  const b0 = floor + atFloor.dropRad - range;
  if (b0 >= 0) return postureOf(atFloor, floor, floor);
  const guess =
    (atFloor.endStop ? undefined : spineEndAlongCurve(w, floor, atFloor, ceiling)) ??
    brentRoot(bend, floor, range, ANGLE_TOLERANCE_RAD, b0);
  const lean = lastFitting(bend, floor, guess);
  return postureOf(dropForLean(w, lean, ceiling), lean, floor);
}
