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
  type MuscleGroup,
  type PelvisShape,
  type ScaledMuscle,
  type Vec2,
} from '../../../../sim/index.ts';

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
  const swing = wr >= wl ? l : r;
  const partialCom = partialBodyCentre(body, geo, {
    lumbosacral: ls,
    trunkAxis: axis,
    pelvisAngleRad: tp,
    swingHip: swing.hip,
    swingLegDirection: swing.dir,
  });
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
