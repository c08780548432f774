/**
 * World-frame geometry of the drawn figure, for single-leg stance and for any instant of gait.
 *
 * World frame: the frontal plane seen from behind, x to the subject's right, y up, metres, origin
 * on the floor (under the stance ankle in single-leg stance; midway between the footprints in
 * gait). Angles are counter-clockwise as drawn. A pelvic obliquity θp > 0 raises the right side;
 * a femur's world direction is R(θp ∓ adduction)·(0, −1) (− for the right hip, + for the left).
 * Left is always the mirror image of right (x → −x).
 */
import data from '../data/anthropometry.json' with { type: 'json' };
import type { Anthropometry } from './anthropometry.ts';
import type { BodyGeometry } from './body.ts';
import { GRAVITY_M_PER_S2 } from './constants.ts';
import { femurGeometry, REFERENCE_NECK_SHAFT_RAD, referenceNeckLengthM } from './femur.ts';
import type { Gait, GaitSample } from './gait/gait.ts';
import type { StanceResult } from './stance.ts';
import { add, rotate, scale, type Vec2 } from './frame.ts';
import { REFERENCE_HEIGHT_M, type MuscleGroup, type ScaledMuscle } from './muscles.ts';
import type { PelvisShape } from './pelvisShape.ts';

/** One leg as drawn. */
export interface LegFigure {
  readonly hip: Vec2;
  readonly knee: Vec2;
  readonly ankle: Vec2;
  readonly neckJunction: Vec2;
  readonly greaterTrochanter: Vec2;
  /** How much the leg carries the body, 0-1. */
  readonly stance: number;
}

/** One muscle part as drawn: a straight line of action, world frame. */
export interface MuscleFigure {
  readonly side: 'right' | 'left';
  readonly id: string;
  readonly name: string;
  readonly group: MuscleGroup;
  readonly origin: Vec2;
  readonly insertion: Vec2;
  readonly activation: number;
  readonly forceN: number;
  readonly strength: number;
}

/** The whole figure. */
export interface FigurePose {
  readonly heightM: number;
  readonly right: LegFigure;
  readonly left: LegFigure;
  readonly femoralHeadRadiusM: number;
  /** Pelvis: centre between the hips, its rotation, and its size. */
  readonly pelvis: {
    readonly centre: Vec2;
    readonly angleRad: number;
    readonly shape: PelvisShape;
    readonly rightCrest: Vec2;
    readonly leftCrest: Vec2;
  };
  readonly trunk: {
    readonly lumbosacral: Vec2;
    readonly shoulderCentre: Vec2;
    readonly rightShoulder: Vec2;
    readonly leftShoulder: Vec2;
    readonly rightHand: Vec2;
    readonly leftHand: Vec2;
    readonly headCentre: Vec2;
    readonly headRadiusM: number;
    /** Rotation of the trunk from vertical, counter-clockwise as drawn, rad. */
    readonly angleRad: number;
  };
  readonly muscles: readonly MuscleFigure[];
  /** Centre of mass of the body above the stance hip. */
  readonly partialCom: Vec2;
}

/** One side's muscles and how hard they work. */
export interface SideMuscles {
  readonly muscles: readonly ScaledMuscle[];
  readonly neckShaftRad: number;
  readonly activation: readonly number[];
  readonly forceN: readonly number[];
  readonly strength: readonly number[];
}

/** What places the figure. */
export interface FigureInput {
  readonly body: Anthropometry;
  readonly geometry: BodyGeometry;
  readonly pelvis: PelvisShape;
  /** Pelvic obliquity, rad (positive = right side higher). */
  readonly obliquityRad: number;
  /** Trunk rotation from vertical, counter-clockwise as drawn, rad. */
  readonly trunkAngleRad: number;
  readonly rightHipAdductionRad: number;
  readonly leftHipAdductionRad: number;
  readonly rightStance: number;
  readonly leftStance: number;
  /** Where each foot stands on the floor, world x, m. */
  readonly footprintX: { readonly right: number; readonly left: number };
  readonly right: SideMuscles;
  readonly left: SideMuscles;
}

const L = data.lengthFractionOfHeight;
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

