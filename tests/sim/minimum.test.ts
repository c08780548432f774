import { describe, expect, it } from 'vitest';
import { brentMinimum } from '../../sim/minimum.ts';

describe("Brent's minimiser", () => {
  it('finds the minimum of a parabola to the tolerance asked for', () => {
    const m = brentMinimum((x) => (x - 0.3) ** 2 + 2, 0, 1, 1e-10);
    expect(m.x).toBeCloseTo(0.3, 7);
    expect(m.fx).toBeCloseTo(2, 12);
  });

  it('finds the minimum of a smooth skewed function with few evaluations', () => {
    let calls = 0;
    const m = brentMinimum(
      (x) => {
        calls++;
        return Math.exp(x) - 3 * x;
      },
      -2,
      4,
      1e-10,
    );
    expect(m.x).toBeCloseTo(Math.log(3), 7);
    expect(calls).toBeLessThan(30);
  });

  it('stays inside its interval when the function falls toward an end', () => {
    const m = brentMinimum((x) => -x, 0, 1, 1e-9);
    expect(m.x).toBeLessThanOrEqual(1);
    expect(m.x).toBeGreaterThan(1 - 1e-6);
  });

  it('steps past points where the function is infinite (not available)', () => {
    const m = brentMinimum((x) => (x > 0.8 ? Infinity : (x - 0.5) ** 2), 0, 1, 1e-10);
    expect(m.x).toBeCloseTo(0.5, 7);
  });
});
