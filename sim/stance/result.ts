/** What a stance solve finds, in SI units, stance frame (sim/frame.ts). */
import type { Anthropometry } from '../anthropometry.ts';
import type { BodyGeometry } from '../body.ts';
import type { Vec2 } from '../frame.ts';
import type { StanceInput } from '../input.ts';
import type { ScaledMuscle } from '../muscles.ts';
import type { PelvisShape } from '../pelvisShape.ts';

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
  /** Largest active force at this length and strength (full activation), N. */
  readonly maxActiveForceN: number;
  /** Abductor moment arm, m (negative = the part adducts). */
  readonly momentArmM: number;
  /** Muscle-tendon length, m. */
  readonly lengthM: number;
  /** Frontal-plane force on the pelvis, stance frame, N. */
  readonly force: Vec2;
}

/** A passive tissue holding the pelvis: a force on a line of action. */
export interface PassiveForce {
  readonly id: string;
  readonly name: string;
  /** Tension (or contact force), N. */
  readonly forceN: number;
  /** Moment arm about the stance hip centre, m (positive = abducts). */
  readonly momentArmM: number;
  /** Frontal-plane force on the pelvis, stance frame, N. */
  readonly force: Vec2;
  /** A point on its line of action, stance frame, m (relative to the stance hip centre). */
  readonly at: Vec2;
}

/** Everything a stance solve finds. */
export interface StanceResult {
  readonly input: StanceInput;
  readonly body: Anthropometry;
  readonly bodyWeightN: number;
  /** Pelvic drop δ, rad (positive = swing side lower). */
  readonly pelvicDropRad: number;
  /** Trunk lean λ, rad (positive = toward the stance side). */
  readonly trunkLeanRad: number;
  /** Part of the lean that leaning onto a same-side cane requires, rad. */
  readonly caneLeanRad: number;
  /** Lateral bend of the lumbar spine β = λ + δ, rad. */
  readonly spineBendRad: number;
  /** Stance-hip adduction θ = δ + φ, rad. */
  readonly hipAdductionRad: number;
  /** Stance-leg inclination φ (foot medial of the hip), rad. */
  readonly legInclinationRad: number;
  /** Activation the muscles may sustain for the 30-second test (the solve's ceiling), 0-1. */
  readonly sustainedActivation: number;
  /** External moment about the stance hip that the abductor side must balance, N·m. */
  readonly abductorMomentRequiredNm: number;
  /** What holds at this posture for 30 s: sustained activation plus passive muscle and tissue, N·m. */
  readonly abductorMomentCapacityNm: number;
  /** The same with a maximal (brief) effort, N·m. */
  readonly abductorMomentMaximalNm: number;
  /** Maximal isometric abduction moment at neutral, as a dynamometer measures it, N·m. */
  readonly maxAbductionMomentNm: number;
  /** Required and sustainable moment with the pelvis level and the trunk upright, N·m. */
  readonly level: { readonly requiredNm: number; readonly capacityNm: number };
  /** Moment of the active abductors, N·m. */
  readonly activeMomentNm: number;
  /** Moment of passive muscle force, N·m. */
  readonly passiveMuscleMomentNm: number;
  /** Moment of the iliotibial tract, N·m. */
  readonly iliotibialTractMomentNm: number;
  /** Moment of the capsular ligaments, N·m. */
  readonly ligamentMomentNm: number;
  /** Moment of neck-on-margin contact at the bony end of adduction, N·m (0 before it). */
  readonly rangeLimitMomentNm: number;
  /** Internal adductor moment when passive tissue alone over-balances, N·m (0 normally). */
  readonly adductorMomentNm: number;
  /** Moment-balance residual, N·m (≈ 0). */
  readonly residualNm: number;
  /** d(capacity − demand)/dδ at the posture, N·m/rad (> 0: a stable equilibrium). */
  readonly stabilityMarginNmPerRad: number;
  /** Resultant of the abductor muscle forces on the pelvis, N. */
  readonly abductorForce: Vec2;
  readonly abductorForceN: number;
  /** Lever arm of the abductor resultant about the hip centre, Σ Fᵢrᵢ / |Σ Fᵢ| over the abducting parts (Pauwels' r), m. */
  readonly abductorMomentArmM: number;
  /** Every passive force on the pelvis: iliotibial tract, capsular bundles, bony contact. */
  readonly passiveForces: readonly PassiveForce[];
  /** Force of the pelvis on the femoral head, frontal plane, N (x > 0 lateral, y > 0 up). */
  readonly hipContactForce: Vec2;
  readonly hipContactForceN: number;
  /** Angle of the hip contact force from vertical, rad (positive = pointing inferolaterally). */
  readonly hipContactAngleRad: number;
  /**
   * Angle of the hip contact force from the femoral shaft axis in the frontal plane, rad, in the
   * femur frame of Bergmann G et al. (2016) PLoS One 11:e0155612 (z along the straight femur axis
   * from the neck to the intercondylar notch, x lateral): positive = the force on the head points
   * inferolaterally.
   */
  readonly hipContactAngleFemurRad: number;
  /** Weight of the body above the stance hip (partial body weight), N. */
  readonly partialWeightN: number;
  /** Horizontal distance from the stance hip to the partial-body centre of mass, m. */
  readonly bodyWeightMomentArmM: number;
  /** How far the swing-side iliac crest is below its level position, m. */
  readonly crestDropM: number;
  /** The pelvis rests on the bony end of adduction: no tissue equilibrium before it. */
  readonly adductionRangeExhausted: boolean;
  /** The bony end of the range the pelvis rests on, if any. */
  readonly endStop: 'adduction' | 'abduction' | undefined;
  readonly trendelenburg: TrendelenburgSign;
  readonly muscles: readonly MuscleResult[];
  /** The scaled muscle parts, in the order of `muscles` (geometry for drawing). */
  readonly scaledMuscles: readonly ScaledMuscle[];
  readonly geometry: BodyGeometry;
  readonly pelvis: PelvisShape;
  readonly hands: { readonly caneX: number; readonly loadX: number };
}
