/**
 * The classic static model of single-leg stance (Pauwels F (1965) Gesammelte Abhandlungen zur
 * funktionellen Anatomie des Bewegungsapparates, Springer; English ed. 1980, Biomechanics of the
 * Normal and Diseased Hip): one abductor line balances the partial body weight about the stance
 * hip,
 *
 *   F_ab · r_ab = W_p · d_W,    R = −(W_p + F_ab)   (on the pelvis)
 *
 * Kept beside the full model as its textbook special case and as a validation anchor.
 */
import { add, cross, rotate, scale, type Vec2 } from './frame.ts';

/** Input of the classic balance, in the stance frame. */
export interface PauwelsInput {
  /** Partial body weight, N (or any force unit: the output follows). */
  readonly partialWeight: number;
  /** Horizontal distance from the stance hip to the partial-body centre of mass (medial), m. */
  readonly weightLeverArmM: number;
  /** Perpendicular distance from the hip centre to the abductor line, m. */
  readonly abductorLeverArmM: number;
  /** Angle of the abductor line from vertical, rad (the line runs up and medially from the trochanter). */
  readonly abductorAngleRad: number;
}

/** Output of the classic balance. */
export interface PauwelsResult {
  /** Abductor force, same unit as the weight. */
  readonly abductorForce: number;
  /** Force of the pelvis on the femoral head (x lateral, y up). */
  readonly hipContactForce: Vec2;
  readonly hipContactForceMagnitude: number;
  /** Angle of the contact force from vertical, rad (positive = inferolateral). */
  readonly hipContactAngleRad: number;
}

/** Solves the classic balance. */
export function pauwelsBalance(p: PauwelsInput): PauwelsResult {
  // The weight acts downward at (−d, 0): its moment about the hip, CCW positive.
  const weight: Vec2 = { x: 0, y: -p.partialWeight };
  const weightMoment = cross({ x: -p.weightLeverArmM, y: 0 }, weight);
  // The abductor pulls the pelvis down and laterally along a unit line at angle β from vertical,
  // passing at distance r_ab lateral of the hip: its moment per unit force is −r_ab (CW).
  const pull: Vec2 = rotate({ x: 0, y: -1 }, p.abductorAngleRad);
  const abductorForce = weightMoment / p.abductorLeverArmM;
  const contact = add(weight, scale(pull, abductorForce));
  return {
    abductorForce,
    hipContactForce: contact,
    hipContactForceMagnitude: Math.hypot(contact.x, contact.y),
    hipContactAngleRad: Math.atan2(contact.x, -contact.y),
  };
}
