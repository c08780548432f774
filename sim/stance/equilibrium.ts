/**
 * Where the pelvis settles for a given trunk lean. With the pelvis level, the abductor side must
 * be able to meet the external moment (at most at the muscles' activation ceiling) and, when
 * passive tissue or an aid over-balances, the adductor side must be able to hold it back. If the
 * abductor side cannot, the swing side drops to the first drop at which it can: there the surplus
 * rises through zero, so a little more drop brings a restoring moment (a stable equilibrium). If
 * the adductor side cannot, the swing side rises (a hike) likewise. With no equilibrium before a
 * bony end of the range, the pelvis rests on it (neck on the acetabular margin,
 * sim/tissues/hipTissues.ts).
 */
import { brentRoot, firstRise } from '../roots.ts';
import { abductorSurplusAt, evaluateLoads, evaluatePosture, type Workspace } from './posture.ts';

/** Tolerance of a posture angle, rad (1e-9 rad: far below anything drawn or printed). */
export const ANGLE_TOLERANCE_RAD = 1e-9;
/** Sub-intervals scanned for the first equilibrium between level and the end of range. */
const SCAN_INTERVALS = 8;

/** Adductor-side surplus at the posture last evaluated: how much over-balance the adductors can still hold, N·m. */
export function adductorSurplus(w: Workspace, ceiling: number): number {
  return w.loads.momentNm - w.passiveMuscleNm - w.tissueNm + ceiling * w.activeAdductorNm;
}

// The functions the searches below solve, made by factories: a closure declared by name inside a
// search would be given its name at every call by some TypeScript runners, which costs more than
// the evaluation itself.

/** Hip adduction beyond `limitRad` as a function of the drop at a lean, rad. */
const adductionBeyond =
  (w: Workspace, leanRad: number, limitRad: number) =>
  (drop: number): number =>
    evaluateLoads(w, drop, leanRad) - limitRad;

/** Abductor-side surplus as a function of the drop at a lean, N·m (the adductors not evaluated). */
const surplusAtDrop =
  (w: Workspace, leanRad: number, ceiling: number) =>
  (drop: number): number =>
    abductorSurplusAt(w, drop, leanRad, ceiling);

/** Adductor-side surplus as a function of the hike at a lean, N·m. */
const adductorSurplusAtHike =
  (w: Workspace, leanRad: number, ceiling: number) =>
  (hike: number): number => {
    evaluatePosture(w, -hike, leanRad, ceiling);
    return adductorSurplus(w, ceiling);
  };

/** Drop at which the hip reaches adduction `limitRad` (δ + φ(δ) = θ_lim), rad; negative = a hike. */
export function dropAtAdduction(w: Workspace, leanRad: number, limitRad: number): number {
  // Only the leg's inclination matters here, not the hip.
  const g = adductionBeyond(w, leanRad, limitRad);
  const g0 = g(0);
  if (g0 === 0) return 0;
  // θ rises with δ almost one for one (φ changes little): bracket just beyond the guess −g0.
  const dir = g0 < 0 ? 1 : -1;
  let far = -g0 + dir * 0.05;
  let gFar = g(far);
  while (dir * gFar < 0 && Math.abs(far) < Math.PI / 2) {
    far = dir * Math.min(Math.abs(far) + 0.1, Math.PI / 2);
    gFar = g(far);
  }
  // A limit the body cannot reach by turning its pelvis (a quarter turn) is never met.
  if (dir * gFar < 0) return far;
  return dir > 0
    ? brentRoot(g, 0, far, ANGLE_TOLERANCE_RAD, g0, gFar)
    : brentRoot(g, far, 0, ANGLE_TOLERANCE_RAD, gFar, g0);
}

/** Where the pelvis settles for a lean. */
export interface DropSolution {
  /** Pelvic drop, rad (negative: the swing side is raised). */
  readonly dropRad: number;
  /** The bony end of the range the pelvis rests on, if no tissue equilibrium comes first. */
  readonly endStop: 'adduction' | 'abduction' | undefined;
}

/** A posture chosen by a compensation. */
export interface Posture extends DropSolution {
  readonly leanRad: number;
  /** The part of the lean that leaning onto a same-side cane requires, rad. */
  readonly caneLeanRad: number;
}

