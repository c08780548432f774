/**
 * The command line's formatting layer: turns SI results into the command line's JSON contract (degrees,
 * percentages and body-weight multiples appear only here and in the view).
 */
import { deg, type StanceResult } from '../../sim/index.ts';

/** One muscle part in the report. */
export interface MuscleReport {
  id: string;
  name: string;
  nerve: string;
  roots: string[];
  strengthPct: number;
  activation: number;
  forceN: number;
  momentArmM: number;
}

/** The `stance` command's output (field names are a contract: see README). */
export interface StanceReport {
  stanceSide: string;
  bodyMassKg: number;
  heightM: number;
  sex: string;
  compensation: string;
  neckShaftDeg: number;
  pelvicDropDeg: number;
  trunkLeanDeg: number;
  hipAdductionDeg: number;
  abductorMomentRequiredNm: number;
  abductorMomentCapacityNm: number;
  abductorForceN: number;
  abductorForceBW: number;
  hipContactForceN: number;
  hipContactForceBW: number;
  hipContactAngleDeg: number;
  bodyWeightMomentArmM: number;
  abductorMomentArmM: number;
  partialBodyWeightBW: number;
  crestDropM: number;
  adductionRangeExhausted: boolean;
  trendelenburg: string;
  muscles: MuscleReport[];
}

/** The `stance` report of a result. */
export function stanceReport(r: StanceResult): StanceReport {
  const bw = r.bodyWeightN;
  return {
    stanceSide: r.input.stanceSide,
    bodyMassKg: r.input.bodyMassKg,
    heightM: r.input.heightM,
    sex: r.input.sex,
    compensation: r.input.compensation,
    neckShaftDeg: deg(r.input.neckShaftRad),
    pelvicDropDeg: deg(r.pelvicDropRad),
    trunkLeanDeg: deg(r.trunkLeanRad),
    hipAdductionDeg: deg(r.hipAdductionRad),
    abductorMomentRequiredNm: r.abductorMomentRequiredNm,
    abductorMomentCapacityNm: r.abductorMomentCapacityNm,
    abductorForceN: r.abductorForceN,
    abductorForceBW: r.abductorForceN / bw,
    hipContactForceN: r.hipContactForceN,
    hipContactForceBW: r.hipContactForceN / bw,
    hipContactAngleDeg: deg(r.hipContactAngleRad),
    bodyWeightMomentArmM: r.bodyWeightMomentArmM,
    abductorMomentArmM: r.abductorMomentArmM,
    partialBodyWeightBW: r.partialWeightN / bw,
    crestDropM: r.crestDropM,
    adductionRangeExhausted: r.adductionRangeExhausted,
    trendelenburg: r.trendelenburg,
    muscles: r.muscles.map((m) => ({
      id: m.id,
      name: m.name,
      nerve: m.nerve,
      roots: [...m.roots],
      strengthPct: m.strength * 100,
      activation: m.activation,
      forceN: m.forceN,
      momentArmM: m.momentArmM,
    })),
  };
}
