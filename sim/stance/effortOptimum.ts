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
 * would make J noisy near its flat minimum. The lean found is checked where the drop search would look; a
 * posture at the bony end stop, or a curve that disagrees, is searched over the lean instead
 * (sim/stance/leanSearch.ts). When the upper end is the spine's end, J there is about 1, and an
 * optimum below that is found without searching for the end first.
 */
import { brentMinimum, type Minimum } from '../minimum.ts';
import { LUMBAR_LATERAL_FLEXION_RANGE_RAD } from '../tissues/spine.ts';
import {
  confirmDrop,
  dropForLean,
  postureOf,
  type DropSolution,
  type Posture,
} from './equilibrium.ts';
import { curveLeanRad } from './equilibriumCurve.ts';
import { effort, leanBySearch } from './leanSearch.ts';
import { abductorSurplusAt, evaluateLoads, type Workspace } from './posture.ts';
import { trunkLean } from './trunkLean.ts';

/** Tolerance of the hip adduction at the optimum, rad, and of the coarse search before it. */
const OPTIMUM_TOLERANCE_RAD = 1e-10;
const COARSE_TOLERANCE_RAD = 1e-3;
/**
 * How near an end of the range a coarse minimum is taken to be at that end, rad; it is refined
 * within twice this on either side.
 */
const COARSE_MARGIN_RAD = 4 * COARSE_TOLERANCE_RAD;
/** Step inward from an end of the range to see which way the effort goes there, rad. */
const END_STEP_RAD = 1e-6;

// The functions searched, made by factories (a closure declared by name inside a search would be
// given its name at every call by some TypeScript runners).

/** The effort along the equilibrium curve, by hip adduction. */
const curveEffort =
  (w: Workspace, ceiling: number) =>
  (theta: number): number => {
    const lean = curveLeanRad(w, theta, ceiling);
    return effort(w, w.dropRad, lean);
  };

/**
 * The effort along the equilibrium curve where its posture is available (a lean within the
 * spine's range, the pelvis not raised, the spine within its range), Infinity elsewhere.
 */
const boundedCurveEffort =
  (w: Workspace, ceiling: number) =>
  (theta: number): number => {
    const lean = curveLeanRad(w, theta, ceiling);
    return lean <= LUMBAR_LATERAL_FLEXION_RANGE_RAD && w.dropRad >= 0
      ? effort(w, w.dropRad, lean)
      : Infinity;
  };

/**
 * Below this effort no posture at the spine's end competes: there the spine term (β/Λ)³ alone is
 * 1 less what the spine-end search leaves short of Λ (a few 1e-9 rad, sim/stance/trunkLean.ts),
 * far less than the 1e-6 kept here.
 */
const BELOW_SPINE_END = 1 - 1e-6;

/** Whether the cost rises from `end` a step `inward`. */
function endIsBest(cost: (theta: number) => number, end: number, inward: number): boolean {
  return cost(end + inward) >= cost(end);
}

/** The minimum of `cost` refined from the coarse one `coarse`, near it and within [lo, hi]. */
function refined(
  cost: (theta: number) => number,
  coarse: Minimum,
  lo: number,
  hi: number,
): Minimum {
  return brentMinimum(
    cost,
    Math.max(lo, coarse.x - 2 * COARSE_MARGIN_RAD),
    Math.min(hi, coarse.x + 2 * COARSE_MARGIN_RAD),
    OPTIMUM_TOLERANCE_RAD,
    coarse,
  );
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
  abductorSurplusAt(w, atFloor.dropRad, floor, ceiling);
  const floorCost = effort(w, atFloor.dropRad, floor);
  abductorSurplusAt(w, upper.dropRad, upper.leanRad, ceiling);
  const upperCost = effort(w, upper.dropRad, upper.leanRad);
  // A coarse search first. When it ends near an end of the range and the effort rises from that
  // end inward, the end is the optimum (the golden-section steps toward it would converge only
  // linearly); otherwise the optimum inside is refined from there (parabolic steps, fast).
  const coarse = brentMinimum(cost, thetaUpper, thetaFloor, COARSE_TOLERANCE_RAD);
  if (coarse.x - thetaUpper < COARSE_MARGIN_RAD && endIsBest(cost, thetaUpper, END_STEP_RAD))
    return upperCost <= floorCost ? upper.leanRad : floor;
  if (thetaFloor - coarse.x < COARSE_MARGIN_RAD && endIsBest(cost, thetaFloor, -END_STEP_RAD))
    return floorCost <= upperCost ? floor : upper.leanRad;
  const best = refined(cost, coarse, thetaUpper, thetaFloor);
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
  return confirmDrop(w, lean, drop, ceiling) ? lean : undefined;
}