/** Places the figure. */
export function buildFigure(f: FigureInput): FigurePose {
  const body = f.body;
  const H = body.heightM;
  const s = H / REFERENCE_HEIGHT_M;
  const h = f.geometry.halfHipWidthM;
  const thigh = body.thighLengthM;
  const shank = body.legLengthM - thigh;
  const ankleHeight = L.ankleHeight * H;
  const tp = f.obliquityRad;

  // Everything relative to the pelvis centre first.
  const pelvisPoint = (p: Vec2) => rotate(p, tp);
  const leg = (sign: 1 | -1, adduction: number, stance: number) => {
    const hip = pelvisPoint({ x: sign * h, y: 0 });
    const dir = rotate({ x: 0, y: -1 }, tp - sign * adduction);
    const knee = add(hip, scale(dir, thigh));
    const shown = shank * (stance + (1 - stance) * SWING_SHANK_PROJECTION);
    const ankle = add(knee, scale(dir, shown));
    return { hip, knee, ankle, dir };
  };
  const r = leg(1, f.rightHipAdductionRad, f.rightStance);
  const l = leg(-1, f.leftHipAdductionRad, f.leftStance);

  // Put the loaded foot (or the weighted mean of both) on its footprint.
  const wr = f.rightStance;
  const wl = f.leftStance;
  const wsum = wr + wl > 0 ? wr + wl : 2;
  const [ar, al] = wr + wl > 0 ? [wr, wl] : [1, 1];
  const offset: Vec2 = {
    x: (ar * (f.footprintX.right - r.ankle.x) + al * (f.footprintX.left - l.ankle.x)) / wsum,
    y: ankleHeight - (ar * r.ankle.y + al * l.ankle.y) / wsum,
  };
  const w = (p: Vec2): Vec2 => add(p, offset);

  const femurPoints = (sign: 1 | -1, side: SideMuscles, dir: Vec2, hip: Vec2) => {
    const femur = femurGeometry(side.neckShaftRad, referenceNeckLengthM(s), thigh);
    // Femur frame → world: Y (up the mechanical axis) is −dir; X (lateral) is Y turned 90°
    // clockwise on the right and counter-clockwise on the left: X = sign·(−dir.y, dir.x).
    const toWorld = (p: Vec2): Vec2 => ({
      x: hip.x - sign * p.x * dir.y - p.y * dir.x,
      y: hip.y + sign * p.x * dir.x - p.y * dir.y,
    });
    const gmed = side.muscles.find((m) => m.group === 'gmed');
    return {
      toWorld,
      neckJunction: toWorld(femur.neckJunction),
      greaterTrochanter: toWorld(
        gmed ? { x: gmed.insertion.x, y: gmed.insertion.y + 0.01 * s } : femur.neckJunction,
      ),
    };
  };
  const fr = femurPoints(1, f.right, r.dir, r.hip);
  const fl = femurPoints(-1, f.left, l.dir, l.hip);

  const muscles: MuscleFigure[] = [];
  const addMuscles = (sign: 1 | -1, side: SideMuscles, hip: Vec2, toWorld: (p: Vec2) => Vec2) => {
    side.muscles.forEach((m, i) => {
      muscles.push({
        side: sign === 1 ? 'right' : 'left',
        id: m.id,
        name: m.name,
        group: m.group,
        origin: w(add(hip, pelvisPoint({ x: sign * m.origin.x, y: m.origin.y }))),
        insertion: w(toWorld({ x: m.insertion.x, y: m.insertion.y })),
        activation: side.activation[i] ?? 0,
        forceN: side.forceN[i] ?? 0,
        strength: side.strength[i] ?? 1,
      });
    });
  };
  addMuscles(1, f.right, r.hip, fr.toWorld);
  addMuscles(-1, f.left, l.hip, fl.toWorld);

  // Trunk: the upper body turns about the lumbosacral joint.
  const geo = f.geometry;
  const ls = pelvisPoint({ x: 0, y: geo.lumbosacralHeightM });
  const axis = rotate({ x: 0, y: 1 }, f.trunkAngleRad);
  const across = rotate({ x: 1, y: 0 }, f.trunkAngleRad);
  const along = (d: number) => add(ls, scale(axis, d));
  const shoulderCentre = along(geo.shoulderFromLumbosacralM);
  const rightShoulder = add(shoulderCentre, scale(across, body.halfShoulderWidthM));
  const leftShoulder = add(shoulderCentre, scale(across, -body.halfShoulderWidthM));
  const arm = (L.shoulderHeight - L.wristHeight) * H;
  const hipHeight = L.greaterTrochanterHeight * H;
  const headCentre = along((1 - HEAD_RADIUS_FRACTION) * H - hipHeight - geo.lumbosacralHeightM);

  // Centre of mass above the stance hip: upper body, pelvis and the lighter-loaded leg.
  const upper = along(geo.upperBodyComFromLumbosacralM);
  const pelvisCom = pelvisPoint({ x: 0, y: geo.pelvisComHeightM });
  const swing = wr >= wl ? l : r;
  const legCom = add(swing.hip, scale(swing.dir, body.legComFromHipM));
  const mSum = body.upperBodyMassKg + body.pelvisMassKg + body.legMassKg;
  const partialCom = {
    x:
      (body.upperBodyMassKg * upper.x +
        body.pelvisMassKg * pelvisCom.x +
        body.legMassKg * legCom.x) /
      mSum,
    y:
      (body.upperBodyMassKg * upper.y +
        body.pelvisMassKg * pelvisCom.y +
        body.legMassKg * legCom.y) /
      mSum,
  };
  const crest = (sign: 1 | -1) =>
    w(pelvisPoint({ x: sign * (h + f.pelvis.crestLateralOfHipM), y: f.pelvis.crestAboveHipM }));

  return {
    heightM: H,
    right: {
      hip: w(r.hip),
      knee: w(r.knee),
      ankle: w(r.ankle),
      neckJunction: w(fr.neckJunction),
      greaterTrochanter: w(fr.greaterTrochanter),
      stance: wr,
    },
    left: {
      hip: w(l.hip),
      knee: w(l.knee),
      ankle: w(l.ankle),
      neckJunction: w(fl.neckJunction),
      greaterTrochanter: w(fl.greaterTrochanter),
      stance: wl,
    },
    femoralHeadRadiusM: FEMORAL_HEAD_RADIUS_M * s,
    pelvis: {
      centre: w({ x: 0, y: 0 }),
      angleRad: tp,
      shape: f.pelvis,
      rightCrest: crest(1),
      leftCrest: crest(-1),
    },
    trunk: {
      lumbosacral: w(ls),
      shoulderCentre: w(shoulderCentre),
      rightShoulder: w(rightShoulder),
      leftShoulder: w(leftShoulder),
      rightHand: w({ x: rightShoulder.x, y: rightShoulder.y - arm }),
      leftHand: w({ x: leftShoulder.x, y: leftShoulder.y - arm }),
      headCentre: w(headCentre),
      headRadiusM: HEAD_RADIUS_FRACTION * H,
      angleRad: f.trunkAngleRad,
    },
    muscles,
    partialCom: w(partialCom),
  };
}

