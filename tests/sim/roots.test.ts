import { describe, expect, it } from 'vitest';
import { brentRoot, firstRise } from '../../sim/roots.ts';

describe("Brent's method", () => {
  it('finds the root of a smooth function to the asked tolerance, in few evaluations', () => {
    let calls = 0;
    const f = (x: number) => {
      calls++;
      return Math.cos(x) - x;
    };
    const x = brentRoot(f, 0, 1, 1e-12);
    expect(Math.abs(x - 0.7390851332151607)).toBeLessThan(1e-12);
    expect(calls).toBeLessThan(15);
  });

  it('refuses an interval that does not bracket a root', () => {
    expect(() => brentRoot((x) => x * x + 1, -1, 1, 1e-9)).toThrow(RangeError);
  });
});

describe('the first rise', () => {
  it('finds the first crossing from negative to non-negative, on its non-negative side', () => {
    // Crosses upward at 1, down at 2, up again at 3.
    const f = (x: number) => (x - 1) * (x - 2) * (x - 3) * -1;
    const x = firstRise((v) => -f(v), 0, 4, 8, 1e-10)!;
    expect(x).toBeCloseTo(1, 9);
    expect(-f(x)).toBeGreaterThanOrEqual(0);
  });

  it('returns undefined when the function stays negative', () => {
    expect(firstRise(() => -1, 0, 1, 4, 1e-9)).toBeUndefined();
  });
});
