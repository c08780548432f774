/**
 * The muscle parts of one body packed for evaluation in place: one typed array per parameter
 * (struct of arrays), so that evaluating every part at a hip angle allocates nothing and shares
 * one cosine and one sine. Plain arrays of doubles, not typed arrays: V8 reads them as fast and
 * allocates them several times faster (a workspace is built for every solve). The equations are those of {@link evaluateMuscle} (sim/muscles.ts:
 * straight crossing segment, rigid tendon, Thelen 2003 force-length), in the same order, so both
 * give the same numbers; the solvers evaluate the set hundreds of times per solve and the dynamics
 * thousands of times per second of simulated time.
 */
import { THELEN_GAMMA, THELEN_K_PE, THELEN_STRAIN_AT_F0 } from './constants.ts';
import type { ScaledMuscle } from './muscles.ts';

/** Parameters of every part of one body, index i = the part's place in the scaled muscles. */
export interface MuscleSet {
  readonly count: number;
  /** Effective origin (pelvis frame) and insertion (femur frame) relative to the hip centre, m. */
  readonly originX: readonly number[];
  readonly originY: readonly number[];
  readonly insertionX: readonly number[];
  readonly insertionY: readonly number[];
  /** Square of the constant antero-posterior offset of the crossing segment, m². */
  readonly anteriorOffsetSqM2: readonly number[];
  readonly constantLengthM: readonly number[];
  readonly tendonSlackLengthM: readonly number[];
  readonly optimalFibreLengthM: readonly number[];
  /** Fibre thickness l_opt·sin α_opt, m. */
  readonly fibreThicknessM: readonly number[];
  /** Shortest fibre projection along the tendon (1e-6 l_opt, as sim/hill.ts), m. */
  readonly minAlongM: readonly number[];
  readonly maxIsometricForceN: readonly number[];
  readonly passiveReferenceForceN: readonly number[];
}

/**
 * What {@link evaluateMuscleSet} writes: each part's state (the fields of MuscleState; in full
 * evaluations only), and the sums over the parts that the posture solvers need (written in the
 * same pass, so that a hip evaluation reads each part once).
 */
export interface MuscleSetState {
  /** Σ rᵢ F_i,max over the parts that abduct (rᵢ > 0), N·m. */
  activeAbductorNm: number;
  /** Σ |rᵢ| F_i,max over the parts that adduct (rᵢ ≤ 0), N·m. */
  activeAdductorNm: number;
  /** Σ rᵢ F_i,pas over every part, N·m. */
  passiveNm: number;
  readonly lengthM: number[];
  /** Abductor moment arm, m (positive = abducts). */
  readonly momentArmM: number[];
  /** Largest active force at full activation and the part's strength, N. */
  readonly maxActiveForceN: number[];
  readonly passiveForceN: number[];
  /** Frontal components of the unit vector of the pull on the pelvis, pelvis frame. */
  readonly dirX: number[];
  readonly dirY: number[];
}

const sets = new WeakMap<readonly ScaledMuscle[], MuscleSet>();

/** The packed set of a body's scaled muscles (built once per muscle array). */
export function muscleSet(muscles: readonly ScaledMuscle[]): MuscleSet {
  const cached = sets.get(muscles);
  if (cached) return cached;
  const column = (f: (m: ScaledMuscle) => number) => muscles.map(f);
  const set: MuscleSet = {
    count: muscles.length,
    originX: column((m) => m.origin.x),
    originY: column((m) => m.origin.y),
    insertionX: column((m) => m.insertion.x),
    insertionY: column((m) => m.insertion.y),
    anteriorOffsetSqM2: column((m) => (m.insertion.a - m.origin.a) * (m.insertion.a - m.origin.a)),
    constantLengthM: column((m) => m.constantLengthM),
    tendonSlackLengthM: column((m) => m.tendonSlackLengthM),
    optimalFibreLengthM: column((m) => m.optimalFibreLengthM),
    fibreThicknessM: column((m) => m.optimalFibreLengthM * m.sinPennationAtOptimal),
    minAlongM: column((m) => 1e-6 * m.optimalFibreLengthM),
    maxIsometricForceN: column((m) => m.maxIsometricForceN),
    passiveReferenceForceN: column((m) => m.passiveReferenceForceN),
  };
  sets.set(muscles, set);
  return set;
}

