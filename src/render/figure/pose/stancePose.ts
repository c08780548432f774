/**
 * The figure of a solved single-leg stance: the pose (./pose.ts) with the forces and lever arms
 * drawn over it, world frame (m, N).
 */
import {
  GRAVITY_M_PER_S2,
  REFERENCE_NECK_SHAFT_RAD,
  type ScaledMuscle,
  type StanceResult,
  type Vec2,
} from '../../../../sim/index.ts';
import {
  caneForce,
  muscleResultant,
  PASSIVE_FORCES,
  withLever,
  type BodyForce,
  type RawForce,
} from './freeBody.ts';
import { buildFigure } from './pose.ts';
import type { FigurePose, MuscleFigure, SideMuscles } from './types.ts';

/** Forces and lever arms drawn over a single-leg stance, world frame (m, N). */
export interface StanceOverlays {
  /** The stance side. */
  readonly side: 'right' | 'left';
  readonly hip: Vec2;
  /** What the close-up centres on. */
  readonly focus: Vec2;
  readonly partialCom: Vec2;
  readonly partialWeightN: number;
  /** Resultant muscle force: a point on its line near the ilium, and its unit direction (force on the pelvis). */
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
  /** Every force on the pelvis with the upper body, however small (they balance in stance). */
  readonly forces: readonly BodyForce[];
  /** Walking: the forces of one instant, which need not balance (the body accelerates). */
  readonly dynamic: boolean;
}

/** A single-leg stance as drawn, with its overlays. */
export interface StanceFigure {
  readonly pose: FigurePose;
  readonly overlays: StanceOverlays;
}

const inactive = (muscles: readonly ScaledMuscle[]): SideMuscles['activation'] =>
  muscles.map(() => 0);

/**
 * The resultant of the muscles on the pelvis (`force`, N, and moment `momentNm` about `hip`,
 * counter-clockwise positive) as a line of action: its point nearest the muscles' force-weighted
 * origin on the pelvis, world frame.
 */
export function muscleResultantAt(
  hip: Vec2,
  force: Vec2,
  ccwMomentNm: number,
  muscles: readonly MuscleFigure[],
): { at: Vec2; foot: Vec2; direction: Vec2 } {
  const n2 = force.x * force.x + force.y * force.y;
  if (!(n2 > 0)) return { at: hip, foot: hip, direction: { x: 0, y: -1 } };
  // Points P of the line satisfy (P − hip) × F = M; the nearest to the hip is M·(F_y, −F_x)/|F|².
  const k = ccwMomentNm / n2;
  const foot = { x: hip.x + k * force.y, y: hip.y - k * force.x };
  const n = Math.sqrt(n2);
  const u = { x: force.x / n, y: force.y / n };
  const total = muscles.reduce((s, m) => s + m.forceN, 0) || 1;
  const o = muscles.reduce(
    (s, m) => ({
      x: s.x + (m.origin.x * m.forceN) / total,
      y: s.y + (m.origin.y * m.forceN) / total,
    }),
    { x: 0, y: 0 },
  );
  const along = (o.x - foot.x) * u.x + (o.y - foot.y) * u.y;
  return { at: { x: foot.x + along * u.x, y: foot.y + along * u.y }, foot, direction: u };
}

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
  const side = right ? 'right' : 'left';
  const other = right ? 'left' : 'right';
  const hand = (which: 'contralateral' | 'ipsilateral') => (which === 'ipsilateral' ? side : other);
  const caneN = r.input.caneFractionBW * r.bodyWeightN;
  const loadN = r.input.loadKg * GRAVITY_M_PER_S2;
  // The model's stance frame has its origin at the stance hip; the world's at the stance foot.
  // The cane's tip stands where the model puts it relative to the hip, known once the pose is:
  // the arms move nothing else, so the figure is placed again with the hand on the cane.
  const place = (caneTipX: number) =>
    buildFigure({
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
      hands: {
        cane: caneN > 0 ? { side: hand(r.input.caneHand), tipX: caneTipX } : undefined,
        load: loadN > 0 ? hand(r.input.loadHand) : undefined,
      },
      right: right ? stanceSide : swingSide,
      left: right ? swingSide : stanceSide,
    });
  const first = place(0);
  const hipX = (right ? first.right : first.left).hip.x;
  const pose = caneN > 0 ? place(hipX + sign * r.hands.caneX) : first;
  return { pose, overlays: stanceOverlays(r, pose, sign) };
}

