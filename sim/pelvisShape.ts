/**
 * Frontal-plane size of the pelvis, scaled with height from the generic model and from Dostal &
 * Andrews (1981): hip-centre distance from the OpenSim Rajagopal model (2 × 0.07726 m at 1.70 m);
 * iliac crest breadth and height relative to the hip-centre distance from Dostal WF, Andrews JG
 * (1981) J Biomech 14:803-812 (hip centres 16.9 cm apart, pelvic width 28.6 cm, height 23.0 cm).
 */
import data from '../data/muscles.json' with { type: 'json' };

/** Pelvis dimensions, m. */
export interface PelvisShape {
  /** Half the distance between the hip centres, m. */
  readonly halfHipWidthM: number;
  /** How far the most lateral point of the iliac crest lies lateral of the hip centre, m. */
  readonly crestLateralOfHipM: number;
  /** Height of the top of the iliac crest above the hip centres, m. */
  readonly crestAboveHipM: number;
}

const DOSTAL_HIP_DISTANCE_CM = 16.9;
const DOSTAL_PELVIC_WIDTH_CM = 28.6;
const DOSTAL_PELVIC_HEIGHT_CM = 23.0;
/**
 * Share of the pelvic height that lies above the hip centres (model assumption: the hip centre
 * sits about 40 % of the way up from the ischial tuberosities to the iliac crest).
 */
const CREST_SHARE_OF_HEIGHT = 0.6;

/** Pelvis dimensions for a standing height, m. */
export function pelvisShape(heightM: number): PelvisShape {
  const s = heightM / data.referenceSubject.heightM;
  const hipZ = data.hipJointCentreInPelvisM[2] ?? 0;
  const halfHipWidthM = hipZ * s;
  const perCm = (2 * halfHipWidthM) / DOSTAL_HIP_DISTANCE_CM;
  return {
    halfHipWidthM,
    crestLateralOfHipM: ((DOSTAL_PELVIC_WIDTH_CM - DOSTAL_HIP_DISTANCE_CM) / 2) * perCm,
    crestAboveHipM: CREST_SHARE_OF_HEIGHT * DOSTAL_PELVIC_HEIGHT_CM * perCm,
  };
}
