/**
 * The equilibria of a hip whose abductors work at their ceiling, as one curve parametrised by hip
 * adduction θ. The hip's capacity H(θ) (active muscle at the ceiling, passive muscle, tract,
 * capsule) depends on θ alone; the leg's inclination on the external moment alone,
 * φ = asin(M/D) (sim/body.ts); and in equilibrium M = H. So each θ has one posture in balance:
 *
 *   φ = asin(H(θ)/D),   δ = θ − φ,   λ such that M(δ, λ) = H(θ)   (closed form, sim/body.ts)
 *
 * One hip evaluation per point and no search for the drop: the searches over the lean
 * (sim/stance/compensation.ts) walk along this curve instead of solving the drop for every lean.
 * A lean that has one equilibrium (the model's functions have one as long as the surplus rises
 * through zero once) has the same posture either way; the callers check the end result where the
 * drop search of sim/stance/equilibrium.ts would look (confirmDrop).
 */
import { leanForMomentRad, legInclinationForMomentRad } from '../body.ts';
import { evaluateAbductorSide, type Workspace } from './posture.ts';

/**
 * The posture in balance at hip adduction θ with active muscle at `ceiling`: returns the lean λ
 * (NaN when no lean balances it) and leaves the drop in `w.dropRad`, the lean in `w.leanRad`, θ
 * and φ in `w.theta` and `w.phi`, and the hip's abductor side evaluated at θ (sim/stance/posture.ts; w.loads is not updated).
 */
export function curveLeanRad(w: Workspace, thetaRad: number, ceiling: number): number {
  evaluateAbductorSide(w, thetaRad);
  const holdNm = ceiling * w.activeAbductorNm + w.passiveMuscleNm + w.tissueNm;
  const phi = legInclinationForMomentRad(w.body, w.hands, holdNm);
  const drop = thetaRad - phi;
  const lean = leanForMomentRad(w.body, w.geo, w.hands, drop, holdNm);
  w.theta = thetaRad;
  w.phi = phi;
  w.dropRad = drop;
  w.leanRad = lean;
  return lean;
}
