/**
 * The gait cycle in the frontal plane: both legs, left and right alternating, a weak side showing
 * its deviation only when it is the stance side.
 *
 * Healthy gait follows the normative mean (sim/gait/normative.ts). Each side's deviation comes
 * from the single-leg-stance model solved with that side's own strengths and neck-shaft angle: a
 * side whose static solution drops the pelvis adds the extra drop the frontal-plane dynamics give
 * from opposite foot off (sim/dynamics/singleSupport.ts; the pelvis falls toward the static drop
 * in the time single support lasts), its trunk lean is added, and both are expressed in
 * proportion to the side's stance weight (sim/gait/events.ts), so double support blends from one
 * side to the other. Loads are
 * quasi-static: the normative internal abductor moment sets how hard the abductors work at each
 * instant, scaled by the side's stance solution (doc/model.md §11).
 */
import { RAD_PER_DEG } from '../constants.ts';
import { DEFAULT_STANCE, normalBody, type Side, type StanceInput } from '../input.ts';
import { REFERENCE_NECK_SHAFT_RAD } from '../femur.ts';
import { solveStance } from '../stance/solveStance.ts';
import type { StanceResult } from '../stance/result.ts';
import {
  leftStanceWeight,
  NORMAL_EVENTS,
  rightStanceWeight,
  supportPhase,
  wrap,
  type GaitEvents,
  type SupportPhase,
} from './events.ts';
import { normativeMean } from './normative.ts';
import { courseAt, singleSupportDrop } from '../dynamics/singleSupport.ts';

/** Which hip the strength and neck-shaft settings describe. */
export type AffectedSide = Side | 'both';

/** Input of {@link buildGait}. */
export interface GaitInput {
  /**
   * The body and the affected hip: strengths and neck-shaft angle apply to the affected side(s);
   * mass, height, sex, load and compensation to the whole body. Cane and load hands are given
   * relative to the affected side (right when both are affected); the cane is loaded during the
   * stance of the leg it protects.
   */
  readonly stance: StanceInput;
  readonly affectedSide: AffectedSide;
  /** Cadence, steps per minute (a stride is two steps). */
  readonly cadenceStepsPerMin: number;
  readonly events: GaitEvents;
}

/** Default: the healthy adult walking at 105 steps/min (normal adults ≈ 100-115). */
export const DEFAULT_GAIT: GaitInput = {
  stance: DEFAULT_STANCE,
  affectedSide: 'right',
  cadenceStepsPerMin: 105,
  events: NORMAL_EVENTS,
};

/** One muscle part of one hip at one instant. */
export interface GaitMuscle {
  readonly id: string;
  readonly activation: number;
  readonly forceN: number;
}

/** One hip at one instant of gait. */
export interface HipSample {
  /** Hip adduction relative to the pelvis, rad. */
  readonly adductionRad: number;
  /** Internal hip abductor moment, N·m per kg of body mass. */
  readonly abductorMomentNmPerKg: number;
  /** Hip contact force, N. */
  readonly contactForceN: number;
  /** How much this leg is in stance, 0-1. */
  readonly stanceWeight: number;
  readonly muscles: readonly GaitMuscle[];
}

/** The frontal-plane state at one instant (SI, except the moment per kg). */
export interface GaitSample {
  /** Fraction of the right leg's cycle, 0-1. */
  readonly cycleFraction: number;
  readonly phase: SupportPhase;
  /** Pelvic obliquity, rad, positive when the right side is higher. */
  readonly pelvicObliquityRad: number;
  /** Trunk lean from vertical, rad, positive toward the right. */
  readonly trunkLeanRad: number;
  /** Lateral shift of the centre of mass from its healthy path, m, positive toward the right. */
  readonly comShiftM: number;
  readonly right: HipSample;
  readonly left: HipSample;
}

/** What one side contributes when it is the stance side. */
interface SideTerms {
  readonly result: StanceResult;
  /** Static pelvic drop of this side's stance, rad. */
  readonly dropRad: number;
  /** Extra drop over time from opposite foot off, by the dynamics (sim/dynamics/singleSupport.ts). */
  readonly dropCourse: Float64Array;
  readonly leanRad: number;
  readonly momentRatio: number;
  readonly comShiftM: number;
}

