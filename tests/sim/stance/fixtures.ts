/** Stances the stance solver's tests solve, and what they expect of every stance. */
import { expect } from 'vitest';
import {
  applyPreset,
  DEFAULT_STANCE,
  RAD_PER_DEG,
  solveStance,
  type StanceInput,
  type StanceResult,
} from '../../../sim/index.ts';

/** One degree, rad. */
export const DEG = RAD_PER_DEG;

/** The default stance with some of its fields changed, solved. */
export const solve = (over: Partial<StanceInput> = {}): StanceResult =>
  solveStance({ ...DEFAULT_STANCE, ...over });

/** A preset's stance with some of its fields changed, solved. */
export const preset = (id: string, over: Partial<StanceInput> = {}): StanceResult => {
  const s = applyPreset(DEFAULT_STANCE, id);
  if (!s) throw new Error(`no preset ${id}`);
  return solveStance({ ...s, ...over });
};

/** The default stance with a complete palsy of the superior gluteal nerve (its preset). */
export const palsy: StanceInput = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;

/** The default strengths with the three abductors (gmed, gmin, tfl) at fraction `k` (0-1). */
export const strengths = (k: number) => ({ ...DEFAULT_STANCE.strength, gmed: k, gmin: k, tfl: k });

/**
 * Expects `input` on the left and on the right stance leg to be mirror images with identical
 * magnitudes: pelvic drop, trunk lean, hip contact force and its angle, abductor force.
 */
export function expectMirrorImages(input: StanceInput): void {
  const right = solveStance({ ...input, stanceSide: 'right' });
  const left = solveStance({ ...input, stanceSide: 'left' });
  expect(left.pelvicDropRad).toBe(right.pelvicDropRad);
  expect(left.trunkLeanRad).toBe(right.trunkLeanRad);
  expect(left.hipContactForceN).toBe(right.hipContactForceN);
  expect(left.hipContactAngleRad).toBe(right.hipContactAngleRad);
  expect(left.abductorForceN).toBe(right.abductorForceN);
}
