/** Demand and capacity as the pelvis drops (the curves whose crossing is the equilibrium). */
import type { StanceInput } from '../input.ts';
import { SUSTAINED_ACTIVATION } from '../strength.ts';
import { evaluatePosture, workspace } from './posture.ts';

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

/**
 * Demand and capacity as the pelvis drops from `fromRad` to `toRad` (n points) with the trunk at
 * `leanRad`.
 */
export function momentsAlongDrop(
  input: StanceInput,
  leanRad: number,
  fromRad: number,
  toRad: number,
  n: number,
): PostureMoments[] {
  const w = workspace(input);
  const c = input.sustainedActivation ?? SUSTAINED_ACTIVATION;
  return Array.from({ length: n }, (_, i) => {
    const drop = n === 1 ? fromRad : fromRad + ((toRad - fromRad) * i) / (n - 1);
    evaluatePosture(w, drop, leanRad, c);
    return {
      dropRad: drop,
      leanRad,
      hipAdductionRad: w.theta,
      demandNm: w.loads.momentNm,
      activeCapacityNm: c * w.activeAbductorNm,
      activeMaximalNm: w.activeAbductorNm,
      passiveMuscleNm: w.passiveMuscleNm,
      tissueNm: w.tissueNm,
      capacityNm: c * w.activeAbductorNm + w.passiveMuscleNm + w.tissueNm,
    };
  });
}