/** Forces and lever arms drawn over a single-leg stance, world frame (m, N). */
export interface StanceOverlays {
  readonly hip: Vec2;
  readonly partialCom: Vec2;
  readonly partialWeightN: number;
  /** Resultant abductor force: a point on its line near the trochanter, and its unit direction (force on the pelvis). */
  readonly abductor: { readonly at: Vec2; readonly direction: Vec2; readonly forceN: number };
  /** Foot of the perpendicular from the hip centre to the abductor line (its lever arm). */
  readonly abductorArmFoot: Vec2;
  readonly abductorMomentArmM: number;
  /** Point at hip height on the vertical through the partial centre of mass (its lever arm). */
  readonly weightArmFoot: Vec2;
  readonly weightMomentArmM: number;
  /** Force of the pelvis on the femoral head: unit direction and size. */
  readonly contact: { readonly direction: Vec2; readonly forceN: number };
  readonly cane?: { readonly hand: Vec2; readonly forceN: number };
  readonly load?: { readonly hand: Vec2; readonly forceN: number };
  /** Pelvic drop arc at the stance hip: from the horizontal toward the swing side to the hip line. */
  readonly drop: {
    readonly centre: Vec2;
    readonly fromRad: number;
    readonly toRad: number;
    readonly valueRad: number;
  };
}

/** A single-leg stance as drawn, with its overlays. */
export interface StanceFigure {
  readonly pose: FigurePose;
  readonly overlays: StanceOverlays;
}

const inactive = (muscles: readonly ScaledMuscle[]): SideMuscles['activation'] =>
  muscles.map(() => 0);

