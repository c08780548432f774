/** Peaks of a gait cycle that a sweep row reports. */
import type { GaitSample } from './gait.ts';

/** Gait peaks, SI. */
export interface GaitPeaks {
  /** Largest drop of the swing side during single support, rad (obliquity seen from the stance side). */
  readonly peakPelvicDropRad: number;
  /** Largest trunk lean either way, rad. */
  readonly peakTrunkLeanRad: number;
  /** Largest hip contact force of either hip, N. */
  readonly peakHipContactForceN: number;
}

/** Peaks over the samples of one cycle. */
export function gaitPeaks(samples: readonly GaitSample[]): GaitPeaks {
  let drop = 0;
  let lean = 0;
  let contact = 0;
  for (const s of samples) {
    if (s.phase === 'right-single-support') drop = Math.max(drop, s.pelvicObliquityRad);
    if (s.phase === 'left-single-support') drop = Math.max(drop, -s.pelvicObliquityRad);
    lean = Math.max(lean, Math.abs(s.trunkLeanRad));
    contact = Math.max(contact, s.right.contactForceN, s.left.contactForceN);
  }
  return { peakPelvicDropRad: drop, peakTrunkLeanRad: lean, peakHipContactForceN: contact };
}