/** A gait ready to be sampled: both sides' stance solutions and the healthy reference. */
export interface Gait {
  readonly input: GaitInput;
  readonly bodyWeightN: number;
  readonly bodyMassKg: number;
  /** Time of one stride (two steps), s. */
  readonly strideTimeS: number;
  readonly healthy: StanceResult;
  readonly right: SideTerms;
  readonly left: SideTerms;
  /** Largest normal internal abductor moment the quasi-static loads are scaled to, N·m. */
  readonly referenceMomentNm: number;
}

const other = (h: StanceInput['caneHand']) =>
  h === 'contralateral' ? 'ipsilateral' : 'contralateral';

/** The stance input of one side. */
export function sideStanceInput(g: GaitInput, side: Side): StanceInput {
  const s = g.stance;
  const affected = g.affectedSide === 'both' || g.affectedSide === side;
  const handSide: Side = g.affectedSide === 'both' ? 'right' : g.affectedSide;
  const sameAsHands = side === handSide;
  return {
    ...s,
    stanceSide: side,
    strength: affected ? s.strength : DEFAULT_STANCE.strength,
    neckShaftRad: affected ? s.neckShaftRad : REFERENCE_NECK_SHAFT_RAD,
    caneFractionBW: sameAsHands ? s.caneFractionBW : 0,
    caneHand: sameAsHands ? s.caneHand : other(s.caneHand),
    loadHand: sameAsHands ? s.loadHand : other(s.loadHand),
  };
}

/** The stance of the affected side (right when both are affected): what the readouts show. */
export function affectedStanceInput(g: GaitInput): StanceInput {
  return sideStanceInput(g, g.affectedSide === 'left' ? 'left' : 'right');
}

function sideTerms(r: StanceResult, healthy: StanceResult, courseS: number): SideTerms {
  return {
    result: r,
    dropRad: r.pelvicDropRad,
    // A hip that holds the pelvis level statically needs no dynamics to stay level.
    dropCourse:
      r.pelvicDropRad > 0
        ? singleSupportDrop(r.input, courseS, r.trunkLeanRad)
        : new Float64Array([0, 0]),
    leanRad: r.trunkLeanRad,
    momentRatio: r.abductorMomentRequiredNm / healthy.abductorMomentRequiredNm,
    comShiftM: healthy.bodyWeightMomentArmM - r.bodyWeightMomentArmM,
  };
}

/** Solves the stance of each side once; sampling is then cheap. */
export function buildGait(g: GaitInput): Gait {
  const healthy = solveStance(normalBody({ ...g.stance, stanceSide: 'right' }));
  const right = solveStance(sideStanceInput(g, 'right'));
  const left = solveStance(sideStanceInput(g, 'left'));
  const strideTimeS = 120 / g.cadenceStepsPerMin;
  // Single support and the double support that ends it.
  const courseS = (g.events.footOff - g.events.oppositeFootOff) * strideTimeS;
  return {
    input: g,
    bodyWeightN: healthy.bodyWeightN,
    bodyMassKg: g.stance.bodyMassKg,
    strideTimeS,
    healthy,
    right: sideTerms(right, healthy, courseS),
    left: sideTerms(left, healthy, courseS),
    referenceMomentNm: healthy.abductorMomentRequiredNm,
  };
}

const MOMENT = 'hip_abductor_moment_internal_Nm_per_kg' as const;

/**
 * Hip contact force of one side (N): the external load weighted by how much the leg is in stance,
 * plus the stance solution's muscle force scaled by how hard the abductors work now (the normal
 * moment relative to the static stance moment, never negative).
 */
function contactForceN(t: SideTerms, weight: number, effort: number): number {
  const r = t.result;
  const fx = r.hipContactForce.x - r.abductorForce.x;
  const fy = r.hipContactForce.y - r.abductorForce.y;
  const x = weight * fx + effort * r.abductorForce.x;
  const y = weight * fy + effort * r.abductorForce.y;
  return Math.hypot(x, y);
}

