/**
 * World-frame geometry of the drawn figure (drawing only: the model stops at results). Built for
 * single-leg stance by ./stancePose.ts and for any instant of gait by ./gaitPose.ts.
 *
 * World frame: the frontal plane seen from behind, x to the subject's right, y up, metres, origin
 * on the floor (under the stance ankle in single-leg stance; midway between the footprints in
 * gait). Angles are counter-clockwise as drawn. A pelvic obliquity θp > 0 raises the right side;
 * a femur's world direction is R(θp ∓ adduction)·(0, −1) (− for the right hip, + for the left).
 * Left is always the mirror image of right (x → −x).
 */
import {
  add,
  femurGeometry,
  LANDMARK_HEIGHT_FRACTIONS as L,
  partialBodyCentre,
  REFERENCE_HEIGHT_M,
  referenceNeckLengthM,
  rotate,
  scale,
  type Anthropometry,
  type BodyGeometry,
  type Vec2,
} from '../../../../sim/index.ts';
import type { FigureInput, FigurePose, LegFigure, MuscleFigure, SideMuscles } from './types.ts';

/** Head radius as a fraction of height: half the chin-to-vertex height (Winter 2009 Fig. 4.1). */
const HEAD_RADIUS_FRACTION = (1 - L.chinHeight) / 2;
/** Femoral head radius, m, at the reference height (diameter ≈ 48 mm in adult men). */
const FEMORAL_HEAD_RADIUS_M = 0.024;
/**
 * Projected length of a swinging shank as a fraction of its length: knee flexion (sagittal, not
 * modelled) foreshortens the shank seen from behind; 0.45 ≈ cos 63°, near peak swing flexion.
 * Drawing only.
 */
const SWING_SHANK_PROJECTION = 0.45;

/** A leg's joint centres relative to the pelvis centre, and the femur's direction (hip → knee). */
interface LegChain {
  readonly hip: Vec2;
  readonly knee: Vec2;
  readonly ankle: Vec2;
  readonly dir: Vec2;
}

/** What every piece of the figure is placed with. */
interface Placing {
  readonly f: FigureInput;
  /** Height over the reference height (scales the reference femur). */
  readonly s: number;
  readonly thighM: number;
  /** A point in the pelvis frame (origin at the pelvis centre) relative to the pelvis centre. */
  readonly pelvisPoint: (p: Vec2) => Vec2;
  /** A point relative to the pelvis centre in the world (feet on their footprints). */
  readonly w: (p: Vec2) => Vec2;
}

/** One leg, `sign` +1 right and −1 left: the hip on the pelvis, thigh and (foreshortened) shank. */
function legChain(
  f: FigureInput,
  pelvisPoint: (p: Vec2) => Vec2,
  sign: 1 | -1,
  adduction: number,
  stance: number,
): LegChain {
  const thigh = f.body.thighLengthM;
  const shank = f.body.legLengthM - thigh;
  const hip = pelvisPoint({ x: sign * f.geometry.halfHipWidthM, y: 0 });
  const dir = rotate({ x: 0, y: -1 }, f.obliquityRad - sign * adduction);
  const knee = add(hip, scale(dir, thigh));
  const shown = shank * (stance + (1 - stance) * SWING_SHANK_PROJECTION);
  const ankle = add(knee, scale(dir, shown));
  return { hip, knee, ankle, dir };
}

/** The shift that puts the loaded foot (or the weighted mean of both) on its footprint. */
function footOffset(f: FigureInput, r: LegChain, l: LegChain): Vec2 {
  const wr = f.rightStance;
  const wl = f.leftStance;
  const wsum = wr + wl > 0 ? wr + wl : 2;
  const [ar, al] = wr + wl > 0 ? [wr, wl] : [1, 1];
  return {
    x: (ar * (f.footprintX.right - r.ankle.x) + al * (f.footprintX.left - l.ankle.x)) / wsum,
    y: L.ankleHeight * f.body.heightM - (ar * r.ankle.y + al * l.ankle.y) / wsum,
  };
}

/** The femur frame placed on a leg, with its neck junction and greater trochanter. */
function femurPoints(p: Placing, sign: 1 | -1, side: SideMuscles, leg: LegChain) {
  const { dir, hip } = leg;
  const femur = femurGeometry(side.neckShaftRad, referenceNeckLengthM(p.s), p.thighM);
  // Femur frame → world: Y (up the mechanical axis) is −dir; X (lateral) is Y turned 90°
  // clockwise on the right and counter-clockwise on the left: X = sign·(−dir.y, dir.x).
  const toWorld = (q: Vec2): Vec2 => ({
    x: hip.x - sign * q.x * dir.y - q.y * dir.x,
    y: hip.y + sign * q.x * dir.x - q.y * dir.y,
  });
  const gmed = side.muscles.find((m) => m.group === 'gmed');
  return {
    toWorld,
    neckJunction: toWorld(femur.neckJunction),
    greaterTrochanter: toWorld(
      gmed ? { x: gmed.insertion.x, y: gmed.insertion.y + 0.01 * p.s } : femur.neckJunction,
    ),
  };
}

