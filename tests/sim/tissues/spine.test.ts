import { describe, expect, it } from 'vitest';
import {
  LUMBAR_LATERAL_FLEXION_RANGE_RAD,
  spinePassiveMomentNm,
  spineRangeUsed,
} from '../../../sim/tissues/spine.ts';

const DEG = Math.PI / 180;

describe('the lumbar spine', () => {
  it('bends 29° to each side (Troke et al. 2001, ages 16-29)', () => {
    expect(LUMBAR_LATERAL_FLEXION_RANGE_RAD / DEG).toBeCloseTo(29, 9);
    expect(spineRangeUsed(LUMBAR_LATERAL_FLEXION_RANGE_RAD)).toBeCloseTo(1, 12);
    expect(spineRangeUsed(-LUMBAR_LATERAL_FLEXION_RANGE_RAD / 2)).toBeCloseTo(0.5, 12);
  });

  it('is soft near neutral (0.3 N·m/°) and stiff near the end of its range (5 N·m/°)', () => {
    const k = (b: number) => (spinePassiveMomentNm(b + 1e-6) - spinePassiveMomentNm(b)) / 1e-6;
    expect(k(0) * DEG).toBeCloseTo(0.3, 3);
    expect(k(LUMBAR_LATERAL_FLEXION_RANGE_RAD) * DEG).toBeCloseTo(5, 2);
    expect(spinePassiveMomentNm(0)).toBe(0);
  });
});
