import { describe, expect, it } from 'vitest';
import {
  cableTensionN,
  emptyCableState,
  evaluateCable,
  slackForMoment,
  TOE_STRAIN,
  type Cable,
} from '../../../sim/tissues/cable.ts';

const DEG = Math.PI / 180;
const band: Cable = {
  id: 'band',
  name: 'A band',
  origin: { x: 0.05, y: 0.09 },
  insertion: { x: 0.06, y: -0.1 },
  anteriorOffsetM: 0.01,
  constantLengthM: 0.3,
  axialRigidityN: 20_000,
  slackLengthM: 0.49,
};

describe('a passive cable', () => {
  it('has a moment arm equal to the rate its length grows with adduction (virtual work)', () => {
    const h = 1e-6;
    for (const a of [-20, 0, 10, 25]) {
      const up = evaluateCable(band, a * DEG + h, emptyCableState()).lengthM;
      const down = evaluateCable(band, a * DEG - h, emptyCableState()).lengthM;
      expect(evaluateCable(band, a * DEG, emptyCableState()).momentArmM).toBeCloseTo(
        (up - down) / (2 * h),
        6,
      );
    }
  });

  it('is slack below its slack length, and its tension and stiffness are continuous at the end of the toe', () => {
    expect(cableTensionN(1000, 1, 0.99)).toBe(0);
    const e = TOE_STRAIN;
    const below = cableTensionN(1000, 1, 1 + e - 1e-9);
    const above = cableTensionN(1000, 1, 1 + e + 1e-9);
    expect(above - below).toBeLessThan(1e-5);
    const slope = (s: number) =>
      (cableTensionN(1000, 1, 1 + s + 1e-7) - cableTensionN(1000, 1, 1 + s)) / 1e-7;
    expect(slope(e - 1e-6)).toBeCloseTo(slope(e + 1e-6), 1);
    expect(slope(e + 0.01)).toBeCloseTo(1000, 3);
  });

  it('takes the slack length that gives the asked moment at the asked angle', () => {
    const { slackLengthM: _, ...rest } = band;
    void _;
    const slack = slackForMoment(rest, 25 * DEG, 5);
    const s = evaluateCable({ ...band, slackLengthM: slack }, 25 * DEG, emptyCableState());
    expect(s.forceN * Math.abs(s.momentArmM)).toBeCloseTo(5, 9);
  });
});
