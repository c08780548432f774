/**
 * The one frame of Trendelenburg Lab, written down once.
 *
 * **Stance frame** (used by every model computation):
 * - frontal plane, seen from behind (as clinicians watch a Trendelenburg gait);
 * - origin at the centre of the stance hip;
 * - x horizontal, positive toward the stance side (lateral for the stance hip), in metres;
 * - y vertical, positive up, in metres;
 * - angles in radians, positive counter-clockwise (from +x toward +y).
 *
 * With the right leg in stance, +x is the subject's right, which is also the viewer's right.
 * A left stance is computed in the same frame and mirrored (x → −x) only when it is drawn.
 *
 * Signs (see doc/model.md):
 * - pelvic drop δ > 0: the swing side is lower (the pelvis turns counter-clockwise about the
 *   stance hip);
 * - trunk lean λ > 0: the trunk leans toward the stance side (clockwise);
 * - stance-leg inclination φ > 0: the foot is medial to the hip (the leg turns clockwise);
 * - hip adduction θ = δ + φ, positive = adduction;
 * - an external moment about the stance hip is positive when it would drop the swing side
 *   (counter-clockwise); muscle moments are positive when they abduct (clockwise).
 */

/** A point or vector in the stance frame, metres (or newtons for forces). */
export interface Vec2 {
  readonly x: number;
  readonly y: number;
}

/** Rotates `v` counter-clockwise by `angleRad` about the origin. */
export function rotate(v: Vec2, angleRad: number): Vec2 {
  const c = Math.cos(angleRad);
  const s = Math.sin(angleRad);
  return { x: c * v.x - s * v.y, y: s * v.x + c * v.y };
}

/** Sum of two vectors. */
export function add(a: Vec2, b: Vec2): Vec2 {
  return { x: a.x + b.x, y: a.y + b.y };
}

/** `v` scaled by `k`. */
export function scale(v: Vec2, k: number): Vec2 {
  return { x: v.x * k, y: v.y * k };
}

/** z-component of the cross product a × b (for a force b at position a: its moment, CCW positive). */
export function cross(a: Vec2, b: Vec2): number {
  return a.x * b.y - a.y * b.x;
}
