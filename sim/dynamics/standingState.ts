/**
 * The standing dynamics' fixed parts (sim/dynamics/standing.ts): the integrator's step, the
 * reaction delay and lean movement time (data/dynamics.json), the setup of a run, its state
 * vector, the history of sensed postures and the blocked muscles' fading force.
 */
import data from '../../data/dynamics.json' with { type: 'json' };
import type { Workspace } from '../stance/posture.ts';
import { DEACTIVATION_TIME_CONSTANT_S } from './activation.ts';
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
