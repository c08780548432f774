/**
 * Single-leg stance in the frontal plane: the posture (pelvic drop, trunk lean), the muscle
 * forces and the hip contact force of one body standing on one leg.
 *
 * Moments about the stance hip centre balance (Pauwels 1965; moments CCW positive, sim/frame.ts):
 *
 *   M_ext(δ, λ) = Σᵢ rᵢ(θ)·(aᵢ·Fᵢ,act(θ) + Fᵢ,pas(θ)) + M_lig(θ) + M_stop − M_add
 *
 * M_ext is the moment of the partial body weight and the hand forces (sim/body.ts); the muscle
 * terms are sim/muscles.ts; M_lig is sim/passive.ts; M_stop (a rigid end stop) and M_add (hip
 * adductors, when passive tissue alone over-balances) are zero unless flagged in the result.
 * The hip contact force on the femoral head is the vector sum of every other force on the free
 * body: external loads and muscle pulls.
 */
import { anthropometry, type Anthropometry } from './anthropometry.ts';
import {
  bodyGeometry,
  legInclinationRad,
  upperBodyLoads,
  type BodyGeometry,
  type HandLoads,
  type UpperBodyLoads,
} from './body.ts';
import {
  COMFORTABLE_LEAN_RAD,
  EFFORT_EXPONENT,
  GRAVITY_M_PER_S2,
  HIP_ADDUCTION_LIMIT_RAD,
  TRENDELENBURG_CREST_DROP_M,
  TRUNK_LEAN_LIMIT_RAD,
  VISIBLE_LEAN_RAD,
} from './constants.ts';
import type { StanceInput } from './input.ts';
import {
  emptyMuscleState,
  evaluateMuscle,
  scaleMuscles,
  type MuscleState,
  type ScaledMuscle,
} from './muscles.ts';
import { ligamentMomentNm } from './passive.ts';
import { pelvisShape, type PelvisShape } from './pelvisShape.ts';
import { shareLoad } from './staticOptimisation.ts';

/** Clinical reading of the posture. */
export type TrendelenburgSign = 'negative' | 'positive' | 'compensated';

/** One muscle part in the solved posture. */
export interface MuscleResult {
  readonly id: string;
  readonly name: string;
  readonly group: ScaledMuscle['group'];
  readonly nerve: string;
  readonly roots: readonly string[];
  /** Strength, fraction of normal active force (0-1). */
  readonly strength: number;
  /** Activation (0-1) chosen by static optimisation. */
  readonly activation: number;
  /** Total force (active + passive) along the path, N. */
  readonly forceN: number;
  readonly activeForceN: number;
  readonly passiveForceN: number;
  /** Largest active force at this length and strength, N. */
  readonly maxActiveForceN: number;
  /** Abductor moment arm, m. */
  readonly momentArmM: number;
  /** Muscle-tendon length, m. */
  readonly lengthM: number;
}

/** Everything a stance solve finds, in SI units, stance frame (sim/frame.ts). */
export interface StanceResult {
  readonly input: StanceInput;
  readonly body: Anthropometry;
  readonly bodyWeightN: number;
  /** Pelvic drop δ, rad (positive = swing side lower). */
  readonly pelvicDropRad: number;
  /** Trunk lean λ, rad (positive = toward the stance side). */
  readonly trunkLeanRad: number;
  /** Stance-hip adduction θ = δ + φ, rad. */
  readonly hipAdductionRad: number;
  /** Stance-leg inclination φ (foot medial of the hip), rad. */
  readonly legInclinationRad: number;
  /** External moment about the stance hip that the abductor side must balance, N·m. */
  readonly abductorMomentRequiredNm: number;
  /** Largest abductor-side moment at this posture: full activation at the current strengths plus passive tissue, N·m. */
  readonly abductorMomentCapacityNm: number;
  /** Required and available moment with the pelvis level and the trunk upright, N·m. */
  readonly level: { readonly requiredNm: number; readonly capacityNm: number };
  /** Moment of active muscle force, passive muscle force and ligaments, N·m. */
  readonly activeMomentNm: number;
  readonly passiveMuscleMomentNm: number;
  readonly ligamentMomentNm: number;
  /** Moment taken by a rigid end of range when nothing else balances, N·m (0 when in range). */
  readonly rangeLimitMomentNm: number;
  /** Internal adductor moment needed when passive tissue alone over-balances, N·m (0 normally). */
  readonly adductorMomentNm: number;
  /** Moment-balance residual, N·m (≈ 0). */
  readonly residualNm: number;
  /** Resultant of the abductor muscle forces on the pelvis, frontal plane, N. */
  readonly abductorForce: { readonly x: number; readonly y: number };
  readonly abductorForceN: number;
  /** Force-weighted mean abductor moment arm Σ Fᵢrᵢ / Σ Fᵢ, m. */
  readonly abductorMomentArmM: number;
  /** Force of the pelvis on the femoral head, frontal plane, N (x > 0 lateral, y > 0 up). */
  readonly hipContactForce: { readonly x: number; readonly y: number };
  readonly hipContactForceN: number;
  /** Angle of the hip contact force from vertical, rad (positive = pointing inferolaterally). */
  readonly hipContactAngleRad: number;
  /** Weight of the body above the stance hip (partial body weight), N. */
  readonly partialWeightN: number;
  /** Horizontal distance from the stance hip to the partial-body centre of mass, m. */
  readonly bodyWeightMomentArmM: number;
  /** How far the swing-side iliac crest is below its level position, m. */
  readonly crestDropM: number;
  /** The hip has reached the end of its adduction range (25°): its end stop carries part of the load, and the model is at the limit of its validity. */
  readonly adductionRangeExhausted: boolean;
  readonly trendelenburg: TrendelenburgSign;
  readonly muscles: readonly MuscleResult[];
  /** The scaled muscle parts, in the order of `muscles` (geometry for drawing). */
  readonly scaledMuscles: readonly ScaledMuscle[];
  readonly geometry: BodyGeometry;
  readonly pelvis: PelvisShape;
  readonly hands: { readonly caneX: number; readonly loadX: number };
}

