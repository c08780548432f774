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
  partialBodyCentre,
  REFERENCE_HEIGHT_M,
  rotate,
  type Vec2,
} from '../../../../sim/index.ts';
import { femurShape, femurToWorld, footing, legChain, type LegChain } from './legs.ts';
import type { FigureInput, FigurePose, LegFigure, MuscleFigure, SideMuscles } from './types.ts';
import { drawnTrunkAngleRad, upperBody } from './upperBody.ts';

/** Femoral head radius, m, at the reference height (diameter ≈ 48 mm in adult men). */
const FEMORAL_HEAD_RADIUS_M = 0.024;

/** Counter-clockwise angle of a direction from straight down, rad. */
const fromDown = (d: Vec2) => Math.atan2(d.x, -d.y);

/** One side's muscle parts, origin on the pelvis and insertion on the femur, in the world. */
function sideMuscles(
  sign: 1 | -1,
  side: SideMuscles,
  halfHipWidthM: number,
  pelvis: (p: Vec2) => Vec2,
  femur: (q: Vec2) => Vec2,
): MuscleFigure[] {
  return side.muscles.map((m, i) => ({
    side: sign === 1 ? 'right' : 'left',
    id: m.id,
    name: m.name,
    group: m.group,
    origin: pelvis({ x: sign * (halfHipWidthM + m.origin.x), y: m.origin.y }),
    insertion: femur({ x: m.insertion.x, y: m.insertion.y }),
    activation: side.activation[i] ?? 0,
    forceN: side.forceN[i] ?? 0,
    strength: side.strength[i] ?? 1,
  }));
}

/** Places the figure. */
export function buildFigure(f: FigureInput): FigurePose {
  const { body, geometry: geo } = f;
  const s = body.heightM / REFERENCE_HEIGHT_M;
  const tp = f.obliquityRad;
  // Everything relative to the pelvis centre first, then shifted over the feet.
  const r = legChain(f, 1, f.rightHipAdductionRad);
  const l = legChain(f, -1, f.leftHipAdductionRad);
  const foot = footing(f, r, l);
  const w = (q: Vec2) => add(q, foot.pelvisCentre);
  /** A pelvis-frame point (origin between the hips) in the world. */
  const pelvis = (q: Vec2) => w(rotate(q, tp));

  const leg = (sign: 1 | -1, chain: LegChain, side: SideMuscles, ankle: Vec2, contact: number) => {
    const shape = femurShape(side, s, body.thighLengthM);
    const hip = w(chain.hip);
    const knee = w(chain.knee);
    const toWorld = femurToWorld(hip, chain.dir, sign);
    const figure: LegFigure = {
      hip,
      knee,
      ankle,
      neckJunction: toWorld(shape.neckJunction),
      greaterTrochanter: toWorld(shape.greaterTrochanter),
      stance: sign === 1 ? f.rightStance : f.leftStance,
      contact,
      femurAngleRad: fromDown(chain.dir),
      shankAngleRad: fromDown({ x: ankle.x - knee.x, y: ankle.y - knee.y }),
      femur: shape,
    };
    return { figure, toWorld };
  };
  const right = leg(1, r, f.right, foot.rightAnkle, foot.rightContact);
  const left = leg(-1, l, f.left, foot.leftAnkle, foot.leftContact);

  const trunkAngle = drawnTrunkAngleRad(f.trunkAngleRad, tp);
  const trunk = upperBody(f, trunkAngle, f.hands ?? {}, w);
  // Centre of mass above the stance hip: upper body, pelvis and the lighter-loaded leg.
  const swing = f.rightStance >= f.leftStance ? l : r;
  const partialCom = partialBodyCentre(body, geo, {
    lumbosacral: rotate({ x: 0, y: geo.lumbosacralHeightM }, tp),
    trunkAxis: rotate({ x: 0, y: 1 }, trunkAngle),
    pelvisAngleRad: tp,
    swingHip: swing.hip,
    swingLegDirection: swing.dir,
  });
  const h = geo.halfHipWidthM;
  const crest = (sign: 1 | -1) =>
    pelvis({ x: sign * (h + f.pelvis.crestLateralOfHipM), y: f.pelvis.crestAboveHipM });

  return {
    heightM: body.heightM,
    right: right.figure,
    left: left.figure,
    femoralHeadRadiusM: FEMORAL_HEAD_RADIUS_M * s,
    pelvis: {
      centre: foot.pelvisCentre,
      angleRad: tp,
      shape: f.pelvis,
      rightCrest: crest(1),
      leftCrest: crest(-1),
    },
    trunk,
    muscles: [
      ...sideMuscles(1, f.right, h, pelvis, right.toWorld),
      ...sideMuscles(-1, f.left, h, pelvis, left.toWorld),
    ],
    partialCom: w(partialCom),
  };
}