/**
 * The best lean found without the upper end of the range, when that end is the spine's end (the
 * pelvis cannot be held level within the spine's range): the effort there is at least
 * {@link BELOW_SPINE_END}, so an optimum below it, inside the range or at the floor, is the
 * optimum, and the spine's end need not be searched for. The curve is searched from the level
 * pelvis at full lean, where the spine is beyond its range, to the floor posture. Undefined when
 * this does not settle it (the search between both ends decides).
 */
function leanBelowSpineEnd(
  w: Workspace,
  floor: number,
  atFloor: DropSolution,
  ceiling: number,
): number | undefined {
  const range = LUMBAR_LATERAL_FLEXION_RANGE_RAD;
  if (floor + atFloor.dropRad >= range || abductorSurplusAt(w, 0, range, ceiling) >= 0)
    return undefined;
  const thetaFloor = evaluateLoads(w, atFloor.dropRad, floor);
  const thetaLevel = evaluateLoads(w, 0, range);
  if (!(thetaLevel < thetaFloor)) return undefined;
  abductorSurplusAt(w, atFloor.dropRad, floor, ceiling);
  const floorCost = effort(w, atFloor.dropRad, floor);
  const cost = boundedCurveEffort(w, ceiling);
  const coarse = brentMinimum(cost, thetaLevel, thetaFloor, COARSE_TOLERANCE_RAD);
  if (!(coarse.fx < BELOW_SPINE_END)) return undefined;
  if (thetaFloor - coarse.x < COARSE_MARGIN_RAD && endIsBest(cost, thetaFloor, -END_STEP_RAD))
    return floorCost < BELOW_SPINE_END ? floor : undefined;
  const best = refined(cost, coarse, thetaLevel, thetaFloor);
  if (!(best.fx < floorCost)) return floorCost < BELOW_SPINE_END ? floor : undefined;
  const lean = curveLeanRad(w, best.x, ceiling);
  const drop = w.dropRad;
  return confirmDrop(w, lean, drop, ceiling) ? lean : undefined;
}

/** The best lean between the floor and `upper`, the lean of `trunk-lean`. */
function bestBetween(
  w: Workspace,
  floor: number,
  atFloor: DropSolution,
  upper: Posture,
  ceiling: number,
): number {
  return (
    (atFloor.endStop || upper.endStop
      ? undefined
      : leanAlongCurve(w, floor, atFloor, upper, ceiling)) ?? leanBySearch(w, floor, upper, ceiling)
  );
}

/** The effort optimum of `auto`, leaning at least `floor`, muscles at most at `ceiling`. */
export function effortOptimum(w: Workspace, floor: number, ceiling: number): Posture {
  const atFloor = dropForLean(w, floor, ceiling);
  if (atFloor.dropRad <= 0) return postureOf(atFloor, floor, floor);
  const best =
    (atFloor.endStop ? undefined : leanBelowSpineEnd(w, floor, atFloor, ceiling)) ??
    bestBetween(w, floor, atFloor, trunkLean(w, floor, ceiling, atFloor), ceiling);
  const posture = best === floor ? atFloor : dropForLean(w, best, ceiling);
  // Leaning never adds drop; at the solver's precision, keep the upright drop then.
  if (posture.dropRad >= atFloor.dropRad) return postureOf(atFloor, floor, floor);
  return postureOf(posture, best, floor);
}