const BISECTION_STEPS = 50;
const ROOT_TOLERANCE_RAD = 1e-12;
/** Sub-intervals scanned for the first equilibrium between a level pelvis and the end of range. */
const SCAN_INTERVALS = 8;

interface Workspace {
  readonly body: Anthropometry;
  readonly geo: BodyGeometry;
  readonly pelvis: PelvisShape;
  readonly hands: HandLoads;
  readonly muscles: readonly ScaledMuscle[];
  readonly strengths: readonly number[];
  readonly states: MuscleState[];
  readonly loads: UpperBodyLoads;
  phi: number;
  theta: number;
  active: number;
  passive: number;
  ligament: number;
}

const muscleCache = new Map<string, readonly ScaledMuscle[]>();
const MUSCLE_CACHE_SIZE = 64;

/** Scaled muscles, memoised by the inputs they depend on (sweeps and animation reuse a body). */
function scaledMusclesFor(input: StanceInput): readonly ScaledMuscle[] {
  const key = `${input.heightM}|${input.bodyMassKg}|${input.neckShaftRad}|${input.includePiriformis}`;
  let muscles = muscleCache.get(key);
  if (!muscles) {
    if (muscleCache.size >= MUSCLE_CACHE_SIZE) muscleCache.clear();
    muscles = scaleMuscles(
      input.heightM,
      input.bodyMassKg,
      input.neckShaftRad,
      input.includePiriformis,
    );
    muscleCache.set(key, muscles);
  }
  return muscles;
}

function workspace(input: StanceInput): Workspace {
  const body = anthropometry(input.bodyMassKg, input.heightM, input.sex);
  const muscles = scaledMusclesFor(input);
  const shape = pelvisShape(input.heightM);
  return {
    body,
    geo: bodyGeometry(body, shape.halfHipWidthM),
    pelvis: shape,
    hands: {
      caneForceN: input.caneFractionBW * body.bodyWeightN,
      caneHand: input.caneHand,
      loadWeightN: input.loadKg * GRAVITY_M_PER_S2,
      loadHand: input.loadHand,
    },
    muscles,
    strengths: muscles.map((m) => input.strength[m.group]),
    states: muscles.map(() => emptyMuscleState()),
    loads: {
      momentNm: 0,
      forceYN: 0,
      partialWeightN: 0,
      partialComX: 0,
      caneHandX: 0,
      loadHandX: 0,
    },
    phi: 0,
    theta: 0,
    active: 0,
    passive: 0,
    ligament: 0,
  };
}

/** Evaluates the posture (δ, λ); returns the surplus capacity − demand, N·m. */
function surplus(w: Workspace, drop: number, lean: number): number {
  upperBodyLoads(w.body, w.geo, w.hands, drop, lean, w.loads);
  w.phi = legInclinationRad(w.body, w.loads, w.hands);
  w.theta = drop + w.phi;
  let active = 0;
  let passive = 0;
  for (let i = 0; i < w.muscles.length; i++) {
    const s = evaluateMuscle(w.muscles[i]!, w.theta, w.strengths[i]!, w.states[i]!);
    if (s.momentArmM > 0) active += s.momentArmM * s.maxActiveForceN;
    passive += s.momentArmM * s.passiveForceN;
  }
  w.active = active;
  w.passive = passive;
  w.ligament = ligamentMomentNm(w.theta);
  return active + passive + w.ligament - w.loads.momentNm;
}

