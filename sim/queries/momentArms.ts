/**
 * The series of the moment-arm plot: each abductor part's moment arm against hip adduction, and
 * each part's force and activation in the solved stance.
 */
import { RAD_PER_DEG } from '../constants.ts';
import type { StanceInput } from '../input.ts';
import { emptyMuscleState, evaluateMuscle } from '../muscles.ts';
import { solveStance } from '../stance/solveStance.ts';
import type { MuscleResult } from '../stance/result.ts';

/** Points of hip adduction, evenly spaced from `fromDeg` to `toDeg` (both included), deg. */
export interface MomentArmGrid {
  readonly fromDeg: number;
  readonly toDeg: number;
  readonly samples: number;
}

/** The curves' grid: −20° to 30° of adduction in whole degrees (a display grid). */
export const MOMENT_ARM_GRID: MomentArmGrid = { fromDeg: -20, toDeg: 30, samples: 51 };

/** A point of a moment-arm curve. */
export interface MomentArmPoint {
  /** Hip adduction, deg: a point of the display grid, exactly as chosen. */
  readonly hipAdductionDeg: number;
  /** Abductor moment arm at that adduction, m. */
  readonly momentArmM: number;
}

/** One muscle part: its state in the solved stance and its moment arm against adduction. */
export interface MomentArmPart {
  readonly muscle: MuscleResult;
  readonly curve: readonly MomentArmPoint[];
}

/** What the moment-arm plot draws of one input. */
export interface MomentArmSeries {
  /** Stance-hip adduction of the solved stance, rad. */
  readonly hipAdductionRad: number;
  /** Force-weighted mean abductor moment arm of the solved stance, m. */
  readonly abductorMomentArmM: number;
  /** The adduction points of every curve. */
  readonly grid: MomentArmGrid;
  readonly parts: readonly MomentArmPart[];
}

/**
 * Moment arms over the grid of every part of `input`'s muscles that abducts the hip in neutral
 * (the adductors and the lower gluteus maximus belong to another plot), and the solved stance.
 */
export function momentArmSeries(
  input: StanceInput,
  grid: MomentArmGrid = MOMENT_ARM_GRID,
): MomentArmSeries {
  const result = solveStance(input);
  const state = emptyMuscleState();
  const angles = Array.from(
    { length: grid.samples },
    (_, i) => grid.fromDeg + ((grid.toDeg - grid.fromDeg) * i) / (grid.samples - 1),
  );
  return {
    hipAdductionRad: result.hipAdductionRad,
    abductorMomentArmM: result.abductorMomentArmM,
    grid,
    parts: result.scaledMuscles.flatMap((m, i) =>
      evaluateMuscle(m, 0, 1, state).momentArmM > 0
        ? [
            {
              muscle: result.muscles[i]!,
              curve: angles.map((a) => ({
                hipAdductionDeg: a,
                momentArmM: evaluateMuscle(m, a * RAD_PER_DEG, 1, state).momentArmM,
              })),
            },
          ]
        : [],
    ),
  };
}
