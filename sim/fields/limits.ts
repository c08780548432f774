/** Limits of validity of the model's inputs (doc/model.md §8), in the units their names give. */

/** Ranges of the scenario settings and of the limits across them. */
export const LIMITS = {
  bodyMassKg: { min: 30, max: 200 },
  heightM: { min: 1.2, max: 2.1 },
  neckShaftDeg: { min: 110, max: 150 },
  caneFractionBW: { min: 0, max: 0.5 },
  /** Carried load as a fraction of body mass. */
  loadFractionOfMass: { max: 0.5 },
  /** Body-mass index, kg/m². */
  bmi: { min: 10, max: 80 },
} as const;

/** Options of the gait and sweep commands beyond the scenario settings. */
export const GAIT_OPTION_LIMITS = {
  cadenceStepsPerMin: { min: 40, max: 180 },
  samples: { min: 2, max: 10_001 },
  sweepSteps: { min: 1, max: 1_001 },
} as const;

/** Options of the nerve-block and population commands. */
export const DYNAMICS_OPTION_LIMITS = {
  /** Length of a nerve-block run, s (its cost grows with it: 1 ms steps). */
  durationS: { min: 0.05, max: 20 },
  samples: { min: 2, max: 10_001 },
  /** People in a population (10,000 solve in about a second). */
  people: { min: 1, max: 100_000 },
  seed: { min: 0, max: 4_294_967_295 },
} as const;
