import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STANCE,
  LUMBAR_LATERAL_FLEXION_RANGE_RAD,
  solveStance,
  type StanceInput,
} from '../../../sim/index.ts';
import { DEG, palsy, solve, strengths } from './fixtures.ts';

const at = (k: number, compensation: StanceInput['compensation']) =>
  solve({ compensation, strength: strengths(k) });

describe('trunk lean (compensated Trendelenburg)', () => {
  it('never bends the lumbar spine beyond its lateral flexion range (29°, Troke et al. 2001)', () => {
    for (let k = 0; k <= 1; k += 0.1) {
      const r = at(k, 'trunk-lean');
      expect(r.spineBendRad).toBeLessThanOrEqual(LUMBAR_LATERAL_FLEXION_RANGE_RAD + 1e-9);
      expect(r.trunkLeanRad).toBeLessThanOrEqual(LUMBAR_LATERAL_FLEXION_RANGE_RAD + 1e-9);
    }
  });

  it('levels the pelvis in a complete palsy within the range the spine allows', () => {
    const r = solveStance({ ...palsy, compensation: 'trunk-lean' });
    expect(r.trunkLeanRad / DEG).toBeGreaterThan(15);
    expect(r.trunkLeanRad / DEG).toBeLessThan(29 + 1e-6);
  });

  it('shares the load between lean, drop and passive tissue when the spine is not enough', () => {
    // A heavier body on a weaker, more valgus hip: the lean alone cannot level the pelvis.
    const r = solveStance({
      ...palsy,
      bodyMassKg: 110,
      neckShaftRad: 140 * DEG,
      strength: { ...palsy.strength, gmax: 0.5 },
      compensation: 'trunk-lean',
    });
    expect(r.spineBendRad).toBeCloseTo(LUMBAR_LATERAL_FLEXION_RANGE_RAD, 6);
    expect(r.pelvicDropRad).toBeGreaterThan(0);
    expect(r.iliotibialTractMomentNm).toBeGreaterThan(0);
  });
});

describe('auto: the effort optimum', () => {
  it('does not lean while the abductors hold the pelvis level', () => {
    for (const k of [1, 0.8, 0.6]) expect(at(k, 'auto').trunkLeanRad).toBe(0);
  });

  it('never drops the pelvis more than no compensation at the same strength', () => {
    for (let k = 0; k <= 1; k += 0.05)
      expect(at(k, 'auto').pelvicDropRad).toBeLessThanOrEqual(at(k, 'none').pelvicDropRad + 1e-9);
  });

  it('leans and drops a little in a complete palsy, both within the spine and before the bony end', () => {
    const r = solveStance({ ...palsy, compensation: 'auto' });
    expect(r.trunkLeanRad).toBeGreaterThan(1 * DEG);
    expect(r.pelvicDropRad).toBeGreaterThan(0);
    expect(r.spineBendRad).toBeLessThan(LUMBAR_LATERAL_FLEXION_RANGE_RAD);
    expect(r.adductionRangeExhausted).toBe(false);
  });

  it('changes smoothly with strength: no jump in lean or drop between neighbouring strengths', () => {
    let last = at(1, 'auto');
    for (let i = 1; i <= 50; i++) {
      const r = at(1 - i / 50, 'auto');
      expect(Math.abs(r.trunkLeanRad - last.trunkLeanRad)).toBeLessThan(2 * DEG);
      expect(Math.abs(r.pelvicDropRad - last.pelvicDropRad)).toBeLessThan(2 * DEG);
      last = r;
    }
  });
});

describe('a cane in either hand', () => {
  const normal = solveStance(DEFAULT_STANCE);
  it('in the opposite hand lowers the abductor demand a lot without any lean', () => {
    const r = solveStance({ ...DEFAULT_STANCE, caneFractionBW: 0.15 });
    expect(r.trunkLeanRad).toBe(0);
    expect(r.abductorMomentRequiredNm).toBeLessThan(0.6 * normal.abductorMomentRequiredNm);
  });

  it('in the same-side hand keeps the foot where it was: the body leans onto the cane', () => {
    const r = solveStance({ ...DEFAULT_STANCE, caneFractionBW: 0.1, caneHand: 'ipsilateral' });
    expect(r.caneLeanRad).toBeGreaterThan(0);
    expect(r.trunkLeanRad).toBeCloseTo(r.caneLeanRad, 12);
    expect(r.legInclinationRad).toBeCloseTo(normal.legInclinationRad, 6);
    // Neumann 1998 (EMG): little change with a same-side cane; it never raises the demand here.
    expect(r.abductorMomentRequiredNm).toBeLessThanOrEqual(normal.abductorMomentRequiredNm);
    expect(r.abductorMomentRequiredNm).toBeGreaterThan(0.8 * normal.abductorMomentRequiredNm);
    expect(r.trendelenburg).toBe('negative');
  });
});
