/** Limits of validity of the model's inputs (doc/model.md §8), in the units their names give. */
import { CAPS } from './caps.ts';

/** Ranges of the scenario settings and of the limits across them. */
export const LIMITS = {
  bodyMassKg: { min: 30, max: 200 },
  heightM: { min: 1.2, max: 2.1 },
  neckShaftDeg: { min: 110, max: 150 },
  caneFractionBW: { min: 0, max: 0.5 },
  /**
   * Carried load as a fraction of body mass; `tolerance` (relative) lets a load at the limit that
   * travelled through a URL, a file or another unit at 6 significant digits read back.
   */
  loadFractionOfMass: { max: 0.5, tolerance: 1e-5 },
  /** Body-mass index, kg/m². */
  bmi: { min: 10, max: 80 },
} as const;

/** Options of the gait and sweep commands beyond the scenario settings (caps from sim/fields/caps.ts). */
export const GAIT_OPTION_LIMITS = {
  cadenceStepsPerMin: { min: 40, max: 180 },
  samples: CAPS.samples,
  sweepSteps: CAPS.sweepSteps,
} as const;

/** Options of the nerve-block and population commands (caps from sim/fields/caps.ts). */
export const DYNAMICS_OPTION_LIMITS = {
  durationS: CAPS.nerveBlockDurationS,
  samples: CAPS.samples,
  people: CAPS.populationPeople,
  /** Seed of the random draws: any 32-bit unsigned integer. */
  seed: { min: 0, max: 4_294_967_295 },
} as const;
