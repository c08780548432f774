import { describe, expect, it } from 'vitest';
import { shareLoad } from '../../sim/staticOptimisation.ts';

describe('static optimisation (min Σ a³)', () => {
  it('shares equally between identical parts', () => {
    const a: number[] = [];
    expect(shareLoad([10, 10], 5, 3, a)).toBeCloseTo(5, 12);
    expect(a).toEqual([0.25, 0.25]);
  });

  it('activates parts in proportion to the square root of their capacity (p = 3)', () => {
    const a: number[] = [];
    shareLoad([40, 10], 10, 3, a);
    expect(a[0]! / a[1]!).toBeCloseTo(2, 12);
    expect(40 * a[0]! + 10 * a[1]!).toBeCloseTo(10, 12);
  });

  it('saturates a part at full activation and gives the rest to the others', () => {
    // Unclamped, a ∝ √c would ask 1.004 of the strong part: it saturates, the weak one takes the rest.
    const a: number[] = [];
    const delivered = shareLoad([100, 1], 100.5, 3, a);
    expect(delivered).toBeCloseTo(100.5, 9);
    expect(a[0]).toBe(1);
    expect(a[1]).toBeCloseTo(0.5, 12);
  });

  it('never activates a part with no capacity or an adducting moment arm', () => {
    const a: number[] = [];
    shareLoad([0, -3, 10], 4, 3, a);
    expect(a[0]).toBe(0);
    expect(a[1]).toBe(0);
    expect(a[2]).toBeCloseTo(0.4, 12);
  });

  it('clamps to full activation of all parts when asked for more than they can give', () => {
    const a: number[] = [];
    expect(shareLoad([3, 4], 100, 3, a)).toBe(7);
    expect(a).toEqual([1, 1]);
  });

  it('is the true optimum: any feasible shift of load between two parts costs more', () => {
    const c = [30, 20, 5];
    const a: number[] = [];
    shareLoad(c, 12, 3, a);
    const cost = (x: number[]) => x.reduce((s, v) => s + v ** 3, 0);
    const best = cost(a);
    for (const eps of [1e-3, -1e-3]) {
      const b = [...a];
      b[0]! += eps / c[0]!;
      b[1]! -= eps / c[1]!;
      expect(cost(b)).toBeGreaterThan(best);
    }
  });

  // Found by fuzzing (gluteus maximus at a strength of 5e-324): the parts' powers underflowed to
  // 0, so they were saturated at full activation and carried more than was asked of them.
  it('gives parts too weak for their powers to be represented nothing, never more than asked', () => {
    const cases: [number[], number][] = [
      [[1e-310, 1e-310], 1.5e-310],
      [[5e-324, 5e-324, 5e-324], 1e-323],
    ];
    for (const [c, target] of cases) {
      const a: number[] = [];
      const delivered = shareLoad(c, target, 3, a);
      for (const x of a.slice(0, c.length)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
      expect(delivered).toBeLessThanOrEqual(target);
    }
  });
});
