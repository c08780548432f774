/**
 * Single-leg stance in time: the frontal-plane body (sim/dynamics/frontalBody.ts) under gravity,
 * hand loads, the hip's muscles and passive tissues (sim/stance/posture.ts) and the lumbar spine
 * (sim/tissues/spine.ts), steered by a postural controller that sees the posture a reaction delay
 * late (data/dynamics.json):
 *
 * - the hip abductors (or, when passive tissue over-balances, the adductors) are excited with what
 *   would hold the sensed posture still, given the muscles' strength as sensed (an internal model),
 *   plus a proportional-derivative answer that drives the drop back toward level; never beyond the
 *   activation a person sustains (sim/strength.ts). Activation follows excitation
 *   (sim/dynamics/activation.ts).
 * - the trunk muscles hold the sensed trunk and bring it to the lean the compensation chooses (the
 *   static solution, sim/stance/compensation.ts), likewise.
 *
 * At rest the sensed posture is the posture, so the muscles either hold the pelvis level or work at
 * their ceiling while passive tissue holds the rest: the resting state is the static solution.
 * The commands are held over each internal step (the nervous system samples; 1 ms).
 * `stepStanding(state, dtS)` advances time with fixed fourth-order Runge-Kutta steps and no
 * timers; the workspaces it evaluates are scratch memory, so one caller steps a state at a time.
 */
import data from '../../data/dynamics.json' with { type: 'json' };
import { spinePassiveMomentNm } from '../tissues/spine.ts';
import { evaluateHipDamping, evaluatePosture, type Workspace } from '../stance/posture.ts';
import { activationRate, DEACTIVATION_TIME_CONSTANT_S } from './activation.ts';
import { accelerations } from './frontalBody.ts';
import type { FrontalInertia } from './inertia.ts';

/** Internal step of the integrator, s (1 ms: ω·dt < 0.1 for the stiffest mode, the end stop). */
export const STEP_S = 0.001;
/** Delay of the postural answer, s. */
export const REACTION_DELAY_S = data.reactionDelayS;
/** Duration of the voluntary move to a compensating lean, s. */
export const LEAN_MOVEMENT_S = data.leanMovementS;

/** Everything fixed during a run. */
export interface StandingSetup {
  /** The body before the block (its strengths) and after it. */
  readonly before: Workspace;
  readonly after: Workspace;
  readonly inertia: FrontalInertia;
  /** Largest activation the controller asks for, 0-1. */
  readonly ceiling: number;
  /** Internal step of the integrator, s (STEP_S; smaller only to test convergence). */
  readonly stepS: number;
  /** Lean before and (a reaction delay after t = 0) after the block, rad. */
  readonly leanBeforeRad: number;
  readonly leanAfterRad: number;
  /** The upper body's inertia about the lumbosacral joint, kg·m² (for the planned move). */
  readonly trunkInertiaKgM2: number;
  /** Controller gains, N·m per rad and N·m·s per rad. */
  readonly hip: { readonly kp: number; readonly kd: number };
  readonly trunk: { readonly kp: number; readonly kd: number };
  /**
   * Each part's strength after the block over its strength before (0 where it had none), when
   * both bodies are the same but for strength: the blocked body's active moment then follows from
   * the healthy body's evaluation. Undefined: the blocked body is evaluated on its own.
   */
  readonly afterShare: readonly number[] | undefined;
  /** Scratch memory of the integrator: the four slopes, a trial state, the sensed posture. */
  readonly scratch: StepScratch;
}

/** Scratch memory of one Runge-Kutta step (allocated once per run). */
export interface StepScratch {
  readonly k1: Float64Array;
  readonly k2: Float64Array;
  readonly k3: Float64Array;
  readonly k4: Float64Array;
  readonly trial: Float64Array;
  readonly sensed: Float64Array;
}

/** Scratch memory for a run. */
export function stepScratch(): StepScratch {
  const row = () => new Float64Array(S.Size);
  return { k1: row(), k2: row(), k3: row(), k4: row(), trial: row(), sensed: new Float64Array(4) };
}

/** State vector: drop, its rate, trunk angle ψ (= −lean), its rate, activations. */
export const S = {
  Drop: 0,
  DropRate: 1,
  Trunk: 2,
  TrunkRate: 3,
  Abductors: 4,
  Adductors: 5,
  Size: 6,
} as const;

/** A moment of a run. */
export interface StandingState {
  readonly timeS: number;
  readonly y: Float64Array;
  /**
   * Past [drop, drop rate, trunk angle, trunk rate], one row per step over the reaction delay: a
   * ring whose oldest row (a reaction delay ago) is row `oldest`, the newest the row before it.
   */
  readonly history: Float64Array;
  readonly oldest: number;
}

/** Rows the history keeps: the reaction delay in steps, plus one. */
export function historyRows(stepS: number): number {
  return Math.round(REACTION_DELAY_S / stepS) + 1;
}

/** Share of the blocked muscles' force still there at time t (deactivation after the block). */
export function blockRemaining(timeS: number): number {
  return timeS <= 0 ? 1 : Math.exp(-timeS / DEACTIVATION_TIME_CONSTANT_S);
}