/** The stance's forces, lever arms and drop as drawn over `pose`. */
function stanceOverlays(r: StanceResult, pose: FigurePose, sign: 1 | -1): StanceOverlays {
  const right = sign === 1;
  const hip = right ? pose.right.hip : pose.left.hip;
  const vec = (v: Vec2): Vec2 => ({ x: sign * v.x, y: v.y });
  const pt = (v: Vec2): Vec2 => ({ x: hip.x + sign * v.x, y: hip.y + v.y });
  const side = right ? 'right' : 'left';
  // All muscles (the adductors too): with the tissues and the loads they balance the contact.
  const F = vec({
    x: r.muscles.reduce((sum, m) => sum + m.force.x, 0),
    y: r.muscles.reduce((sum, m) => sum + m.force.y, 0),
  });
  const ccw = -sign * r.muscles.reduce((s, m) => s + m.forceN * m.momentArmM, 0);
  const ab = muscleResultantAt(
    hip,
    F,
    ccw,
    pose.muscles.filter((m) => m.side === side),
  );
  const Fn = Math.hypot(F.x, F.y);
  const C = r.hipContactForce;
  const Cn = Math.hypot(C.x, C.y);
  const contactDir = Cn > 0 ? vec({ x: C.x / Cn, y: C.y / Cn }) : { x: 0, y: -1 };
  const caneN = r.input.caneFractionBW * r.bodyWeightN;
  const loadN = r.input.loadKg * GRAVITY_M_PER_S2;
  const handOf = (which: 'contralateral' | 'ipsilateral') =>
    (which === 'ipsilateral') === right ? pose.trunk.rightHand : pose.trunk.leftHand;
  const caneHand = { x: pt({ x: r.hands.caneX, y: 0 }).x, y: handOf(r.input.caneHand).y };
  // The load hangs where the model has it (below its shoulder, or with the cane in one hand).
  const loadHand = { x: pt({ x: r.hands.loadX, y: 0 }).x, y: handOf(r.input.loadHand).y };
  const raw: RawForce[] = [
    {
      id: 'weight',
      symbol: 'W',
      name: 'weight of the body above the hip',
      force: { x: 0, y: -r.partialWeightN },
      at: pose.partialCom,
      kind: 'pull',
    },
    ...(Fn > 0 ? [muscleResultant(F, ab.at)] : []),
    ...r.passiveForces
      .filter((p) => p.forceN > 0 && PASSIVE_FORCES[p.id])
      .map((p): RawForce => {
        const d = PASSIVE_FORCES[p.id]!;
        return {
          id: p.id as RawForce['id'],
          symbol: d.symbol,
          name: d.name,
          force: vec(p.force),
          at: pt(p.at),
          kind: d.kind,
        };
      }),
    ...(caneN > 0 ? [caneForce(caneN, caneHand)] : []),
    ...(loadN > 0
      ? [
          {
            id: 'load',
            symbol: 'load',
            name: 'carried load',
            force: { x: 0, y: -loadN },
            at: loadHand,
            kind: 'pull',
          } as const,
        ]
      : []),
    {
      id: 'contact',
      symbol: 'R',
      name: 'femoral head pushing on the acetabulum',
      force: { x: -contactDir.x * Cn, y: -contactDir.y * Cn },
      at: {
        x: hip.x - contactDir.x * pose.femoralHeadRadiusM,
        y: hip.y - contactDir.y * pose.femoralHeadRadiusM,
      },
      kind: 'push',
    },
  ];
  const forces = raw.map((f) => withLever(f, hip, right ? -1 : 1));
  const drop = r.pelvicDropRad;
  return {
    side,
    hip,
    focus: hip,
    partialCom: pose.partialCom,
    partialWeightN: r.partialWeightN,
    abductor: { at: ab.at, direction: ab.direction, forceN: Fn },
    abductorArmFoot: ab.foot,
    abductorMomentArmM: Math.hypot(ab.foot.x - hip.x, ab.foot.y - hip.y),
    weightArmFoot: { x: pose.partialCom.x, y: hip.y },
    weightMomentArmM: Math.abs(pose.partialCom.x - hip.x),
    contact: { direction: contactDir, forceN: Cn },
    ...(caneN > 0 ? { cane: { hand: caneHand, forceN: caneN } } : {}),
    ...(loadN > 0 ? { load: { hand: loadHand, forceN: loadN } } : {}),
    drop: dropArc(hip, right, drop),
    forces,
    dynamic: false,
  };
}

/**
 * The drop's arc about the stance hip: the hip line turns from the horizontal (toward the swing
 * side) by `dropRad`; `right` when the right leg is the stance leg.
 */
export function dropArc(hip: Vec2, right: boolean, dropRad: number): StanceOverlays['drop'] {
  return {
    centre: hip,
    fromRad: right ? Math.PI : 0,
    toRad: right ? Math.PI + dropRad : -dropRad,
    valueRad: dropRad,
  };
}
