/**
 * Public interface of the model. The app (src/) and the command line import from here only.
 * Units: SI inside (m, kg, N, N·m, rad); frame and signs in sim/frame.ts.
 */
export type { Vec2 } from './frame.ts';
export type { Sex, Anthropometry } from './anthropometry.ts';
export type { Hand } from './body.ts';
export type { Side, Compensation, Strengths, StanceInput } from './input.ts';
export { DEFAULT_STANCE } from './input.ts';
export type { StanceResult, MuscleResult, TrendelenburgSign } from './stance.ts';
export { solveStance } from './stance.ts';
export { MUSCLE_INFO, scaleMuscles, evaluateMuscle, emptyMuscleState } from './muscles.ts';
export type { MuscleInfo, MuscleGroup, ScaledMuscle, MuscleState } from './muscles.ts';
export { PRESETS, applyPreset, presetIds } from './presets.ts';
export type { Preset } from './presets.ts';
export {
  STANCE_FIELDS,
  LIMITS,
  stanceField,
  applyField,
  checkCombination,
  stanceFromOptions,
} from './schema.ts';
export type { Field, EnumField, NumberField, QuantityField } from './schema.ts';
export { parseQuantity, parseNumber } from './quantity.ts';
export type { Parsed, SiUnit } from './quantity.ts';
export { stanceReport, deg } from './report.ts';
export type { StanceReport, MuscleReport } from './report.ts';
export { stancePose } from './pose.ts';
export type { Pose, MuscleLine } from './pose.ts';
export { pauwelsBalance } from './pauwels.ts';
export type { PauwelsInput, PauwelsResult } from './pauwels.ts';
export { RAD_PER_DEG, GRAVITY_M_PER_S2, HIP_ADDUCTION_LIMIT_RAD } from './constants.ts';
export { REFERENCE_NECK_SHAFT_RAD } from './femur.ts';
