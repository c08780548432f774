/**
 * The stance solver against slow references on random inputs: the drop at the solved lean from a
 * dense scan of the surplus and bisection to 1e-13 rad, and the `auto` lean against the effort at
 * its neighbours, at the floor lean and at the lean of `trunk-lean` (the ends of its range). The
 * solver walks the curve of equilibria (sim/stance/equilibriumCurve.ts) and searches with Brent's
 * methods; the references only evaluate postures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STANCE,
  LUMBAR_LATERAL_FLEXION_RANGE_RAD,
  SUSTAINED_ACTIVATION,
  solveStance,
  type StanceInput,
} from '../../../sim/index.ts';
import {
  evaluateLoads,
  evaluatePosture,
  workspace,
  type Workspace,
} from '../../../sim/stance/posture.ts';
import { tissueStrain } from '../../../sim/stance/strain.ts';

const DEG = Math.PI / 180;
const SCAN_STEPS = 400;

/** A weak hip of some body, with or without an aid or a load, in any compensation. */
const weakInput: fc.Arbitrary<StanceInput> = fc
  .record({
    heightM: fc.double({ min: 1.5, max: 1.95, noNaN: true }),
    bmi: fc.double({ min: 18, max: 32, noNaN: true }),
    sex: fc.constantFrom('male' as const, 'female' as const),
    abductors: fc.double({ min: 0, max: 0.6, noNaN: true }),
    gmax: fc.double({ min: 0.5, max: 1, noNaN: true }),
    neckShaftDeg: fc.double({ min: 120, max: 140, noNaN: true }),
    cane: fc.constantFrom(0, 0.05, 0.1, 0.15),
    caneHand: fc.constantFrom('contralateral' as const, 'ipsilateral' as const),
    loadKg: fc.constantFrom(0, 5, 10),
    loadHand: fc.constantFrom('contralateral' as const, 'ipsilateral' as const),
    compensation: fc.constantFrom('none' as const, 'trunk-lean' as const, 'auto' as const),
  })
  .map((r) => ({
    ...DEFAULT_STANCE,
    heightM: r.heightM,
    bodyMassKg: r.bmi * r.heightM * r.heightM,
    sex: r.sex,
    strength: {
      ...DEFAULT_STANCE.strength,
      gmed: r.abductors,
      gmin: r.abductors,
      tfl: r.abductors,
      gmax: r.gmax,
    },
    neckShaftRad: r.neckShaftDeg * DEG,
    caneFractionBW: r.cane,
    caneHand: r.caneHand,
    loadKg: r.loadKg,
    loadHand: r.loadHand,
    compensation: r.compensation,
  }));

/** Bisection to 1e-13 of an increasing-through-zero bracket [lo, hi] of f. */
function bisect(f: (x: number) => number, lo: number, hi: number): number {
  while (hi - lo > 1e-13) {
    const mid = 0.5 * (lo + hi);
    if (f(mid) < 0) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The first drop where the surplus rises through zero before the end of adduction, or the end of
 * adduction itself (the pelvis on the bony end stop) when it never does.
 */
function referenceDrop(
  w: Workspace,
  lean: number,
  ceiling: number,
): { drop: number; endStop: boolean } {
  const surplus = (drop: number) => evaluatePosture(w, drop, lean, ceiling);
  if (surplus(0) >= 0) return { drop: 0, endStop: false };
  const end = bisect((d) => evaluateLoads(w, d, lean) - w.tissues.ends.adduction.limitRad, 0, 1.5);
  let lo = 0;
  for (let k = 1; k <= SCAN_STEPS; k++) {
    const x = (end * k) / SCAN_STEPS;
    if (surplus(x) >= 0) return { drop: bisect(surplus, lo, x), endStop: false };
    lo = x;
  }
  return { drop: end, endStop: true };
}

/** The `auto` effort at a lean with the pelvis at its reference drop. */
function effort(w: Workspace, lean: number, ceiling: number): number {
  const { drop } = referenceDrop(w, lean, ceiling);
  evaluatePosture(w, drop, lean, ceiling);
  return (Math.abs(lean + drop) / LUMBAR_LATERAL_FLEXION_RANGE_RAD) ** 3 + tissueStrain(w);
}

describe('the stance solver against slow references', () => {
  it('puts the pelvis at the first stable equilibrium of its lean, within 2e-9 rad', () => {
    fc.assert(
      fc.property(weakInput, (input) => {
        const r = solveStance(input);
        if (r.endStop || r.pelvicDropRad < 0) return;
        const ref = referenceDrop(workspace(input), r.trunkLeanRad, SUSTAINED_ACTIVATION);
        expect(ref.endStop).toBe(false);
        expect(Math.abs(r.pelvicDropRad - ref.drop)).toBeLessThan(2e-9);
      }),
      { numRuns: 40, seed: 14 },
    );
  });

  it('leans in auto where the effort is least: no less at its neighbours or at the ends of its range', () => {
    fc.assert(
      fc.property(weakInput, (input) => {
        const auto = { ...input, compensation: 'auto' as const };
        const r = solveStance(auto);
        if (r.endStop || r.pelvicDropRad <= 0) return;
        const w = workspace(auto);
        const c = SUSTAINED_ACTIVATION;
        const here = effort(w, r.trunkLeanRad, c);
        const upper = solveStance({ ...input, compensation: 'trunk-lean' }).trunkLeanRad;
        const tol = 1e-9 * (1 + here);
        for (const lean of [r.caneLeanRad, upper])
          expect(here).toBeLessThanOrEqual(effort(w, lean, c) + tol);
        for (const h of [-1e-4, 1e-4]) {
          const lean = r.trunkLeanRad + h;
          if (lean > r.caneLeanRad && lean < upper)
            expect(here).toBeLessThanOrEqual(effort(w, lean, c) + tol);
        }
      }),
      { numRuns: 25, seed: 14 },
    );
  });
});
