/**
 * A sudden superior gluteal nerve block: the body stands healthy on one leg; at t = 0 conduction
 * stops, the blocked muscles' activation decays (sim/dynamics/standing.ts) to the strengths of the
 * input, and the pelvis moves to its new posture; with a compensation, the trunk lean follows a
 * reaction delay later. The last moment agrees with the static solution of the same input.
 */
import type { StanceInput } from '../input.ts';
import { pelvisForces } from '../stance/forces.ts';
import { workspace } from '../stance/posture.ts';
import { accelerations } from './frontalBody.ts';
import { standingRun } from './run.ts';
import {
  blockRemaining,
  commandsAt,
  delayedPosture,
  loadsAt,
  S,
  STEP_S,
  stepStanding,
  type StandingSetup,
  type StandingState,
} from './standing.ts';

/** One moment of the time course (SI). */
export interface NerveBlockSample {
  readonly timeS: number;
  readonly pelvicDropRad: number;
  readonly trunkLeanRad: number;
  readonly hipContactForceN: number;
  /** Net moment of the active hip muscles, N·m (abducting positive). */
  readonly abductorMomentNm: number;
  /** Activation of the abductors (of what is left of them), 0-1. */
  readonly abductorActivation: number;
  readonly iliotibialTractForceN: number;
}

/** The body's strengths before the block: the blocked groups at full strength. */
function healthyInput(input: StanceInput): StanceInput {
  return { ...input, strength: { ...input.strength, gmed: 1, gmin: 1, tfl: 1 } };
}

/** Builds the run and its initial (resting, healthy) state. */
export function nerveBlockSetup(
  input: StanceInput,
  stepS = STEP_S,
): { setup: StandingSetup; state: StandingState } {
  return standingRun(healthyInput(input), input, { stepS });
}

/** The time course's quantities at one state. */
export function nerveBlockSample(setup: StandingSetup, state: StandingState): NerveBlockSample {
  const y = state.y;
  const commands = commandsAt(setup, state.timeS, delayedPosture(state));
  const loads = loadsAt(setup, state.timeS, y, commands);
  const drop = y[S.Drop]!;
  const lean = -y[S.Trunk]!;
  // The muscles as they are now: the blocked ones at what is left of their strength.
  const f = blockRemaining(state.timeS);
  const strength = setup.after.input.strength;
  const mix = (k: number) => k + (1 - k) * f;
  const now = workspace({
    ...setup.after.input,
    strength: {
      ...strength,
      gmed: mix(strength.gmed),
      gmin: mix(strength.gmin),
      tfl: mix(strength.tfl),
    },
  });
  const forces = pelvisForces(
    now,
    { dropRad: drop, leanRad: lean, endStop: undefined },
    setup.ceiling,
    { activeMuscleNm: loads.activeMuscleNm, endStopNm: loads.endStopNm },
  );
  // Force of the pelvis on the femoral head: every other force on the upper bodies, less their
  // mass times acceleration (Newton).
  const [ddrop, dtrunk] = accelerations(
    setup.inertia,
    drop,
    y[S.Trunk]!,
    y[S.DropRate]!,
    y[S.TrunkRate]!,
    loads.q1,
    loads.q2,
  );
  const inertial = massTimesAcceleration(setup, y, ddrop, dtrunk);
  const hx = forces.pull.x - inertial.x;
  const hy = forces.pull.y + now.loads.forceYN - inertial.y;
  return {
    timeS: state.timeS,
    pelvicDropRad: drop,
    trunkLeanRad: lean,
    hipContactForceN: Math.hypot(hx, hy),
    abductorMomentNm: loads.activeMuscleNm,
    abductorActivation: y[S.Abductors]!,
    iliotibialTractForceN: forces.passiveForces[0]?.forceN ?? 0,
  };
}

/** Σ m·a of the two bodies, stance frame, N. */
function massTimesAcceleration(
  setup: StandingSetup,
  y: Float64Array,
  ddrop: number,
  dtrunk: number,
): { x: number; y: number } {
  const I = setup.inertia;
  const d = y[S.Drop]!;
  const w = y[S.DropRate]!;
  const psi = y[S.Trunk]!;
  const v = y[S.TrunkRate]!;
  const rot = (p: { x: number; y: number }) => ({
    x: p.x * Math.cos(d) - p.y * Math.sin(d),
    y: p.x * Math.sin(d) + p.y * Math.cos(d),
  });
  // A point p of body 1: a = δ̈ × p − δ̇² p.
  const accel = (p: { x: number; y: number }) => ({
    x: -ddrop * p.y - w * w * p.x,
    y: ddrop * p.x - w * w * p.y,
  });
  const c1 = accel(rot(I.lowerCom));
  const l = accel(rot(I.lumbosacral));
  const r = I.upperComFromLumbosacralM;
  // Trunk centre relative to the lumbosacral joint: r·(−sin ψ, cos ψ).
  const c2 = {
    x: l.x - dtrunk * r * Math.cos(psi) + v * v * r * Math.sin(psi),
    y: l.y - dtrunk * r * Math.sin(psi) - v * v * r * Math.cos(psi),
  };
  return {
    x: I.lowerMassKg * c1.x + I.upperMassKg * c2.x,
    y: I.lowerMassKg * c1.y + I.upperMassKg * c2.y,
  };
}

/**
 * The time course of a sudden block: `samples` moments evenly over [0, durationS].
 * @param input the stance after the block (its strengths are what the block leaves)
 */
export function nerveBlock(
  input: StanceInput,
  durationS: number,
  samples: number,
  stepS = STEP_S,
): NerveBlockSample[] {
  const { setup, state } = nerveBlockSetup(input, stepS);
  const out: NerveBlockSample[] = [nerveBlockSample(setup, state)];
  let s = state;
  for (let i = 1; i < samples; i++) {
    const t = (durationS * i) / (samples - 1);
    s = stepStanding(setup, s, t - s.timeS);
    out.push(nerveBlockSample(setup, s));
  }
  return out;
}
