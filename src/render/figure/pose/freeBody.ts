/**
 * The free body of single-leg stance: the pelvis with the upper body (and the swing leg it
 * carries), and every force on it, world frame (m, N). Each force is a vector on the body, a point
 * of its line of action, and its moment about the stance hip centre. A push (the femoral head on
 * the acetabulum, the cane on the hand) is drawn with its head at the point; a pull (weight,
 * muscles, tissue, a load) with its tail there.
 */
import type { Vec2 } from '../../../../sim/index.ts';

/** What a force on the pelvis is. */
export type BodyForceId =
  | 'weight'
  | 'muscles'
  | 'iliotibial-tract'
  | 'capsule-iliofemoral'
  | 'capsule-pubofemoral'
  | 'bony-end-stop'
  | 'contact'
  | 'cane'
  | 'load';

/** One force on the free body, world frame. */
export interface BodyForce {
  readonly id: BodyForceId;
  /** Short symbol on the arrow ("W", "Fab", "R"). */
  readonly symbol: string;
  /** What it is, in words, for the key. */
  readonly name: string;
  /** The force on the pelvis with the upper body, N. */
  readonly force: Vec2;
  readonly forceN: number;
  /** Point of application (on its line of action), m. */
  readonly at: Vec2;
  /** A push ends at its point; a pull starts there. */
  readonly kind: 'push' | 'pull';
  /** Foot of the perpendicular from the stance hip centre to the line of action, m. */
  readonly armFoot: Vec2;
  /** Perpendicular distance from the stance hip centre to the line of action, m (≥ 0). */
  readonly momentArmM: number;
  /** Moment about the stance hip, N·m: positive when it would drop the swing side. */
  readonly momentNm: number;
}

/** The symbol, words and kind of each passive tissue of the model (sim's `passiveForces` ids). */
export const PASSIVE_FORCES: Readonly<
  Record<string, { readonly symbol: string; readonly name: string; readonly kind: 'push' | 'pull' }>
> = {
  'iliotibial-tract': { symbol: 'T', name: 'iliotibial tract', kind: 'pull' },
  'capsule-iliofemoral': { symbol: 'L₁', name: 'iliofemoral ligament', kind: 'pull' },
  'capsule-pubofemoral': { symbol: 'L₂', name: 'pubofemoral ligament', kind: 'pull' },
  'bony-end-stop': { symbol: 'B', name: 'bone on bone at the end of its range', kind: 'push' },
};

/** A force before its lever arm is known. */
export type RawForce = Pick<BodyForce, 'id' | 'symbol' | 'name' | 'force' | 'at' | 'kind'>;

/** The hip muscles' resultant `force`, N, acting at `at`, pulling toward the femur. */
export function muscleResultant(force: Vec2, at: Vec2): RawForce {
  return {
    id: 'muscles',
    symbol: 'Fab',
    name: 'hip muscles (resultant), pulling toward the femur',
    force,
    at,
    kind: 'pull',
  };
}

/** A cane's push `forceN`, N, straight up on the hand at `at`. */
export function caneForce(forceN: number, at: Vec2): RawForce {
  return {
    id: 'cane',
    symbol: 'cane',
    name: 'cane pushing the hand up',
    force: { x: 0, y: forceN },
    at,
    kind: 'push',
  };
}

/**
 * A force with its lever arm and moment about the stance hip `hip`. `swingSide` is −1 when the
 * swing side is toward −x (a right stance): a moment that turns the pelvis toward it, i.e.
 * counter-clockwise for a right stance, drops the swing side.
 */
export function withLever(f: RawForce, hip: Vec2, swingSide: 1 | -1): BodyForce {
  const n = Math.hypot(f.force.x, f.force.y);
  const u = n > 0 ? { x: f.force.x / n, y: f.force.y / n } : { x: 0, y: -1 };
  const rx = f.at.x - hip.x;
  const ry = f.at.y - hip.y;
  const along = rx * u.x + ry * u.y;
  const armFoot = { x: f.at.x - along * u.x, y: f.at.y - along * u.y };
  // r × F (counter-clockwise positive); counter-clockwise drops the swing side of a right stance.
  const ccw = rx * f.force.y - ry * f.force.x;
  return {
    ...f,
    forceN: n,
    armFoot,
    momentArmM: Math.hypot(armFoot.x - hip.x, armFoot.y - hip.y),
    momentNm: -swingSide * ccw,
  };
}

/** Sum of the forces, N (zero for a body in balance). */
export function netForce(forces: readonly BodyForce[]): Vec2 {
  return forces.reduce((s, f) => ({ x: s.x + f.force.x, y: s.y + f.force.y }), { x: 0, y: 0 });
}

/** Sum of their moments about the stance hip, N·m (zero for a body in balance). */
export function netMomentNm(forces: readonly BodyForce[]): number {
  return forces.reduce((s, f) => s + f.momentNm, 0);
}
