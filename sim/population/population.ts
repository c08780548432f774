/**
 * A population: N people drawn around one body (sim/population/draw.ts), each solved in single-leg
 * stance; what fraction shows a positive Trendelenburg sign, and the spread of drop, lean and hip
 * load. And the same against abductor strength, for the plot of the probability of a positive
 * sign: the same people at every strength, so the curve never falls as strength falls.
 */
import { quantileSorted } from 'd3-array';
import { RAD_PER_DEG } from '../constants.ts';
import type { StanceInput } from '../input.ts';
import { LIMITS } from '../fields/limits.ts';
import { solveStance } from '../stance/solveStance.ts';
import { drawPeople, type Person } from './draw.ts';

/** 5th, 50th and 95th percentiles. */
export interface Quantiles {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

/** A population's outcome (SI; contact force as a multiple of body weight). */
export interface PopulationSummary {
  readonly n: number;
  readonly seed: number;
  /** Share of people whose sign is positive, 0-1. */
  readonly positiveFraction: number;
  readonly pelvicDropRad: Quantiles;
  readonly trunkLeanRad: Quantiles;
  readonly hipContactForceBW: Quantiles;
}

function quantiles(values: number[]): Quantiles {
  const v = values.sort((a, b) => a - b);
  return {
    p5: quantileSorted(v, 0.05) ?? 0,
    p50: quantileSorted(v, 0.5) ?? 0,
    p95: quantileSorted(v, 0.95) ?? 0,
  };
}

const LIMITS_FOR_DRAWS = {
  heightM: LIMITS.heightM,
  bodyMassKg: LIMITS.bodyMassKg,
  bmi: LIMITS.bmi,
  neckShaftRad: {
    min: LIMITS.neckShaftDeg.min * RAD_PER_DEG,
    max: LIMITS.neckShaftDeg.max * RAD_PER_DEG,
  },
};

/** The people of a population (deterministic by seed). */
export function people(input: StanceInput, n: number, seed: number): Person[] {
  return drawPeople(input, n, seed, LIMITS_FOR_DRAWS);
}

function summarise(inputs: readonly StanceInput[], n: number, seed: number): PopulationSummary {
  const drop: number[] = [];
  const lean: number[] = [];
  const contact: number[] = [];
  let positive = 0;
  for (const input of inputs) {
    const r = solveStance(input);
    drop.push(r.pelvicDropRad);
    lean.push(r.trunkLeanRad);
    contact.push(r.hipContactForceN / r.bodyWeightN);
    if (r.trendelenburg === 'positive') positive++;
  }
  return {
    n,
    seed,
    positiveFraction: positive / Math.max(1, inputs.length),
    pelvicDropRad: quantiles(drop),
    trunkLeanRad: quantiles(lean),
    hipContactForceBW: quantiles(contact),
  };
}

/** A population of `n` people around `input`, solved. */
export function population(input: StanceInput, n: number, seed: number): PopulationSummary {
  return summarise(
    people(input, n, seed).map((p) => p.input),
    n,
    seed,
  );
}

/** One point of the sign-probability curve. */
export interface SignPoint extends PopulationSummary {
  /** Strength of gluteus medius, minimus and TFL for everyone, % of normal. */
  readonly strengthPct: number;
}

/**
 * The same people at each strength of the superior-gluteal muscles (the other groups as in
 * `input`): the probability of a positive sign against abductor strength.
 */
export function signCurve(
  input: StanceInput,
  n: number,
  seed: number,
  strengthsPct: readonly number[],
): SignPoint[] {
  const crowd = people(input, n, seed);
  return strengthsPct.map((pct) => {
    const k = pct / 100;
    const inputs = crowd.map(({ input: p, strengthFactor: f }) => ({
      ...p,
      strength: { ...p.strength, gmed: k * f, gmin: k * f, tfl: k * f },
    }));
    return { strengthPct: pct, ...summarise(inputs, n, seed) };
  });
}
