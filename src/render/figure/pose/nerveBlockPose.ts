/**
 * The figure at an instant of a nerve block (sim/dynamics/nerveBlock.ts): the stance figure of the
 * solved stance after the block, with the pelvis and trunk where they are at that instant. The
 * stance foot stays where the settled stance puts it (stance-hip adduction = drop + the settled
 * leg inclination); the forces are those of the settled stance, so only the pose is drawn.
 */
import type { StanceResult } from '../../../../sim/index.ts';
import { stanceFigure } from './stancePose.ts';
import type { FigurePose } from './types.ts';

/** The pose of `settled`'s body with the pelvis dropped by `dropRad` and the trunk leaning by `leanRad`. */
export function nerveBlockPose(
  settled: StanceResult,
  instant: { readonly pelvicDropRad: number; readonly trunkLeanRad: number },
): FigurePose {
  return stanceFigure({
    ...settled,
    pelvicDropRad: instant.pelvicDropRad,
    trunkLeanRad: instant.trunkLeanRad,
    hipAdductionRad: instant.pelvicDropRad + settled.legInclinationRad,
  }).pose;
}