/** One side's muscle parts, origin on the pelvis and insertion on the femur, in the world. */
function sideMuscles(
  p: Placing,
  sign: 1 | -1,
  side: SideMuscles,
  hip: Vec2,
  toWorld: (q: Vec2) => Vec2,
): MuscleFigure[] {
  return side.muscles.map((m, i) => ({
    side: sign === 1 ? 'right' : 'left',
    id: m.id,
    name: m.name,
    group: m.group,
    origin: p.w(add(hip, p.pelvisPoint({ x: sign * m.origin.x, y: m.origin.y }))),
    insertion: p.w(toWorld({ x: m.insertion.x, y: m.insertion.y })),
    activation: side.activation[i] ?? 0,
    forceN: side.forceN[i] ?? 0,
    strength: side.strength[i] ?? 1,
  }));
}

/** The leg as drawn, in the world. */
function legFigure(
  p: Placing,
  leg: LegChain,
  femur: ReturnType<typeof femurPoints>,
  stance: number,
): LegFigure {
  return {
    hip: p.w(leg.hip),
    knee: p.w(leg.knee),
    ankle: p.w(leg.ankle),
    neckJunction: p.w(femur.neckJunction),
    greaterTrochanter: p.w(femur.greaterTrochanter),
    stance,
  };
}

/** The trunk, head and arms: the upper body turns about the lumbosacral joint `ls`. */
function trunkFigure(
  p: Placing,
  body: Anthropometry,
  geo: BodyGeometry,
  ls: Vec2,
  axis: Vec2,
): FigurePose['trunk'] {
  const H = body.heightM;
  const across = rotate({ x: 1, y: 0 }, p.f.trunkAngleRad);
  const along = (d: number) => add(ls, scale(axis, d));
  const shoulderCentre = along(geo.shoulderFromLumbosacralM);
  const rightShoulder = add(shoulderCentre, scale(across, body.halfShoulderWidthM));
  const leftShoulder = add(shoulderCentre, scale(across, -body.halfShoulderWidthM));
  const arm = (L.shoulderHeight - L.wristHeight) * H;
  const hipHeight = L.greaterTrochanterHeight * H;
  const headCentre = along((1 - HEAD_RADIUS_FRACTION) * H - hipHeight - geo.lumbosacralHeightM);
  return {
    lumbosacral: p.w(ls),
    shoulderCentre: p.w(shoulderCentre),
    rightShoulder: p.w(rightShoulder),
    leftShoulder: p.w(leftShoulder),
    rightHand: p.w({ x: rightShoulder.x, y: rightShoulder.y - arm }),
    leftHand: p.w({ x: leftShoulder.x, y: leftShoulder.y - arm }),
    headCentre: p.w(headCentre),
    headRadiusM: HEAD_RADIUS_FRACTION * H,
    angleRad: p.f.trunkAngleRad,
  };
}

/** Places the figure. */
export function buildFigure(f: FigureInput): FigurePose {
  const { body, geometry: geo } = f;
  const s = body.heightM / REFERENCE_HEIGHT_M;
  const tp = f.obliquityRad;
  // Everything relative to the pelvis centre first, then shifted onto the footprints.
  const pelvisPoint = (q: Vec2) => rotate(q, tp);
  const r = legChain(f, pelvisPoint, 1, f.rightHipAdductionRad, f.rightStance);
  const l = legChain(f, pelvisPoint, -1, f.leftHipAdductionRad, f.leftStance);
  const offset = footOffset(f, r, l);
  const p: Placing = { f, s, thighM: body.thighLengthM, pelvisPoint, w: (q) => add(q, offset) };
  const fr = femurPoints(p, 1, f.right, r);
  const fl = femurPoints(p, -1, f.left, l);

  const ls = pelvisPoint({ x: 0, y: geo.lumbosacralHeightM });
  const axis = rotate({ x: 0, y: 1 }, f.trunkAngleRad);
  // Centre of mass above the stance hip: upper body, pelvis and the lighter-loaded leg.
  const swing = f.rightStance >= f.leftStance ? l : r;
  const partialCom = partialBodyCentre(body, geo, {
    lumbosacral: ls,
    trunkAxis: axis,
    pelvisAngleRad: tp,
    swingHip: swing.hip,
    swingLegDirection: swing.dir,
  });
  const h = geo.halfHipWidthM;
  const crest = (sign: 1 | -1) =>
    p.w(pelvisPoint({ x: sign * (h + f.pelvis.crestLateralOfHipM), y: f.pelvis.crestAboveHipM }));

  return {
    heightM: body.heightM,
    right: legFigure(p, r, fr, f.rightStance),
    left: legFigure(p, l, fl, f.leftStance),
    femoralHeadRadiusM: FEMORAL_HEAD_RADIUS_M * s,
    pelvis: {
      centre: p.w({ x: 0, y: 0 }),
      angleRad: tp,
      shape: f.pelvis,
      rightCrest: crest(1),
      leftCrest: crest(-1),
    },
    trunk: trunkFigure(p, body, geo, ls, axis),
    muscles: [
      ...sideMuscles(p, 1, f.right, r.hip, fr.toWorld),
      ...sideMuscles(p, -1, f.left, l.hip, fl.toWorld),
    ],
    partialCom: p.w(partialCom),
  };
}
