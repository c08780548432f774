import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE } from '../../../sim/input.ts';
import { workspace } from '../../../sim/stance/posture.ts';
import { emptyCableState, evaluateCable } from '../../../sim/tissues/cable.ts';

const DEG = Math.PI / 180;
const capsuleOf = (neckShaftDeg: number) =>
  workspace({ ...DEFAULT_STANCE, neckShaftRad: neckShaftDeg * DEG }).tissues.capsule;
const momentAt = (c: ReturnType<typeof capsuleOf>[number], deg: number) => {
  const s = evaluateCable(c, deg * DEG, emptyCableState());
  return s.forceN * s.momentArmM;
};

describe('the capsular ligaments', () => {
  it.each([115, 130, 145])(
    'are slack in neutral and never pull on the far side of it (neck-shaft %i°)',
    (ns) => {
      const [iliofemoral, pubofemoral] = capsuleOf(ns);
      for (const deg of [-45, -30, -15, -5, 0])
        expect(Math.abs(momentAt(iliofemoral!, deg))).toBe(0);
      for (const deg of [0, 5, 10, 20, 30]) expect(Math.abs(momentAt(pubofemoral!, deg))).toBe(0);
    },
  );

  it('carry 5 N·m at the ends of the range of a normal neck (van Arkel 2015)', () => {
    const [iliofemoral, pubofemoral] = capsuleOf(130);
    expect(momentAt(iliofemoral!, 25)).toBeCloseTo(5, 6);
    expect(momentAt(pubofemoral!, -45)).toBeCloseTo(-5, 6);
  });

  it('resist more the further the hip moves toward the end they guard', () => {
    for (const ns of [115, 130, 145]) {
      const [iliofemoral, pubofemoral] = capsuleOf(ns);
      for (let deg = 1; deg <= 25; deg++)
        expect(momentAt(iliofemoral!, deg)).toBeGreaterThanOrEqual(momentAt(iliofemoral!, deg - 1));
      for (let deg = -1; deg >= -30; deg--)
        expect(momentAt(pubofemoral!, deg)).toBeLessThanOrEqual(momentAt(pubofemoral!, deg + 1));
    }
  });
});
