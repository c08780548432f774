/**
 * The forces on the pelvis at a solved posture: muscle activations by static optimisation
 * (minimum Σ aᵖ, Crowninshield RD, Brand RA (1981) J Biomech 14:793-801), each muscle and passive
 * tissue as a force on its line of action, the bony contact at the end of adduction, and the hip
 * contact force as the sum of every other force on the free body above the stance hip.
 */
import { EFFORT_EXPONENT } from '../constants.ts';
import { rotate, type Vec2 } from '../frame.ts';
import { shareLoad } from '../staticOptimisation.ts';
import type { Posture } from './compensation.ts';
import { adductorSurplus } from './equilibrium.ts';
import { evaluatePosture, type Workspace } from './posture.ts';
import type { MuscleResult, PassiveForce } from './result.ts';

/** Everything that pulls or pushes on the pelvis, and their balance. */
export interface PelvisForces {
  readonly muscles: MuscleResult[];
  readonly passiveForces: PassiveForce[];
  readonly activeMomentNm: number;
  readonly iliotibialTractMomentNm: number;
  readonly ligamentMomentNm: number;
  readonly rangeLimitMomentNm: number;
  readonly adductorMomentNm: number;
  /** Sum of muscle and tissue forces on the pelvis, stance frame, N. */
  readonly pull: Vec2;
  /** Resultant of the abducting muscles' forces, N. */
  readonly abductorForce: Vec2;
  /** Lever arm of that resultant about the hip centre (Pauwels' r in W·d = F·r), m. */
  readonly abductorMomentArmM: number;
  readonly residualNm: number;
}

/** A unit direction in the pelvis frame turned into the stance frame by the drop, scaled. */
function lab(dx: number, dy: number, forceN: number, cosDrop: number, sinDrop: number): Vec2 {
  // R(δ)(x, y) = (x cos δ − y sin δ, x sin δ + y cos δ), as rotate() in sim/frame.ts.
  return {
    x: (dx * cosDrop - dy * sinDrop) * forceN,
    y: (dx * sinDrop + dy * cosDrop) * forceN,
  };
}

/**
 * Activation of each part: abductors (at most `ceiling`) when the passive tissue leaves an
 * abductor moment to make, adductors when it over-balances.
 */
function activations(w: Workspace, needNm: number, ceiling: number): number[] {
  const n = w.muscles.length;
  const { momentArmM, maxActiveForceN } = w.states;
  const side = needNm >= 0 ? 1 : -1;
  const c = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const r = momentArmM[i]!;
    // The abductors' moments at the ceiling, or the adductors' at full activation.
    c[i] =
      side > 0
        ? r > 0
          ? ceiling * r * maxActiveForceN[i]!
          : 0
        : r < 0
          ? -r * maxActiveForceN[i]!
          : 0;
  }
  const share = new Array<number>(n).fill(0);
  shareLoad(c, side * needNm, EFFORT_EXPONENT, share);
  if (side > 0) for (let i = 0; i < n; i++) share[i] = share[i]! * ceiling;
  return share;
}

/**
 * What the muscles and the bony end stop deliver when the body is not in static equilibrium (in
 * motion): the active muscles' net moment and the end stop's moment (abducting positive), N·m.
 */
export interface Drive {
  readonly activeMuscleNm: number;
  readonly endStopNm: number;
}

/**
 * The forces on the pelvis at a posture: in equilibrium with muscles at most at `ceiling`, or,
 * given a `drive`, with the muscles and end stop delivering its moments (shared among the parts
 * by the same optimisation).
 */
