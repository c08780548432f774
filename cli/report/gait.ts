/** Formatting of gait samples and sweep rows for the command line and exports (degrees, × BW). */
import { csvFormat } from 'd3-dsv';
import { deg, type Gait, type GaitSample, type SweepRow } from '../../sim/index.ts';
import { stanceReport, type StanceReport } from './stance.ts';

/** One gait sample as printed (the command line's contract). */
export interface GaitSampleReport {
  cyclePct: number;
  pelvicObliquityDeg: number;
  trunkLeanDeg: number;
  rightHipAdductionDeg: number;
  leftHipAdductionDeg: number;
  rightHipAbductorMomentNmPerKg: number;
  leftHipAbductorMomentNmPerKg: number;
  rightHipContactForceBW: number;
  leftHipContactForceBW: number;
  phase: string;
}

/** A gait sample in display units. */
export function gaitSampleReport(gait: Gait, s: GaitSample): GaitSampleReport {
  return {
    cyclePct: s.cycleFraction * 100,
    pelvicObliquityDeg: deg(s.pelvicObliquityRad),
    trunkLeanDeg: deg(s.trunkLeanRad),
    rightHipAdductionDeg: deg(s.right.adductionRad),
    leftHipAdductionDeg: deg(s.left.adductionRad),
    rightHipAbductorMomentNmPerKg: s.right.abductorMomentNmPerKg,
    leftHipAbductorMomentNmPerKg: s.left.abductorMomentNmPerKg,
    rightHipContactForceBW: s.right.contactForceN / gait.bodyWeightN,
    leftHipContactForceBW: s.left.contactForceN / gait.bodyWeightN,
    phase: s.phase,
  };
}

/** One sweep row as printed: the swept value, the stance outputs and the gait peaks. */
export type SweepRowReport = { param: string; value: number } & Omit<
  StanceReport,
  'muscles' | 'passiveForces'
> & {
    peakPelvicDropDeg: number;
    peakTrunkLeanDeg: number;
    peakHipContactForceBW: number;
  };

/** A sweep row in display units. */
export function sweepRowReport(param: string, row: SweepRow): SweepRowReport {
  // One flat row: the per-muscle and per-tissue lists belong to the stance command.
  const { muscles: _muscles, passiveForces: _passive, ...stance } = stanceReport(row.stance);
  void _muscles;
  void _passive;
  return {
    param,
    value: row.value,
    ...stance,
    peakPelvicDropDeg: deg(row.peaks.peakPelvicDropRad),
    peakTrunkLeanDeg: deg(row.peaks.peakTrunkLeanRad),
    peakHipContactForceBW: row.peaks.peakHipContactForceN / row.stance.bodyWeightN,
  };
}

/**
 * Rows of flat objects as CSV (RFC 4180 quoting) with a header row, columns in the order of the
 * first row's fields, ending in a line break.
 */
export function toCsv<T extends object>(rows: readonly T[]): string {
  return `${csvFormat(rows, Object.keys(rows[0] ?? {}) as (keyof T)[])}\n`;
}
