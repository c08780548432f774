/**
 * What a stance solve takes: one body, its muscle strengths, its femur, and the aids it uses.
 * All SI (kg, m, rad, N) or fractions; degrees and percentages exist only at the edges
 * (command line, app controls), which convert through the field table (sim/fields/).
 */
import type { Sex } from './anthropometry.ts';
import type { Hand } from './body.ts';
import { REFERENCE_NECK_SHAFT_RAD } from './femur.ts';

/** Which leg carries the body. */
export type Side = 'left' | 'right';

/** How the body answers abductors that cannot hold the pelvis level. */
export type Compensation = 'none' | 'trunk-lean' | 'auto';

/**
 * Strength of each muscle group as a fraction of normal active force, 0-1 (passive force is
 * unaffected). Gluteus medius, minimus and TFL share the superior gluteal nerve; gluteus maximus
 * has the inferior gluteal nerve; piriformis and the adductors have their own nerves.
 */
export interface Strengths {
  readonly gmed: number;
  readonly gmin: number;
  readonly tfl: number;
  readonly gmax: number;
  readonly piriformis: number;
  readonly adductors: number;
}

/** Input of {@link solveStance}. */
export interface StanceInput {
  readonly stanceSide: Side;
  /** Body mass, kg. */
  readonly bodyMassKg: number;
  /** Standing height, m. */
  readonly heightM: number;
  readonly sex: Sex;
  readonly strength: Strengths;
  /** Neck-shaft angle of the stance femur, rad. */
  readonly neckShaftRad: number;
  /** Cane force as a fraction of body weight (upward on the hand), 0-0.5. */
  readonly caneFractionBW: number;
  readonly caneHand: Hand;
  /** Mass carried in one hand, kg. */
  readonly loadKg: number;
  readonly loadHand: Hand;
  readonly compensation: Compensation;
  /** Include piriformis (on by default: the nerve to piriformis is spared by a superior gluteal palsy). */
  readonly includePiriformis: boolean;
  /**
   * Individual variation, for populations (sim/population/): the activation this person sustains
   * for 30 s (default sim/strength.ts) and the hip adduction at which the iliotibial tract becomes
   * taut, rad (default data/tissues.json). Not set by the controls.
   */
  readonly sustainedActivation?: number;
  readonly iliotibialSlackRad?: number;
}

/**
 * The healthy adult: ICRP reference male (73 kg, 1.76 m; ICRP Publication 89, 2002), full
 * strength, a normal neck-shaft angle, no cane, no load, no compensation.
 */
export const DEFAULT_STANCE: StanceInput = {
  stanceSide: 'right',
  bodyMassKg: 73,
  heightM: 1.76,
  sex: 'male',
  strength: { gmed: 1, gmin: 1, tfl: 1, gmax: 1, piriformis: 1, adductors: 1 },
  neckShaftRad: REFERENCE_NECK_SHAFT_RAD,
  caneFractionBW: 0,
  caneHand: 'contralateral',
  loadKg: 0,
  loadHand: 'contralateral',
  compensation: 'none',
  includePiriformis: true,
};

/**
 * The healthy body of the same person: same mass, height, sex, stance side and piriformis choice;
 * full strength, a normal femur, no cane, no load, no compensation. The comparison ("normal") body
 * of the app, the plots and the gait's reference.
 */
export function normalBody(s: StanceInput): StanceInput {
  return {
    ...DEFAULT_STANCE,
    bodyMassKg: s.bodyMassKg,
    heightM: s.heightM,
    sex: s.sex,
    stanceSide: s.stanceSide,
    includePiriformis: s.includePiriformis,
  };
}
