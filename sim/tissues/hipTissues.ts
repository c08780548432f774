/**
 * The passive tissues of one hip, scaled to a body (data/tissues.json, with sources): the
 * iliotibial tract along the tensor fasciae latae's path, the capsular ligaments from the
 * acetabular rim to the base of the femoral neck, and the geometry of neck-on-rim contact at the
 * bony end of adduction.
 */
import data from '../../data/tissues.json' with { type: 'json' };
import { RAD_PER_DEG } from '../constants.ts';
import type { Vec2 } from '../frame.ts';
import type { FemurGeometry } from '../femur.ts';
import type { ScaledMuscle } from '../muscles.ts';
import { crossingSegment, emptyCableState, slackForMoment, type Cable } from './cable.ts';

/** Hip adduction at which the iliotibial tract becomes taut, rad (data/tissues.json). */
export const ILIOTIBIAL_SLACK_RAD = data.iliotibialTract.slackAdductionDeg * RAD_PER_DEG;

/**
 * Hip adduction at the bony end of the range, where the femoral neck meets the acetabular margin,
 * rad (data/tissues.json: 30°, Rajagopal 2016 model range and the upper clinical ranges).
 */
export const HIP_ADDUCTION_END_RAD = data.rimContact.adductionLimitDeg * RAD_PER_DEG;

/** Femoral head radius at the reference height (1.70 m), m: diameter ≈ 48 mm in adult men. */
export const FEMORAL_HEAD_RADIUS_M = 0.024;

/** Where the femoral neck meets the acetabular margin at a bony end of the range. */
export interface RimContact {
  /** Hip adduction at which the neck meets the margin, rad (negative = abduction). */
  readonly limitRad: number;
  /** Point on the neck axis where the contact normal crosses it, femur frame, m. */
  readonly point: Vec2;
  /** Unit direction of the contact force on the pelvis, femur frame (normal to the neck). */
  readonly normal: Vec2;
}

/** The passive tissues of one body. */
export interface HipTissues {
  readonly iliotibialTract: Cable;
  readonly capsule: readonly Cable[];
  /** Bony ends of the range: adduction (inferior margin) and abduction (superior margin). */
  readonly ends: { readonly adduction: RimContact; readonly abduction: RimContact };
}

/**
 * The iliotibial tract: a cable along the TFL's path (its long tendon is the OpenSim models' only
 * iliotibial tract), stiffness EA from the modulus and cross-section, just taut at the slack angle.
 */
function iliotibialTract(tfl: ScaledMuscle, slackRad: number): Cable {
  const t = data.iliotibialTract;
  const base = {
    id: 'iliotibial-tract',
    name: 'Iliotibial tract',
    origin: { x: tfl.origin.x, y: tfl.origin.y },
    insertion: { x: tfl.insertion.x, y: tfl.insertion.y },
    anteriorOffsetM: tfl.insertion.a - tfl.origin.a,
    constantLengthM: tfl.constantLengthM,
    axialRigidityN: t.youngsModulusPa * t.crossSectionM2,
  };
  const at = crossingSegment(
    base.origin,
    base.insertion,
    base.anteriorOffsetM,
    slackRad,
    emptyCableState(),
  );
  return { ...base, slackLengthM: at.lengthM + base.constantLengthM };
}

/**
 * The capsular ligaments: rim point to the base of the neck, each carrying 5 N·m at its range end,
 * and slack with the hip in neutral. The capsule is lax in the middle of the range and its
 * ligaments restrain only toward the ends (van Arkel RJ et al. (2015) J Biomech 48:3803-3809), so a
 * bundle never pulls on the far side of neutral: where the 5 N·m rule alone would have a thin
 * bundle taut across neutral (the pubofemoral ligament of a varus neck, whose lever arm shrinks
 * toward full abduction), its slack is its neutral length and it carries less than 5 N·m at the end
 * of its range, where the bony end stop takes over.
 */
function capsule(femur: FemurGeometry, scale: number): Cable[] {
  const c = data.capsule;
  const radius = c.rimRadiusM * scale;
  return c.bundles.map((b) => {
    const a = b.rimAngleFromVerticalDeg * RAD_PER_DEG;
    const base = {
      id: b.id,
      name: b.name,
      origin: { x: radius * Math.sin(a), y: radius * Math.cos(a) },
      insertion: femur.neckJunction,
      anteriorOffsetM: 0,
      constantLengthM: 0,
      axialRigidityN: b.youngsModulusPa * b.crossSectionM2,
    };
    const sign = b.resists === 'adduction' ? 1 : -1;
    const neutral = crossingSegment(base.origin, base.insertion, 0, 0, emptyCableState()).lengthM;
    const atEnd = slackForMoment(base, b.rangeEndDeg * RAD_PER_DEG, sign * c.endOfRangeMomentNm);
    return { ...base, slackLengthM: Math.max(atEnd, neutral) };
  });
}

/**
 * Neck-on-margin contact at the ends of the range. As the femur adducts its neck swings
 * inferomedially toward the inferior acetabular margin; as it abducts, its superior surface meets
 * the superior margin. Either contact acts normal to the neck axis and crosses it
 * `contactAlongNeckHeadRadii` head radii from the hip centre, so it resists further motion with a
 * lever arm of that distance (model assumption, data/tissues.json).
 */
function rimContacts(femur: FemurGeometry, scale: number): HipTissues['ends'] {
  const r = data.rimContact;
  const n = femur.neckJunction;
  const len = Math.hypot(n.x, n.y);
  const u = { x: n.x / len, y: n.y / len };
  // Normal of the superior side of the neck: u turned counter-clockwise.
  const up = { x: -u.y, y: u.x };
  const s = r.contactAlongNeckHeadRadii * FEMORAL_HEAD_RADIUS_M * scale;
  const point = { x: u.x * s, y: u.y * s };
  return {
    adduction: {
      limitRad: HIP_ADDUCTION_END_RAD,
      point,
      normal: { x: -up.x, y: -up.y },
    },
    abduction: { limitRad: -r.abductionLimitDeg * RAD_PER_DEG, point, normal: up },
  };
}

/**
 * The passive tissues of a body.
 * @param tfl the body's scaled tensor fasciae latae (the tract follows its path)
 * @param femur the stance femur's proximal geometry
 * @param scale height / reference height
 * @param slackRad hip adduction at which the iliotibial tract becomes taut (default: the data's)
 */
export function hipTissues(
  tfl: ScaledMuscle,
  femur: FemurGeometry,
  scale: number,
  slackRad = ILIOTIBIAL_SLACK_RAD,
): HipTissues {
  return {
    iliotibialTract: iliotibialTract(tfl, slackRad),
    capsule: capsule(femur, scale),
    ends: rimContacts(femur, scale),
  };
}
