/**
 * The legs placed under the pelvis, and the pelvis placed over the feet: a foot on the floor stays
 * on its footprint; a lifted foot hangs at its lift. World frame of ./pose.ts, m.
 */
import {
  add,
  femurGeometry,
  LANDMARK_HEIGHT_FRACTIONS as L,
  referenceNeckLengthM,
  rotate,
  scale,
  type Vec2,
} from '../../../../sim/index.ts';
import type { FemurShape, FigureInput, SideMuscles } from './types.ts';

/**
 * Lift of the free foot in single-leg stance as a share of the shank: the knee of the lifted leg
 * flexes (sagittal, not modelled) as in the clinical test, so that the shank seen from behind is
 * 0.25 of its length, ≈ cos 75°. Drawing only.
 */
const FREE_FOOT_LIFT_SHARE = 0.75;
/** The greater trochanter's tip above the gluteus medius insertion, m at the reference height (drawing). */
const TROCHANTER_TIP_ABOVE_INSERTION_M = 0.012;

/** A leg relative to the pelvis centre: hip, knee, the femur's direction (hip → knee) and where its foot goes. */
export interface LegChain {
  readonly hip: Vec2;
  readonly knee: Vec2;
  readonly dir: Vec2;
  /** The ankle of the straight leg (full shank along the thigh's direction). */
  readonly straightAnkle: Vec2;
}

/** One leg, `sign` +1 right and −1 left: the hip on the pelvis, the thigh along its adduction. */
export function legChain(f: FigureInput, sign: 1 | -1, adductionRad: number): LegChain {
  const shank = f.body.legLengthM - f.body.thighLengthM;
  const hip = rotate({ x: sign * f.geometry.halfHipWidthM, y: 0 }, f.obliquityRad);
  const dir = rotate({ x: 0, y: -1 }, f.obliquityRad - sign * adductionRad);
  const knee = add(hip, scale(dir, f.body.thighLengthM));
  return { hip, knee, dir, straightAnkle: add(knee, scale(dir, shank)) };
}

/** Where the pelvis centre sits and where each ankle is, world frame. */
export interface Footing {
  readonly pelvisCentre: Vec2;
  readonly rightAnkle: Vec2;
  readonly leftAnkle: Vec2;
  readonly rightContact: number;
  readonly leftContact: number;
}

/**
 * Puts the pelvis over the feet. Across: the stance-weighted feet on their footprints (a leg in
 * full stance exactly). Up: as high as the legs allow, so each ankle reaches its height (the floor,
 * or its lift) with the shank at most its full length; a shorter reach is a knee flexed out of the
 * frontal plane. A planted foot (contact 1) stands on its footprint; a free one hangs below its knee.
 */
export function footing(f: FigureInput, r: LegChain, l: LegChain): Footing {
  const H = f.body.heightM;
  const shank = f.body.legLengthM - f.body.thighLengthM;
  const floorAnkle = L.ankleHeight * H;
  const wr = f.rightStance;
  const wl = f.leftStance;
  const [ar, al] = wr + wl > 0 ? [wr, wl] : [1, 1];
  const x =
    (ar * (f.footprintX.right - r.straightAnkle.x) + al * (f.footprintX.left - l.straightAnkle.x)) /
    (ar + al);
  const freeLift = (leg: LegChain) => FREE_FOOT_LIFT_SHARE * shank * -leg.dir.y;
  const lift = f.footLiftM ?? {
    right: wr > 0 ? 0 : freeLift(r),
    left: wl > 0 ? 0 : freeLift(l),
  };
  const contact = f.contact ?? { right: Math.min(1, wr), left: Math.min(1, wl) };
  const ankleAt = (leg: LegChain, footprint: number, c: number, up: number): Vec2 => ({
    x: (1 - c) * (x + leg.straightAnkle.x) + c * footprint,
    y: floorAnkle + up,
  });
  const ar0 = ankleAt(r, f.footprintX.right, contact.right, lift.right);
  const al0 = ankleAt(l, f.footprintX.left, contact.left, lift.left);
  // Highest pelvis from which a leg still reaches its ankle: |knee − ankle| ≤ shank.
  const highest = (leg: LegChain, ankle: Vec2) => {
    const dx = Math.min(shank, Math.abs(ankle.x - (x + leg.knee.x)));
    return ankle.y - leg.knee.y + Math.sqrt(shank * shank - dx * dx);
  };
  const y = Math.min(highest(r, ar0), highest(l, al0));
  return {
    pelvisCentre: { x, y },
    rightAnkle: ar0,
    leftAnkle: al0,
    rightContact: contact.right,
    leftContact: contact.left,
  };
}

/** The femur's shape for a side: head, neck at its neck-shaft angle, trochanter. */
export function femurShape(side: SideMuscles, heightScale: number, thighM: number): FemurShape {
  const femur = femurGeometry(side.neckShaftRad, referenceNeckLengthM(heightScale), thighM);
  const gmed = side.muscles.find((m) => m.group === 'gmed');
  return {
    neckShaftRad: side.neckShaftRad,
    neckJunction: femur.neckJunction,
    greaterTrochanter: gmed
      ? {
          x: gmed.insertion.x,
          y: gmed.insertion.y + TROCHANTER_TIP_ABOVE_INSERTION_M * heightScale,
        }
      : femur.neckJunction,
    offsetM: femur.offsetM,
  };
}

/**
 * From the femur frame to the world: the frame's y (up the mechanical axis) is −dir; its x
 * (lateral) is y turned 90° clockwise on the right and counter-clockwise on the left.
 */
export function femurToWorld(hip: Vec2, dir: Vec2, sign: 1 | -1): (q: Vec2) => Vec2 {
  return (q) => ({
    x: hip.x - sign * q.x * dir.y - q.y * dir.x,
    y: hip.y + sign * q.x * dir.x - q.y * dir.y,
  });
}
