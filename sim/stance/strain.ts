/**
 * Strain of the hip's passive tissues at the last evaluated posture: Σ_t (F_t / F_t,end)³, each
 * tissue's tension over its tension at the bony end of adduction, cubed (the tissue term of the
 * `auto` effort, sim/stance/compensation.ts). A tissue slack at the end of adduction (the
 * pubofemoral ligament) has no capacity to share and does not count.
 */
import type { Workspace } from './posture.ts';

/** Passive tissue strain at the posture last given to evaluatePosture (dimensionless). */
export function tissueStrain(w: Workspace): number {
  let sum = 0;
  for (let k = 0; k < w.cables.length; k++) {
    const end = w.cableEndForcesN[k]!;
    if (end > 0) {
      // Cubed by multiplication: Math.pow is several times slower (same value to the last bit or two).
      const ratio = w.cableStates[k]!.forceN / end;
      sum += ratio * ratio * ratio;
    }
  }
  return sum;
}
