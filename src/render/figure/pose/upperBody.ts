/**
 * The trunk, head and arms over the pelvis, world frame of ./pose.ts. The upper body turns about
 * the lumbosacral joint as the model's does (sim/body.ts); the drawn lumbar spine bends between the
 * sacrum and the thorax, never beyond its lateral range. Arms hang from the shoulders: straight
 * down, or along the flank when the trunk leans away from them; a hand that holds a cane reaches
 * for its top.
 */
import {
  add,
  LANDMARK_HEIGHT_FRACTIONS as L,
  LUMBAR_LATERAL_FLEXION_RANGE_RAD,
  rotate,
  scale,
  type Vec2,
} from '../../../../sim/index.ts';
import { BREADTH, ELBOW_HEIGHT } from '../proportions.ts';
import type { ArmFigure, FigureInput, FigurePose, HandHold } from './types.ts';

/** Head "radius" as a fraction of height: half the chin-to-vertex height (Winter 2009 Fig. 4.1). */
export const HEAD_RADIUS_FRACTION = (1 - L.chinHeight) / 2;

/**
 * The trunk angle drawn: the given one, with the spine's bend (trunk less pelvis) held within the
 * lumbar spine's lateral range (the model bounds its own lean the same way).
 */
export function drawnTrunkAngleRad(trunkAngleRad: number, pelvisAngleRad: number): number {
  const range = LUMBAR_LATERAL_FLEXION_RANGE_RAD;
  const bend = Math.max(-range, Math.min(range, trunkAngleRad - pelvisAngleRad));
  return pelvisAngleRad + bend;
}

/** An arm from `shoulder` toward `target` (wrist), elbow bent outward (`sign`) when it is closer than the arm's reach. */
function reach(shoulder: Vec2, target: Vec2, upper: number, fore: number, sign: 1 | -1): ArmFigure {
  const dx = target.x - shoulder.x;
  const dy = target.y - shoulder.y;
  const d = Math.hypot(dx, dy) || 1;
  const u = { x: dx / d, y: dy / d };
  if (d >= upper + fore) {
    return {
      shoulder,
      elbow: add(shoulder, scale(u, upper)),
      hand: add(shoulder, scale(u, upper + fore)),
    };
  }
  // Law of cosines: the angle at the shoulder between the line to the wrist and the upper arm.
  const cosA = (upper * upper + d * d - fore * fore) / (2 * upper * d);
  const a = Math.acos(Math.max(-1, Math.min(1, cosA)));
  // Turn toward the side that puts the elbow outward (away from the midline).
  const turn = u.y < 0 ? sign : -sign;
  const elbow = add(shoulder, scale(rotate(u, turn * a), upper));
  return { shoulder, elbow, hand: target };
}

/** Where the upper body is, relative to the pelvis centre (the caller shifts it onto the feet). */
export function upperBody(
  f: FigureInput,
  trunkAngleRad: number,
  hold: HandHold,
  toWorld: (p: Vec2) => Vec2,
): FigurePose['trunk'] {
  const { body, geometry: geo } = f;
  const H = body.heightM;
  const ls = rotate({ x: 0, y: geo.lumbosacralHeightM }, f.obliquityRad);
  const axis = rotate({ x: 0, y: 1 }, trunkAngleRad);
  const across = rotate({ x: 1, y: 0 }, trunkAngleRad);
  const along = (d: number) => add(ls, scale(axis, d));
  const shoulderCentre = along(geo.shoulderFromLumbosacralM);
  const hipHeight = L.greaterTrochanterHeight * H;
  const headCentre = along((1 - HEAD_RADIUS_FRACTION) * H - hipHeight - geo.lumbosacralHeightM);
  const upper = (L.shoulderHeight - ELBOW_HEIGHT) * H;
  const fore = (ELBOW_HEIGHT - L.wristHeight) * H;
  const arm = (side: 'right' | 'left'): ArmFigure => {
    const sign = side === 'right' ? 1 : -1;
    const shoulder = toWorld(add(shoulderCentre, scale(across, sign * body.halfShoulderWidthM)));
    const down = { x: 0, y: -1 };
    // A hand that carries a load hangs straight down, even when it also holds the cane.
    if (hold.cane?.side === side && hold.load !== side) {
      const target = { x: hold.cane.tipX, y: shoulder.y - upper - fore };
      return reach(shoulder, target, upper, fore, sign);
    }
    // A free arm hangs straight down, or rests against the hip when the trunk leans away from
    // it (straight down would pass through the trunk).
    const hipSide = toWorld(
      rotate({ x: sign * ((L.hipWidth + BREADTH.elbow) / 2) * H, y: 0 }, f.obliquityRad),
    );
    const toHip = { x: hipSide.x - shoulder.x, y: hipSide.y - shoulder.y };
    const n = Math.hypot(toHip.x, toHip.y) || 1;
    const rests = hold.load !== side && sign * toHip.x > 0;
    const u = rests ? { x: toHip.x / n, y: toHip.y / n } : down;
    return {
      shoulder,
      elbow: add(shoulder, scale(u, upper)),
      hand: add(shoulder, scale(u, upper + fore)),
    };
  };
  const rightArm = arm('right');
  const leftArm = arm('left');
  return {
    lumbosacral: toWorld(ls),
    shoulderCentre: toWorld(shoulderCentre),
    rightShoulder: rightArm.shoulder,
    leftShoulder: leftArm.shoulder,
    rightHand: rightArm.hand,
    leftHand: leftArm.hand,
    headCentre: toWorld(headCentre),
    headRadiusM: HEAD_RADIUS_FRACTION * H,
    angleRad: trunkAngleRad,
    spineBendRad: trunkAngleRad - f.obliquityRad,
    lumbosacralHeightM: geo.lumbosacralHeightM,
    rightArm,
    leftArm,
  };
}
