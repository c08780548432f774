import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STANCE,
  LIMITS,
  LUMBAR_LATERAL_FLEXION_RANGE_RAD,
  solveStance,
  type StanceInput,
} from '../../../sim/index.ts';
import { DEG, expectMirrorImages } from './fixtures.ts';

/** Any valid stance input (ranges of LIMITS, sim/fields/limits.ts). */
const validInput: fc.Arbitrary<StanceInput> = fc
  .record({
    stanceSide: fc.constantFrom('left' as const, 'right' as const),
    heightM: fc.double({ min: LIMITS.heightM.min, max: LIMITS.heightM.max, noNaN: true }),
    bmi: fc.double({ min: 14, max: 45, noNaN: true }),
    sex: fc.constantFrom('male' as const, 'female' as const),
    gmed: fc.double({ min: 0, max: 1, noNaN: true }),
    gmin: fc.double({ min: 0, max: 1, noNaN: true }),
    tfl: fc.double({ min: 0, max: 1, noNaN: true }),
    gmax: fc.double({ min: 0, max: 1, noNaN: true }),
    neckShaftDeg: fc.double({
      min: LIMITS.neckShaftDeg.min,
      max: LIMITS.neckShaftDeg.max,
      noNaN: true,
    }),
    cane: fc.double({ min: 0, max: LIMITS.caneFractionBW.max, noNaN: true }),
    caneHand: fc.constantFrom('contralateral' as const, 'ipsilateral' as const),
    loadFraction: fc.double({ min: 0, max: 0.5, noNaN: true }),
    compensation: fc.constantFrom('none' as const, 'trunk-lean' as const, 'auto' as const),
    includePiriformis: fc.boolean(),
  })
  .map((r) => {
    const bodyMassKg = Math.min(
      LIMITS.bodyMassKg.max,
      Math.max(LIMITS.bodyMassKg.min, r.bmi * r.heightM * r.heightM),
    );
    return {
      ...DEFAULT_STANCE,
      stanceSide: r.stanceSide,
      bodyMassKg,
      heightM: r.heightM,
      sex: r.sex,
      strength: {
        ...DEFAULT_STANCE.strength,
        gmed: r.gmed,
        gmin: r.gmin,
        tfl: r.tfl,
        gmax: r.gmax,
      },
      neckShaftRad: r.neckShaftDeg * DEG,
      caneFractionBW: r.cane,
      caneHand: r.caneHand,
      loadKg: r.loadFraction * bodyMassKg,
      loadHand: r.caneHand === 'contralateral' ? 'ipsilateral' : 'contralateral',
      compensation: r.compensation,
      includePiriformis: r.includePiriformis,
    } satisfies StanceInput;
  });

function finiteNumbers(value: unknown, path = 'result'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => finiteNumbers(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => finiteNumbers(v, `${path}.${k}`));
  return [];
}

/** Asserts `check` for `numRuns` random valid inputs (fast-check shrinks a failure). */
function forAnyInput(numRuns: number, check: (input: StanceInput) => void): void {
  fc.assert(fc.property(validInput, check), { numRuns });
}

