/**
 * The series of the strength-sweep plot: single-leg stance solved at every abductor strength from
 * 0 to 100 % (gluteus medius, minimus and TFL together, as the `abductors` sweep parameter sets
 * them), one curve per compensation, and the input's own setting.
 */
import type { Compensation, Side, StanceInput } from '../input.ts';
import { SWEEP_PARAMS, sweepValues, type SweepParam } from '../gait/sweep.ts';
import { solveStance } from '../stance/solveStance.ts';

/** Strengths swept (every 2 %). */
export const STRENGTH_SWEEP_STEPS = 51;
/** Every compensation, in the order the plot draws them. */
export const COMPENSATIONS: readonly Compensation[] = ['none', 'trunk-lean', 'auto'];

/** One solved stance of the sweep. */
export interface StrengthSweepPoint {
  /** Abductor strength in the sweep parameter's unit, % of normal. */
  readonly strengthPct: number;
  readonly pelvicDropRad: number;
  readonly trunkLeanRad: number;
}

/** The sweep under one compensation. */
export interface StrengthSweepCurve {
  readonly compensation: Compensation;
  readonly points: readonly StrengthSweepPoint[];
}

/** What the strength-sweep plot draws of one input. */
export interface StrengthSweepSeries {
  readonly stanceSide: Side;
  /** The input's own compensation. */
  readonly compensation: Compensation;
  /** The input's own setting: the mean strength of the three swept muscles and its solution. */
  readonly current: StrengthSweepPoint;
  readonly curves: readonly StrengthSweepCurve[];
}

function abductors(): SweepParam {
  const p = SWEEP_PARAMS.find((q) => q.name === 'abductors');
  if (!p) throw new Error('sweep parameter "abductors" is missing');
  return p;
}

/** Mean strength of the three swept muscles, %. */
function meanStrengthPct(s: StanceInput): number {
  return ((s.strength.gmed + s.strength.gmin + s.strength.tfl) / 3) * 100;
}

/**
 * The stance of `input` swept over abductor strength under each of `compensations`, `steps`
 * strengths from 0 to 100 % (steps ≥ 1).
 */
export function strengthSweepSeries(
  input: StanceInput,
  compensations: readonly Compensation[] = COMPENSATIONS,
  steps = STRENGTH_SWEEP_STEPS,
): StrengthSweepSeries {
  const p = abductors();
  const r = solveStance(input);
  return {
    stanceSide: input.stanceSide,
    compensation: input.compensation,
    current: {
      strengthPct: meanStrengthPct(input),
      pelvicDropRad: r.pelvicDropRad,
      trunkLeanRad: r.trunkLeanRad,
    },
    curves: compensations.map((compensation) => ({
      compensation,
      points: sweepValues(p.min, p.max, steps).map((v): StrengthSweepPoint => {
        const s = solveStance(p.apply({ ...input, compensation }, v));
        return { strengthPct: v, pelvicDropRad: s.pelvicDropRad, trunkLeanRad: s.trunkLeanRad };
      }),
    })),
  };
}
