/**
 * The upper free body in single-leg stance: everything above the stance hip (pelvis, upper body,
 * swing leg) plus the hand forces of a cane and of a carried load, in the stance frame
 * (sim/frame.ts). Gives the external moment about the stance hip and the stance-leg inclination
 * that keeps the whole body balanced over the stance foot.
 */
import type { Anthropometry } from './anthropometry.ts';
import { GRAVITY_M_PER_S2 } from './constants.ts';
import { add, rotate, scale, type Vec2 } from './frame.ts';

/** Which hand: the swing side (contralateral to the stance hip) or the stance side (ipsilateral). */
export type Hand = 'contralateral' | 'ipsilateral';

/** Size and shape of the pelvis and trunk that the loads act through, m. */
export interface BodyGeometry {
  /** Half the distance between the hip centres, m. */
  readonly halfHipWidthM: number;
  /** Height of the lumbosacral joint above the hip centres, pelvis frame, m. */
  readonly lumbosacralHeightM: number;
  /** Height of the pelvis centre of mass above the hip centres, pelvis frame, m. */
  readonly pelvisComHeightM: number;
  /** Distance from the lumbosacral joint to the upper-body centre of mass along the trunk, m. */
  readonly upperBodyComFromLumbosacralM: number;
  /** Distance from the lumbosacral joint to the shoulder line along the trunk, m. */
  readonly shoulderFromLumbosacralM: number;
}

/** Forces applied by hand: a cane (upward on the hand) and a carried load (downward). */
export interface HandLoads {
  /** Upward force of the cane on the hand, N (≥ 0). */
  readonly caneForceN: number;
  readonly caneHand: Hand;
  /** Weight of the carried load, N (≥ 0). */
  readonly loadWeightN: number;
  readonly loadHand: Hand;
}

/**
 * Loads on the upper free body at one posture. Positions are in the stance frame (m), forces in
 * N; `momentNm` is the external moment about the stance hip, positive when it would drop the
 * swing side.
 */
export interface UpperBodyLoads {
  momentNm: number;
  /** Sum of the external forces on the free body (vertical, N; positive up). */
  forceYN: number;
  /** Weight of the free body (pelvis, upper body, swing leg), N. */
  partialWeightN: number;
  /** Horizontal position of the partial-body centre of mass, m (negative = medial of the stance hip). */
  partialComX: number;
  /** Horizontal position of the cane and load hands, m. */
  caneHandX: number;
  loadHandX: number;
  /**
   * Moment about the lumbosacral joint of the loads on the upper body (its weight, a carried load,
   * the cane), N·m, counter-clockwise positive: what the trunk muscles and the spine hold.
   */
  trunkMomentNm: number;
}

/** Lumbosacral joint height above the hip centres as a fraction of standing height: back joint of OpenSim gait2392 (Delp et al. 1990; Anderson & Pandy 1999), 0.148 m in a 1.80 m model. */
const LUMBOSACRAL_HEIGHT_FRACTION = 0.082;

/**
 * Pelvis and trunk geometry of one body.
 * The pelvis centre of mass is put midway between the hip line and the lumbosacral joint (Dempster's
 * pelvis segment spans L4/L5 to the trochanters: model assumption). The upper body (HAT less
 * pelvis) centre of mass follows from the HAT centre of mass (Winter 2009) and that of the pelvis.
 * @param body anthropometry
 * @param halfHipWidthM half the inter-hip-centre distance, m
 */
export function bodyGeometry(body: Anthropometry, halfHipWidthM: number): BodyGeometry {
  const lumbosacralHeightM = LUMBOSACRAL_HEIGHT_FRACTION * body.heightM;
  const pelvisComHeightM = lumbosacralHeightM / 2;
  const upperComHeightM =
    (body.hatMassKg * body.hatComAboveHipM - body.pelvisMassKg * pelvisComHeightM) /
    body.upperBodyMassKg;
  return {
    halfHipWidthM,
    lumbosacralHeightM,
    pelvisComHeightM,
    upperBodyComFromLumbosacralM: upperComHeightM - lumbosacralHeightM,
    shoulderFromLumbosacralM: body.shoulderAboveHipM - lumbosacralHeightM,
  };
}

/** Horizontal positions (stance frame, m) of what the pelvis carries, at one drop. */
interface PelvisLevers {
  /** Lumbosacral joint. */
  lsX: number;
  /** Pelvis centre of mass. */
  pelvisX: number;
  /** Swing-leg centre of mass. */
  swingLegX: number;
  /** Tip of a cane. */
  caneHandX: number;
}