describe('for every valid input', () => {
  it('every number in the result is finite', () => {
    forAnyInput(400, (input) => {
      expect(finiteNumbers(solveStance(input))).toEqual([]);
    });
  });

  it('moments about the stance hip balance to within 1e-6 N·m, with every moment a force on a line of action', () => {
    forAnyInput(400, (input) => {
      const r = solveStance(input);
      const muscle = r.muscles.reduce((sum, m) => sum + m.forceN * m.momentArmM, 0);
      const tissue = r.passiveForces.reduce((sum, p) => sum + p.forceN * p.momentArmM, 0);
      // Each passive force's moment is that of its force vector at its point of action.
      for (const p of r.passiveForces)
        expect(p.at.x * p.force.y - p.at.y * p.force.x).toBeCloseTo(-p.forceN * p.momentArmM, 6);
      const residual = r.abductorMomentRequiredNm - muscle - tissue;
      expect(Math.abs(residual)).toBeLessThan(1e-6);
      expect(Math.abs(r.residualNm)).toBeLessThan(1e-6);
    });
  });

  it('activations lie within 0-1 and forces are not negative', () => {
    forAnyInput(400, (input) => {
      for (const m of solveStance(input).muscles) {
        expect(m.activation).toBeGreaterThanOrEqual(0);
        expect(m.activation).toBeLessThanOrEqual(1);
        expect(m.forceN).toBeGreaterThanOrEqual(0);
      }
    });
  });

  it('the posture stays inside its bounds: adduction within the bony limit, the lean within the spine', () => {
    forAnyInput(300, (input) => {
      const r = solveStance(input);
      expect(r.hipAdductionRad).toBeGreaterThanOrEqual(-45 * DEG - 1e-9);
      expect(r.hipAdductionRad).toBeLessThanOrEqual(Math.max(30 * DEG, r.legInclinationRad) + 1e-9);
      expect(r.trunkLeanRad).toBeGreaterThanOrEqual(0);
      expect(r.trunkLeanRad).toBeLessThanOrEqual(LUMBAR_LATERAL_FLEXION_RANGE_RAD + 1e-9);
      expect(r.spineBendRad).toBeLessThanOrEqual(LUMBAR_LATERAL_FLEXION_RANGE_RAD + 1e-9);
    });
  });

  it('whatever holds the pelvis presses the joint: the contact force is at least the net external load', () => {
    forAnyInput(300, (input) => {
      const r = solveStance(input);
      const external = Math.abs(
        r.partialWeightN + input.loadKg * 9.81 - input.caneFractionBW * r.bodyWeightN,
      );
      expect(r.hipContactForceN).toBeGreaterThanOrEqual(external - 1e-9);
      if (input.caneFractionBW === 0 && input.loadKg === 0 && r.pelvicDropRad > 0)
        expect(r.hipContactForceN).toBeGreaterThanOrEqual(r.partialWeightN);
    });
  });

  it('auto never drops the pelvis more than no compensation', () => {
    forAnyInput(100, (input) => {
      const none = solveStance({ ...input, compensation: 'none' });
      const auto = solveStance({ ...input, compensation: 'auto' });
      expect(auto.pelvicDropRad).toBeLessThanOrEqual(none.pelvicDropRad + 1e-8);
    });
  });

  it('a drop is a stable equilibrium: capacity grows faster than demand as the pelvis drops further', () => {
    forAnyInput(300, (input) => {
      const r = solveStance(input);
      if (r.pelvicDropRad > 0 && !r.adductionRangeExhausted)
        expect(r.stabilityMarginNmPerRad).toBeGreaterThan(0);
    });
  });

  it('left and right stance are mirror images with identical magnitudes', () => {
    forAnyInput(200, expectMirrorImages);
  });

  /** Weakening every abductor never lessens `what` under `compensation`. */
  const monotonic = (
    compensation: StanceInput['compensation'],
    what: (r: ReturnType<typeof solveStance>) => number,
    numRuns: number,
  ) =>
    fc.assert(
      fc.property(
        validInput,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (input, a, b) => {
          const [weak, strong] = a < b ? [a, b] : [b, a];
          const at = (k: number) =>
            what(
              solveStance({
                ...input,
                compensation,
                strength: { ...input.strength, gmed: k, gmin: k, tfl: k },
              }),
            );
          // Angles are solved to 1e-9 rad; a lean bounded by the spine is ill-conditioned (λ + δ(λ)
          // = Λ with dδ/dλ near −1), so allow 1e-7 rad (6e-6°).
          expect(at(weak)).toBeGreaterThanOrEqual(at(strong) - 1e-7);
        },
      ),
      { numRuns },
    );

  it('weakening every abductor never lessens the drop (no compensation)', () =>
    monotonic('none', (r) => r.pelvicDropRad, 300));

  // At the end of the spine's range a weaker hip drops more, which leaves less of the range for
  // the lean: what never lessens is the spine's bend and the drop.
  it('weakening every abductor never lessens the spine bend or the drop (trunk-lean compensation)', () => {
    monotonic('trunk-lean', (r) => r.spineBendRad, 100);
    monotonic('trunk-lean', (r) => r.pelvicDropRad, 100);
  });
});
