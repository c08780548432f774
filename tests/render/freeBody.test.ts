import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, sampleGait, solveStance, type StanceInput } from '../../sim/index.ts';
import {
  gaitFigure,
  gaitOverlays,
  netForce,
  netMomentNm,
  stanceFigure,
  type BodyForce,
} from '../../src/render/figure/pose/index.ts';
import { gaitOf, preset } from './fixtures.ts';

const byId = (forces: readonly BodyForce[], id: BodyForce['id']) => forces.find((f) => f.id === id);

const scenarios: [string, StanceInput][] = [
  ['normal', DEFAULT_STANCE],
  ['complete palsy', preset('sgn-palsy-complete')],
  [
    'palsy with a trunk lean, left stance',
    preset('sgn-palsy-complete', { compensation: 'trunk-lean', stanceSide: 'left' }),
  ],
  [
    'partial palsy, auto, cane opposite',
    preset('sgn-palsy-partial', { compensation: 'auto', caneFractionBW: 0.1 }),
  ],
  [
    'partial palsy, auto, cane same side',
    preset('sgn-palsy-partial', {
      compensation: 'auto',
      caneFractionBW: 0.1,
      caneHand: 'ipsilateral',
    }),
  ],
  ['coxa valga with a load, left', preset('coxa-valga', { stanceSide: 'left', loadKg: 8 })],
  ['coxa vara', preset('coxa-vara')],
];

describe('the free body of single-leg stance (pelvis with the upper body)', () => {
  for (const [name, input] of scenarios)
    it(`balances: its forces add to zero and so do their moments about the hip (${name})`, () => {
      const r = solveStance(input);
      const { forces } = stanceFigure(r).overlays;
      const F = netForce(forces);
      // Within rounding: a millionth of body weight, a micronewton-metre.
      expect(Math.abs(F.x)).toBeLessThan(1e-6 * r.bodyWeightN);
      expect(Math.abs(F.y)).toBeLessThan(1e-6 * r.bodyWeightN);
      expect(Math.abs(netMomentNm(forces))).toBeLessThan(1e-6);
    });

  it('draws every force on the one body: weight down, muscles toward the femur, the femoral head pushing up and in', () => {
    for (const [, input] of scenarios) {
      const r = solveStance(input);
      const o = stanceFigure(r).overlays;
      const toSwing = o.side === 'right' ? -1 : 1;
      const W = byId(o.forces, 'weight')!;
      expect(W.force.x).toBe(0);
      expect(W.force.y).toBeCloseTo(-r.partialWeightN, 9);
      expect(W.at).toEqual(o.partialCom);
      const M = byId(o.forces, 'muscles')!;
      expect(M.force.y).toBeLessThan(0);
      expect(-toSwing * M.force.x).toBeGreaterThan(0);
      const R = byId(o.forces, 'contact')!;
      expect(R.force.y).toBeGreaterThan(0);
      expect(toSwing * R.force.x).toBeGreaterThan(0);
      expect(R.forceN).toBeCloseTo(r.hipContactForceN, 6);
      expect(R.momentArmM).toBeLessThan(1e-9);
    }
  });

  it('gives each force its lever arm about the stance hip (the weight’s is the model’s)', () => {
    const r = solveStance(
      preset('sgn-palsy-partial', { compensation: 'auto', caneFractionBW: 0.1 }),
    );
    const o = stanceFigure(r).overlays;
    expect(byId(o.forces, 'weight')!.momentArmM).toBeCloseTo(r.bodyWeightMomentArmM, 9);
    const cane = byId(o.forces, 'cane')!;
    expect(cane.force.y).toBeCloseTo(0.1 * r.bodyWeightN, 9);
    expect(cane.momentArmM).toBeCloseTo(Math.abs(r.hands.caneX), 9);
    expect(cane.momentNm).toBeLessThan(0);
    // A tissue's moment is the model's (tension × its moment arm); its arm as drawn is the
    // perpendicular to its frontal line of action.
    const tract = byId(o.forces, 'iliotibial-tract')!;
    const model = r.passiveForces.find((p) => p.id === 'iliotibial-tract')!;
    expect(-tract.momentNm).toBeCloseTo(model.forceN * model.momentArmM, 6);
    expect(tract.momentArmM).toBeCloseTo(
      tract.momentNm === 0 ? 0 : -tract.momentNm / tract.forceN,
      9,
    );
  });

  it('balances for any strengths, aids and compensation (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          gmed: fc.double({ min: 0, max: 1, noNaN: true }),
          tfl: fc.double({ min: 0, max: 1, noNaN: true }),
          cane: fc.double({ min: 0, max: 0.2, noNaN: true }),
          load: fc.double({ min: 0, max: 10, noNaN: true }),
          compensation: fc.constantFrom('none', 'trunk-lean', 'auto') as fc.Arbitrary<
            StanceInput['compensation']
          >,
          side: fc.constantFrom('right', 'left') as fc.Arbitrary<StanceInput['stanceSide']>,
        }),
        (x) => {
          const r = solveStance({
            ...DEFAULT_STANCE,
            strength: { ...DEFAULT_STANCE.strength, gmed: x.gmed, gmin: x.gmed, tfl: x.tfl },
            caneFractionBW: x.cane,
            loadKg: x.load,
            compensation: x.compensation,
            stanceSide: x.side,
          });
          const { forces } = stanceFigure(r).overlays;
          const F = netForce(forces);
          return (
            Math.hypot(F.x, F.y) < 1e-6 * r.bodyWeightN && Math.abs(netMomentNm(forces)) < 1e-6
          );
        },
      ),
      { numRuns: 40, seed: 15 },
    );
  });
});

describe('the forces of an instant of gait', () => {
  const g = gaitOf(preset('sgn-palsy-complete'));

  it('add to zero on the loaded hip’s side, the joint reaction as the model gives it', () => {
    for (const t of [0, 0.05, 0.1, 0.2, 0.3, 0.45, 0.55, 0.7, 0.8, 0.95]) {
      const s = sampleGait(g, t);
      const o = gaitOverlays(g, s, gaitFigure(g, s));
      const hip = o.side === 'right' ? s.right : s.left;
      expect(hip.stanceWeight).toBeGreaterThanOrEqual(0.5);
      const F = netForce(o.forces);
      expect(Math.hypot(F.x, F.y)).toBeLessThan(1e-6 * g.bodyWeightN);
      // The muscles and the joint reaction as the model's quasi-static loads (within 1 %).
      const R = byId(o.forces, 'contact')!.forceN;
      expect(Math.abs(R - hip.contactForceN)).toBeLessThan(0.01 * hip.contactForceN);
      expect(o.dynamic).toBe(true);
    }
  });

  it('follows the cycle: the right hip is loaded in its single support, the left in its own', () => {
    expect(gaitOverlays(g, sampleGait(g, 0.3), gaitFigure(g, sampleGait(g, 0.3))).side).toBe(
      'right',
    );
    expect(gaitOverlays(g, sampleGait(g, 0.8), gaitFigure(g, sampleGait(g, 0.8))).side).toBe(
      'left',
    );
  });
});
