import { describe, expect, it } from 'vitest';
import { activeForceLength, fibreState, passiveForceLength } from '../../sim/hill.ts';

describe('Thelen 2003 force-length relations', () => {
  it('peak at the optimal length and fall symmetrically', () => {
    expect(activeForceLength(1)).toBe(1);
    expect(activeForceLength(0.8)).toBeCloseTo(activeForceLength(1.2), 12);
    expect(activeForceLength(1.5)).toBeCloseTo(Math.exp(-0.25 / 0.45), 12);
  });

  it('have no passive force up to the optimal length and one maximal force at 60 % strain', () => {
    expect(passiveForceLength(0.9)).toBe(0);
    expect(passiveForceLength(1)).toBe(0);
    expect(passiveForceLength(1.6)).toBeCloseTo(1, 12);
  });

  it('keep the fibre thickness constant as pennation changes', () => {
    const f = fibreState(0.15, 0.07, 0.08, Math.sin(0.3));
    const fibre = f.normLength * 0.08;
    expect(fibre * Math.sqrt(1 - f.cosPennation ** 2)).toBeCloseTo(0.08 * Math.sin(0.3), 12);
    expect(fibre * f.cosPennation).toBeCloseTo(0.08, 12);
  });
});