/**
 * Muscle state of one side: activation follows the effort (capped at full activation); passive
 * tension follows the stance posture (weight), not the effort.
 */
function muscles(t: SideTerms, effort: number, weight: number): GaitMuscle[] {
  return t.result.muscles.map((m) => {
    const activation = Math.min(1, effort * m.activation);
    return {
      id: m.id,
      activation,
      forceN: activation * m.maxActiveForceN + weight * m.passiveForceN,
    };
  });
}

/** The state at cycle fraction `f` (any real number; wrapped into one cycle). */
export function sampleGait(gait: Gait, f: number): GaitSample {
  const e = gait.input.events;
  const t = wrap(f);
  const wR = rightStanceWeight(e, t);
  const wL = leftStanceWeight(e, t);
  const R = gait.right;
  const L = gait.left;
  const mass = gait.bodyMassKg;
  const normalMomentR = normativeMean(MOMENT, t);
  const normalMomentL = normativeMean(MOMENT, t - 0.5);
  // Effort: the normal moment relative to the healthy static stance moment (per kg).
  const refPerKg = gait.referenceMomentNm / mass;
  const effortR = Math.max(0, normalMomentR / refPerKg);
  const effortL = Math.max(0, normalMomentL / refPerKg);
  // Pelvic drop beyond the normal pattern: from opposite foot off the weak side's pelvis falls as
  // the dynamics say, and returns as the other leg takes the weight; the hips follow the pelvis.
  const obliquity = normativeMean('pelvic_obliquity_deg', t) * RAD_PER_DEG;
  const since = (phase: number) => (phase >= e.oppositeFootOff ? phase - e.oppositeFootOff : -1);
  const extraR = wR * courseAt(R.dropCourse, since(t) * gait.strideTimeS);
  const extraL = wL * courseAt(L.dropCourse, since(wrap(t - 0.5)) * gait.strideTimeS);
  return {
    cycleFraction: t,
    phase: supportPhase(e, t),
    pelvicObliquityRad: obliquity + extraR - extraL,
    trunkLeanRad: wR * R.leanRad - wL * L.leanRad,
    comShiftM: wR * R.comShiftM - wL * L.comShiftM,
    right: {
      adductionRad: normativeMean('hip_adduction_deg', t) * RAD_PER_DEG + extraR - extraL,
      abductorMomentNmPerKg: normalMomentR * (1 + wR * (R.momentRatio - 1)),
      contactForceN: contactForceN(R, wR, effortR),
      stanceWeight: wR,
      muscles: muscles(R, effortR, wR),
    },
    left: {
      adductionRad: normativeMean('hip_adduction_deg', t - 0.5) * RAD_PER_DEG + extraL - extraR,
      abductorMomentNmPerKg: normalMomentL * (1 + wL * (L.momentRatio - 1)),
      contactForceN: contactForceN(L, wL, effortL),
      stanceWeight: wL,
      muscles: muscles(L, effortL, wL),
    },
  };
}

/** `n` samples evenly over one cycle, 0 % and 100 % included (n ≥ 2). */
export function sampleCycle(gait: Gait, n: number): GaitSample[] {
  return Array.from({ length: n }, (_, i) => {
    const f = i / (n - 1);
    // 100 % is the same instant as 0 %, but keep its label.
    return i === n - 1 ? { ...sampleGait(gait, f), cycleFraction: 1 } : sampleGait(gait, f);
  });
}

/** Animation clock state: where in the cycle we are. */
export interface GaitClock {
  /** Cycles elapsed (fractional part = position in the cycle). */
  readonly cycles: number;
}

/**
 * Advances the clock by `dtS` seconds of simulated time (frame-rate independent).
 * @param speed playback speed, 1 = real time
 */
export function stepGait(gait: Gait, clock: GaitClock, dtS: number, speed = 1): GaitClock {
  return { cycles: clock.cycles + (dtS * speed) / gait.strideTimeS };
}
