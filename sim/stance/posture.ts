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
import { anthropometry, type Anthropometry } from '../anthropometry.ts';
import {
  bodyGeometry,
  legInclinationRad,
  upperBodyLoads,
  type BodyGeometry,
  type HandLoads,
  type UpperBodyLoads,
} from '../body.ts';
import { GRAVITY_M_PER_S2 } from '../constants.ts';
import { femurGeometry, referenceNeckLengthM, type FemurGeometry } from '../femur.ts';
import type { StanceInput } from '../input.ts';
import {
  emptyMuscleState,
  evaluateMuscle,
  REFERENCE_HEIGHT_M,
  scaleMuscles,
  type MuscleState,
  type ScaledMuscle,
} from '../muscles.ts';
import { pelvisShape, type PelvisShape } from '../pelvisShape.ts';
import { emptyCableState, evaluateCable, type Cable, type CableState } from '../tissues/cable.ts';
import { hipTissues, type HipTissues } from '../tissues/hipTissues.ts';

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
  readonly strengths: readonly number[];
  readonly states: MuscleState[];
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
   */
  activeAbductorDampingNms: number;
  activeAdductorDampingNms: number;
  /** Σ rᵢ F_i,pas, N·m. */
  passiveMuscleNm: number;
  /** Σ r_t F_t of the iliotibial tract and the capsule, N·m. */
  tissueNm: number;
}

const muscleCache = new Map<string, readonly ScaledMuscle[]>();
const MUSCLE_CACHE_SIZE = 64;

/** Scaled muscles, memoised by the inputs they depend on (sweeps and animation reuse a body). */
function scaledMusclesFor(input: StanceInput): readonly ScaledMuscle[] {
  const key = `${input.heightM}|${input.bodyMassKg}|${input.sex}|${input.neckShaftRad}|${input.includePiriformis}`;
  let muscles = muscleCache.get(key);
  if (!muscles) {
    if (muscleCache.size >= MUSCLE_CACHE_SIZE) muscleCache.clear();
    muscles = scaleMuscles(
      input.heightM,
      input.bodyMassKg,
      input.neckShaftRad,
      input.includePiriformis,
      input.sex,
    );
    muscleCache.set(key, muscles);
  }
  return muscles;
}

/** Builds the workspace of one stance input. */
export function workspace(input: StanceInput): Workspace {
  const body = anthropometry(input.bodyMassKg, input.heightM, input.sex);
  const muscles = scaledMusclesFor(input);
  const shape = pelvisShape(input.heightM);
  const scale = input.heightM / REFERENCE_HEIGHT_M;
  const femur = femurGeometry(input.neckShaftRad, referenceNeckLengthM(scale), body.thighLengthM);
  const tfl = muscles.find((m) => m.id === 'tfl');
  if (!tfl)
    throw new Error('muscles.json: no tensor fasciae latae (the iliotibial tract follows it)');
  const tissues = hipTissues(tfl, femur, scale, input.iliotibialSlackRad);
  const cables = [tissues.iliotibialTract, ...tissues.capsule];
  const hands: HandLoads = {
    caneForceN: input.caneFractionBW * body.bodyWeightN,
    caneHand: input.caneHand,
    loadWeightN: input.loadKg * GRAVITY_M_PER_S2,
    loadHand: input.loadHand,
  };
  return {
    input,
    body,
    geo: bodyGeometry(body, shape.halfHipWidthM),
    pelvis: shape,
    femur,
    hands,
    noHands: { ...hands, caneForceN: 0, loadWeightN: 0 },
    muscles,
    strengths: muscles.map((m) => input.strength[m.group]),
    states: muscles.map(() => emptyMuscleState()),
    tissues,
    cables,
    cableStates: cables.map(() => emptyCableState()),
    cableEndForcesN: cables.map(
      (c) => evaluateCable(c, tissues.ends.adduction.limitRad, emptyCableState()).forceN,
    ),
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
    activeAbductorNm: 0,
    activeAdductorNm: 0,
    activeAbductorDampingNms: 0,
    activeAdductorDampingNms: 0,
    passiveMuscleNm: 0,
    tissueNm: 0,
  };
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
  upperBodyLoads(w.body, w.geo, w.hands, dropRad, leanRad, w.loads);
  w.dropRad = dropRad;
  w.leanRad = leanRad;
  w.phi = legInclinationRad(w.body, w.loads, w.hands);
  w.theta = dropRad + w.phi;
  let abd = 0;
  let add = 0;
  let abdDamping = 0;
  let addDamping = 0;
  let passive = 0;
  for (let i = 0; i < w.muscles.length; i++) {
    const s = evaluateMuscle(w.muscles[i]!, w.theta, w.strengths[i]!, w.states[i]!);
    const m = w.muscles[i]!;
    const damping =
      (s.momentArmM * s.momentArmM * s.maxActiveForceN * FORCE_VELOCITY_SLOPE) /
      (MAX_FIBRE_VELOCITY_PER_S * m.optimalFibreLengthM);
    if (s.momentArmM > 0) {
      abd += s.momentArmM * s.maxActiveForceN;
      abdDamping += damping;
    } else {
      add -= s.momentArmM * s.maxActiveForceN;
      addDamping += damping;
    }
    passive += s.momentArmM * s.passiveForceN;
  }
  let tissue = 0;
  for (let k = 0; k < w.cables.length; k++) {
    const c = evaluateCable(w.cables[k]!, w.theta, w.cableStates[k]!);
    tissue += c.momentArmM * c.forceN;
  }
  w.activeAbductorNm = abd;
  w.activeAdductorNm = add;
  w.activeAbductorDampingNms = abdDamping;
  w.activeAdductorDampingNms = addDamping;
  w.passiveMuscleNm = passive;
  w.tissueNm = tissue;
  return activationCeiling * abd + passive + tissue - w.loads.momentNm;
}
