/**
 * Hill-type force-length relations of muscle fibres (Thelen 2003, as in OpenSim's
 * Thelen2003Muscle), with a rigid tendon and constant-thickness pennation.
 *
 * Thelen DG (2003) Adjustment of muscle mechanics model parameters to simulate dynamic
 * contractions in older adults. J Biomech Eng 125:70-77.
 */
import { THELEN_GAMMA, THELEN_K_PE, THELEN_STRAIN_AT_F0 } from './constants.ts';

/**
 * Active force-length factor f_L(l̃) = exp(−(l̃ − 1)² / γ) (Thelen 2003, eq. 3), dimensionless.
 * @param normFibreLength l̃ = fibre length / optimal fibre length
 */
export function activeForceLength(normFibreLength: number): number {
  const d = normFibreLength - 1;
  return Math.exp(-(d * d) / THELEN_GAMMA);
}

const PASSIVE_DENOMINATOR = Math.exp(THELEN_K_PE) - 1;

/**
 * Passive force-length factor (Thelen 2003, eq. 2), dimensionless:
 * f_PE(l̃) = (exp(k_PE (l̃ − 1) / ε₀) − 1) / (exp(k_PE) − 1) for l̃ > 1, else 0.
 */
export function passiveForceLength(normFibreLength: number): number {
  if (normFibreLength <= 1) return 0;
  return (
    (Math.exp((THELEN_K_PE * (normFibreLength - 1)) / THELEN_STRAIN_AT_F0) - 1) /
    PASSIVE_DENOMINATOR
  );
}

/** Fibre state of a muscle-tendon unit with a rigid tendon. */
export interface FibreState {
  /** Normalised fibre length l̃ (dimensionless). */
  readonly normLength: number;
  /** cos of the pennation angle (dimensionless). */
  readonly cosPennation: number;
}

/**
 * Fibre length and pennation from the muscle-tendon length, with a rigid tendon and a fibre of
 * constant thickness l_opt·sin α_opt (Zajac FE (1989) Crit Rev Biomed Eng 17:359-411; the
 * rigid-tendon mode of Millard M et al. (2013) J Biomech Eng 135:021005).
 * @param muscleTendonLengthM l_MT, m
 * @param tendonSlackLengthM l_ts, m
 * @param optimalFibreLengthM l_opt, m
 * @param sinPennationAtOptimal sin α_opt
 */
export function fibreState(
  muscleTendonLengthM: number,
  tendonSlackLengthM: number,
  optimalFibreLengthM: number,
  sinPennationAtOptimal: number,
): FibreState {
  const thickness = optimalFibreLengthM * sinPennationAtOptimal;
  const along = Math.max(muscleTendonLengthM - tendonSlackLengthM, 1e-6 * optimalFibreLengthM);
  const fibre = Math.sqrt(along * along + thickness * thickness);
  return { normLength: fibre / optimalFibreLengthM, cosPennation: along / fibre };
}
