/**
 * World-frame pose of a solved stance, for drawing: the frontal plane seen from behind, x to the
 * subject's right, y up, origin on the floor under the stance ankle, metres. A left stance is the
 * mirror image (x → −x) of the same stance on the right, so magnitudes never depend on the side.
 */
import data from '../data/anthropometry.json' with { type: 'json' };
import { rotate, type Vec2 } from './frame.ts';
import { femurGeometry, referenceNeckLengthM } from './femur.ts';
import { REFERENCE_HEIGHT_M } from './muscles.ts';
import type { StanceResult } from './stance.ts';

/** A muscle line in the world frame. */
export interface MuscleLine {
  readonly id: string;
  readonly origin: Vec2;
  readonly insertion: Vec2;
  readonly activation: number;
  readonly forceN: number;
  readonly strength: number;
}

/** Points of the drawn figure, world frame, m. */
export interface Pose {
  /** +1 for right stance, −1 for left (world x = side × stance-frame x). */
  readonly side: 1 | -1;
  readonly stanceHip: Vec2;
  readonly swingHip: Vec2;
  readonly stanceKnee: Vec2;
  readonly stanceAnkle: Vec2;
  readonly swingKnee: Vec2;
  readonly swingAnkle: Vec2;
  readonly neckJunction: Vec2;
  readonly greaterTrochanter: Vec2;
  readonly femoralHeadRadiusM: number;
  readonly lumbosacral: Vec2;
  readonly shoulderCentre: Vec2;
  readonly stanceShoulder: Vec2;
  readonly swingShoulder: Vec2;
  readonly stanceHand: Vec2;
  readonly swingHand: Vec2;
  readonly headCentre: Vec2;
  readonly headRadiusM: number;
  /** Iliac crests (top lateral points), stance and swing side. */
  readonly stanceCrest: Vec2;
  readonly swingCrest: Vec2;
  /** Partial-body centre of mass. */
  readonly partialCom: Vec2;
  readonly muscles: readonly MuscleLine[];
  /** Pelvic rotation in the world, rad (positive = counter-clockwise as drawn). */
  readonly pelvisAngleRad: number;
  /** Trunk rotation in the world, rad (positive = counter-clockwise as drawn). */
  readonly trunkAngleRad: number;
}

const L = data.lengthFractionOfHeight;
/** Head radius as a fraction of height: half the chin-to-vertex height (Winter 2009 Fig. 4.1). */
const HEAD_RADIUS_FRACTION = (1 - L.chinHeight) / 2;
/** Femoral head radius, m, at the reference height (diameter ≈ 48 mm in adult men). */
const FEMORAL_HEAD_RADIUS_M = 0.024;
/** Swing-foot clearance above the floor, m (the lifted foot of a Trendelenburg test). */
const SWING_FOOT_CLEARANCE_M = 0.08;

