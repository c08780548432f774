import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, solveStance, type StanceInput } from '../../../sim/index.ts';
import { DEG, palsy, preset, solve, strengths } from './fixtures.ts';

const weak = (k: number, over: Partial<StanceInput> = {}) =>
  solve({ strength: strengths(k), ...over });

describe('a weak hip is held by forces, never by a free moment', () => {
  it('lists every passive force with its moment arm, and they balance the moment with the muscles', () => {
    for (const k of [1, 0.5, 0.25, 0]) {
      const r = weak(k);
      expect(r.passiveForces.map((p) => p.id)).toEqual(
        expect.arrayContaining(['iliotibial-tract', 'capsule-iliofemoral', 'capsule-pubofemoral']),
      );
      const muscle = r.muscles.reduce((s, m) => s + m.forceN * m.momentArmM, 0);
      const tissue = r.passiveForces.reduce((s, p) => s + p.forceN * p.momentArmM, 0);
      expect(r.abductorMomentRequiredNm - muscle - tissue).toBeCloseTo(0, 9);
    }
  });

  it('never lets the hip load fall as the abductors weaken (whatever holds the pelvis presses the joint)', () => {
    let last = 0;
    for (let k = 1; k >= -1e-9; k -= 0.05) {
      const r = weak(Math.max(0, k));
      expect(r.hipContactForceN).toBeGreaterThanOrEqual(last - 1e-6);
      expect(r.hipContactForceN).toBeGreaterThan(r.partialWeightN);
      last = r.hipContactForceN;
    }
  });

  it('in a complete palsy has the iliotibial tract carry more than a body weight', () => {
    const r = solveStance(palsy);
    const itb = r.passiveForces.find((p) => p.id === 'iliotibial-tract')!;
    expect(itb.forceN).toBeGreaterThan(r.bodyWeightN);
    expect(r.hipContactForceN / r.bodyWeightN).toBeGreaterThan(2.5);
  });

  it('keeps the spared muscles working in a complete palsy: gluteus maximus and piriformis', () => {
    const r = solveStance(palsy);
    for (const id of ['gmax-upper', 'gmax-middle', 'piriformis']) {
      const m = r.muscles.find((q) => q.id === id)!;
      expect(m.activation).toBeCloseTo(r.sustainedActivation, 9);
      expect(m.activeForceN).toBeGreaterThan(0);
    }
    for (const m of r.muscles.filter((q) => q.group === 'adductors')) expect(m.activation).toBe(0);
  });
});

describe('the drop is graded', () => {
  const drops = Array.from({ length: 21 }, (_, i) => weak(1 - i / 20).pelvicDropRad);

  it('is level while the abductors hold, then deepens steadily as strength falls', () => {
    expect(drops[0]).toBe(0);
    for (let i = 1; i < drops.length; i++)
      expect(drops[i]!).toBeGreaterThanOrEqual(drops[i - 1]! - 1e-9);
    // No fold: no step of 5 % strength moves the pelvis by more than 3°.
    for (let i = 1; i < drops.length; i++) expect(drops[i]! - drops[i - 1]!).toBeLessThan(3 * DEG);
    const partial = drops.filter((d) => d > 1 * DEG && d < drops[20]! - 1 * DEG);
    expect(partial.length).toBeGreaterThanOrEqual(4);
  });

  it('drops less in a partial palsy (25 %) than in a complete one', () => {
    const partial = preset('sgn-palsy-partial');
    const complete = solveStance(palsy);
    expect(partial.pelvicDropRad).toBeGreaterThan(0);
    expect(partial.pelvicDropRad).toBeLessThan(complete.pelvicDropRad - 2 * DEG);
  });

  it('settles in a stable equilibrium: capacity grows faster than demand with more drop', () => {
    for (const k of [0.4, 0.25, 0.1, 0]) {
      const r = weak(k);
      expect(r.pelvicDropRad).toBeGreaterThan(0);
      expect(r.stabilityMarginNmPerRad).toBeGreaterThan(0);
    }
  });

  it('keeps the crest within 2 cm when a nerve block leaves 48 % of abduction strength (Kendall et al. 2013: 8 of 9 men showed no sign)', () => {
    // The block spares gluteus maximus and piriformis, so the three blocked muscles keep less.
    const healthy = solveStance(DEFAULT_STANCE).maxAbductionMomentNm;
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 40; i++) {
      const mid = 0.5 * (lo + hi);
      if (weak(mid).maxAbductionMomentNm > 0.48 * healthy) hi = mid;
      else lo = mid;
    }
    const r = weak(lo);
    expect(r.crestDropM).toBeLessThan(0.02);
    expect(r.trendelenburg).toBe('negative');
  });
});
