/**
 * The hip muscle parts as force generators: geometry from data/muscles.json, scaled to the body
 * and to its neck-shaft angle, evaluated at a hip adduction angle. Besides the abductors a
 * superior gluteal nerve palsy weakens (gluteus medius, minimus, TFL), the set holds the muscles
 * it spares (gluteus maximus, piriformis) and the adductors, which act when passive tissue alone
 * would over-balance the pelvis.
 *
 * Paths are straight lines (the OpenSim models use two-point paths for gluteus medius and
 * minimus). Only the segment between the last pelvis point and the first femur point crosses the
 * hip; the other segments have constant length. Points keep their anterior coordinate, so lengths
 * are true 3-D lengths, and the moment arm about the antero-posterior axis through the hip centre
 * is r = ∂ℓ/∂θ with θ = adduction: a muscle that lengthens in adduction abducts.
 */
import data from '../data/muscles.json' with { type: 'json' };
import anthropometryTable from '../data/anthropometry.json' with { type: 'json' };
import { activeForceLength, fibreState, passiveForceLength } from './hill.ts';
import { crossingSegment } from './tissues/cable.ts';
import { femurGeometry, REFERENCE_NECK_SHAFT_RAD, referenceNeckLengthM } from './femur.ts';
import { RAD_PER_DEG } from './constants.ts';
import type { Sex } from './anthropometry.ts';
import { DEFAULT_STANCE } from './input.ts';
import { fatFreeMassKg, targetMaxAbductionMomentNm } from './strength.ts';

/**
 * Strength groups: gluteus medius, minimus and TFL (superior gluteal nerve) and gluteus maximus
 * (inferior gluteal nerve) have sliders; piriformis and the adductors keep full strength.
 */
export type MuscleGroup = 'gmed' | 'gmin' | 'tfl' | 'gmax' | 'piriformis' | 'adductors';

/** Static description of one muscle part (from data/muscles.json). */
export interface MuscleInfo {
  readonly id: string;
  readonly name: string;
  readonly group: MuscleGroup;
  readonly nerve: string;
  readonly roots: readonly string[];
  readonly optional: boolean;
}

/** A muscle part scaled to one body: frontal coordinates in the stance frame (X lateral, Y up, A anterior), m. */
export interface ScaledMuscle extends MuscleInfo {
  /** Maximum isometric force of voluntary contraction F₀ (calibrated to dynamometry), N. */
  readonly maxIsometricForceN: number;
  /** The model's own F₀ (before calibration), which sets passive force-length tension, N. */
  readonly passiveReferenceForceN: number;
  readonly optimalFibreLengthM: number;
  readonly tendonSlackLengthM: number;
  readonly sinPennationAtOptimal: number;
  /** Effective origin (last pelvis point) relative to the hip centre, pelvis frame, m. */
  readonly origin: { readonly x: number; readonly y: number; readonly a: number };
  /** Effective insertion (first femur point) relative to the hip centre, femur frame, m. */
  readonly insertion: { readonly x: number; readonly y: number; readonly a: number };
  /** Length of the segments that do not cross the hip, m. */
  readonly constantLengthM: number;
}

/** State of one muscle part at one hip adduction angle. */
export interface MuscleState {
  /** Muscle-tendon length, m. */
  lengthM: number;
  /** Abductor moment arm, m (positive = abducts). */
  momentArmM: number;
  /** Largest active force along the path at full activation and this strength, N. */
  maxActiveForceN: number;
  /** Passive force along the path, N (independent of strength). */
  passiveForceN: number;
  /** Frontal-plane components (pelvis frame) of the unit vector along which the muscle pulls on the pelvis (the rest is antero-posterior). */
  dirX: number;
  dirY: number;
}

interface RawPoint {
  readonly body: string;
  readonly pointM: readonly number[];
}

/** Reference subject of the generic model (Rajagopal et al. 2016). */
export const REFERENCE_HEIGHT_M = data.referenceSubject.heightM;
export const REFERENCE_MASS_KG = data.referenceSubject.massKg;

const HJC = data.hipJointCentreInPelvisM;

/** The static description of one part of data/muscles.json. */
function infoOf(m: (typeof data.muscles)[number]): MuscleInfo {
  return {
    id: m.id,
    name: m.name,
    group: m.group as MuscleGroup,
    nerve: m.nerve,
    roots: m.roots,
    optional: m.optional,
  };
}

/** All muscle parts in the data, in their published order. */
export const MUSCLE_INFO: readonly MuscleInfo[] = data.muscles.map(infoOf);

