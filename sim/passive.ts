/**
 * Passive moment of the hip capsule and ligaments about the antero-posterior axis, as a double
 * exponential of the adduction angle in the form of Anderson (1999) and OpenSim's
 * ExpressionBasedCoordinateForce limit moments:
 *
 *   M_lig(θ) = k·exp(κ(θ − θ_add)) − k·exp(−κ(θ − θ_abd))
 *
 * with k = 5 N·m at each end of the range (van Arkel et al. 2015 define the end of range at 5 N·m),
 * κ = 14.94 /rad (Anderson 1999, Table G.2), θ_add = 25°, θ_abd = −45°. Positive M_lig abducts
 * (resists adduction). Muscle passive force is separate (sim/hill.ts).
 */
import {
  HIP_ABDUCTION_LIMIT_RAD,
  HIP_ADDUCTION_LIMIT_RAD,
  LIGAMENT_MOMENT_AT_LIMIT_NM,
  LIGAMENT_STIFFNESS_PER_RAD,
} from './constants.ts';

/**
 * Capsule and ligament moment, N·m (positive = abducting, i.e. resisting adduction).
 * @param adductionRad hip adduction θ, rad
 */
export function ligamentMomentNm(adductionRad: number): number {
  const k = LIGAMENT_MOMENT_AT_LIMIT_NM;
  const kappa = LIGAMENT_STIFFNESS_PER_RAD;
  return (
    k * Math.exp(kappa * (adductionRad - HIP_ADDUCTION_LIMIT_RAD)) -
    k * Math.exp(-kappa * (adductionRad + HIP_ABDUCTION_LIMIT_RAD))
  );
}
