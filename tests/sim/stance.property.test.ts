import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, LIMITS, solveStance, type StanceInput } from '../../sim/index.ts';

const DEG = Math.PI / 180;

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
      strength: { gmed: r.gmed, gmin: r.gmin, tfl: r.tfl, piriformis: 1 },
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

describe('for every valid input', () => {
  it('every number in the result is finite', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        expect(finiteNumbers(solveStance(input))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('moments about the stance hip balance to within 1e-6 N·m', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const r = solveStance(input);
        const muscle = r.muscles.reduce((sum, m) => sum + m.forceN * m.momentArmM, 0);
        const residual =
          r.abductorMomentRequiredNm -
          muscle -
          r.ligamentMomentNm -
          r.rangeLimitMomentNm +
          r.adductorMomentNm;
        expect(Math.abs(residual)).toBeLessThan(1e-6);
        expect(Math.abs(r.residualNm)).toBeLessThan(1e-6);
      }),
      { numRuns: 400 },
    );
  });

  it('activations lie within 0-1 and forces are not negative', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        for (const m of solveStance(input).muscles) {
          expect(m.activation).toBeGreaterThanOrEqual(0);
          expect(m.activation).toBeLessThanOrEqual(1);
          expect(m.forceN).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the posture stays inside its bounds: drop within the adduction range, lean within 50°', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const r = solveStance(input);
        expect(r.pelvicDropRad).toBeGreaterThanOrEqual(0);
        expect(r.hipAdductionRad).toBeLessThanOrEqual(
          Math.max(25 * DEG, r.legInclinationRad) + 1e-9,
        );
        expect(r.trunkLeanRad).toBeGreaterThanOrEqual(0);
        expect(r.trunkLeanRad).toBeLessThanOrEqual(50 * DEG + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('left and right stance are mirror images with identical magnitudes', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const right = solveStance({ ...input, stanceSide: 'right' });
        const left = solveStance({ ...input, stanceSide: 'left' });
        expect(left.pelvicDropRad).toBe(right.pelvicDropRad);
        expect(left.trunkLeanRad).toBe(right.trunkLeanRad);
        expect(left.hipContactForceN).toBe(right.hipContactForceN);
        expect(left.hipContactAngleRad).toBe(right.hipContactAngleRad);
      }),
      { numRuns: 200 },
    );
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
                strength: { gmed: k, gmin: k, tfl: k, piriformis: 1 },
              }),
            );
          expect(at(weak)).toBeGreaterThanOrEqual(at(strong) - 1e-9);
        },
      ),
      { numRuns },
    );

  it('weakening every abductor never lessens the drop (no compensation)', () =>
    monotonic('none', (r) => r.pelvicDropRad, 300));

  it('weakening every abductor never lessens the lean (trunk-lean compensation)', () =>
    monotonic('trunk-lean', (r) => r.trunkLeanRad, 200));
});
