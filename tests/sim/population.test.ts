import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE } from '../../sim/index.ts';
import { population, signCurve } from '../../sim/population/population.ts';

const weak = (k: number) => ({
  ...DEFAULT_STANCE,
  strength: { ...DEFAULT_STANCE.strength, gmed: k, gmin: k, tfl: k },
});

describe('a population', () => {
  it('is the same for the same seed, and differs for another', () => {
    const a = population(weak(0.4), 200, 11);
    expect(population(weak(0.4), 200, 11)).toEqual(a);
    expect(population(weak(0.4), 200, 12)).not.toEqual(a);
  });

  it('shows the sign in more people as strength falls (the same people at every strength)', () => {
    const curve = signCurve(DEFAULT_STANCE, 300, 3, [100, 75, 50, 25, 0]);
    for (let i = 1; i < curve.length; i++)
      expect(curve[i]!.positiveFraction).toBeGreaterThanOrEqual(curve[i - 1]!.positiveFraction);
    expect(curve[0]!.positiveFraction).toBeLessThan(0.1);
    expect(curve.at(-1)!.positiveFraction).toBeGreaterThan(0.7);
  });

  it('spreads the drop: its 5th percentile at or below the median, the 95th above', () => {
    const r = population(weak(0.25), 300, 5);
    expect(r.pelvicDropRad.p5).toBeLessThanOrEqual(r.pelvicDropRad.p50);
    expect(r.pelvicDropRad.p95).toBeGreaterThan(r.pelvicDropRad.p50);
    expect(r.hipContactForceBW.p50).toBeGreaterThan(2);
  });
});