/**
 * A posture: the drop found for a lean, with the lean and the part of it a same-side cane
 * requires. Written out rather than spread: some TypeScript runners compile an object spread to a
 * helper that costs more than a hip evaluation.
 */
export function postureOf(d: DropSolution, leanRad: number, caneLeanRad: number): Posture {
  return { dropRad: d.dropRad, endStop: d.endStop, leanRad, caneLeanRad };
}

/**
 * The stable posture of the pelvis for a lean.
 * @param ceiling largest activation of the muscles (1 = maximal effort)
 */
export function dropForLean(w: Workspace, leanRad: number, ceiling: number): DropSolution {
  // The searches over the lean ask for the same lean more than once (a check, then the result).
  const last = w.lastDrop;
  if (last && last.leanRad === leanRad && last.ceiling === ceiling) return last.solution;
  const solution = solveDrop(w, leanRad, ceiling);
  w.lastDrop = { leanRad, ceiling, solution };
  return solution;
}

/**
 * Whether the drop search would put the pelvis at `dropRad` for this lean, a posture in balance
 * found another way (on the equilibrium curve, sim/stance/equilibriumCurve.ts), checked where the
 * search would look: the surplus is negative with the pelvis level and at each point of the
 * search's scan before `dropRad`, not negative at the scan point after it, and rises through zero
 * at `dropRad`. That is the first stable equilibrium at the scan's resolution, as the search
 * finds it, without its bracketing steps. If so, it is kept as the drop of the lean (on the side
 * where the surplus is not negative, within ANGLE_TOLERANCE_RAD, as the search leaves it).
 */
export function confirmDrop(
  w: Workspace,
  leanRad: number,
  dropRad: number,
  ceiling: number,
): boolean {
  if (!(dropRad > 0) || abductorSurplusAt(w, 0, leanRad, ceiling) >= 0) return false;
  const end = dropAtAdduction(w, leanRad, w.tissues.ends.adduction.limitRad);
  if (!(dropRad < end)) return false;
  const abd = surplusAtDrop(w, leanRad, ceiling);
  for (let k = 1; k <= SCAN_INTERVALS; k++) {
    // The scan points of firstRise over [0, end].
    const x = (end * k) / SCAN_INTERVALS;
    const before = x < dropRad;
    if (abd(x) >= 0 === before) return false;
    if (!before) break;
  }
  let drop = dropRad;
  let surplus = abd(drop);
  if (surplus >= 0 && abd(drop - ANGLE_TOLERANCE_RAD) >= 0) return false;
  for (let step = 0; step < 4 && surplus < 0; step++) {
    drop += ANGLE_TOLERANCE_RAD;
    surplus = abd(drop);
  }
  if (surplus < 0) return false;
  w.lastDrop = { leanRad, ceiling, solution: { dropRad: drop, endStop: undefined } };
  return true;
}

function solveDrop(w: Workspace, leanRad: number, ceiling: number): DropSolution {
  const abd = surplusAtDrop(w, leanRad, ceiling);
  // In full at the level pelvis: the adductors' side decides whether it hikes.
  if (evaluatePosture(w, 0, leanRad, ceiling) < 0) {
    const end = dropAtAdduction(w, leanRad, w.tissues.ends.adduction.limitRad);
    const drop = firstRise(abd, 0, end, SCAN_INTERVALS, ANGLE_TOLERANCE_RAD);
    return drop === undefined
      ? { dropRad: end, endStop: 'adduction' }
      : { dropRad: drop, endStop: undefined };
  }
  if (adductorSurplus(w, ceiling) >= 0) return { dropRad: 0, endStop: undefined };
  const add = adductorSurplusAtHike(w, leanRad, ceiling);
  const end = -dropAtAdduction(w, leanRad, w.tissues.ends.abduction.limitRad);
  const hike = firstRise(add, 0, end, SCAN_INTERVALS, ANGLE_TOLERANCE_RAD);
  return hike === undefined
    ? { dropRad: -end, endStop: 'abduction' }
    : { dropRad: -hike, endStop: undefined };
}
