/**
 * The effort J of `auto` at a posture (sim/stance/compensation.ts), and the search for its least
 * over the lean that the effort optimum falls back on (sim/stance/effortOptimum.ts) when the
 * equilibrium curve cannot be trusted: golden section over the lean, solving the drop at every
 * step (Kiefer J (1953) Proc Am Math Soc 4:502-506).
 */
import { spineRangeUsed } from '../tissues/spine.ts';
import { ANGLE_TOLERANCE_RAD, dropForLean, type Posture } from './equilibrium.ts';
import { abductorSurplusAt, type Workspace } from './posture.ts';
import { tissueStrain } from './strain.ts';

/**
 * The effort of the posture last evaluated, J = (β/Λ)³ + Σ_t (F_t / F_t,end)³, or Infinity when
 * the spine is beyond its range.
 */
export function effort(w: Workspace, dropRad: number, leanRad: number): number {
  const bend = spineRangeUsed(leanRad + dropRad);
  return bend > 1 || Number.isNaN(bend) ? Infinity : bend * bend * bend + tissueStrain(w);
}

// Made by a factory: a closure declared by name inside a search would be given its name at every
// call by some TypeScript runners.

/** The effort at a lean with the pelvis where it settles (Infinity beyond the spine's range). */
const leanEffort =
  (w: Workspace, ceiling: number) =>
  (lean: number): number => {
    const d = dropForLean(w, lean, ceiling);
    if (spineRangeUsed(lean + d.dropRad) > 1) return Infinity;
    abductorSurplusAt(w, d.dropRad, lean, ceiling);
    return effort(w, d.dropRad, lean);
  };

/** Golden-section steps of the search over the lean (the bracket shrinks by 0.618 each: 1e-9 of Λ). */
const SEARCH_STEPS = 45;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** The best lean by golden section over the lean, solving the drop at every step. */
export function leanBySearch(w: Workspace, floor: number, upper: Posture, ceiling: number): number {
  // A posture that bends the spine beyond its range is not available.
  const cost = leanEffort(w, ceiling);
  let a = floor;
  let b = upper.leanRad;
  let c = b - GOLDEN * (b - a);
  let d = a + GOLDEN * (b - a);
  let fc = cost(c);
  let fd = cost(d);
  for (let k = 0; k < SEARCH_STEPS && b - a > ANGLE_TOLERANCE_RAD; k++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - GOLDEN * (b - a);
      fc = cost(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + GOLDEN * (b - a);
      fd = cost(d);
    }
  }
  const candidates = [floor, 0.5 * (a + b), upper.leanRad];
  return candidates.reduce((p, q) => (cost(q) < cost(p) ? q : p));
}
