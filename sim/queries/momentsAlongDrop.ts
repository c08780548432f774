/**
 * Moments about the stance hip along the pelvic drop: demand (the external moment) and capacity
 * (the muscles' sustained and maximal active moment at the current strengths, passive muscle,
 * iliotibial tract and capsule) at evenly spaced drops, the trunk held at one lean. Where demand
 * and sustained capacity cross is the uncompensated equilibrium (sim/stance/equilibrium.ts).
 */
import type { StanceInput } from '../input.ts';
import { evaluatePosture, workspace } from '../stance/posture.ts';
import { SUSTAINED_ACTIVATION } from '../strength.ts';

/** Moments about the stance hip at one posture, N·m. */
export interface PostureMoments {
  readonly dropRad: number;
  readonly leanRad: number;
  readonly hipAdductionRad: number;
  /** External (demand) moment, N·m. */
  readonly demandNm: number;
  /** Largest active muscle moment a person sustains for 30 s at the current strengths, N·m. */
  readonly activeCapacityNm: number;
  /** The same with a maximal effort, N·m. */
  readonly activeMaximalNm: number;
  /** Passive muscle moment, N·m. */
  readonly passiveMuscleNm: number;
  /** Iliotibial tract and capsular ligaments, N·m. */
  readonly tissueNm: number;
  /** Sustained active + passive muscle + tissue, N·m. */
  readonly capacityNm: number;
}

/** The moments of one input at any posture (drop δ, lean λ, rad). */
export function postureMomentsOf(
  input: StanceInput,
): (dropRad: number, leanRad: number) => PostureMoments {
  const w = workspace(input);
  const c = input.sustainedActivation ?? SUSTAINED_ACTIVATION;
  return (drop, lean) => {
    evaluatePosture(w, drop, lean, c);
    return {
      dropRad: drop,
      leanRad: lean,
      hipAdductionRad: w.theta,
      demandNm: w.loads.momentNm,
      activeCapacityNm: c * w.activeAbductorNm,
      activeMaximalNm: w.activeAbductorNm,
      passiveMuscleNm: w.passiveMuscleNm,
      tissueNm: w.tissueNm,
      capacityNm: c * w.activeAbductorNm + w.passiveMuscleNm + w.tissueNm,
    };
  };
}

/**
 * Demand and capacity as the pelvis drops from `fromRad` to `toRad` (n points, both ends
 * included; n = 1 gives `fromRad` only) with the trunk at `leanRad`.
 */
export function momentsAlongDrop(
  input: StanceInput,
  leanRad: number,
  fromRad: number,
  toRad: number,
  n: number,
): PostureMoments[] {
  const at = postureMomentsOf(input);
  return Array.from({ length: n }, (_, i) =>
    at(n === 1 ? fromRad : fromRad + ((toRad - fromRad) * i) / (n - 1), leanRad),
  );
}
