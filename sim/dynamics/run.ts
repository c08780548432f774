/**
 * A run of the standing dynamics (sim/dynamics/standing.ts): the body before and after a change of
 * strength, its gains, and a resting start.
 */
import data from '../../data/dynamics.json' with { type: 'json' };
import type { StanceInput } from '../input.ts';
import { choosePosture } from '../stance/compensation.ts';
import { workspace, type Workspace } from '../stance/posture.ts';
import { SUSTAINED_ACTIVATION } from '../strength.ts';
import { diagonalInertia } from './frontalBody.ts';
import { frontalInertia } from './inertia.ts';
import {
  commandsAt,
  historyRows,
  REACTION_DELAY_S,
  S,
  STEP_S,
  stepScratch,
  type StandingSetup,
  type StandingState,
} from './standing.ts';

/**
 * Proportional-derivative gains of a loop of natural frequency ω and damping ratio ζ on inertia J
 * (N·m per rad, N·m·s per rad): kp = J·ω², kd = 2ζ·J·ω. Gravity needs no gain: the commands
 * already hold the sensed posture.
 */
function gains(j: number, omega: number, zeta: number) {
  return { kp: j * omega * omega, kd: 2 * zeta * j * omega };
}

/**
 * Each part's strength after over before, when the two bodies differ in strength only and every
 * part that has strength after had some before (sim/dynamics/standing.ts); else undefined.
 */
function strengthShare(before: Workspace, after: Workspace): readonly number[] | undefined {
  if (before.set !== after.set) return undefined;
  const share = before.strengths.map((b, i) => (b === 0 ? 0 : after.strengths[i]! / b));
  return before.strengths.every((b, i) => b !== 0 || after.strengths[i] === 0) ? share : undefined;
}

/** How a run starts. */
export interface RunOptions {
  readonly stepS?: number;
  /** The starting posture (default: where the `before` body rests). */
  readonly start?: { readonly dropRad: number; readonly leanRad: number };
  /** The lean `after`'s compensation chooses, when the caller has it (rad). */
  readonly endLeanRad?: number;
}

/**
 * A run in which the body has the strengths of `before` until t = 0 and those of `after` from
 * then on (the change takes the deactivation time), starting still; the lean moves from the start
 * to the lean `after`'s compensation chooses, a reaction delay after t = 0.
 */
export function standingRun(
  before: StanceInput,
  after: StanceInput,
  options: RunOptions = {},
): { setup: StandingSetup; state: StandingState } {
  const stepS = options.stepS ?? STEP_S;
  const ceiling = after.sustainedActivation ?? SUSTAINED_ACTIVATION;
  const wBefore = workspace(before);
  const wAfter = workspace(after);
  const start = options.start ?? choosePosture(wBefore, ceiling);
  const endLeanRad = options.endLeanRad ?? choosePosture(wAfter, ceiling).leanRad;
  const inertia = frontalInertia(wBefore.body, wBefore.geo, before.sex);
  const [j1, j2] = diagonalInertia(inertia);
  const setup: StandingSetup = {
    before: wBefore,
    after: wAfter,
    inertia,
    ceiling,
    stepS,
    leanBeforeRad: start.leanRad,
    leanAfterRad: endLeanRad,
    trunkInertiaKgM2: j2,
    hip: gains(j1, data.hipControl.naturalFrequencyRadPerS, data.hipControl.dampingRatio),
    trunk: gains(j2, data.trunkControl.naturalFrequencyRadPerS, data.trunkControl.dampingRatio),
    afterShare: strengthShare(wBefore, wAfter),
    scratch: stepScratch(),
  };
  const sensed = [start.dropRad, 0, -start.leanRad, 0];
  // At the start the activations are what the commands ask for.
  const first = commandsAt(setup, -REACTION_DELAY_S, sensed);
  const y = new Float64Array(S.Size);
  y[S.Drop] = start.dropRad;
  y[S.Trunk] = -start.leanRad;
  y[S.Abductors] = Math.max(0, first.excitation);
  y[S.Adductors] = Math.max(0, -first.excitation);
  const rows = historyRows(stepS);
  const history = new Float64Array(4 * rows);
  for (let r = 0; r < rows; r++) history.set(sensed, 4 * r);
  return { setup, state: { timeS: 0, y, history, oldest: 0 } };
}
