/**
 * Public interface of the model. The app (src/) and the command line import from here only.
 * Units: SI inside (m, kg, N, N·m, rad); frame and signs in sim/frame.ts.
 */
export type { Vec2 } from './frame.ts';
export { add, rotate, scale, cross } from './frame.ts';
export type { Sex, Anthropometry } from './anthropometry.ts';
export { LANDMARK_HEIGHT_FRACTIONS } from './anthropometry.ts';
export type { Hand, BodyGeometry, PartialBodyPose } from './body.ts';
export { partialBodyCentre } from './body.ts';
export type { PelvisShape } from './pelvisShape.ts';
export type { Side, Compensation, Strengths, StanceInput } from './input.ts';
export { DEFAULT_STANCE, normalBody } from './input.ts';
export type {
  StanceResult,
  MuscleResult,
  PassiveForce,
  TrendelenburgSign,
} from './stance/result.ts';
export { solveStance } from './stance/solveStance.ts';
export type { PostureMoments } from './queries/momentsAlongDrop.ts';
export { fatFreeMassKg, SUSTAINED_ACTIVATION } from './strength.ts';
export { LUMBAR_LATERAL_FLEXION_RANGE_RAD } from './tissues/spine.ts';
export {
  MUSCLE_INFO,
  REFERENCE_HEIGHT_M,
  STRENGTH_CALIBRATION,
  maxAbductionMomentNm,
  scaleMuscles,
  evaluateMuscle,
  emptyMuscleState,
} from './muscles.ts';
export type { MuscleInfo, MuscleGroup, ScaledMuscle, MuscleState } from './muscles.ts';
export { musclesOf } from './musclesOf.ts';
export { PRESETS, PRESET_FIELDS, applyPreset, presetIds, presetMatches } from './presets.ts';
export type { Preset } from './presets.ts';
export type {
  Field,
  ChoiceField,
  ChoiceOption,
  NumberField,
  NumberControl,
  FieldValues,
} from './fields/field.ts';
export { applyField, copyField, displayValue, formatField } from './fields/field.ts';
export { FIELDS, STANCE_FIELDS, fieldByKey, fieldByFlag } from './fields/fields.ts';
export { LIMITS, GAIT_OPTION_LIMITS, DYNAMICS_OPTION_LIMITS } from './fields/limits.ts';
export { CAPS, imageSizeProblem } from './fields/caps.ts';
export type { Rule, BrokenRule } from './fields/rules.ts';
export { RULES, checkCombination, brokenRules, rulesOf, settle } from './fields/rules.ts';
export { holdToRules } from './fields/hold.ts';
export type { Held } from './fields/hold.ts';
export {
  valuesFromOptions,
  stanceFromOptions,
  stanceFieldByFlag,
  optionsOf,
} from './fields/options.ts';
export {
  hasUnit,
  loadUnitParser,
  parseNumber,
  parseQuantity,
  quoteForMessage,
  TINY,
  unitParserLoaded,
} from './quantity.ts';
export type { Parsed, SiUnit } from './quantity.ts';
export { deg, formatNumber } from './units.ts';
export { pauwelsBalance } from './pauwels.ts';
export type { PauwelsInput, PauwelsResult } from './pauwels.ts';
export { RAD_PER_DEG, GRAVITY_M_PER_S2, TRENDELENBURG_CREST_DROP_M } from './constants.ts';
export { HIP_ADDUCTION_END_RAD } from './tissues/hipTissues.ts';
export { REFERENCE_NECK_SHAFT_RAD, femurGeometry, referenceNeckLengthM } from './femur.ts';
export {
  buildGait,
  sampleGait,
  sampleCycle,
  stepGait,
  sideStanceInput,
  affectedStanceInput,
  DEFAULT_GAIT,
} from './gait/gait.ts';
export type {
  Gait,
  GaitInput,
  GaitSample,
  HipSample,
  GaitMuscle,
  GaitClock,
  AffectedSide,
} from './gait/gait.ts';
export { NORMAL_EVENTS, supportPhase, rightStanceWeight, leftStanceWeight } from './gait/events.ts';
export type { GaitEvents, SupportPhase } from './gait/events.ts';
export { normativeBand, normativeMean, normativeLimits } from './gait/normative.ts';
export type { NormativeCurve, Band } from './gait/normative.ts';
export { gaitPeaks } from './gait/summary.ts';
export type { GaitPeaks } from './gait/summary.ts';
export { SWEEP_PARAMS, runSweep, sweepValues } from './gait/sweep.ts';
export type { SweepParam, SweepRow } from './gait/sweep.ts';
export type { ValidationRow } from './validation.ts';
export { momentsAlongDrop } from './queries/momentsAlongDrop.ts';
export {
  demandCapacitySeries,
  demandCapacityRangeRad,
  DEMAND_CAPACITY_SAMPLES,
} from './queries/demandCapacity.ts';
export type { DemandCapacitySeries } from './queries/demandCapacity.ts';
export { gaitCycleSeries, normalGaitBands, GAIT_CYCLE_SAMPLES } from './queries/gaitCycle.ts';
export type { GaitCycleSeries, NormalGaitBands, BandRow } from './queries/gaitCycle.ts';
export { strengthSweepSeries, STRENGTH_SWEEP_STEPS } from './queries/strengthSweep.ts';
export type {
  StrengthSweepSeries,
  StrengthSweepCurve,
  StrengthSweepPoint,
} from './queries/strengthSweep.ts';
export { momentArmSeries, MOMENT_ARM_GRID } from './queries/momentArms.ts';
export type {
  MomentArmSeries,
  MomentArmPart,
  MomentArmPoint,
  MomentArmGrid,
} from './queries/momentArms.ts';
export { nerveBlock } from './dynamics/nerveBlock.ts';
export type { NerveBlockSample } from './dynamics/nerveBlock.ts';
export type { PopulationSummary, Quantiles, SignPoint } from './population/population.ts';
