/**
 * Sweeps: one parameter over a range, giving the stance outputs of the affected side and the gait
 * peaks for each value. Values are in display units (%, kg, m, °, × BW) like the command line.
 */
import { FIELDS } from '../fields/fields.ts';
import { MUSCLE_INFO } from '../muscles.ts';
import type { FieldValues, NumberField } from '../fields/field.ts';
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
  /** Keys of the fields it sets (one, or the three muscles of `abductors`). */
  readonly keys: readonly string[];
  readonly apply: (s: StanceInput, v: number) => StanceInput;
}

/** A sweep over several fields of one unit and range at once, each set to the same value. */
function sweepOf(name: string, fields: readonly NumberField[]): SweepParam {
  const [first] = fields;
  if (!first) throw new Error(`sweep ${name}: no fields`);
  return {
    name,
    unit: first.unit,
    min: first.min,
    max: first.max,
    keys: fields.map((f) => f.key),
    apply: (s, v) =>
      fields.reduce<FieldValues>((values, f) => f.set(values, f.fromDisplay(v)), {
        stance: s,
        affectedSide: 'right',
      }).stance,
  };
}

const sweepable = FIELDS.filter((f): f is NumberField => f.kind === 'number' && f.sweepable);
const strengths = sweepable.filter((f) => f.control?.kind === 'strength');
/** The strengths of the muscles a superior gluteal nerve palsy weakens (data/muscles.json). */
const superiorGluteal = strengths.filter((f) =>
  MUSCLE_INFO.some((m) => m.group === f.key && m.nerve === 'superior gluteal nerve'),
);

/**
 * Every sweepable parameter: each strength, then `abductors` (the three muscles of the superior
 * gluteal nerve at once, as a palsy weakens them), then the other sweepable fields, in table
 * order. Values in the field's display unit, over its limits.
 */
export const SWEEP_PARAMS: readonly SweepParam[] = [
  ...strengths.map((f) => sweepOf(f.flag, [f])),
  sweepOf('abductors', superiorGluteal),
  ...sweepable.filter((f) => !strengths.includes(f)).map((f) => sweepOf(f.flag, [f])),
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
