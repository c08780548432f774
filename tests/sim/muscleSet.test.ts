import { describe, expect, it } from 'vitest';
import { emptyMuscleState, evaluateMuscle, scaleMuscles } from '../../sim/index.ts';
import { emptyMuscleSetState, evaluateMuscleSet, muscleSet } from '../../sim/muscleSet.ts';

const DEG = Math.PI / 180;

describe('the packed muscle set', () => {
  const bodies = [
    scaleMuscles(1.76, 73, 130 * DEG, true),
    scaleMuscles(1.55, 52, 118 * DEG, false, 'female'),
    scaleMuscles(1.95, 110, 142 * DEG, true),
  ];
  it('gives every part exactly the state evaluateMuscle gives it, at any adduction and strength', () => {
    for (const muscles of bodies) {
      const set = muscleSet(muscles);
      const out = emptyMuscleSetState(set.count);
      const strengths = muscles.map((_, i) => (i % 4) / 3);
      for (let deg = -45; deg <= 35; deg += 2.5) {
        const t = deg * DEG;
        evaluateMuscleSet(set, strengths, Math.cos(t), Math.sin(t), out);
        muscles.forEach((m, i) => {
          const s = evaluateMuscle(m, t, strengths[i]!, emptyMuscleState());
          expect(out.lengthM[i]).toBe(s.lengthM);
          expect(out.momentArmM[i]).toBe(s.momentArmM);
          expect(out.maxActiveForceN[i]).toBe(s.maxActiveForceN);
          expect(out.passiveForceN[i]).toBe(s.passiveForceN);
          expect(out.dirX[i]).toBe(s.dirX);
          expect(out.dirY[i]).toBe(s.dirY);
        });
      }
    }
  });

  it('is built once per set of scaled muscles', () => {
    expect(muscleSet(bodies[0]!)).toBe(muscleSet(bodies[0]!));
  });
});
