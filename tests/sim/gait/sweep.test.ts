import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GAIT,
  DEFAULT_STANCE,
  runSweep,
  solveStance,
  SWEEP_PARAMS,
  sweepValues,
} from '../../../sim/index.ts';

const param = (name: string) => SWEEP_PARAMS.find((p) => p.name === name)!;

describe('sweeps', () => {
  it('vary each sweepable field: the strengths, all abductors at once, then the others', () => {
    expect(SWEEP_PARAMS.map((p) => `${p.name} ${p.unit} ${p.min}-${p.max}`)).toEqual([
      'gmed % 0-100',
      'gmin % 0-100',
      'tfl % 0-100',
      'gmax % 0-100',
      'abductors % 0-100',
      'mass kg 30-200',
      'height m 1.2-2.1',
      'neck-shaft ° 110-150',
      'cane × BW 0-0.5',
      'load kg 0-100',
    ]);
    const s = param('abductors').apply(DEFAULT_STANCE, 40);
    expect(s.strength).toEqual({ ...DEFAULT_STANCE.strength, gmed: 0.4, gmin: 0.4, tfl: 0.4 });
  });

  it('make evenly spaced values including both ends', () => {
    expect(sweepValues(0, 100, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(sweepValues(3, 9, 1)).toEqual([3]);
  });

  it('give a drop that never falls as abductor strength falls', () => {
    const rows = runSweep(DEFAULT_GAIT, param('abductors'), sweepValues(100, 0, 41));
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.stance.pelvicDropRad).toBeGreaterThanOrEqual(
        rows[i - 1]!.stance.pelvicDropRad,
      );
      expect(rows[i]!.peaks.peakPelvicDropRad).toBeGreaterThanOrEqual(
        rows[i - 1]!.peaks.peakPelvicDropRad - 1e-12,
      );
    }
    expect(rows.at(-1)!.stance.pelvicDropRad).toBeGreaterThan(rows[0]!.stance.pelvicDropRad);
  });

  it('give a hip load that rises with the neck-shaft angle', () => {
    const rows = runSweep(DEFAULT_GAIT, param('neck-shaft'), sweepValues(110, 150, 9));
    for (let i = 1; i < rows.length; i++)
      expect(rows[i]!.stance.hipContactForceN).toBeGreaterThan(
        rows[i - 1]!.stance.hipContactForceN,
      );
  });

  it('give rows that agree exactly with single stance calls', () => {
    const rows = runSweep(DEFAULT_GAIT, param('gmed'), sweepValues(0, 100, 6));
    for (const r of rows) {
      const single = solveStance({
        ...DEFAULT_STANCE,
        strength: { ...DEFAULT_STANCE.strength, gmed: r.value / 100 },
      });
      expect(r.stance.pelvicDropRad).toBe(single.pelvicDropRad);
      expect(r.stance.hipContactForceN).toBe(single.hipContactForceN);
    }
  });
});
