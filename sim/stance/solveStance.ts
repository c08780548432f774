/**
 * Single-leg stance in the frontal plane: the posture (pelvic drop, trunk lean), the muscle and
 * passive-tissue forces and the hip contact force of one body standing on one leg for the
 * 30 seconds of the Trendelenburg test (Hardcastle P, Nade S (1985) J Bone Joint Surg Br
 * 67:741-746).
 *
 * Moments about the stance hip centre balance (Pauwels 1965; sim/stance/posture.ts):
 *
 *   M_ext(δ, λ) = Σᵢ rᵢ(θ)·(aᵢ·F_i,act(θ) + F_i,pas(θ)) + Σ_t r_t(θ)·F_t(θ) + r_b·F_b
 *
 * over the muscle parts i, the passive tissues t (iliotibial tract, capsular ligaments) and, at the
 * bony end of adduction, the contact b of the femoral neck on the acetabular margin. Every term is
 * a force on a line of action, so the hip contact force, the sum of every other force on the free
 * body above the hip, includes them all: whatever holds the pelvis presses the joint together.
 */
import { TRENDELENBURG_CREST_DROP_M, VISIBLE_LEAN_RAD } from '../constants.ts';
import type { StanceInput } from '../input.ts';
import { SUSTAINED_ACTIVATION } from '../strength.ts';
import { choosePosture, type Posture } from './compensation.ts';
import { pelvisForces } from './forces.ts';
import {
  abductorSurplusAt,
  evaluatePosture,
  maxAbductionAtNm,
  workspace,
  type Workspace,
} from './posture.ts';
import type { StanceResult, TrendelenburgSign } from './result.ts';

/** Step of the finite difference for the stability margin, rad. */
const MARGIN_STEP_RAD = 1e-5;

/** d(capacity − demand)/dδ at the posture, N·m/rad (one-sided at a level pelvis). */
function stabilityMargin(w: Workspace, p: Posture, ceiling: number): number {
  const h = MARGIN_STEP_RAD;
  const lo = Math.max(0, p.dropRad - h);
  const hi = p.dropRad + h;
  return (
    (abductorSurplusAt(w, hi, p.leanRad, ceiling) - abductorSurplusAt(w, lo, p.leanRad, ceiling)) /
    (hi - lo)
  );
}

/** How far the swing-side iliac crest lies below its level position, m. */
function crestDrop(w: Workspace, dropRad: number): number {
  const x = -(2 * w.pelvis.halfHipWidthM + w.pelvis.crestLateralOfHipM);
  const y = w.pelvis.crestAboveHipM;
  return y - (x * Math.sin(dropRad) + y * Math.cos(dropRad));
}

/**
 * Angle of a force on the femoral head from the femoral shaft axis, frontal plane, rad, in the
 * femur frame of Bergmann et al. (2016): z up the straight femur axis (neck-shaft junction to the
 * knee centre), x lateral; atan(F_x / −F_z).
 */
function angleFromShaft(w: Workspace, force: { x: number; y: number }): number {
  // Femur frame in the stance frame: Y up the mechanical axis (the leg inclined by φ), X lateral.
  const c = Math.cos(w.phi);
  const s = Math.sin(w.phi);
  const fX = force.x * c - force.y * s;
  const fY = force.x * s + force.y * c;
  const n = w.femur.neckJunction;
  const dx = n.x;
  const dy = n.y + w.femur.thighLengthM;
  const len = Math.hypot(dx, dy);
  const fz = (fX * dx + fY * dy) / len;
  const fx = (fX * dy - fY * dx) / len;
  return Math.atan2(fx, -fz);
}

/** Solves single-leg stance (compensation modes: sim/stance/compensation.ts). */
export function solveStance(input: StanceInput): StanceResult {
  const ceiling = input.sustainedActivation ?? SUSTAINED_ACTIVATION;
  const w = workspace(input);
  const maxAbduction = maxAbductionAtNm(w, 0);
  const levelSurplus = evaluatePosture(w, 0, 0, ceiling);
  const level = { requiredNm: w.loads.momentNm, capacityNm: levelSurplus + w.loads.momentNm };
  const posture = choosePosture(w, ceiling);
  const margin = stabilityMargin(w, posture, ceiling);
  const forces = pelvisForces(w, posture, ceiling);
  const maximal = evaluatePosture(w, posture.dropRad, posture.leanRad, 1) + w.loads.momentNm;
  const capacity = evaluatePosture(w, posture.dropRad, posture.leanRad, ceiling) + w.loads.momentNm;

  const hx = forces.pull.x;
  const hy = forces.pull.y + w.loads.forceYN;
  const crestDropM = crestDrop(w, posture.dropRad);
  const leanBeyondCane = posture.leanRad - posture.caneLeanRad;
  const trendelenburg: TrendelenburgSign =
    crestDropM > TRENDELENBURG_CREST_DROP_M
      ? 'positive'
      : leanBeyondCane > VISIBLE_LEAN_RAD
        ? 'compensated'
        : 'negative';
  return {
    input,
    body: w.body,
    bodyWeightN: w.body.bodyWeightN,
    pelvicDropRad: posture.dropRad,
    trunkLeanRad: posture.leanRad,
    caneLeanRad: posture.caneLeanRad,
    spineBendRad: posture.leanRad + posture.dropRad,
    hipAdductionRad: w.theta,
    legInclinationRad: w.phi,
    sustainedActivation: ceiling,
    abductorMomentRequiredNm: w.loads.momentNm,
    abductorMomentCapacityNm: capacity,
    abductorMomentMaximalNm: maximal,
    maxAbductionMomentNm: maxAbduction,
    level,
    activeMomentNm: forces.activeMomentNm,
    passiveMuscleMomentNm: w.passiveMuscleNm,
    iliotibialTractMomentNm: forces.iliotibialTractMomentNm,
    ligamentMomentNm: forces.ligamentMomentNm,
    rangeLimitMomentNm: forces.rangeLimitMomentNm,
    adductorMomentNm: forces.adductorMomentNm,
    residualNm: forces.residualNm,
    stabilityMarginNmPerRad: margin,
    abductorForce: forces.abductorForce,
    abductorForceN: Math.hypot(forces.abductorForce.x, forces.abductorForce.y),
    abductorMomentArmM: forces.abductorMomentArmM,
    passiveForces: forces.passiveForces,
    hipContactForce: { x: hx, y: hy },
    hipContactForceN: Math.hypot(hx, hy),
    hipContactAngleRad: Math.atan2(hx, -hy),
    hipContactAngleFemurRad: angleFromShaft(w, { x: hx, y: hy }),
    partialWeightN: w.loads.partialWeightN,
    bodyWeightMomentArmM: -w.loads.partialComX,
    crestDropM,
    adductionRangeExhausted: posture.endStop === 'adduction',
    endStop: posture.endStop,
    trendelenburg,
    muscles: forces.muscles,
    scaledMuscles: w.muscles,
    geometry: w.geo,
    pelvis: w.pelvis,
    hands: { caneX: w.loads.caneHandX, loadX: w.loads.loadHandX },
  };
}