function at(p: RawPoint, i: number): number {
  const v = p.pointM[i];
  if (v === undefined) throw new Error(`muscles.json: point without coordinate ${i}`);
  return v;
}

/** OpenSim (x anterior, y up, z lateral) → frontal (x lateral, y up, a anterior). */
function frontal(p: RawPoint, origin: readonly number[], s: number) {
  return {
    x: (at(p, 2) - (origin[2] ?? 0)) * s,
    y: (at(p, 1) - (origin[1] ?? 0)) * s,
    a: (at(p, 0) - (origin[0] ?? 0)) * s,
  };
}

function dist3(
  p: { x: number; y: number; a: number },
  q: { x: number; y: number; a: number },
): number {
  return Math.hypot(p.x - q.x, p.y - q.y, p.a - q.a);
}

/**
 * Scales the generic muscle set to one body.
 * Lengths and points scale with height / reference height. Forces scale with fat-free mass /
 * the reference subject's fat-free mass (muscle volume ∝ mass × height, Handsfield GG et al.
 * (2014) J Biomech 47:631-638, and fibre length ∝ height, so F₀ ∝ muscle mass; fat-free rather
 * than total mass, so that fat adds weight but no strength: Tomlinson DJ et al. (2016)
 * Biogerontology 17:467-483). Active force is further multiplied by {@link STRENGTH_CALIBRATION}.
 * The neck-shaft angle moves the proximal femur (points above mid-thigh) with the neck-shaft
 * junction (sim/femur.ts); distal points stay.
 * @param heightM standing height, m
 * @param bodyMassKg body mass, kg
 * @param neckShaftRad neck-shaft angle, rad
 * @param includePiriformis include piriformis (on by default: a palsy spares it)
 * @param sex selects the fat-free-mass equation
 */
export function scaleMuscles(
  heightM: number,
  bodyMassKg: number,
  neckShaftRad: number,
  includePiriformis: boolean,
  sex: Sex = 'male',
): ScaledMuscle[] {
  return scaleUncalibrated(heightM, bodyMassKg, neckShaftRad, includePiriformis, sex).map((m) => ({
    ...m,
    maxIsometricForceN: m.maxIsometricForceN * STRENGTH_CALIBRATION,
  }));
}

const REFERENCE_FAT_FREE_MASS_KG = fatFreeMassKg(REFERENCE_MASS_KG, REFERENCE_HEIGHT_M, 'male');

function scaleUncalibrated(
  heightM: number,
  bodyMassKg: number,
  neckShaftRad: number,
  includePiriformis: boolean,
  sex: Sex,
): ScaledMuscle[] {
  const s = heightM / REFERENCE_HEIGHT_M;
  const forceScale = fatFreeMassKg(bodyMassKg, heightM, sex) / REFERENCE_FAT_FREE_MASS_KG;
  // Knee centre straight below the head at thigh length (Winter 2009 landmark heights).
  const L = anthropometryTable.lengthFractionOfHeight;
  const thighLengthM = (L.greaterTrochanterHeight - L.kneeHeight) * heightM;
  const neckLengthM = referenceNeckLengthM(s);
  const ref = femurGeometry(REFERENCE_NECK_SHAFT_RAD, neckLengthM, thighLengthM).neckJunction;
  const now = femurGeometry(neckShaftRad, neckLengthM, thighLengthM).neckJunction;
  const shift = { x: now.x - ref.x, y: now.y - ref.y };
  const zero = [0, 0, 0];
  const knee = [0, -thighLengthM / s, 0];

  const out: ScaledMuscle[] = [];
  for (const m of data.muscles) {
    if (m.optional && !includePiriformis) continue;
    const pts = m.path.map((p) => {
      if (p.body === 'pelvis') return { body: 'pelvis', ...frontal(p, HJC, s) };
      if (p.body === 'femur') {
        const f = frontal(p, zero, s);
        const proximal = f.y > -thighLengthM / 2;
        return proximal
          ? { body: 'femur', x: f.x + shift.x, y: f.y + shift.y, a: f.a }
          : { body: 'femur', ...f };
      }
      // tibia points: the knee is straight, the tibia frame sits at the knee centre
      const t = frontal(p, zero, s);
      return { body: 'tibia', x: t.x, y: t.y + (knee[1] ?? 0) * s, a: t.a };
    });
    const cross = pts.findIndex((p) => p.body !== 'pelvis');
    const origin = pts[cross - 1];
    const insertion = pts[cross];
    if (!origin || !insertion) throw new Error(`muscles.json: ${m.id} does not cross the hip`);
    let constantLengthM = 0;
    for (let k = 1; k < pts.length; k++) {
      if (k === cross) continue;
      const p = pts[k - 1];
      const q = pts[k];
      if (p && q) constantLengthM += dist3(p, q);
    }
    out.push({
      // The fields of infoOf written out: spreading its object here made every new body's scaling
      // about twice as slow (10,000 people of the population: 0.3 → 2 s).
      id: m.id,
      name: m.name,
      group: m.group as MuscleGroup,
      nerve: m.nerve,
      roots: m.roots,
      optional: m.optional,
      maxIsometricForceN: m.maxIsometricForceN * forceScale,
      passiveReferenceForceN: m.maxIsometricForceN * forceScale,
      optimalFibreLengthM: m.optimalFibreLengthM * s,
      tendonSlackLengthM: m.tendonSlackLengthM * s,
      sinPennationAtOptimal: Math.sin(m.pennationAtOptimalDeg * RAD_PER_DEG),
      origin: { x: origin.x, y: origin.y, a: origin.a },
      insertion: { x: insertion.x, y: insertion.y, a: insertion.a },
      constantLengthM,
    });
  }
  return out;
}

