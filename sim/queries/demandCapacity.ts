/**
 * The series of the demand-versus-capacity plot: the stance solution, and the moments about the
 * stance hip along the pelvic drop at the solution's trunk lean, at the current strengths and with
 * the abductors at full strength.
 */
import { RAD_PER_DEG } from '../constants.ts';
import type { StanceInput } from '../input.ts';
import { solveStance } from '../stance/solveStance.ts';
import type { StanceResult } from '../stance/result.ts';
import type { PostureMoments } from './momentsAlongDrop.ts';
import { momentsAlongDrop } from './momentsAlongDrop.ts';

/** Points along the drop (a sampling choice: smooth at plot sizes, cheap to evaluate). */
export const DEMAND_CAPACITY_SAMPLES = 61;
/** The drop range runs to at least 25°, rad (covers a complete palsy's drop; a display choice). */
const MIN_DROP_RANGE_RAD = 25 * RAD_PER_DEG;
/** ... and 3° past every solution drawn, rad (a display choice). */
const PAST_SOLUTION_RAD = 3 * RAD_PER_DEG;

/** What the demand-versus-capacity plot draws of one input. */
export interface DemandCapacitySeries {
  /** The stance solution: its equilibrium, end-stop moment and stance side. */
  readonly result: StanceResult;
  /** The end of the drop range, rad (the range starts at a level pelvis). */
  readonly toRad: number;
  /** Moments along the drop at the solution's trunk lean. */
  readonly along: readonly PostureMoments[];
  /** The same with gluteus medius, minimus and TFL at full strength. */
  readonly fullStrength: readonly PostureMoments[];
}

/**
 * The end of a drop range that shows every one of `results`' equilibria: at least 25°, and 3°
 * past each solution's drop, rad.
 */
export function demandCapacityRangeRad(results: readonly StanceResult[]): number {
  return Math.max(MIN_DROP_RANGE_RAD, ...results.map((r) => r.pelvicDropRad + PAST_SOLUTION_RAD));
}

/** Demand and capacity of `input` along the drop from a level pelvis to `toRad`. */
export function demandCapacitySeries(
  input: StanceInput,
  toRad: number,
  samples = DEMAND_CAPACITY_SAMPLES,
): DemandCapacitySeries {
  const result = solveStance(input);
  const full: StanceInput = {
    ...input,
    strength: { ...input.strength, gmed: 1, gmin: 1, tfl: 1 },
  };
  return {
    result,
    toRad,
    along: momentsAlongDrop(input, result.trunkLeanRad, 0, toRad, samples),
    fullStrength: momentsAlongDrop(full, result.trunkLeanRad, 0, toRad, samples),
  };
}