/** Bony end stop as a stiff spring with damping, N·m (abducting positive). */
function endStop(w: Workspace, rate: number): number {
  const k = data.endStopStiffnessNmPerRad;
  const c = 2 * Math.sqrt(k); // about critically damped for a unit inertia
  const over = w.theta - w.tissues.ends.adduction.limitRad;
  if (over > 0) return k * over + c * rate;
  const under = w.tissues.ends.abduction.limitRad - w.theta;
  if (under > 0) return -(k * under) + c * rate;
  return 0;
}

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
function evaluateBoth(s: StandingSetup, dropRad: number, leanRad: number): Workspace {
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
function abductorCapacity(s: StandingSetup, timeS: number): number {
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

/** What acts on the bodies at one instant (for the derivative and for reporting). */
export interface Loads {
  /** Net active muscle moment at the hip, N·m (abducting positive). */
  readonly activeMuscleNm: number;
  readonly endStopNm: number;
  /** Generalized forces on the drop and the trunk angle, N·m. */
  readonly q1: number;
  readonly q2: number;
}

/** The loads at time t, state y, under the commands `c`. */
export function loadsAt(s: StandingSetup, timeS: number, y: ArrayLike<number>, c: Commands): Loads {
  const drop = y[S.Drop]!;
  const trunk = y[S.Trunk]!;
  const w = evaluateBoth(s, drop, -trunk);
  evaluateHipDamping(w);
  const dropRate = y[S.DropRate]!;
  const trunkRate = y[S.TrunkRate]!;
  // Active muscle resists its own lengthening and gives less as it shortens (force-velocity).
  const share = abductorCapacity(s, timeS) / Math.max(w.activeAbductorNm, 1e-9);
  const muscleDamping =
    y[S.Abductors]! * share * w.activeAbductorDampingNms +
    y[S.Adductors]! * w.activeAdductorDampingNms;
  const activeMuscleNm =
    y[S.Abductors]! * abductorCapacity(s, timeS) -
    y[S.Adductors]! * w.activeAdductorNm +
    muscleDamping * dropRate;
  const endStopNm = endStop(w, dropRate);
  const hipNm =
    activeMuscleNm +
    w.passiveMuscleNm +
    w.tissueNm +
    endStopNm +
    data.hipDampingNmsPerRad * dropRate;
  const bend = drop - trunk;
  const lumbosacral =
    c.trunkMuscleNm +
    Math.sign(bend) * spinePassiveMomentNm(bend) +
    data.spineDampingNmsPerRad * (dropRate - trunkRate);
  return {
    activeMuscleNm,
    endStopNm,
    q1: w.loads.momentNm - w.loads.trunkMomentNm - hipNm - lumbosacral,
    q2: w.loads.trunkMomentNm + lumbosacral,
  };
}

/** dy/dt at time t under the commands `c`. */
function derivative(
  s: StandingSetup,
  timeS: number,
  y: Float64Array,
  c: Commands,
  out: Float64Array,
): void {
  const l = loadsAt(s, timeS, y, c);
  const [dd, td] = accelerations(
    s.inertia,
    y[S.Drop]!,
    y[S.Trunk]!,
    y[S.DropRate]!,
    y[S.TrunkRate]!,
    l.q1,
    l.q2,
  );
  out[S.Drop] = y[S.DropRate]!;
  out[S.DropRate] = dd;
  out[S.Trunk] = y[S.TrunkRate]!;
  out[S.TrunkRate] = td;
  out[S.Abductors] = activationRate(Math.max(0, c.excitation), y[S.Abductors]!);
  out[S.Adductors] = activationRate(Math.max(0, -c.excitation), y[S.Adductors]!);
}

/** The delayed posture a reaction delay before the newest history row. */
export function delayedPosture(state: StandingState): Float64Array {
  return state.history.subarray(4 * state.oldest, 4 * state.oldest + 4);
}

/**
 * Advances y by one internal step from time t (fourth-order Runge-Kutta, the commands held over
 * the step), in place; the sensed posture is row `oldest` of the history.
 */
function rk4(s: StandingSetup, t: number, y: Float64Array, history: Float64Array, oldest: number) {
  const h = s.stepS;
  const n = S.Size;
  const { k1, k2, k3, k4, trial: tmp, sensed } = s.scratch;
  for (let i = 0; i < 4; i++) sensed[i] = history[4 * oldest + i]!;
  const c = commandsAt(s, t, sensed);
  derivative(s, t, y, c, k1);
  for (let i = 0; i < n; i++) tmp[i] = y[i]! + 0.5 * h * k1[i]!;
  derivative(s, t + 0.5 * h, tmp, c, k2);
  for (let i = 0; i < n; i++) tmp[i] = y[i]! + 0.5 * h * k2[i]!;
  derivative(s, t + 0.5 * h, tmp, c, k3);
  for (let i = 0; i < n; i++) tmp[i] = y[i]! + h * k3[i]!;
  derivative(s, t + h, tmp, c, k4);
  for (let i = 0; i < n; i++) y[i] = y[i]! + (h / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!);
}

/**
 * Advances the state by `dtS` seconds in fixed internal steps (the last one shorter is never
 * taken: time advances in whole steps, so the result does not depend on how calls divide time).
 * The state given is left as it was; the steps work in place on one copy.
 */
export function stepStanding(s: StandingSetup, state: StandingState, dtS: number): StandingState {
  const steps = Math.round(dtS / s.stepS);
  if (steps <= 0) return state;
  const h = s.stepS;
  const y = state.y.slice();
  const history = state.history.slice();
  const rows = history.length / 4;
  let oldest = state.oldest;
  let t = state.timeS;
  for (let i = 0; i < steps; i++) {
    rk4(s, t, y, history, oldest);
    // The newest row replaces the oldest (a reaction delay ago), which drops out.
    const at = 4 * oldest;
    history[at] = y[S.Drop]!;
    history[at + 1] = y[S.DropRate]!;
    history[at + 2] = y[S.Trunk]!;
    history[at + 3] = y[S.TrunkRate]!;
    oldest = (oldest + 1) % rows;
    // Time in whole steps, so that it does not drift with rounding.
    t = Math.round(t / h + 1) * h;
  }
  return { timeS: t, y, history, oldest };
}
