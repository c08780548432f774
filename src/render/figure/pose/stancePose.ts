/**
 * The figure of a solved single-leg stance: the pose (./pose.ts) with the forces and lever arms
 * drawn over it, world frame (m, N).
 */
import {
  add,
  GRAVITY_M_PER_S2,
  REFERENCE_NECK_SHAFT_RAD,
  scale,
  type ScaledMuscle,
  type StanceResult,
  type Vec2,
} from '../../../../sim/index.ts';
import { buildFigure } from './pose.ts';
import type { FigurePose, SideMuscles } from './types.ts';

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
    rightHipAdductionRad: right ? r.hipAdductionRad : 0,
    leftHipAdductionRad: right ? 0 : r.hipAdductionRad,
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