export function pelvisForces(
  w: Workspace,
  p: Pick<Posture, 'dropRad' | 'leanRad' | 'endStop'>,
  ceiling: number,
  drive?: Drive,
): PelvisForces {
  const surplus = evaluatePosture(w, p.dropRad, p.leanRad, ceiling);
  const drop = p.dropRad;
  const cd = Math.cos(drop);
  const sd = Math.sin(drop);
  // At a bony end, the contact takes what the muscles at their ceiling and the tissue cannot.
  const missing = drive
    ? Math.abs(drive.endStopNm)
    : p.endStop === 'adduction'
      ? -surplus
      : p.endStop === 'abduction'
        ? -adductorSurplus(w, ceiling)
        : 0;
  const end = drive ? (drive.endStopNm >= 0 ? 'adduction' : 'abduction') : p.endStop;
  const rim = w.tissues.ends[end ?? 'adduction'];
  const rimForceN = missing > 0 ? missing / rimLeverM(w) : 0;
  let tissueMoment = 0;
  let itb = 0;
  let ligament = 0;
  let pullX = 0;
  let pullY = 0;
  const passiveForces: PassiveForce[] = w.cables.map((c, k) => {
    const s = w.cableStates[k]!;
    const m = s.momentArmM * s.forceN;
    tissueMoment += m;
    if (k === 0) itb += m;
    else ligament += m;
    const force = lab(s.dirX, s.dirY, s.forceN, cd, sd);
    pullX += force.x;
    pullY += force.y;
    return {
      id: c.id,
      name: c.name,
      forceN: s.forceN,
      momentArmM: s.momentArmM,
      force,
      at: rotate(c.origin, drop),
    };
  });
  let rangeLimitMomentNm = 0;
  if (rimForceN > 0) {
    const n = rotate(rim.normal, -w.theta);
    const at = rotate(rim.point, -w.theta);
    const force = lab(n.x, n.y, rimForceN, cd, sd);
    // Positive moment arm = abducting (clockwise): r = −(p × n).
    const momentArmM = -(at.x * n.y - at.y * n.x);
    rangeLimitMomentNm = momentArmM * rimForceN;
    pullX += force.x;
    pullY += force.y;
    passiveForces.push({
      id: 'bony-end-stop',
      name: 'Femoral neck on the acetabular margin',
      forceN: rimForceN,
      momentArmM,
      force,
      at: rotate(at, drop),
    });
  }
  const need = drive
    ? drive.activeMuscleNm
    : w.loads.momentNm - w.passiveMuscleNm - tissueMoment - rangeLimitMomentNm;
  const a = activations(w, need, ceiling);
  let muscleMoment = 0;
  let active = 0;
  let adductor = 0;
  let abdX = 0;
  let abdY = 0;
  let abdMoment = 0;
  const st = w.states;
  const muscles: MuscleResult[] = [];
  for (let i = 0; i < w.muscles.length; i++) {
    const m = w.muscles[i]!;
    const momentArmM = st.momentArmM[i]!;
    const maxActiveForceN = st.maxActiveForceN[i]!;
    const passiveForceN = st.passiveForceN[i]!;
    const activeForceN = (a[i] ?? 0) * maxActiveForceN;
    const forceN = activeForceN + passiveForceN;
    const force = lab(st.dirX[i]!, st.dirY[i]!, forceN, cd, sd);
    pullX += force.x;
    pullY += force.y;
    muscleMoment += forceN * momentArmM;
    if (momentArmM > 0) {
      active += activeForceN * momentArmM;
      abdX += force.x;
      abdY += force.y;
      abdMoment += forceN * momentArmM;
    } else adductor -= activeForceN * momentArmM;
    muscles.push({
      id: m.id,
      name: m.name,
      group: m.group,
      nerve: m.nerve,
      roots: m.roots,
      strength: w.strengths[i]!,
      activation: a[i] ?? 0,
      forceN,
      activeForceN,
      passiveForceN,
      maxActiveForceN,
      momentArmM,
      lengthM: st.lengthM[i]!,
      force,
    });
  }
  return {
    muscles,
    passiveForces,
    activeMomentNm: active,
    iliotibialTractMomentNm: itb,
    ligamentMomentNm: ligament,
    rangeLimitMomentNm,
    adductorMomentNm: adductor,
    pull: { x: pullX, y: pullY },
    abductorForce: { x: abdX, y: abdY },
    abductorMomentArmM: abdMoment > 0 ? abdMoment / Math.hypot(abdX, abdY) : 0,
    residualNm: w.loads.momentNm - muscleMoment - tissueMoment - rangeLimitMomentNm,
  };
}

/**
 * Lever arm of the bony contact about the hip centre, m: its line of action is normal to the neck
 * axis and crosses it at the contact point, so the lever is that point's distance from the centre.
 */
export function rimLeverM(w: Workspace): number {
  const p = w.tissues.ends.adduction.point;
  return Math.hypot(p.x, p.y);
}
