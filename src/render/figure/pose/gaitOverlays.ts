/**
 * Forces and lever arms over one instant of gait, for the hip that carries more of the body. The
 * gait's loads are quasi-static (sim/gait/gait.ts): the external loads of that side's single-leg
 * stance scaled by how much the leg is in stance, the muscles at the instant's forces; the joint
 * reaction is what makes the forces add to zero. Their moments need not balance: walking is not
 * static, and the rest turns the body.
 */
import {
  GRAVITY_M_PER_S2,
  normativeMean,
  rotate,
  type Gait,
  type GaitSample,
  type Vec2,
} from '../../../../sim/index.ts';
import {
  caneForce,
  muscleResultant,
  netForce,
  PASSIVE_FORCES,
  withLever,
  type RawForce,
} from './freeBody.ts';
import { dropArc, muscleResultantAt, type StanceOverlays } from './stancePose.ts';
import type { FigurePose } from './types.ts';

/** The normative curve that sets how hard the abductors work at an instant (sim/gait/gait.ts). */
const ABDUCTOR_MOMENT = 'hip_abductor_moment_internal_Nm_per_kg' as const;

/** The overlays of gait instant `s` drawn over its pose `pose` (from gaitFigure). */
export function gaitOverlays(g: Gait, s: GaitSample, pose: FigurePose): StanceOverlays {
  const right = s.right.stanceWeight >= s.left.stanceWeight;
  const sign = right ? 1 : -1;
  const side = right ? 'right' : 'left';
  const terms = right ? g.right : g.left;
  const hipSample = right ? s.right : s.left;
  const r = terms.result;
  const w = hipSample.stanceWeight;
  const hip = right ? pose.right.hip : pose.left.hip;
  // The stance solution's vectors ride on the pelvis: mirrored for a left stance, then turned
  // from its static tilt to the instant's.
  const turn = pose.pelvis.angleRad - sign * r.pelvicDropRad;
  const vec = (v: Vec2): Vec2 => rotate({ x: sign * v.x, y: v.y }, turn);
  const pt = (v: Vec2): Vec2 => {
    const q = vec(v);
    return { x: hip.x + q.x, y: hip.y + q.y };
  };
  const muscles = pose.muscles.filter((m) => m.side === side);
  // The muscles at the instant: the stance solution's, scaled by the effort, as the model's
  // quasi-static contact force has them (the normal abductor moment over the healthy static one).
  const phase = right ? s.cycleFraction : s.cycleFraction - 0.5;
  const refPerKg = g.referenceMomentNm / g.bodyMassKg;
  const effort = Math.max(0, normativeMean(ABDUCTOR_MOMENT, phase) / refPerKg);
  const F = vec({
    x: effort * r.muscles.reduce((sum, m) => sum + m.force.x, 0),
    y: effort * r.muscles.reduce((sum, m) => sum + m.force.y, 0),
  });
  const moment = effort * r.muscles.reduce((sum, m) => sum + m.forceN * m.momentArmM, 0);
  const Fn = Math.hypot(F.x, F.y);
  const ab = muscleResultantAt(hip, F, -sign * moment, muscles);
  const caneN = w * r.input.caneFractionBW * r.bodyWeightN;
  const loadN = w * r.input.loadKg * GRAVITY_M_PER_S2;
  const handOf = (which: 'contralateral' | 'ipsilateral') =>
    (which === 'ipsilateral') === right ? pose.trunk.rightHand : pose.trunk.leftHand;
  const caneHand = { x: pt({ x: r.hands.caneX, y: 0 }).x, y: handOf(r.input.caneHand).y };
  const raw: RawForce[] = [
    {
      id: 'weight',
      symbol: 'W',
      name: 'weight of the body above the hip, its share on this leg',
      force: { x: 0, y: -w * r.partialWeightN },
      at: pose.partialCom,
      kind: 'pull',
    },
  ];
  if (Fn > 0) raw.push(muscleResultant(F, ab.at));
  for (const p of r.passiveForces) {
    const d = PASSIVE_FORCES[p.id];
    if (!d || !(w * p.forceN > 0)) continue;
    const f = vec(p.force);
    raw.push({ id: p.id as RawForce['id'], ...d, force: { x: w * f.x, y: w * f.y }, at: pt(p.at) });
  }
  if (caneN > 0) raw.push(caneForce(caneN, caneHand));
  if (loadN > 0)
    raw.push({
      id: 'load',
      symbol: 'load',
      name: 'carried load, its share on this leg',
      force: { x: 0, y: -loadN },
      at: handOf(r.input.loadHand),
      kind: 'pull',
    });
  // The joint reaction closes the force polygon.
  const rest = netForce(raw.map((f) => withLever(f, hip, right ? -1 : 1)));
  const Rn = Math.hypot(rest.x, rest.y);
  const u = Rn > 0 ? { x: -rest.x / Rn, y: -rest.y / Rn } : { x: 0, y: 1 };
  raw.push({
    id: 'contact',
    symbol: 'R',
    name: 'femoral head pushing on the acetabulum',
    force: { x: -rest.x, y: -rest.y },
    at: { x: hip.x + u.x * pose.femoralHeadRadiusM, y: hip.y + u.y * pose.femoralHeadRadiusM },
    kind: 'push',
  });
  const forces = raw.map((f) => withLever(f, hip, right ? -1 : 1));
  const drop = sign * pose.pelvis.angleRad;
  return {
    side,
    hip,
    focus: pose.pelvis.centre,
    partialCom: pose.partialCom,
    partialWeightN: w * r.partialWeightN,
    abductor: { at: ab.at, direction: ab.direction, forceN: Fn },
    abductorArmFoot: ab.foot,
    abductorMomentArmM: Math.hypot(ab.foot.x - hip.x, ab.foot.y - hip.y),
    weightArmFoot: { x: pose.partialCom.x, y: hip.y },
    weightMomentArmM: Math.abs(pose.partialCom.x - hip.x),
    contact: { direction: { x: -u.x, y: -u.y }, forceN: Rn },
    ...(caneN > 0 ? { cane: { hand: caneHand, forceN: caneN } } : {}),
    ...(loadN > 0 ? { load: { hand: handOf(r.input.loadHand), forceN: loadN } } : {}),
    drop: dropArc(hip, right, drop),
    forces,
    dynamic: true,
  };
}
