import { describe, expect, it } from 'vitest';
import { deg, solveStance, type NerveBlockSample } from '../../../sim/index.ts';
import {
  blockSampleAt,
  nerveBlockSeries,
  timeToShareS,
} from '../../../src/render/plots/nerveBlockSeries.ts';
import { preset } from '../fixtures.ts';

const sample = (timeS: number, pelvicDropRad: number): NerveBlockSample => ({
  timeS,
  pelvicDropRad,
  trunkLeanRad: -pelvicDropRad,
  hipContactForceN: 1000 + timeS,
  abductorMomentNm: 0,
  abductorActivation: 0,
  iliotibialTractForceN: 0,
});

describe('the nerve-block series', () => {
  it('finds the time to a share of the last drop between samples (hand case)', () => {
    // Drops 0, 0.1, 0.3, 0.2 rad at 0, 1, 2, 3 s: 90 % of the last (0.18 rad) is first passed
    // between 1 s and 2 s, at 1 + 0.08/0.2 = 1.4 s; a level pelvis has no such time.
    const ss = [sample(0, 0), sample(1, 0.1), sample(2, 0.3), sample(3, 0.2)];
    expect(timeToShareS(ss, 0.9)).toBeCloseTo(1.4, 12);
    expect(timeToShareS([sample(0, 0), sample(1, 0)], 0.9)).toBeUndefined();
  });

  it('reads the course between samples linearly and holds its ends outside it', () => {
    const series = {
      ...nerveBlockSeries(preset('sgn-palsy-complete'), { durationS: 0.4, samples: 5 }),
    };
    const [a, b] = series.samples.slice(1, 3);
    const mid = blockSampleAt(series, 0.15);
    expect(mid.pelvicDropRad).toBeCloseTo((a!.pelvicDropRad + b!.pelvicDropRad) / 2, 12);
    expect(mid.hipContactForceN).toBeCloseTo((a!.hipContactForceN + b!.hipContactForceN) / 2, 9);
    expect(blockSampleAt(series, -1)).toEqual(series.samples[0]);
    expect(blockSampleAt(series, 9).timeS).toBe(0.4);
    expect(blockSampleAt(series, 9).pelvicDropRad).toBeCloseTo(
      series.samples[4]!.pelvicDropRad,
      12,
    );
  });

  it('starts level, ends near the static solution it reports, and takes about half a second to fall', () => {
    const input = preset('sgn-palsy-complete');
    const s = nerveBlockSeries(input);
    const r = solveStance(input);
    expect(s.samples).toHaveLength(201);
    expect(s.samples[0]!.pelvicDropRad).toBe(0);
    expect(s.settled.pelvicDropRad).toBe(r.pelvicDropRad);
    expect(s.remainingPct).toBe(0);
    // Within 0.5° of the static drop after 2 s.
    expect(Math.abs(deg(s.samples[200]!.pelvicDropRad - r.pelvicDropRad))).toBeLessThan(0.5);
    expect(s.dropTimeS).toBeGreaterThan(0.2);
    expect(s.dropTimeS).toBeLessThan(1);
  });
});
