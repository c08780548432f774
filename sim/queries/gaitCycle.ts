/**
 * The series of the gait-cycle plot: both hips sampled over one stride, and the normal ±1 SD
 * bands of the curves the plot compares them with.
 */
import {
  buildGait,
  sampleCycle,
  type AffectedSide,
  type GaitInput,
  type GaitSample,
} from '../gait/gait.ts';
import { normativeLimits, type NormativeCurve } from '../gait/normative.ts';

/** Samples per cycle: one per percent, 0 % and 100 % included. */
export const GAIT_CYCLE_SAMPLES = 101;

/** One row of a normal band: the cycle fraction (0-1) and the limits mean ∓ 1 SD. */
export interface BandRow {
  readonly cycleFraction: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * Normal ±1 SD bands over one cycle of the right leg, in the units of the normative data
 * (sim/gait/normative.ts): degrees and N·m per kg.
 */
export interface NormalGaitBands {
  /** Pelvic obliquity, deg, positive when the right side is higher. */
  readonly pelvicObliquityDeg: readonly BandRow[];
  /** Internal abductor moment of the right hip, N·m/kg. */
  readonly rightAbductorMomentNmPerKg: readonly BandRow[];
  /** Internal abductor moment of the left hip (half a cycle later), N·m/kg. */
  readonly leftAbductorMomentNmPerKg: readonly BandRow[];
}

/** What the gait-cycle plot draws of one input. */
export interface GaitCycleSeries {
  readonly affectedSide: AffectedSide;
  /** Body weight, N (forces are drawn in multiples of it). */
  readonly bodyWeightN: number;
  /** The larger of the two sides' single-leg-stance pelvic drops, rad. */
  readonly stanceDropRad: number;
  /** Samples evenly over one cycle of the right leg, 0 % and 100 % included. */
  readonly samples: readonly GaitSample[];
  readonly bands: NormalGaitBands;
}

function band(curve: NormativeCurve, shift: number, n: number): BandRow[] {
  return Array.from({ length: n }, (_, i) => {
    const f = i / (n - 1);
    const l = normativeLimits(curve, f - shift);
    return { cycleFraction: f, lower: l.lower, upper: l.upper };
  });
}

/** The normal bands at `n` points over one cycle (n ≥ 2). */
export function normalGaitBands(n = GAIT_CYCLE_SAMPLES): NormalGaitBands {
  const moment: NormativeCurve = 'hip_abductor_moment_internal_Nm_per_kg';
  return {
    pelvicObliquityDeg: band('pelvic_obliquity_deg', 0, n),
    rightAbductorMomentNmPerKg: band(moment, 0, n),
    leftAbductorMomentNmPerKg: band(moment, 0.5, n),
  };
}

/** The gait of `input` sampled at `n` points over one cycle (n ≥ 2), with the normal bands. */
export function gaitCycleSeries(input: GaitInput, n = GAIT_CYCLE_SAMPLES): GaitCycleSeries {
  const gait = buildGait(input);
  return {
    affectedSide: input.affectedSide,
    bodyWeightN: gait.bodyWeightN,
    stanceDropRad: Math.max(gait.right.result.pelvicDropRad, gait.left.result.pelvicDropRad),
    samples: sampleCycle(gait, n),
    bands: normalGaitBands(n),
  };
}
