import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, emptyMuscleState, evaluateMuscle } from '../../../sim/index.ts';
import {
  abductorSurplusAt,
  evaluateAbductorSide,
  evaluateHip,
  evaluateHipDamping,
  evaluatePosture,
  workspace,
} from '../../../sim/stance/posture.ts';

const DEG = Math.PI / 180;
/** (1 + A)/(A·v_max) with A = 0.25 and v_max = 10 optimal fibre lengths per second (Thelen 2003). */
const DAMPING_PER_FORCE = (1 + 0.25) / 0.25 / 10;

describe('one body evaluated at a posture', () => {
  it('gives each side of the hip the sum of its parts, as each part alone gives it', () => {
    const w = workspace(DEFAULT_STANCE);
    for (const deg of [-20, 0, 12.5, 30]) {
      evaluateHip(w, deg * DEG);
      let abd = 0;
      let add = 0;
      w.muscles.forEach((m, i) => {
        const s = evaluateMuscle(m, deg * DEG, w.strengths[i]!, emptyMuscleState());
        if (s.momentArmM > 0) abd += s.momentArmM * s.maxActiveForceN;
        else add -= s.momentArmM * s.maxActiveForceN;
      });
      expect(w.activeAbductorNm).toBeCloseTo(abd, 9);
      expect(w.activeAdductorNm).toBeCloseTo(add, 9);
    }
  });

  it('writes the active muscles’ damping when asked: r²·F·(1 + A)/(A·v_max) over each side', () => {
    const w = workspace(DEFAULT_STANCE);
    evaluatePosture(w, 5 * DEG, 2 * DEG, 1);
    evaluateHipDamping(w);
    let abd = 0;
    let add = 0;
    w.muscles.forEach((m, i) => {
      const r = w.states.momentArmM[i]!;
      const d = (r * r * w.states.maxActiveForceN[i]! * DAMPING_PER_FORCE) / m.optimalFibreLengthM;
      if (r > 0) abd += d;
      else add += d;
    });
    expect(abd).toBeGreaterThan(0);
    expect(w.activeAbductorDampingNms).toBeCloseTo(abd, 9);
    expect(w.activeAdductorDampingNms).toBeCloseTo(add, 9);
  });

  it('evaluates the abductor side alone exactly as in full, and leaves the adductors unknown until then', () => {
    const input = { ...DEFAULT_STANCE, strength: { ...DEFAULT_STANCE.strength, gmed: 0.3 } };
    const full = workspace(input);
    const side = workspace(input);
    for (const deg of [-20, 0, 7.5, 25]) {
      evaluateHip(full, deg * DEG);
      evaluateAbductorSide(side, deg * DEG);
      expect(side.activeAbductorNm).toBe(full.activeAbductorNm);
      expect(side.passiveMuscleNm).toBe(full.passiveMuscleNm);
      expect(side.tissueNm).toBe(full.tissueNm);
      expect(side.activeAdductorNm).toBeNaN();
      expect(abductorSurplusAt(side, 0.1, 0.05, 0.6)).toBe(evaluatePosture(full, 0.1, 0.05, 0.6));
      evaluateHip(side, side.theta);
      expect(side.activeAdductorNm).toBe(full.activeAdductorNm);
      expect(side.states.maxActiveForceN).toEqual(full.states.maxActiveForceN);
    }
  });
});