/** Figure of a solved single-leg stance (stance foot at the world origin). */
export function stanceFigure(r: StanceResult): StanceFigure {
  const right = r.input.stanceSide === 'right';
  const sign = right ? 1 : -1;
  const stanceSide: SideMuscles = {
    muscles: r.scaledMuscles,
    neckShaftRad: r.input.neckShaftRad,
    activation: r.muscles.map((m) => m.activation),
    forceN: r.muscles.map((m) => m.forceN),
    strength: r.muscles.map((m) => m.strength),
  };
  const swingSide: SideMuscles = {
    muscles: r.scaledMuscles,
    neckShaftRad: REFERENCE_NECK_SHAFT_RAD,
    activation: inactive(r.scaledMuscles),
    forceN: inactive(r.scaledMuscles),
    strength: r.scaledMuscles.map(() => 1),
  };
  const drop = r.pelvicDropRad;
  const pose = buildFigure({
    body: r.body,
    geometry: r.geometry,
    pelvis: r.pelvis,
    obliquityRad: sign * drop,
    trunkAngleRad: -sign * r.trunkLeanRad,
    rightHipAdductionRad: right ? r.hipAdductionRad : -drop,
    leftHipAdductionRad: right ? -drop : r.hipAdductionRad,
    rightStance: right ? 1 : 0,
    leftStance: right ? 0 : 1,
    footprintX: { right: 0, left: 0 },
    right: right ? stanceSide : swingSide,
    left: right ? swingSide : stanceSide,
  });

  // Stance frame (x toward the stance side) → world: mirror x on the left.
  const hip = right ? pose.right.hip : pose.left.hip;
  const dirWorld = (v: Vec2): Vec2 => ({ x: sign * v.x, y: v.y });
  const fromHip = (v: Vec2): Vec2 => ({ x: hip.x + sign * v.x, y: hip.y + v.y });
  const F = r.abductorForce;
  const Fn = Math.hypot(F.x, F.y);
  const muscleMoment = r.muscles.reduce((sum, m) => sum + m.forceN * m.momentArmM, 0);
  // Line of the resultant: points P with P × F = −M (clockwise); its foot from the hip centre is
  // P₀ = −M·(F_y, −F_x)/|F|².
  const foot = Fn > 0 ? scale({ x: F.y, y: -F.x }, -muscleMoment / (Fn * Fn)) : { x: 0, y: 0 };
  const u = Fn > 0 ? scale(F, 1 / Fn) : { x: 0, y: -1 };
  const troch = right ? pose.right.greaterTrochanter : pose.left.greaterTrochanter;
  const trochLocal = { x: sign * (troch.x - hip.x), y: troch.y - hip.y };
  const along = (trochLocal.x - foot.x) * u.x + (trochLocal.y - foot.y) * u.y;
  const at = add(foot, scale(u, along));
  const C = r.hipContactForce;
  const Cn = Math.hypot(C.x, C.y);
  const hands = r.input;
  const handAt = (which: 'contralateral' | 'ipsilateral') =>
    (which === 'ipsilateral') === right ? pose.trunk.rightHand : pose.trunk.leftHand;
  const caneN = r.input.caneFractionBW * r.bodyWeightN;
  const loadN = r.input.loadKg * GRAVITY_M_PER_S2;
  // The hip line turns from the horizontal (toward the swing side) by the drop.
  const toward = right ? Math.PI + drop : -drop;
  return {
    pose,
    overlays: {
      hip,
      partialCom: pose.partialCom,
      partialWeightN: r.partialWeightN,
      abductor: { at: fromHip(at), direction: dirWorld(u), forceN: Fn },
      abductorArmFoot: fromHip(foot),
      abductorMomentArmM: Math.hypot(foot.x, foot.y),
      weightArmFoot: { x: pose.partialCom.x, y: hip.y },
      weightMomentArmM: Math.abs(pose.partialCom.x - hip.x),
      contact: { direction: Cn > 0 ? dirWorld(scale(C, 1 / Cn)) : { x: 0, y: -1 }, forceN: Cn },
      ...(caneN > 0
        ? {
            cane: {
              hand: { x: hip.x + sign * r.hands.caneX, y: handAt(hands.caneHand).y },
              forceN: caneN,
            },
          }
        : {}),
      ...(loadN > 0 ? { load: { hand: handAt(hands.loadHand), forceN: loadN } } : {}),
      drop: { centre: hip, fromRad: right ? Math.PI : 0, toRad: toward, valueRad: drop },
    },
  };
}

/** Half the step width: where each foot stands in gait, as a fraction of height (step width ≈ 10 cm; drawing choice). */
const STEP_HALF_WIDTH_FRACTION = 0.028;

/** Figure of one instant of gait (feet on footprints either side of the midline). */
export function gaitFigure(g: Gait, s: GaitSample): FigurePose {
  const side = (
    t: Gait['right'],
    ms: readonly { activation: number; forceN: number }[],
  ): SideMuscles => ({
    muscles: t.result.scaledMuscles,
    neckShaftRad: t.result.input.neckShaftRad,
    activation: ms.map((m) => m.activation),
    forceN: ms.map((m) => m.forceN),
    strength: t.result.muscles.map((m) => m.strength),
  });
  const b = STEP_HALF_WIDTH_FRACTION * g.healthy.body.heightM;
  return buildFigure({
    body: g.healthy.body,
    geometry: g.healthy.geometry,
    pelvis: g.healthy.pelvis,
    obliquityRad: s.pelvicObliquityRad,
    trunkAngleRad: -s.trunkLeanRad,
    rightHipAdductionRad: s.rightHipAdductionRad,
    leftHipAdductionRad: s.leftHipAdductionRad,
    rightStance: s.rightStanceWeight,
    leftStance: s.leftStanceWeight,
    footprintX: { right: b, left: -b },
    right: side(g.right, s.rightMuscles),
    left: side(g.left, s.leftMuscles),
  });
}
