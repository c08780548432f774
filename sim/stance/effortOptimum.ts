/**
 * The `auto` compensation: the effort optimum (sim/stance/compensation.ts). When the abductors
 * cannot hold the pelvis level, they work at their ceiling whatever the lean, and the lean
 * minimises the combined strain of the spine and of the hip's passive tissues,
 *
 *   J(λ) = (β/Λ)³ + Σ_t (F_t / F_t,end)³,
 *
 * between the floor lean (upright, or leaning onto a same-side cane) and the least lean that
 * levels the pelvis or bends the spine to its end (sim/stance/trunkLean.ts): leaning beyond it
 * only bends the spine more.
 *
 * J is minimised along the equilibrium curve (sim/stance/equilibriumCurve.ts), where every point
 * is a posture in balance found with one hip evaluation, by Brent's minimiser (sim/minimum.ts).
 * A search over the lean would have to solve the drop for every lean, and the drop's tolerance
 * would make J noisy near its flat minimum. The lean found is checked with the drop search; a
 * posture at the bony end stop, or a curve that disagrees, is searched over the lean instead.
 */
import { brentMinimum } from '../minimum.ts';
import { spineRangeUsed } from '../tissues/spine.ts';
import {
  ANGLE_TOLERANCE_RAD,
  dropForLean,
  postureOf,
  type DropSolution,
  type Posture,
} from './equilibrium.ts';
import { curveLeanRad } from './equilibriumCurve.ts';
import { evaluateLoads, evaluatePosture, type Workspace } from './posture.ts';
import { tissueStrain } from './strain.ts';
import { CURVE_CHECK_RAD, trunkLean } from './trunkLean.ts';

/** Tolerance of the hip adduction at the optimum, rad, and of the coarse search before it. */
const OPTIMUM_TOLERANCE_RAD = 1e-10;
const COARSE_TOLERANCE_RAD = 1e-3;
/** Step inward from an end of the range to see which way the effort goes there, rad. */
const END_STEP_RAD = 1e-6;

/** The effort of the posture last evaluated, or Infinity when the spine is beyond its range. */
function effort(w: Workspace, dropRad: number, leanRad: number): number {
  const bend = spineRangeUsed(leanRad + dropRad);
  return bend > 1 || Number.isNaN(bend) ? Infinity : bend * bend * bend + tissueStrain(w);
}

// The functions searched, made by factories (a closure declared by name inside a search would be
// given its name at every call by some TypeScript runners).

/** The effort along the equilibrium curve, by hip adduction. */
const curveEffort =
  (w: Workspace, ceiling: number) =>
  (theta: number): number => {
    const lean = curveLeanRad(w, theta, ceiling);
    return effort(w, w.dropRad, lean);
  };

/** The effort at a lean with the pelvis where it settles (Infinity beyond the spine's range). */
const leanEffort =
  (w: Workspace, ceiling: number) =>
  (lean: number): number => {
    const d = dropForLean(w, lean, ceiling);
    if (spineRangeUsed(lean + d.dropRad) > 1) return Infinity;
    evaluatePosture(w, d.dropRad, lean, ceiling);
    return effort(w, d.dropRad, lean);
  };

/** Whether the cost rises from `end` a step `inward`. */
function endIsBest(cost: (theta: number) => number, end: number, inward: number): boolean {
  return cost(end + inward) >= cost(end);
}

/** The best lean along the equilibrium curve from the floor posture to `upper`'s, or undefined. */
function leanAlongCurve(
  w: Workspace,
  floor: number,
  atFloor: DropSolution,
  upper: Posture,
  ceiling: number,
): number | undefined {
  const cost = curveEffort(w, ceiling);
  const thetaFloor = evaluateLoads(w, atFloor.dropRad, floor);
  const thetaUpper = evaluateLoads(w, upper.dropRad, upper.leanRad);
  if (!(thetaUpper < thetaFloor)) return undefined;
  // The ends as the drop search has them (the search over the lean compared the same three).
  evaluatePosture(w, atFloor.dropRad, floor, ceiling);
  const floorCost = effort(w, atFloor.dropRad, floor);
  evaluatePosture(w, upper.dropRad, upper.leanRad, ceiling);
  const upperCost = effort(w, upper.dropRad, upper.leanRad);
  // A coarse search first. When it ends near an end of the range and the effort rises from that
  // end inward, the end is the optimum (the golden-section steps toward it would converge only
  // linearly); otherwise the optimum inside is refined from there (parabolic steps, fast).
  const coarse = brentMinimum(cost, thetaUpper, thetaFloor, COARSE_TOLERANCE_RAD);
  const margin = 4 * COARSE_TOLERANCE_RAD;
  if (coarse.x - thetaUpper < margin && endIsBest(cost, thetaUpper, END_STEP_RAD))
    return upperCost <= floorCost ? upper.leanRad : floor;
  if (thetaFloor - coarse.x < margin && endIsBest(cost, thetaFloor, -END_STEP_RAD))
    return floorCost <= upperCost ? floor : upper.leanRad;
  const best = brentMinimum(
    cost,
    Math.max(thetaUpper, coarse.x - 2 * margin),
    Math.min(thetaFloor, coarse.x + 2 * margin),
    OPTIMUM_TOLERANCE_RAD,
    coarse,
  );
  const lean = curveLeanRad(w, best.x, ceiling);
  const drop = w.dropRad;
  const chosen =
    best.fx < floorCost
      ? upperCost < best.fx
        ? upper.leanRad
        : lean
      : upperCost < floorCost
        ? upper.leanRad
        : floor;
  if (chosen !== lean) return chosen;
  return Math.abs(dropForLean(w, lean, ceiling).dropRad - drop) <= CURVE_CHECK_RAD
    ? lean
    : undefined;
}

/** Golden-section steps of the search over the lean (the bracket shrinks by 0.618 each: 1e-9 of Λ). */
const SEARCH_STEPS = 45;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** The best lean by golden section over the lean, solving the drop at every step. */
function leanBySearch(w: Workspace, floor: number, upper: Posture, ceiling: number): number {
  // A posture that bends the spine beyond its range is not available.
  const cost = leanEffort(w, ceiling);
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
  return candidates.reduce((p, q) => (cost(q) < cost(p) ? q : p));
}

/** The effort optimum of `auto`, leaning at least `floor`, muscles at most at `ceiling`. */
export function effortOptimum(w: Workspace, floor: number, ceiling: number): Posture {
  const atFloor = dropForLean(w, floor, ceiling);
  if (atFloor.dropRad <= 0) return postureOf(atFloor, floor, floor);
  const upper = trunkLean(w, floor, ceiling, atFloor);
  const best =
    (atFloor.endStop || upper.endStop
      ? undefined
      : leanAlongCurve(w, floor, atFloor, upper, ceiling)) ??
    leanBySearch(w, floor, upper, ceiling);
  const posture = best === floor ? atFloor : dropForLean(w, best, ceiling);
  // Leaning never adds drop; at the solver's precision, keep the upright drop then.
  if (posture.dropRad >= atFloor.dropRad) return postureOf(atFloor, floor, floor);
  return postureOf(posture, best, floor);
}
