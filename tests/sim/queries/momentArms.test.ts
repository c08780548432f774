import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  DEFAULT_STANCE,
  emptyMuscleState,
  evaluateMuscle,
  momentArmSeries,
  RAD_PER_DEG,
  musclesOf,
  solveStance,
} from '../../../sim/index.ts';

const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-partial')!;

describe('the moment-arm series', () => {
  it('give each part’s moment arm as evaluateMuscle does, over whole degrees from −20° to 30°', () => {
    const s = momentArmSeries(palsy);
    // The parts that abduct in neutral: the adductors and the lower gluteus maximus are left out.
    const muscles = musclesOf(palsy).filter(
      (m) => evaluateMuscle(m, 0, 1, emptyMuscleState()).momentArmM > 0,
    );
    expect(s.parts).toHaveLength(muscles.length);
    s.parts.forEach((part, i) => {
      expect(part.curve.map((q) => q.hipAdductionDeg)).toEqual(
        Array.from({ length: 51 }, (_, k) => k - 20),
      );
      for (const q of part.curve)
        expect(q.momentArmM).toBeCloseTo(
          evaluateMuscle(muscles[i]!, q.hipAdductionDeg * RAD_PER_DEG, 1, emptyMuscleState())
            .momentArmM,
          12,
        );
    });
  });

  it('give each part’s force and activation in the solved stance', () => {
    const s = momentArmSeries(palsy);
    const r = solveStance(palsy);
    expect(s.parts.map((p) => p.muscle)).toEqual(
      r.muscles.filter((m) => s.parts.some((p) => p.muscle.id === m.id)),
    );
    expect(s.hipAdductionRad).toBe(r.hipAdductionRad);
    expect(s.abductorMomentArmM).toBe(r.abductorMomentArmM);
  });
});
