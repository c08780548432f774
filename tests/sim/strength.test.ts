import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, fatFreeMassKg, solveStance } from '../../sim/index.ts';

describe('strength follows fat-free mass', () => {
  it('gives a 73 kg, 1.75 m man about 57 kg of fat-free mass (Janmahasatian et al. 2005)', () => {
    expect(fatFreeMassKg(73, 1.75, 'male')).toBeCloseTo(57.2, 1);
    expect(fatFreeMassKg(61.9, 1.735, 'female')).toBeCloseTo(41.6, 1);
  });

  it('makes a heavier body of the same height weaker per kilogram', () => {
    const lean = solveStance(DEFAULT_STANCE);
    const heavy = solveStance({ ...DEFAULT_STANCE, bodyMassKg: 110 });
    expect(heavy.maxAbductionMomentNm / 110).toBeLessThan(0.9 * (lean.maxAbductionMomentNm / 73));
  });

  it('so the same weakness can tip a heavy body into a positive sign but not a lean one', () => {
    const weak = { ...DEFAULT_STANCE.strength, gmed: 0.45, gmin: 0.45, tfl: 0.45 };
    expect(solveStance({ ...DEFAULT_STANCE, strength: weak }).trendelenburg).toBe('negative');
    expect(solveStance({ ...DEFAULT_STANCE, bodyMassKg: 110, strength: weak }).trendelenburg).toBe(
      'positive',
    );
  });
});
