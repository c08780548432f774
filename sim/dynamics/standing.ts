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
import { evaluateHipDamping, type Workspace } from '../stance/posture.ts';
import { activationRate } from './activation.ts';
import { accelerations } from './frontalBody.ts';
import { abductorCapacity, commandsAt, evaluateBoth, type Commands } from './posturalControl.ts';
import { S, type StandingSetup, type StandingState } from './standingState.ts';

export {
  blockRemaining,
  historyRows,
  LEAN_MOVEMENT_S,
  REACTION_DELAY_S,
  S,
  STEP_S,
  stepScratch,
  type StandingSetup,
  type StandingState,
  type StepScratch,
} from './standingState.ts';
export { commandsAt, leanPlan, type Commands } from './posturalControl.ts';

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
