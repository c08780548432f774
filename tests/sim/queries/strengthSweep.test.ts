import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, solveStance, strengthSweepSeries } from '../../../sim/index.ts';

const input = {
  ...DEFAULT_STANCE,
  strength: { ...DEFAULT_STANCE.strength, gmed: 0.1, gmin: 0.4, tfl: 0.7 },
};

describe('the strength-sweep series', () => {
  it('equal single solveStance calls at every strength and compensation', () => {
    const s = strengthSweepSeries(input, undefined, 11);
    expect(s.curves.map((c) => c.compensation)).toEqual(['none', 'trunk-lean', 'auto']);
    for (const c of s.curves) {
      expect(c.points.map((p) => p.strengthPct)).toEqual([
        0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100,
      ]);
      for (const p of c.points) {
        const k = p.strengthPct / 100;
        const r = solveStance({
          ...input,
          compensation: c.compensation,
          strength: { ...input.strength, gmed: k, gmin: k, tfl: k },
        });
        // The same computation, so the same numbers exactly.
        expect(p.pelvicDropRad).toBe(r.pelvicDropRad);
        expect(p.trunkLeanRad).toBe(r.trunkLeanRad);
      }
    }
  });

  it('mark the input’s own setting at the mean strength of the three muscles', () => {
    const s = strengthSweepSeries(input, ['auto'], 3);
    const r = solveStance(input);
    expect(s.current.strengthPct).toBeCloseTo(40, 12);
    expect(s.current.pelvicDropRad).toBe(r.pelvicDropRad);
    expect(s.current.trunkLeanRad).toBe(r.trunkLeanRad);
    expect(s.curves.map((c) => c.compensation)).toEqual(['auto']);
  });
});