/** Filled by {@link pelvisLevers} (no allocation: the loads are evaluated in every search step). */
const levers: PelvisLevers = { lsX: 0, pelvisX: 0, swingLegX: 0, caneHandX: 0 };

/**
 * Where the pelvis puts the lumbosacral joint, its own centre of mass, the swing leg's and a
 * cane's tip with the pelvis dropped by δ. Pelvis-frame points rotated by δ:
 * R(δ)(x, y) = (x cos δ − y sin δ, x sin δ + y cos δ). The swing leg is carried by the pelvis (hip
 * in neutral), its centre of mass below its hip. The cane stands on the floor where the hand holds
 * it in upright stance (beside the thigh, at the shoulder's width); a lean or drop does not move
 * its tip. Returns a shared object, valid until the next call.
 */
function pelvisLevers(
  body: Anthropometry,
  geo: BodyGeometry,
  hands: HandLoads,
  dropRad: number,
): PelvisLevers {
  const cd = Math.cos(dropRad);
  const sd = Math.sin(dropRad);
  const h = geo.halfHipWidthM;
  levers.lsX = -h * cd - geo.lumbosacralHeightM * sd;
  levers.pelvisX = -h * cd - geo.pelvisComHeightM * sd;
  levers.swingLegX = -2 * h * cd + body.legComFromHipM * sd;
  levers.caneHandX =
    hands.caneHand === 'contralateral'
      ? -h - body.halfShoulderWidthM
      : -h + body.halfShoulderWidthM;
  return levers;
}

/**
 * External loads on the upper free body with the pelvis dropped by δ and the trunk leaning by λ.
 *
 * Pelvis-frame points p turn with the pelvis: p_lab = R(δ)·p. The upper body turns about the
 * lumbosacral joint by −λ (toward the stance side); arms hang vertically from the shoulders, so
 * each hand, and a load it carries, is straight below its shoulder. A cane's force acts where its
 * tip stands: below the hand's upright position, whatever the posture. The swing leg is carried
 * by the pelvis with its hip in neutral, so it turns with the pelvis.
 * Moment of a vertical force F_y at x about the stance hip: x·F_y (counter-clockwise positive).
 * @param out receives the loads (no allocation)
 */
export function upperBodyLoads(
  body: Anthropometry,
  geo: BodyGeometry,
  hands: HandLoads,
  dropRad: number,
  leanRad: number,
  out: UpperBodyLoads,
): UpperBodyLoads {
  const g = GRAVITY_M_PER_S2;
  const { lsX, pelvisX, swingLegX, caneHandX } = pelvisLevers(body, geo, hands, dropRad);
  const sl = Math.sin(leanRad);
  const cl = Math.cos(leanRad);
  const upperX = lsX + geo.upperBodyComFromLumbosacralM * sl;
  // Shoulder line: centre on the trunk axis, shoulders ± half-width across it.
  const shoulderX = lsX + geo.shoulderFromLumbosacralM * sl;
  const stanceHandX = shoulderX + body.halfShoulderWidthM * cl;
  const swingHandX = shoulderX - body.halfShoulderWidthM * cl;
  // A carried load hangs from the hand.
  const loadHandX = hands.loadHand === 'contralateral' ? swingHandX : stanceHandX;

  const wUpper = body.upperBodyMassKg * g;
  const wPelvis = body.pelvisMassKg * g;
  const wLeg = body.legMassKg * g;
  const partialWeightN = wUpper + wPelvis + wLeg;
  const gravityMoment = -(wUpper * upperX + wPelvis * pelvisX + wLeg * swingLegX);
  out.momentNm = gravityMoment + hands.caneForceN * caneHandX - hands.loadWeightN * loadHandX;
  out.forceYN = -partialWeightN + hands.caneForceN - hands.loadWeightN;
  out.partialWeightN = partialWeightN;
  out.partialComX = -gravityMoment / partialWeightN;
  out.caneHandX = caneHandX;
  out.loadHandX = loadHandX;
  out.trunkMomentNm =
    -wUpper * (upperX - lsX) +
    hands.caneForceN * (caneHandX - lsX) -
    hands.loadWeightN * (loadHandX - lsX);
  return out;
}

/**
 * Inclination φ of the straight stance leg (foot medial of the hip) that puts the centre of
 * pressure under the ankle. Moments of all vertical forces about the stance hip balance:
 * M_ext + m_leg·g·d·sin φ − L·R·sin φ = 0, with R the vertical ground reaction under the foot,
 * so sin φ = M_ext / (L·R − m_leg·g·d).
 * @returns φ, rad
 */
