/**
 * Anthropometry: segment masses, centre-of-mass positions and lengths from body mass, height
 * and sex. Mass fractions of the legs from de Leva (1996) by sex; head-arms-trunk (HAT) centre
 * of mass and landmark heights from Winter (2009) after Dempster (1955) and Drillis & Contini
 * (1966). See data/anthropometry.json for the numbers and their sources.
 */
import table from '../data/anthropometry.json' with { type: 'json' };
import { GRAVITY_M_PER_S2 } from './constants.ts';

/** Biological sex, for de Leva's sex-specific segment parameters. */
export type Sex = 'male' | 'female';

/** Segment masses (kg) and geometry (m) of one body, in the stance frame of sim/frame.ts. */
export interface Anthropometry {
  /** Body mass, kg. */
  readonly bodyMassKg: number;
  /** Standing height, m. */
  readonly heightM: number;
  /** Body weight, N. */
  readonly bodyWeightN: number;
  /** Mass of one whole leg (thigh, shank, foot), kg. */
  readonly legMassKg: number;
  /** Distance from the hip centre to the centre of mass of a straight leg, m. */
  readonly legComFromHipM: number;
  /** Hip-centre-to-ankle length of a straight leg, m. */
  readonly legLengthM: number;
  /** Hip-to-knee length (thigh), m. */
  readonly thighLengthM: number;
  /** Mass of head, arms and trunk including the pelvis (HAT), kg. */
  readonly hatMassKg: number;
  /** Height of the HAT centre of mass above the hip centres, upright, m. */
  readonly hatComAboveHipM: number;
  /** Mass of the pelvis segment (the part of HAT that does not lean with the trunk), kg. */
  readonly pelvisMassKg: number;
  /** Mass of the upper body (HAT less pelvis), which leans about the lumbosacral joint, kg. */
  readonly upperBodyMassKg: number;
  /** Height of the shoulders above the hip centres, upright, m. */
  readonly shoulderAboveHipM: number;
  /** Half the shoulder width: lateral distance of each hand from the midline with arms hanging, m. */
  readonly halfShoulderWidthM: number;
}

/** Landmark heights above the floor and segment widths as fractions of standing height (Winter 2009, Fig. 4.1). */
export const LANDMARK_HEIGHT_FRACTIONS = table.lengthFractionOfHeight;
const L = LANDMARK_HEIGHT_FRACTIONS;

/**
 * Segment parameters of a body.
 * @param bodyMassKg body mass, kg (> 0)
 * @param heightM standing height, m (> 0)
 * @param sex selects de Leva's male or female leg fractions
 */
export function anthropometry(bodyMassKg: number, heightM: number, sex: Sex): Anthropometry {
  const leva = sex === 'male' ? table.deLevaMale : table.deLevaFemale;
  // Leg mass = thigh + shank + foot (de Leva 1996, Table 4).
  const thighFrac = leva.thigh.massFraction;
  const shankFrac = leva.shank.massFraction;
  const footFrac = leva.foot.massFraction;
  const legFrac = thighFrac + shankFrac + footFrac;

  // Segment lengths from landmark heights (Winter 2009, Fig. 4.1).
  const thighLengthM = (L.greaterTrochanterHeight - L.kneeHeight) * heightM;
  const shankLengthM = (L.kneeHeight - L.ankleHeight) * heightM;
  const legLengthM = thighLengthM + shankLengthM;

  // Leg centre of mass: mass-weighted mean of the segment centres along the straight leg
  // (de Leva 1996 centre-of-mass fractions from the proximal end; the foot at the ankle).
  const legComFromHipM =
    (thighFrac * leva.thigh.comFractionFromProximal * thighLengthM +
      shankFrac * (thighLengthM + leva.shank.comFractionFromProximal * shankLengthM) +
      footFrac * legLengthM) /
    legFrac;

  // HAT = everything but the two legs; its centre of mass lies 0.626 of the way from the
  // greater trochanter to the shoulder joint (Dempster via Winter 2009, Table 4.1).
  const hatFrac = 1 - 2 * legFrac;
  const shoulderAboveHipM = (L.shoulderHeight - L.greaterTrochanterHeight) * heightM;
  const hatComAboveHipM = table.dempster.hat.comFractionFromProximal * shoulderAboveHipM;
  const pelvisFrac = table.dempster.pelvis.massFraction;

  return {
    bodyMassKg,
    heightM,
    bodyWeightN: bodyMassKg * GRAVITY_M_PER_S2,
    legMassKg: legFrac * bodyMassKg,
    legComFromHipM,
    legLengthM,
    thighLengthM,
    hatMassKg: hatFrac * bodyMassKg,
    hatComAboveHipM,
    pelvisMassKg: pelvisFrac * bodyMassKg,
    upperBodyMassKg: (hatFrac - pelvisFrac) * bodyMassKg,
    shoulderAboveHipM,
    halfShoulderWidthM: (L.shoulderWidth / 2) * heightM,
  };
}
