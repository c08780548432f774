/**
 * Sweeps: one parameter over a range, giving the stance outputs of the affected side and the gait
 * peaks for each value. Values are in display units (%, kg, m, °, × BW) like the command line.
 */
import { RAD_PER_DEG } from '../constants.ts';
import { LIMITS } from '../schema.ts';
import { solveStance } from '../stance/solveStance.ts';
import type { StanceResult } from '../stance/result.ts';
import type { StanceInput } from '../input.ts';
import { affectedStanceInput, buildGait, sampleCycle, type GaitInput } from './gait.ts';
import { gaitPeaks, type GaitPeaks } from './summary.ts';

/** A parameter that can be swept, with its display unit and how it sets the input. */
export interface SweepParam {
  readonly name: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly apply: (s: StanceInput, v: number) => StanceInput;
}

const strength = (name: string, groups: readonly ('gmed' | 'gmin' | 'tfl')[]): SweepParam => ({
  name,
  unit: '%',
  min: 0,
  max: 100,
  apply: (s, v) => ({
    ...s,
    strength: { ...s.strength, ...Object.fromEntries(groups.map((g) => [g, v / 100])) },
  }),
});

/** Every sweepable parameter. */
export const SWEEP_PARAMS: readonly SweepParam[] = [
  strength('gmed', ['gmed']),
  strength('gmin', ['gmin']),
  strength('tfl', ['tfl']),
  strength('abductors', ['gmed', 'gmin', 'tfl']),
  { name: 'mass', unit: 'kg', ...LIMITS.bodyMassKg, apply: (s, v) => ({ ...s, bodyMassKg: v }) },
  { name: 'height', unit: 'm', ...LIMITS.heightM, apply: (s, v) => ({ ...s, heightM: v }) },
  {
    name: 'neck-shaft',
    unit: '°',
    ...LIMITS.neckShaftDeg,
    apply: (s, v) => ({ ...s, neckShaftRad: v * RAD_PER_DEG }),
  },
  {
    name: 'cane',
    unit: '× BW',
    ...LIMITS.caneFractionBW,
    apply: (s, v) => ({ ...s, caneFractionBW: v }),
  },
  {
    name: 'load',
    unit: 'kg',
    min: 0,
    max: LIMITS.bodyMassKg.max * LIMITS.loadFractionOfMass.max,
    apply: (s, v) => ({ ...s, loadKg: v }),
  },
];

/** One row of a sweep: the value, the affected side's stance, the gait peaks. */
export interface SweepRow {
  readonly value: number;
  readonly input: StanceInput;
  readonly stance: StanceResult;
  readonly peaks: GaitPeaks;
}

/** Evenly spaced values from `from` to `to`, `steps` of them (steps ≥ 1). */
export function sweepValues(from: number, to: number, steps: number): number[] {
  if (steps === 1) return [from];
  return Array.from({ length: steps }, (_, i) => from + ((to - from) * i) / (steps - 1));
}

/** Gait samples per cycle used for the peaks of a sweep row. */
export const SWEEP_GAIT_SAMPLES = 101;

/**
 * Runs a sweep. The stance of each row is that of the affected side (right when both are
 * affected), exactly as a single `stance` call with the same options would give.
 */
export function runSweep(
  base: GaitInput,
  param: SweepParam,
  values: readonly number[],
): SweepRow[] {
  return values.map((value) => {
    const gait: GaitInput = { ...base, stance: param.apply(base.stance, value) };
    const input = affectedStanceInput(gait);
    const g = buildGait(gait);
    return {
      value,
      input,
      stance: solveStance(input),
      peaks: gaitPeaks(sampleCycle(g, SWEEP_GAIT_SAMPLES)),
    };
  });
}
