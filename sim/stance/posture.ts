/**
 * One body in single-leg stance, evaluated at a posture (pelvic drop δ, trunk lean λ): the
 * external moment about the stance hip, the leg's inclination that keeps the body over the foot,
 * the hip adduction θ = δ + φ, and what every muscle and passive tissue can do there.
 *
 * Moments about the stance hip centre (sim/frame.ts: counter-clockwise positive, so the external
 * moment M_ext > 0 drops the swing side and an abducting internal moment is clockwise):
 *
 *   surplus(δ, λ) = a_max·Σ_{rᵢ>0} rᵢ F_i,max + Σᵢ rᵢ F_i,pas + Σ_t r_t F_t − M_ext
 *
 * over muscle parts i (active at most a_max: 1 for a maximal effort, or the activation a person
 * sustains for 30 s, sim/strength.ts) and passive tissues t (iliotibial tract, capsular bundles).
 * Everything is a force on a line of action: no free moments (Pauwels F (1965); every internal
 * moment about a ball-and-socket joint comes from a force with a lever arm).
 */
import type { Anthropometry } from '../anthropometry.ts';
import {
  legInclinationRad,
  upperBodyLoads,
  type BodyGeometry,
  type HandLoads,
  type UpperBodyLoads,
} from '../body.ts';
import { GRAVITY_M_PER_S2 } from '../constants.ts';
import type { FemurGeometry } from '../femur.ts';
import type { StanceInput } from '../input.ts';
import {
  emptyMuscleSetState,
  evaluateMuscleSet,
  type MuscleSet,
  type MuscleSetState,
} from '../muscleSet.ts';
import type { ScaledMuscle } from '../muscles.ts';
import type { PelvisShape } from '../pelvisShape.ts';
import { emptyCableState, evaluateCableAt, type Cable, type CableState } from '../tissues/cable.ts';
import type { HipTissues } from '../tissues/hipTissues.ts';
import { emptyHipMemo, recallInto, remember, type HipMemo } from './hipMemo.ts';
import { stanceBody } from './stanceBody.ts';

/** Hill's force-velocity slope at isometric, (1 + A)/A with A = 0.25 (Thelen 2003), dimensionless. */
const FORCE_VELOCITY_SLOPE = (1 + 0.25) / 0.25;
/** Largest fibre shortening velocity, optimal fibre lengths per second (Thelen 2003, young adults). */
const MAX_FIBRE_VELOCITY_PER_S = 10;

/** A body ready to be evaluated at any posture; the evaluation fields are overwritten in place. */
export interface Workspace {
  readonly input: StanceInput;
  readonly body: Anthropometry;
  readonly geo: BodyGeometry;
  readonly pelvis: PelvisShape;
  readonly femur: FemurGeometry;
  readonly hands: HandLoads;
  /** The same hands without their loads (for the foot placement a cane does not change). */
  readonly noHands: HandLoads;
  readonly muscles: readonly ScaledMuscle[];
  /** The muscles packed for evaluation (sim/muscleSet.ts). */
  readonly set: MuscleSet;
  /** Each part's strength, 0-1, in the order of `muscles`. */
  readonly strengths: readonly number[];
  /**
   * Each part's state at the adduction of the last full hip evaluation (`hipWithAdductors`; an
   * evaluation of the abductor side, or a recall, writes none).
   */
  readonly states: MuscleSetState;
  readonly tissues: HipTissues;
  /** Iliotibial tract first, then the capsular bundles. */
  readonly cables: readonly Cable[];
  readonly cableStates: CableState[];
  /** Tension of each cable at the bony end of adduction (its capacity in the effort of `auto`), N. */
  readonly cableEndForcesN: readonly number[];
  readonly loads: UpperBodyLoads;
  /** Posture of the last evaluation. */
  dropRad: number;
  leanRad: number;
  /** Stance-leg inclination φ (foot medial of the hip), rad. */
  phi: number;
  /** Hip adduction θ = δ + φ, rad. */
  theta: number;
  /**
   * Adduction at which the hip (muscles and tissues) was last evaluated, rad (NaN before the
   * first): the hip depends on θ alone, so a posture with the same θ reuses it.
   */
  hipThetaRad: number;
  /**
   * Whether that evaluation was in full: the muscles' and cables' states all at `hipThetaRad`.
   * Otherwise only the abductor side's sums and the cables' tensions are (recalled from `memo` or
   * evaluated by {@link evaluateAbductorSide}).
   */
  hipWithAdductors: boolean;
  /** The abductor side at the last few adductions evaluated (sim/stance/hipMemo.ts). */
  readonly memo: HipMemo;
  /** The drop last found for a lean (sim/stance/equilibrium.ts), reused when asked again. */
  lastDrop:
    | {
        readonly leanRad: number;
        readonly ceiling: number;
        readonly solution: {
          readonly dropRad: number;
          readonly endStop: 'adduction' | 'abduction' | undefined;
        };
      }
    | undefined;
  /** Σ rᵢ F_i,max over the parts that abduct at θ, at full activation, N·m. */
  activeAbductorNm: number;
  /** Σ |rᵢ| F_i,max over the parts that adduct at θ, N·m. */
  activeAdductorNm: number;
  /**
   * Damping of the active abductors (and adductors) per unit activation, N·m·s/rad: near isometric,
   * Hill's force-velocity relation lowers a shortening fibre's force by dF/dv = −(1 + A)/(A·v_max)
   * per unit of its isometric force (Hill AV (1938) Proc R Soc B 126:136-195; A = 0.25 and
   * v_max = 10 optimal fibre lengths per second for young adults, Thelen DG (2003) J Biomech Eng
   * 125:70-77), and a fibre moves at r·θ̇, so the moment changes by r²·F·(1 + A)/(A·v_max) per rad/s.
   * Written by {@link evaluateHipDamping} (the dynamics), not by every hip evaluation.
   */
  activeAbductorDampingNms: number;
  activeAdductorDampingNms: number;
  /** Σ rᵢ F_i,pas, N·m. */
  passiveMuscleNm: number;
  /** Σ r_t F_t of the iliotibial tract and the capsule, N·m. */
  tissueNm: number;
}