/** Smallest lean in [0, maxLean] at which the level pelvis holds (or maxLean). */
function leanNeeded(w: Workspace, maxLean: number): number {
  if (surplus(w, 0, 0) >= 0) return 0;
  if (surplus(w, 0, maxLean) < 0) return maxLean;
  let lo = 0;
  let hi = maxLean;
  for (let k = 0; k < BISECTION_STEPS && hi - lo > ROOT_TOLERANCE_RAD; k++) {
    const mid = 0.5 * (lo + hi);
    if (surplus(w, 0, mid) >= 0) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Drop at which the hip reaches the end of its adduction range: δ + φ(δ) = θ_lim, solved by
 * fixed-point iteration (φ changes slowly with δ, so the map contracts).
 */
function dropAtRangeEnd(w: Workspace, lean: number): number {
  let drop = 0;
  for (let k = 0; k < 40; k++) {
    surplus(w, drop, lean);
    const next = Math.max(0, HIP_ADDUCTION_LIMIT_RAD - w.phi);
    if (Math.abs(next - drop) < ROOT_TOLERANCE_RAD) return next;
    drop = next;
  }
  return drop;
}

/**
 * The pelvic drop for a given lean: 0 when the abductors hold the pelvis level; otherwise the
 * first drop at which full activation plus passive tissue meet the demand (a stable equilibrium:
 * the surplus rises through zero); otherwise the end of the adduction range, where the hip's end
 * stop takes the rest.
 */
function dropNeeded(w: Workspace, lean: number): number {
  if (surplus(w, 0, lean) >= 0) return 0;
  const end = dropAtRangeEnd(w, lean);
  if (end <= 0 || surplus(w, end, lean) < 0) return end;
  let lo = 0;
  let hi = end;
  for (let k = 1; k <= SCAN_INTERVALS; k++) {
    const d = (end * k) / SCAN_INTERVALS;
    if (surplus(w, d, lean) >= 0) {
      hi = d;
      break;
    }
    lo = d;
  }
  for (let k = 0; k < BISECTION_STEPS && hi - lo > ROOT_TOLERANCE_RAD; k++) {
    const mid = 0.5 * (lo + hi);
    if (surplus(w, mid, lean) >= 0) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Solves single-leg stance.
 *
 * Compensation (doc/model.md §6):
 * - `none`: trunk upright; the pelvis drops until full activation plus passive tissue balance;
 * - `trunk-lean`: the pelvis stays level and the trunk leans toward the stance side just enough
 *   (up to the lateral-flexion limit; beyond, the pelvis drops for the rest);
 * - `auto`: as a person would choose: no lean when the abductors can hold the pelvis, a lean of
 *   up to a comfortable 15° when they cannot, and a pelvic drop for whatever that lean leaves.
 */
export function solveStance(input: StanceInput): StanceResult {
  const w = workspace(input);
  const levelCapacity = surplus(w, 0, 0) + w.loads.momentNm;
  const levelRequired = w.loads.momentNm;

  let lean = 0;
  if (input.compensation === 'trunk-lean') lean = leanNeeded(w, TRUNK_LEAN_LIMIT_RAD);
  else if (input.compensation === 'auto') lean = leanNeeded(w, COMFORTABLE_LEAN_RAD);
  const drop = dropNeeded(w, lean);
  const finalSurplus = surplus(w, drop, lean);
  return assemble(w, input, drop, lean, finalSurplus, levelRequired, levelCapacity);
}

function assemble(
  w: Workspace,
  input: StanceInput,
  drop: number,
  lean: number,
  finalSurplus: number,
  levelRequired: number,
  levelCapacity: number,
): StanceResult {
  const demand = w.loads.momentNm;
  const needActive = demand - w.passive - w.ligament;
  const c = w.states.map((s) => (s.momentArmM > 0 ? s.momentArmM * s.maxActiveForceN : 0));
  const activation = new Array<number>(c.length).fill(0);
  shareLoad(c, needActive, EFFORT_EXPONENT, activation);
  const rangeLimitMomentNm = finalSurplus < 0 ? -finalSurplus : 0;
  const adductorMomentNm = needActive < 0 ? -needActive : 0;

  // Muscle forces and their resultant, turned from the pelvis frame into the lab by δ.
  const cd = Math.cos(drop);
  const sd = Math.sin(drop);
  let fx = 0;
  let fy = 0;
  let muscleMoment = 0;
  let forceSum = 0;
  let forceArmSum = 0;
  const muscles: MuscleResult[] = w.muscles.map((m, i) => {
    const s = w.states[i]!;
    const a = activation[i] ?? 0;
    const activeForceN = a * s.maxActiveForceN;
    const forceN = activeForceN + s.passiveForceN;
    fx += forceN * (s.dirX * cd - s.dirY * sd);
    fy += forceN * (s.dirX * sd + s.dirY * cd);
    muscleMoment += forceN * s.momentArmM;
    forceSum += forceN;
    forceArmSum += forceN * s.momentArmM;
    return {
      id: m.id,
      name: m.name,
      group: m.group,
      nerve: m.nerve,
      roots: m.roots,
      strength: w.strengths[i]!,
      activation: a,
      forceN,
      activeForceN,
      passiveForceN: s.passiveForceN,
      maxActiveForceN: s.maxActiveForceN,
      momentArmM: s.momentArmM,
      lengthM: s.lengthM,
    };
  });
  const residualNm = demand - muscleMoment - w.ligament - rangeLimitMomentNm + adductorMomentNm;

  // Force of the pelvis on the femoral head = every other force on the free body.
  const hx = fx;
  const hy = fy + w.loads.forceYN;
  const hipContactForceN = Math.hypot(hx, hy);
  const pelvis = w.pelvis;
  // Swing-side crest, pelvis frame (−(2h + c), y_c), lowered by the drop about the stance hip.
  const crestX = -(2 * pelvis.halfHipWidthM + pelvis.crestLateralOfHipM);
  const crestY = pelvis.crestAboveHipM;
  const crestDropM = crestY - (crestX * sd + crestY * cd);
  const trendelenburg: TrendelenburgSign =
    crestDropM > TRENDELENBURG_CREST_DROP_M
      ? 'positive'
      : lean > VISIBLE_LEAN_RAD
        ? 'compensated'
        : 'negative';

  return {
    input,
    body: w.body,
    bodyWeightN: w.body.bodyWeightN,
    pelvicDropRad: drop,
    trunkLeanRad: lean,
    hipAdductionRad: w.theta,
    legInclinationRad: w.phi,
    abductorMomentRequiredNm: demand,
    abductorMomentCapacityNm: w.active + w.passive + w.ligament,
    level: { requiredNm: levelRequired, capacityNm: levelCapacity },
    activeMomentNm: muscleMoment - w.passive,
    passiveMuscleMomentNm: w.passive,
    ligamentMomentNm: w.ligament,
    rangeLimitMomentNm,
    adductorMomentNm,
    residualNm,
    abductorForce: { x: fx, y: fy },
    abductorForceN: Math.hypot(fx, fy),
    abductorMomentArmM: forceSum > 0 ? forceArmSum / forceSum : 0,
    hipContactForce: { x: hx, y: hy },
    hipContactForceN,
    hipContactAngleRad: Math.atan2(hx, -hy),
    partialWeightN: w.loads.partialWeightN,
    bodyWeightMomentArmM: -w.loads.partialComX,
    crestDropM,
    adductionRangeExhausted: w.theta >= HIP_ADDUCTION_LIMIT_RAD - 1e-9,
    trendelenburg,
    muscles,
    scaledMuscles: w.muscles,
    geometry: w.geo,
    pelvis,
    hands: { caneX: w.loads.caneHandX, loadX: w.loads.loadHandX },
  };
}

/** Moments about the stance hip at one posture (for the demand-versus-capacity plot). */
export interface PostureMoments {
  readonly dropRad: number;
  readonly leanRad: number;
  readonly hipAdductionRad: number;
  /** External (demand) moment, N·m. */
  readonly demandNm: number;
  /** Largest active muscle moment at the current strengths, N·m. */
  readonly activeCapacityNm: number;
  /** Passive muscle moment, N·m. */
  readonly passiveMuscleNm: number;
  /** Ligament (capsule) moment, N·m. */
  readonly ligamentNm: number;
  /** Active + passive + ligament, N·m. */
  readonly capacityNm: number;
}

/**
 * The moments about the stance hip of one input at any posture (drop δ, lean λ, rad): the
 * evaluation behind the demand and capacity curves (sim/queries/momentsAlongDrop.ts).
 */
export function postureMomentsOf(
  input: StanceInput,
): (dropRad: number, leanRad: number) => PostureMoments {
  const w = workspace(input);
  return (drop, lean) => {
    surplus(w, drop, lean);
    return {
      dropRad: drop,
      leanRad: lean,
      hipAdductionRad: w.theta,
      demandNm: w.loads.momentNm,
      activeCapacityNm: w.active,
      passiveMuscleNm: w.passive,
      ligamentNm: w.ligament,
      capacityNm: w.active + w.passive + w.ligament,
    };
  };
}