/** An empty state to be filled by {@link evaluateMuscle}. */
export function emptyMuscleState(): MuscleState {
  return {
    lengthM: 0,
    momentArmM: 0,
    maxActiveForceN: 0,
    passiveForceN: 0,
    dirX: 0,
    dirY: 0,
  };
}

/**
 * Evaluates one muscle part at hip adduction θ, writing into `out` (no allocation: the model
 * runs in every animation frame).
 *
 * The femur turns by −θ (clockwise) relative to the pelvis. With o the origin and i(θ) the
 * insertion relative to the hip centre, the crossing segment has length ℓ = |i − o| and the
 * moment arm is r = −(o × i)_z / ℓ = ∂ℓ/∂θ (principle of virtual work; An KN et al. (1984)
 * J Biomech 17:799-804).
 * @param m the scaled muscle
 * @param adductionRad θ, rad
 * @param strength fraction of normal active force, 0-1 (scales active force only)
 * @param out receives the state
 */
export function evaluateMuscle(
  m: ScaledMuscle,
  adductionRad: number,
  strength: number,
  out: MuscleState,
): MuscleState {
  const seg = crossingSegment(m.origin, m.insertion, m.insertion.a - m.origin.a, adductionRad, out);
  const len = seg.lengthM;
  const f = fibreState(
    len + m.constantLengthM,
    m.tendonSlackLengthM,
    m.optimalFibreLengthM,
    m.sinPennationAtOptimal,
  );
  const f0 = m.maxIsometricForceN * f.cosPennation;
  out.lengthM = len + m.constantLengthM;
  out.maxActiveForceN = strength * f0 * activeForceLength(f.normLength);
  out.passiveForceN = m.passiveReferenceForceN * f.cosPennation * passiveForceLength(f.normLength);
  return out;
}

/**
 * Maximal isometric abduction moment: Σ Fᵢ·rᵢ at full activation of every part that abducts at
 * hip adduction θ, N·m (what a dynamometer measures at that angle).
 * @param strengths each part's strength, 0-1 (default: full)
 */
export function maxAbductionMomentNm(
  muscles: readonly ScaledMuscle[],
  adductionRad = 0,
  strengths?: readonly number[],
): number {
  const state = emptyMuscleState();
  let sum = 0;
  for (const [i, m] of muscles.entries()) {
    evaluateMuscle(m, adductionRad, strengths?.[i] ?? 1, state);
    if (state.momentArmM > 0) sum += state.momentArmM * state.maxActiveForceN;
  }
  return sum;
}

/**
 * Factor on the models' maximum isometric forces that makes the default body (a 73 kg, 1.76 m
 * man, neck-shaft angle 130°, piriformis included) produce the dynamometric maximal abduction
 * moment at neutral (data/strength.json: about 1.5 N·m/kg). The OpenSim forces follow from muscle
 * volumes at 61 N/cm² and give 2.1-2.9 N·m/kg, more than people produce voluntarily
 * (../shared/data/soft-tissue-literature.csv).
 */
export const STRENGTH_CALIBRATION = (() => {
  const d = DEFAULT_STANCE;
  const model = maxAbductionMomentNm(
    scaleUncalibrated(d.heightM, d.bodyMassKg, d.neckShaftRad, true, d.sex),
  );
  return targetMaxAbductionMomentNm(fatFreeMassKg(d.bodyMassKg, d.heightM, d.sex)) / model;
})();