/** Builds the workspace of one stance input. */
export function workspace(input: StanceInput): Workspace {
  const b = stanceBody(input);
  const hands: HandLoads = {
    caneForceN: input.caneFractionBW * b.body.bodyWeightN,
    caneHand: input.caneHand,
    loadWeightN: input.loadKg * GRAVITY_M_PER_S2,
    loadHand: input.loadHand,
  };
  return {
    input,
    body: b.body,
    geo: b.geo,
    pelvis: b.pelvis,
    femur: b.femur,
    hands,
    noHands: {
      caneForceN: 0,
      caneHand: input.caneHand,
      loadWeightN: 0,
      loadHand: input.loadHand,
    },
    muscles: b.muscles,
    set: b.set,
    strengths: b.muscles.map((m) => input.strength[m.group]),
    states: emptyMuscleSetState(b.set.count),
    tissues: b.tissues,
    cables: b.cables,
    cableStates: b.cables.map(() => emptyCableState()),
    cableEndForcesN: b.cableEndForcesN,
    loads: {
      momentNm: 0,
      forceYN: 0,
      partialWeightN: 0,
      partialComX: 0,
      caneHandX: 0,
      loadHandX: 0,
      trunkMomentNm: 0,
    },
    dropRad: 0,
    leanRad: 0,
    phi: 0,
    theta: 0,
    hipThetaRad: Number.NaN,
    hipWithAdductors: false,
    memo: emptyHipMemo(b.cables.length),
    lastDrop: undefined,
    activeAbductorNm: 0,
    activeAdductorNm: 0,
    activeAbductorDampingNms: 0,
    activeAdductorDampingNms: 0,
    passiveMuscleNm: 0,
    tissueNm: 0,
  };
}

/**
 * The loads at the posture (δ, λ) in place (external moment, leg inclination, hip adduction),
 * without the hip: what a search that needs only the adduction evaluates. Returns θ, rad.
 */
export function evaluateLoads(w: Workspace, dropRad: number, leanRad: number): number {
  upperBodyLoads(w.body, w.geo, w.hands, dropRad, leanRad, w.loads);
  w.dropRad = dropRad;
  w.leanRad = leanRad;
  w.phi = legInclinationRad(w.body, w.loads, w.hands);
  w.theta = dropRad + w.phi;
  return w.theta;
}

/** Evaluates every muscle and passive tissue at hip adduction θ in place (rad). */
export function evaluateHip(w: Workspace, thetaRad: number): void {
  if (thetaRad !== w.hipThetaRad || !w.hipWithAdductors) hipAt(w, thetaRad, true);
}

