/**
 * The terms of single-leg stance's moment balance about the stance hip that "Show the working"
 * prints, derived from a solved stance (doc/model.md §5-6).
 */
import { GRAVITY_M_PER_S2, type StanceResult } from '../../sim/index.ts';

/** The balance's terms, SI. */
export interface WorkingTerms {
  /** Weight of the stance leg, N. */
  readonly stanceLegN: number;
  /** Moment of the partial body weight about the stance hip, W·d, N·m. */
  readonly weightMomentNm: number;
  readonly hasCane: boolean;
  readonly hasLoad: boolean;
  /** Cane force, upward on the hand, N. */
  readonly caneN: number;
  /** Weight of the carried load, N. */
  readonly loadN: number;
  /** Moments of the hand forces about the stance hip, N·m (doc/model.md §5.1: + F_cane·x_cane − W_load·x_load). */
  readonly caneMomentNm: number;
  readonly loadMomentNm: number;
  /** The hand aids in words ("The cane", "The carried load", or both). */
  readonly aids: string;
  /** Capacity of the active muscles alone, at the activation a person sustains for 30 s, N·m. */
  readonly activeCapacityNm: number;
  /** Σ Fᵢ·rᵢ over the muscle parts, N·m, and Σ Fᵢ, N (the table's total row). */
  readonly muscleMomentNm: number;
  readonly forceSumN: number;
  /** Σ Fᵢ·rᵢ over the parts that abduct (rᵢ > 0): the moment of their resultant F, N·m. */
  readonly abductorPartsMomentNm: number;
  /** Σ Fᵢ over the parts that abduct, N (more than their resultant's |F⃗|). */
  readonly abductorPartsForceN: number;
  /**
   * Every other force on the pelvis from below: the passive tissues (iliotibial tract, capsule,
   * the bony stop) and the muscle parts that adduct, summed, N; with the words that name them.
   */
  readonly otherForce: { readonly x: number; readonly y: number };
  readonly otherNames: string;
  /** The muscles pull by passive tension only. */
  readonly passiveOnly: boolean;
  /** The femoral neck rests on the acetabular margin and carries part of the moment. */
  readonly hasStop: boolean;
  /** The adductors pull to hold the balance (their moment arms are negative in the table). */
  readonly hasAdductors: boolean;
}

/** The balance's terms for a stance result. */
export function workingTerms(r: StanceResult): WorkingTerms {
  const hasCane = r.input.caneFractionBW > 0;
  const hasLoad = r.input.loadKg > 0;
  const caneN = r.input.caneFractionBW * r.bodyWeightN;
  const loadN = r.input.loadKg * GRAVITY_M_PER_S2;
  const forceSumN = r.muscles.reduce((s, m) => s + m.forceN, 0);
  const abducting = r.muscles.filter((m) => m.momentArmM > 0);
  const others = [
    ...r.passiveForces.map((p) => p.force),
    ...r.muscles.filter((m) => !(m.momentArmM > 0)).map((m) => m.force),
  ];
  const adductorsPull = r.muscles.some((m) => !(m.momentArmM > 0) && m.forceN > 0);
  return {
    stanceLegN: r.bodyWeightN - r.partialWeightN,
    weightMomentNm: r.partialWeightN * r.bodyWeightMomentArmM,
    hasCane,
    hasLoad,
    caneN,
    loadN,
    caneMomentNm: caneN * r.hands.caneX,
    loadMomentNm: -loadN * r.hands.loadX,
    aids:
      hasCane && hasLoad
        ? 'The cane and the carried load'
        : hasCane
          ? 'The cane'
          : 'The carried load',
    activeCapacityNm:
      r.abductorMomentCapacityNm -
      r.passiveMuscleMomentNm -
      r.iliotibialTractMomentNm -
      r.ligamentMomentNm,
    muscleMomentNm: r.muscles.reduce((s, m) => s + m.forceN * m.momentArmM, 0),
    forceSumN,
    abductorPartsMomentNm: abducting.reduce((s, m) => s + m.forceN * m.momentArmM, 0),
    abductorPartsForceN: abducting.reduce((s, m) => s + m.forceN, 0),
    otherForce: {
      x: others.reduce((s, f) => s + f.x, 0),
      y: others.reduce((s, f) => s + f.y, 0),
    },
    otherNames: [
      'the iliotibial tract and capsule',
      ...(r.rangeLimitMomentNm > 0 ? ['the bony stop'] : []),
      ...(adductorsPull ? ['the parts that adduct'] : []),
    ].join(', '),
    passiveOnly: forceSumN > 0 && r.muscles.every((m) => m.activation === 0),
    hasStop: r.rangeLimitMomentNm > 0,
    hasAdductors: r.adductorMomentNm > 0,
  };
}
