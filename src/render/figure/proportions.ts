/**
 * Proportions of the drawn body that the model does not carry, as fractions of standing height H
 * (drawing only: the model's segments are in sim/anthropometry.ts).
 *
 * Landmark heights are Winter DA (2009) Biomechanics and Motor Control of Human Movement, 4th ed.,
 * Fig. 4.1 (after Drillis & Contini 1966), like the model's. Breadths seen from behind are rounded
 * from the means of adult men in the 2012 US Army survey (ANSUR II: Gordon CC et al. (2014)
 * NATICK/TR-15/007; a limb's breadth taken as its circumference / π) for a man of 1.76 m: chest
 * about 33 cm, waist 30 cm, upper thigh 18 cm, calf 12 cm, head 15.5 cm.
 */

/** Elbow height above the floor, fraction of H (Winter 2009, Fig. 4.1). */
export const ELBOW_HEIGHT = 0.63;
/** Hand length, fraction of H (Winter 2009, Fig. 4.1). */
export const HAND_LENGTH = 0.108;
/** Foot breadth, fraction of H (Winter 2009, Fig. 4.1). */
export const FOOT_BREADTH = 0.055;

/** Full breadths seen from behind, fraction of H (ANSUR II means, rounded; see the header). */
export const BREADTH = {
  head: 0.088,
  neck: 0.066,
  /** Chest just below the armpits. */
  chest: 0.188,
  waist: 0.17,
  upperArm: 0.054,
  elbow: 0.045,
  wrist: 0.033,
  /** Thigh just below the buttock. */
  upperThigh: 0.104,
  aboveKnee: 0.066,
  knee: 0.058,
  calf: 0.068,
  ankle: 0.04,
  heel: 0.04,
} as const;

/** Lumbar vertebrae (L1-L5) and the height of the lumbar spine, fraction of H (≈ 18 cm at 1.76 m). */
export const LUMBAR = { count: 5, lengthFraction: 0.1 } as const;