/** The pose of a solved stance. */
export function stancePose(r: StanceResult): Pose {
  const side: 1 | -1 = r.input.stanceSide === 'right' ? 1 : -1;
  const H = r.input.heightM;
  const s = H / REFERENCE_HEIGHT_M;
  const body = r.body;
  const geo = r.geometry;
  const drop = r.pelvicDropRad;
  const lean = r.trunkLeanRad;
  const phi = r.legInclinationRad;
  const h = geo.halfHipWidthM;

  // Stance frame (origin at the stance hip) → world (origin on the floor under the ankle).
  const ankleStance = rotate({ x: 0, y: -body.legLengthM }, -phi);
  const ankleHeight = L.ankleHeight * H;
  const toWorld = (p: Vec2): Vec2 => ({
    x: side * (p.x - ankleStance.x),
    y: p.y - ankleStance.y + ankleHeight,
  });
  const pelvisPoint = (p: Vec2) => toWorld(rotate(p, drop));
  const femurPoint = (p: Vec2) => toWorld(rotate(p, -phi));
  const trunkDir = { x: Math.sin(lean), y: Math.cos(lean) };
  const across = { x: Math.cos(lean), y: -Math.sin(lean) };

  const lsStance = rotate({ x: -h, y: geo.lumbosacralHeightM }, drop);
  const along = (d: number): Vec2 => ({
    x: lsStance.x + d * trunkDir.x,
    y: lsStance.y + d * trunkDir.y,
  });
  const shoulderStance = along(geo.shoulderFromLumbosacralM);
  const halfShoulder = body.halfShoulderWidthM;
  const stanceShoulder = {
    x: shoulderStance.x + halfShoulder * across.x,
    y: shoulderStance.y + halfShoulder * across.y,
  };
  const swingShoulder = {
    x: shoulderStance.x - halfShoulder * across.x,
    y: shoulderStance.y - halfShoulder * across.y,
  };
  const armLength = (L.shoulderHeight - L.wristHeight) * H;
  const hipHeight = L.greaterTrochanterHeight * H;
  const headCentreStance = along(
    (1 - HEAD_RADIUS_FRACTION) * H - hipHeight - geo.lumbosacralHeightM,
  );

  // Swing leg hangs vertically; its knee flexes so the foot clears the floor (foreshortened shank).
  const swingHipStance = rotate({ x: -2 * h, y: 0 }, drop);
  const thigh = body.thighLengthM;
  const shank = body.legLengthM - thigh;
  const hipAboveFloor = swingHipStance.y - ankleStance.y + ankleHeight;
  const shankShown = Math.max(
    0,
    Math.min(shank, hipAboveFloor - thigh - ankleHeight - SWING_FOOT_CLEARANCE_M),
  );
  const swingKneeStance = { x: swingHipStance.x, y: swingHipStance.y - thigh };
  const swingAnkleStance = { x: swingHipStance.x, y: swingKneeStance.y - shankShown };

  // Partial-body centre of mass: upper body, pelvis and swing leg, mass-weighted.
  const upperCom = along(geo.upperBodyComFromLumbosacralM);
  const pelvisCom = rotate({ x: -h, y: geo.pelvisComHeightM }, drop);
  const legCom = { x: swingHipStance.x, y: swingHipStance.y - body.legComFromHipM };
  const mUp = body.upperBodyMassKg;
  const mPel = body.pelvisMassKg;
  const mLeg = body.legMassKg;
  const mSum = mUp + mPel + mLeg;
  const partialComStance = {
    x: (mUp * upperCom.x + mPel * pelvisCom.x + mLeg * legCom.x) / mSum,
    y: (mUp * upperCom.y + mPel * pelvisCom.y + mLeg * legCom.y) / mSum,
  };

  const femur = femurGeometry(r.input.neckShaftRad, referenceNeckLengthM(s), thigh);
  const muscles: MuscleLine[] = r.muscles.map((m, i) => {
    const sm = r.scaledMuscles[i];
    return {
      id: m.id,
      origin: sm ? pelvisPoint({ x: sm.origin.x, y: sm.origin.y }) : toWorld({ x: 0, y: 0 }),
      insertion: sm
        ? femurPoint({ x: sm.insertion.x, y: sm.insertion.y })
        : toWorld({ x: 0, y: 0 }),
      activation: m.activation,
      forceN: m.forceN,
      strength: m.strength,
    };
  });
  const trochanter = r.scaledMuscles.find((m) => m.group === 'gmed');

  return {
    side,
    stanceHip: toWorld({ x: 0, y: 0 }),
    swingHip: toWorld(swingHipStance),
    stanceKnee: toWorld(rotate({ x: 0, y: -thigh }, -phi)),
    stanceAnkle: toWorld(ankleStance),
    swingKnee: toWorld(swingKneeStance),
    swingAnkle: toWorld(swingAnkleStance),
    neckJunction: femurPoint(femur.neckJunction),
    greaterTrochanter: trochanter
      ? femurPoint({ x: trochanter.insertion.x, y: trochanter.insertion.y + 0.01 * s })
      : femurPoint(femur.neckJunction),
    femoralHeadRadiusM: FEMORAL_HEAD_RADIUS_M * s,
    lumbosacral: toWorld(lsStance),
    shoulderCentre: toWorld(shoulderStance),
    stanceShoulder: toWorld(stanceShoulder),
    swingShoulder: toWorld(swingShoulder),
    stanceHand: toWorld({ x: stanceShoulder.x, y: stanceShoulder.y - armLength }),
    swingHand: toWorld({ x: swingShoulder.x, y: swingShoulder.y - armLength }),
    headCentre: toWorld(headCentreStance),
    headRadiusM: HEAD_RADIUS_FRACTION * H,
    stanceCrest: pelvisPoint({ x: r.pelvis.crestLateralOfHipM, y: r.pelvis.crestAboveHipM }),
    swingCrest: pelvisPoint({
      x: -2 * h - r.pelvis.crestLateralOfHipM,
      y: r.pelvis.crestAboveHipM,
    }),
    partialCom: toWorld(partialComStance),
    muscles,
    pelvisAngleRad: side * drop,
    trunkAngleRad: -side * lean,
  };
}