/** Empty state arrays for a set of `count` parts. */
export function emptyMuscleSetState(count: number): MuscleSetState {
  const zeros = doubles(count);
  return {
    activeAbductorNm: 0,
    activeAdductorNm: 0,
    passiveNm: 0,
    lengthM: zeros.slice(),
    momentArmM: zeros.slice(),
    maxActiveForceN: zeros.slice(),
    passiveForceN: zeros.slice(),
    dirX: zeros.slice(),
    dirY: zeros.slice(),
  };
}

const templates: number[][] = [];

/** `count` zeros in an array V8 keeps as unboxed doubles (copies of it stay so). */
function doubles(count: number): number[] {
  let t = templates[count];
  if (!t) {
    t = Array.from({ length: count }, () => 0.5).fill(0);
    templates[count] = t;
  }
  return t;
}

const PASSIVE_DENOMINATOR = Math.exp(THELEN_K_PE) - 1;

/**
 * Evaluates every part at hip adduction θ, given cos θ and sin θ, writing into `out`.
 * Crossing segment: the insertion turned by −θ, i = (x cos θ + y sin θ, −x sin θ + y cos θ),
 * length ℓ = |i − o| and moment arm r = −(o × i)_z / ℓ (An KN et al. (1984) J Biomech
 * 17:799-804). Fibre: l̃ and cos α with a rigid tendon (Zajac 1989); active factor
 * exp(−(l̃ − 1)²/γ) and passive (exp(k_PE(l̃ − 1)/ε₀) − 1)/(exp(k_PE) − 1) (Thelen 2003, eq. 2-3).
 * @param strengths each part's strength, 0-1 (scales active force only)
 * @param withAdductors false: the sums of the abductor side only, what the searches for the
 *   posture need: the active force of the parts that adduct (r ≤ 0) is skipped (`activeAdductorNm`
 *   is then NaN) and no part's state is written (the arrays keep an earlier evaluation's)
 */
export function evaluateMuscleSet(
  set: MuscleSet,
  strengths: ArrayLike<number>,
  cosTheta: number,
  sinTheta: number,
  out: MuscleSetState,
  withAdductors = true,
): void {
  let abductorNm = 0;
  let adductorNm = 0;
  let passiveNm = 0;
  for (let i = 0; i < set.count; i++) {
    const ox = set.originX[i]!;
    const oy = set.originY[i]!;
    const inX = set.insertionX[i]!;
    const inY = set.insertionY[i]!;
    const ix = inX * cosTheta + inY * sinTheta;
    const iy = -inX * sinTheta + inY * cosTheta;
    const dx = ix - ox;
    const dy = iy - oy;
    const len = Math.sqrt(dx * dx + dy * dy + set.anteriorOffsetSqM2[i]!);
    const lengthM = len + set.constantLengthM[i]!;
    const lopt = set.optimalFibreLengthM[i]!;
    const thickness = set.fibreThicknessM[i]!;
    const along = Math.max(lengthM - set.tendonSlackLengthM[i]!, set.minAlongM[i]!);
    const fibre = Math.sqrt(along * along + thickness * thickness);
    const norm = fibre / lopt;
    const cosPennation = along / fibre;
    const d = norm - 1;
    const momentArmM = -(ox * iy - oy * ix) / len;
    const strength = strengths[i]!;
    // A paralysed part has no active force: skip its exponential.
    const maxActiveForceN =
      strength === 0
        ? 0
        : !withAdductors && momentArmM <= 0
          ? Number.NaN
          : strength *
            (set.maxIsometricForceN[i]! * cosPennation) *
            Math.exp(-(d * d) / THELEN_GAMMA);
    const passiveForceN =
      norm <= 1
        ? 0
        : set.passiveReferenceForceN[i]! *
          cosPennation *
          ((Math.exp((THELEN_K_PE * d) / THELEN_STRAIN_AT_F0) - 1) / PASSIVE_DENOMINATOR);
    if (withAdductors) {
      out.lengthM[i] = lengthM;
      out.momentArmM[i] = momentArmM;
      out.dirX[i] = dx / len;
      out.dirY[i] = dy / len;
      out.maxActiveForceN[i] = maxActiveForceN;
      out.passiveForceN[i] = passiveForceN;
    }
    if (momentArmM > 0) abductorNm += momentArmM * maxActiveForceN;
    else adductorNm -= momentArmM * maxActiveForceN;
    passiveNm += momentArmM * passiveForceN;
  }
  out.activeAbductorNm = abductorNm;
  out.activeAdductorNm = adductorNm;
  out.passiveNm = passiveNm;
}
