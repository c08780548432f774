import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  DEFAULT_STANCE,
  demandCapacityRangeRad,
  demandCapacitySeries,
  momentsAlongDrop,
  RAD_PER_DEG,
  solveStance,
} from '../../../sim/index.ts';

const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;

describe('the demand-capacity series', () => {
  it('run to 25° at least, and 3° past every equilibrium drawn', () => {
    const normal = solveStance(DEFAULT_STANCE);
    const weak = solveStance(palsy);
    expect(demandCapacityRangeRad([normal]) / RAD_PER_DEG).toBeCloseTo(25, 12);
    expect(weak.pelvicDropRad / RAD_PER_DEG).toBeGreaterThan(10);
    expect(demandCapacityRangeRad([normal, weak]) / RAD_PER_DEG).toBeCloseTo(25, 12);
    const deep = { ...weak, pelvicDropRad: 24 * RAD_PER_DEG };
    expect(demandCapacityRangeRad([normal, deep]) / RAD_PER_DEG).toBeCloseTo(27, 12);
  });

  it('are the solved stance and the moments along the drop at its lean, now and at full strength', () => {
    const toRad = 30 * RAD_PER_DEG;
    const s = demandCapacitySeries(palsy, toRad);
    const r = solveStance(palsy);
    expect(s.result).toEqual(r);
    expect(s.toRad).toBe(toRad);
    expect(s.along).toEqual(momentsAlongDrop(palsy, r.trunkLeanRad, 0, toRad, 61));
    const full = { ...palsy, strength: { ...palsy.strength, gmed: 1, gmin: 1, tfl: 1 } };
    expect(s.fullStrength).toEqual(momentsAlongDrop(full, r.trunkLeanRad, 0, toRad, 61));
  });
});
