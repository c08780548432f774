/**
 * A passive cable across the hip: a ligament or a fascial band with a linear stiffness above a
 * short quadratic toe, pulling along a straight line from a pelvis point to a femur point.
 *
 * Tension (the tendon and ligament form of Zajac FE (1989) Crit Rev Biomed Eng 17:359-411, toe
 * region then linear):
 *
 *   ε = (ℓ − ℓ_s) / ℓ_s,  F = EA·ε² / (2ε_toe) for 0 < ε < ε_toe,  F = EA·(ε − ε_toe/2) beyond,
 *
 * with EA the axial rigidity (Young's modulus × cross-section) and ε_toe the end of the toe region.
 * Geometry as for muscles (sim/muscles.ts): the femur turns by −θ (adduction) relative to the
 * pelvis; the moment arm is r = ∂ℓ/∂θ, positive when the cable abducts (resists adduction).
 */
import type { Vec2 } from '../frame.ts';

/** Strain at the end of the toe region (dimensionless): 2 % (Zajac 1989, tendon and ligament). */
export const TOE_STRAIN = 0.02;

/** A cable scaled to one body, in the frontal plane (m, N). */
export interface Cable {
  readonly id: string;
  readonly name: string;
  /** Attachment on the pelvis relative to the hip centre, pelvis frame, m. */
  readonly origin: Vec2;
  /** Attachment on the femur relative to the hip centre, femur frame, m. */
  readonly insertion: Vec2;
  /** Antero-posterior offset of the insertion from the origin (constant), m. */
  readonly anteriorOffsetM: number;
  /** Length of the parts of the path that do not cross the hip, m. */
  readonly constantLengthM: number;
  /** Axial rigidity EA, N. */
  readonly axialRigidityN: number;
  /** Slack length ℓ_s, m. */
  readonly slackLengthM: number;
}

/** Geometry of a path's hip-crossing segment at one adduction angle (filled in place). */
export interface SegmentState {
  lengthM: number;
  /** Moment arm, m (positive = abducts). */
  momentArmM: number;
  /** Frontal components of the unit vector of the pull on the pelvis, pelvis frame. */
  dirX: number;
  dirY: number;
}

/** State of a cable at one adduction angle (filled in place: the model runs every frame). */
export interface CableState extends SegmentState {
  /** Tension, N (≥ 0). */
  forceN: number;
}

/** An empty state for {@link evaluateCable}. */
export function emptyCableState(): CableState {
  return { lengthM: 0, momentArmM: 0, forceN: 0, dirX: 0, dirY: 0 };
}

/**
 * Length of the straight segment from a pelvis point to a femur point at hip adduction θ (3-D:
 * the antero-posterior offset `da` stays constant as the hip ab/adducts), and the moment arm
 * r = −(o × i)_z / ℓ = ∂ℓ/∂θ (principle of virtual work; An KN et al. (1984) J Biomech
 * 17:799-804).
 * @param out receives length, moment arm and the frontal components of the unit direction
 */
export function crossingSegment<S extends SegmentState>(
  origin: Vec2,
  insertion: Vec2,
  da: number,
  adductionRad: number,
  out: S,
): S {
  return crossingSegmentAt(
    origin,
    insertion,
    da,
    Math.cos(adductionRad),
    Math.sin(adductionRad),
    out,
  );
}

/** {@link crossingSegment} given cos θ and sin θ (evaluations that share one angle). */
export function crossingSegmentAt<S extends SegmentState>(
  origin: Vec2,
  insertion: Vec2,
  da: number,
  cosTheta: number,
  sinTheta: number,
  out: S,
): S {
  const ix = insertion.x * cosTheta + insertion.y * sinTheta;
  const iy = -insertion.x * sinTheta + insertion.y * cosTheta;
  const dx = ix - origin.x;
  const dy = iy - origin.y;
  const len = Math.sqrt(dx * dx + dy * dy + da * da);
  out.lengthM = len;
  out.momentArmM = -(origin.x * iy - origin.y * ix) / len;
  out.dirX = dx / len;
  out.dirY = dy / len;
  return out;
}

/** Tension of a cable of rigidity `eaN` and slack length `slackM` at length `lengthM`, N. */
export function cableTensionN(eaN: number, slackM: number, lengthM: number): number {
  const strain = (lengthM - slackM) / slackM;
  if (strain <= 0) return 0;
  if (strain < TOE_STRAIN) return (eaN * strain * strain) / (2 * TOE_STRAIN);
  return eaN * (strain - TOE_STRAIN / 2);
}

/** Evaluates a cable at hip adduction θ, writing into `out`. */
export function evaluateCable(cable: Cable, adductionRad: number, out: CableState): CableState {
  return evaluateCableAt(cable, Math.cos(adductionRad), Math.sin(adductionRad), out);
}

/** {@link evaluateCable} given cos θ and sin θ. */
export function evaluateCableAt(
  cable: Cable,
  cosTheta: number,
  sinTheta: number,
  out: CableState,
): CableState {
  crossingSegmentAt(cable.origin, cable.insertion, cable.anteriorOffsetM, cosTheta, sinTheta, out);
  out.lengthM += cable.constantLengthM;
  out.forceN = cableTensionN(cable.axialRigidityN, cable.slackLengthM, out.lengthM);
  return out;
}

/**
 * Slack length that makes the cable's moment reach `momentNm` at adduction `atRad`: the tension
 * needed there is M/|r|, and the strain that gives it inverts {@link cableTensionN}.
 */
export function slackForMoment(
  cable: Omit<Cable, 'slackLengthM'>,
  atRad: number,
  momentNm: number,
): number {
  const st = crossingSegment(
    cable.origin,
    cable.insertion,
    cable.anteriorOffsetM,
    atRad,
    emptyCableState(),
  );
  const length = st.lengthM + cable.constantLengthM;
  const f = Math.abs(momentNm / st.momentArmM);
  const toeForce = (cable.axialRigidityN * TOE_STRAIN) / 2;
  const strain =
    f < toeForce
      ? Math.sqrt((2 * TOE_STRAIN * f) / cable.axialRigidityN)
      : f / cable.axialRigidityN + TOE_STRAIN / 2;
  return length / (1 + strain);
}
