import { describe, expect, it } from 'vitest';
import { pauwelsBalance } from '../../sim/index.ts';

const DEG = Math.PI / 180;

describe('the Pauwels 1965 worked example (DOMAIN.md §4)', () => {
  // Partial weight 0.814 BW, its lever 10.99 cm, abductor lever 4.0 cm, abductor line 21° from vertical.
  const r = pauwelsBalance({
    partialWeight: 0.814,
    weightLeverArmM: 0.1099,
    abductorLeverArmM: 0.04,
    abductorAngleRad: 21 * DEG,
  });

  it('gives an abductor force of 2.24 BW within 3 %', () => {
    expect(Math.abs(r.abductorForce / 2.24 - 1)).toBeLessThan(0.03);
  });

  it('gives an abductor force of 2.75 times the partial weight within 3 %', () => {
    expect(Math.abs(r.abductorForce / 0.814 / 2.75 - 1)).toBeLessThan(0.03);
  });

  it('gives a hip contact force of about 3.0 BW within 3 %', () => {
    expect(Math.abs(r.hipContactForceMagnitude / 3.0 - 1)).toBeLessThan(0.03);
  });

  it('inclines the contact force 15-16° from vertical, pointing inferolaterally', () => {
    expect(r.hipContactAngleRad / DEG).toBeGreaterThan(15);
    expect(r.hipContactAngleRad / DEG).toBeLessThan(16);
    expect(r.hipContactForce.y).toBeLessThan(0);
    expect(r.hipContactForce.x).toBeGreaterThan(0);
  });
});