export function legInclinationRad(
  body: Anthropometry,
  loads: UpperBodyLoads,
  hands: HandLoads,
): number {
  return legInclinationForMomentRad(body, hands, loads.momentNm);
}

/** {@link legInclinationRad} for an external moment about the stance hip `momentNm`, rad. */
export function legInclinationForMomentRad(
  body: Anthropometry,
  hands: HandLoads,
  momentNm: number,
): number {
  const g = GRAVITY_M_PER_S2;
  const groundN = body.bodyWeightN + hands.loadWeightN - hands.caneForceN;
  const denom = body.legLengthM * groundN - body.legMassKg * g * body.legComFromHipM;
  const s = momentNm / denom;
  return Math.asin(Math.max(-1, Math.min(1, s)));
}

/**
 * The trunk lean λ at which the external moment of {@link upperBodyLoads} equals `momentNm` with
 * the pelvis dropped by δ, rad, or NaN when no lean gives it. At a fixed drop only the upper
 * body and a carried load turn with the trunk, so (same equations as upperBodyLoads)
 *
 *   M(λ) = m₀ + m_s·sin λ + m_c·cos λ,   m_s = −(W_U·d_U + W_load·d_S),   m_c = ∓W_load·w
 *
 * (− for a load in the swing-side hand, + in the stance-side hand), and M(λ) = M has the
 * solutions λ = asin(R/ρ) − ψ and π − asin(R/ρ) − ψ with R = M − m₀, ρ = √(m_s² + m_c²),
 * ψ = atan2(m_c, m_s); the one nearer upright is returned.
 */
export function leanForMomentRad(
  body: Anthropometry,
  geo: BodyGeometry,
  hands: HandLoads,
  dropRad: number,
  momentNm: number,
): number {
  const g = GRAVITY_M_PER_S2;
  const { lsX, pelvisX, swingLegX, caneHandX } = pelvisLevers(body, geo, hands, dropRad);
  const wUpper = body.upperBodyMassKg * g;
  const wPelvis = body.pelvisMassKg * g;
  const wLeg = body.legMassKg * g;
  const m0 =
    -(wUpper * lsX + wPelvis * pelvisX + wLeg * swingLegX) +
    hands.caneForceN * caneHandX -
    hands.loadWeightN * lsX;
  const mSin = -(
    wUpper * geo.upperBodyComFromLumbosacralM +
    hands.loadWeightN * geo.shoulderFromLumbosacralM
  );
  const mCos =
    (hands.loadHand === 'contralateral' ? 1 : -1) * hands.loadWeightN * body.halfShoulderWidthM;
  const rho = Math.hypot(mSin, mCos);
  const ratio = (momentNm - m0) / rho;
  if (!(Math.abs(ratio) <= 1)) return Number.NaN;
  const psi = Math.atan2(mCos, mSin);
  const a = wrapAngle(Math.asin(ratio) - psi);
  const b = wrapAngle(Math.PI - Math.asin(ratio) - psi);
  return Math.abs(a) <= Math.abs(b) ? a : b;
}

/** An angle brought into [−π, π], rad. */
function wrapAngle(a: number): number {
  return a - 2 * Math.PI * Math.round(a / (2 * Math.PI));
}

/** Where the parts of the upper free body are, for {@link partialBodyCentre} (any frame, m). */
export interface PartialBodyPose {
  /** Lumbosacral joint. */
  readonly lumbosacral: Vec2;
  /** Unit vector up the trunk axis. */
  readonly trunkAxis: Vec2;
  /** Pelvis rotation in the same frame, rad (counter-clockwise). */
  readonly pelvisAngleRad: number;
  /** Hip centre of the swing leg. */
  readonly swingHip: Vec2;
  /** Unit vector from the swing hip down the swing leg. */
  readonly swingLegDirection: Vec2;
}

/**
 * Centre of mass of the body above the stance hip (upper body, pelvis and swing leg), as the
 * mass-weighted mean of its parts' centres (the partial body weight's point of action). The pelvis
 * centre of mass turns with the pelvis about the origin of the frame, which must be the midpoint
 * of the hip centres.
 */
export function partialBodyCentre(
  body: Anthropometry,
  geo: BodyGeometry,
  p: PartialBodyPose,
): Vec2 {
  const upper = add(p.lumbosacral, scale(p.trunkAxis, geo.upperBodyComFromLumbosacralM));
  const pelvisCom = rotate({ x: 0, y: geo.pelvisComHeightM }, p.pelvisAngleRad);
  const legCom = add(p.swingHip, scale(p.swingLegDirection, body.legComFromHipM));
  const mSum = body.upperBodyMassKg + body.pelvisMassKg + body.legMassKg;
  return {
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
}
