import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  buildGait,
  DEFAULT_GAIT,
  DEFAULT_STANCE,
  gaitCycleSeries,
  normativeLimits,
  sampleCycle,
  sideStanceInput,
  solveStance,
} from '../../../sim/index.ts';

const input = {
  ...DEFAULT_GAIT,
  stance: applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!,
  affectedSide: 'left' as const,
};

describe('the gait-cycle series', () => {
  it('are the gait sampled at every percent of the cycle', () => {
    const s = gaitCycleSeries(input);
    const gait = buildGait(input);
    expect(s.samples).toEqual(sampleCycle(gait, 101));
    expect(s.bodyWeightN).toBe(gait.bodyWeightN);
    expect(s.affectedSide).toBe('left');
  });

  it('carry the larger single-leg-stance drop of the two sides', () => {
    const drops = (['right', 'left'] as const).map(
      (side) => solveStance(sideStanceInput(input, side)).pelvicDropRad,
    );
    expect(gaitCycleSeries(input).stanceDropRad).toBe(Math.max(...drops));
    expect(drops[1]).toBeGreaterThan(drops[0]!);
  });

  it('carry the normal bands, the left hip’s half a cycle later', () => {
    const { bands } = gaitCycleSeries(input, 11);
    const moment = 'hip_abductor_moment_internal_Nm_per_kg';
    expect(bands.pelvicObliquityDeg).toHaveLength(11);
    bands.leftAbductorMomentNmPerKg.forEach((row, i) => {
      expect(row.cycleFraction).toBeCloseTo(i / 10, 12);
      expect(row).toMatchObject(normativeLimits(moment, i / 10 - 0.5));
    });
    bands.rightAbductorMomentNmPerKg.forEach((row, i) =>
      expect(row).toMatchObject(normativeLimits(moment, i / 10)),
    );
  });
});
