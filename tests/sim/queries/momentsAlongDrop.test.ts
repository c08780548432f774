import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, momentsAlongDrop, RAD_PER_DEG, solveStance } from '../../../sim/index.ts';

const weak = { ...DEFAULT_STANCE, strength: { ...DEFAULT_STANCE.strength, gmed: 0.2, gmin: 0.2 } };

describe('moments along the drop', () => {
  it('samples the drop evenly from the first to the last value, both included', () => {
    const m = momentsAlongDrop(weak, 0, 0, 20 * RAD_PER_DEG, 5);
    expect(m.map((p) => p.dropRad / RAD_PER_DEG)).toEqual(
      [0, 5, 10, 15, 20].map((v) => expect.closeTo(v, 9)),
    );
    expect(momentsAlongDrop(weak, 0, 0.1, 0.3, 1).map((p) => p.dropRad)).toEqual([0.1]);
  });

  it('adds up the capacity from its active, passive and tissue parts', () => {
    for (const p of momentsAlongDrop(weak, 0.05, 0, 0.4, 9)) {
      expect(p.leanRad).toBe(0.05);
      expect(p.capacityNm).toBeCloseTo(p.activeCapacityNm + p.passiveMuscleNm + p.tissueNm, 9);
    }
  });

  it('agree with solveStance: demand exceeds capacity until the drop where the pelvis settles, where they meet (within 1e-6 N·m)', () => {
    const r = solveStance(weak);
    expect(r.pelvicDropRad).toBeGreaterThan(3 * RAD_PER_DEG);
    const m = momentsAlongDrop(weak, r.trunkLeanRad, 0, r.pelvicDropRad, 61);
    for (const p of m.slice(0, -1)) expect(p.capacityNm).toBeLessThan(p.demandNm);
    const atSolution = m[m.length - 1]!;
    expect(Math.abs(atSolution.demandNm - atSolution.capacityNm)).toBeLessThan(1e-6);
    expect(atSolution.demandNm).toBeCloseTo(r.abductorMomentRequiredNm, 6);
  });

  it('agree with solveStance: capacity meets demand at a level pelvis when the abductors hold it', () => {
    const strong = { ...DEFAULT_STANCE, strength: { ...DEFAULT_STANCE.strength, gmed: 0.4 } };
    expect(solveStance(strong).pelvicDropRad).toBe(0);
    const [level] = momentsAlongDrop(strong, 0, 0, 0, 1);
    expect(level!.capacityNm).toBeGreaterThanOrEqual(level!.demandNm);
  });
});
