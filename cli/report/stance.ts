/**
 * The command line's formatting layer: turns SI results into the command line's JSON contract (degrees,
 * percentages and body-weight multiples appear only here and in the view).
 */
import { deg, RAD_PER_DEG, type StanceResult } from '../../sim/index.ts';

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

/** One passive force in the report. */
export interface PassiveForceReport {
  id: string;
  name: string;
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
  abductorMomentMaximalNm: number;
  maxAbductionMomentNm: number;
  demandFractionOfMaximal: number;
  sustainedActivation: number;
  iliotibialTractMomentNm: number;
  ligamentMomentNm: number;
  rangeLimitMomentNm: number;
  stabilityMarginNmPerDeg: number;
  spineBendDeg: number;
  caneLeanDeg: number;
  abductorForceN: number;
  abductorForceBW: number;
  hipContactForceN: number;
  hipContactForceBW: number;
  hipContactAngleDeg: number;
  hipContactAngleFemurDeg: number;
  bodyWeightMomentArmM: number;
  abductorMomentArmM: number;
  partialBodyWeightBW: number;
  crestDropM: number;
  adductionRangeExhausted: boolean;
  endStop: string;
  trendelenburg: string;
  muscles: MuscleReport[];
  passiveForces: PassiveForceReport[];
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
    abductorMomentMaximalNm: r.abductorMomentMaximalNm,
    maxAbductionMomentNm: r.maxAbductionMomentNm,
    demandFractionOfMaximal: r.level.requiredNm / r.maxAbductionMomentNm,
    sustainedActivation: r.sustainedActivation,
    iliotibialTractMomentNm: r.iliotibialTractMomentNm,
    ligamentMomentNm: r.ligamentMomentNm,
    rangeLimitMomentNm: r.rangeLimitMomentNm,
    stabilityMarginNmPerDeg: r.stabilityMarginNmPerRad * RAD_PER_DEG,
    spineBendDeg: deg(r.spineBendRad),
    caneLeanDeg: deg(r.caneLeanRad),
    abductorForceN: r.abductorForceN,
    abductorForceBW: r.abductorForceN / bw,
    hipContactForceN: r.hipContactForceN,
    hipContactForceBW: r.hipContactForceN / bw,
    hipContactAngleDeg: deg(r.hipContactAngleRad),
    hipContactAngleFemurDeg: deg(r.hipContactAngleFemurRad),
    bodyWeightMomentArmM: r.bodyWeightMomentArmM,
    abductorMomentArmM: r.abductorMomentArmM,
    partialBodyWeightBW: r.partialWeightN / bw,
    crestDropM: r.crestDropM,
    adductionRangeExhausted: r.adductionRangeExhausted,
    endStop: r.endStop ?? 'none',
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
    passiveForces: r.passiveForces.map((p) => ({
      id: p.id,
      name: p.name,
      forceN: p.forceN,
      momentArmM: p.momentArmM,
    })),
  };
}