/**
 * {@link evaluateHip} for the abductor side's sums alone (`activeAbductorNm`, `passiveMuscleNm`,
 * `tissueNm`, the cables' tensions; `activeAdductorNm` is NaN and the parts' states are not
 * written until the hip is evaluated in full): what the searches for the drop and along the
 * equilibrium curve need, at a third less cost (fewer exponentials), or none when the adduction
 * is one of the last few evaluated (sim/stance/hipMemo.ts).
 */
export function evaluateAbductorSide(w: Workspace, thetaRad: number): void {
  if (thetaRad === w.hipThetaRad) return;
  if (!recallInto(w.memo, thetaRad, w, w.cableStates)) {
    hipAt(w, thetaRad, false);
    return;
  }
  // Recalled: the abductor side only (the states' arrays are of an earlier evaluation).
  w.hipThetaRad = thetaRad;
  w.hipWithAdductors = false;
  w.activeAdductorNm = Number.NaN;
}

function hipAt(w: Workspace, thetaRad: number, withAdductors: boolean): void {
  w.hipThetaRad = thetaRad;
  w.hipWithAdductors = withAdductors;
  const c = Math.cos(thetaRad);
  const sn = Math.sin(thetaRad);
  const st = w.states;
  evaluateMuscleSet(w.set, w.strengths, c, sn, st, withAdductors);
  let tissue = 0;
  for (let k = 0; k < w.cables.length; k++) {
    const cs = evaluateCableAt(w.cables[k]!, c, sn, w.cableStates[k]!);
    tissue += cs.momentArmM * cs.forceN;
  }
  w.activeAbductorNm = st.activeAbductorNm;
  w.activeAdductorNm = st.activeAdductorNm;
  w.passiveMuscleNm = st.passiveNm;
  w.tissueNm = tissue;
  remember(w.memo, thetaRad, w.activeAbductorNm, w.passiveMuscleNm, tissue, w.cableStates);
}

/**
 * The damping of the active abductors and adductors at the hip last evaluated, in place
 * (`activeAbductorDampingNms`, `activeAdductorDampingNms`): only the dynamics needs it, so the
 * searches of a stance solve do not compute it.
 */
export function evaluateHipDamping(w: Workspace): void {
  const { momentArmM, maxActiveForceN } = w.states;
  let abdDamping = 0;
  let addDamping = 0;
  for (let i = 0; i < w.set.count; i++) {
    const r = momentArmM[i]!;
    const damping =
      (r * r * maxActiveForceN[i]! * FORCE_VELOCITY_SLOPE) /
      (MAX_FIBRE_VELOCITY_PER_S * w.set.optimalFibreLengthM[i]!);
    if (r > 0) abdDamping += damping;
    else addDamping += damping;
  }
  w.activeAbductorDampingNms = abdDamping;
  w.activeAdductorDampingNms = addDamping;
}

/**
 * Evaluates the posture (δ, λ) in place and returns the surplus of the abductor side over the
 * external moment, N·m, with active muscle at most `activationCeiling` (0-1).
 */
export function evaluatePosture(
  w: Workspace,
  dropRad: number,
  leanRad: number,
  activationCeiling: number,
): number {
  evaluateHip(w, evaluateLoads(w, dropRad, leanRad));
  return surplusNm(w, activationCeiling);
}

/** {@link evaluatePosture} with the hip evaluated by {@link evaluateAbductorSide}, N·m. */
export function abductorSurplusAt(
  w: Workspace,
  dropRad: number,
  leanRad: number,
  activationCeiling: number,
): number {
  evaluateAbductorSide(w, evaluateLoads(w, dropRad, leanRad));
  return surplusNm(w, activationCeiling);
}

/** The hip's surplus as just evaluated: what the muscles (up to the ceiling) and tissues hold beyond the external moment, N·m. */
function surplusNm(w: Workspace, activationCeiling: number): number {
  return activationCeiling * w.activeAbductorNm + w.passiveMuscleNm + w.tissueNm - w.loads.momentNm;
}

/** Maximal isometric abduction moment at hip adduction θ with the workspace's strengths, N·m. */
export function maxAbductionAtNm(w: Workspace, thetaRad: number): number {
  evaluateAbductorSide(w, thetaRad);
  return w.activeAbductorNm;
}
