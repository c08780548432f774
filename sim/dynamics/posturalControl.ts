/**
 * The postural controller of the standing dynamics (sim/dynamics/standing.ts): the planned lean,
 * the blocked muscles' strength over time and the commands sent from the posture sensed a
 * reaction delay late.
 */
import { spinePassiveMomentNm } from '../tissues/spine.ts';
import { evaluatePosture, type Workspace } from '../stance/posture.ts';
import {
  blockRemaining,
  LEAN_MOVEMENT_S,
  REACTION_DELAY_S,
  type StandingSetup,
} from './standingState.ts';

/**
 * The planned lean: unchanged until a reaction delay after the block, then a minimum-jerk move to
 * the compensation's lean over the movement time (Flash T, Hogan N (1985) J Neurosci 5:1688-1703:
 * x = x₀ + (x₁ − x₀)(10u³ − 15u⁴ + 6u⁵), u = t/T). Lean, rate and acceleration (rad, /s, /s²).
 */
export function leanPlan(
  s: StandingSetup,
  timeS: number,
): { lean: number; rate: number; accel: number } {
  const T = LEAN_MOVEMENT_S;
  const u = Math.min(1, Math.max(0, (timeS - REACTION_DELAY_S) / T));
  const d = s.leanAfterRad - s.leanBeforeRad;
  const inside = u > 0 && u < 1;
  return {
    lean: s.leanBeforeRad + d * u * u * u * (10 - 15 * u + 6 * u * u),
    rate: inside ? (d * 30 * u * u * (1 - u) * (1 - u)) / T : 0,
    accel: inside ? (d * 60 * u * (1 - u) * (1 - 2 * u)) / (T * T) : 0,
  };
}

/** What the nervous system sends over one step: excitation of the hip muscles, trunk torque. */
export interface Commands {
  /** Positive: the abductors; negative: the adductors (0-1 of their activation). */
  readonly excitation: number;
  readonly trunkMuscleNm: number;
}

/**
 * Evaluates the body before the block at (δ, λ) and the blocked body's active abductor moment
 * there (in `s.after.activeAbductorNm`, all `abductorCapacity` reads of it); returns the body
 * before the block.
 */
export function evaluateBoth(s: StandingSetup, dropRad: number, leanRad: number): Workspace {
  const w = s.before;
  evaluatePosture(w, dropRad, leanRad, 1);
  const share = s.afterShare;
  if (!share) {
    evaluatePosture(s.after, dropRad, leanRad, 1);
    return w;
  }
  const { momentArmM, maxActiveForceN } = w.states;
  let abd = 0;
  for (let i = 0; i < share.length; i++) {
    const r = momentArmM[i]!;
    if (r > 0) abd += r * (maxActiveForceN[i]! * share[i]!);
  }
  s.after.activeAbductorNm = abd;
  // Its other fields are not of this posture: nothing may reuse its last evaluation.
  s.after.hipThetaRad = Number.NaN;
  return w;
}

/** Strength of the blocked muscles as a blend of before (1) and after (0) the block, moment, N·m. */
export function abductorCapacity(s: StandingSetup, timeS: number): number {
  const after = s.after.activeAbductorNm;
  return after + (s.before.activeAbductorNm - after) * blockRemaining(timeS);
}

/**
 * The commands at time t, from the posture sensed a reaction delay earlier and carried forward over
 * that delay at the sensed rate (a first-order internal prediction, as in the predictive models
 * of human balance, e.g. van der Kooij H et al. (1999) Biol Cybern 80:299-308).
 */
export function commandsAt(s: StandingSetup, timeS: number, sensed: ArrayLike<number>): Commands {
  const drop = sensed[0]! + REACTION_DELAY_S * sensed[1]!;
  const trunk = sensed[2]! + REACTION_DELAY_S * sensed[3]!;
  const w = evaluateBoth(s, drop, -trunk);
  // What holds the sensed posture still, with the strength sensed then, plus the answer.
  const need = w.loads.momentNm - w.passiveMuscleNm - w.tissueNm;
  const hold = need - s.hip.kp * -drop + s.hip.kd * sensed[1]!;
  const abd = abductorCapacity(s, timeS - REACTION_DELAY_S);
  const excitation = hold >= 0 ? hold / abd : hold / w.activeAdductorNm;
  const plan = leanPlan(s, timeS);
  const bend = drop - trunk;
  const holdTrunk = -w.loads.trunkMomentNm - Math.sign(bend) * spinePassiveMomentNm(bend);
  return {
    excitation: Math.min(s.ceiling, Math.max(-s.ceiling, excitation)),
    trunkMuscleNm:
      holdTrunk +
      s.trunkInertiaKgM2 * -plan.accel +
      s.trunk.kp * (-plan.lean - trunk) -
      s.trunk.kd * (sensed[3]! + plan.rate),
  };
}
