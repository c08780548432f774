import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE } from '../../../sim/index.ts';
import { emptyHipMemo, recallInto, remember } from '../../../sim/stance/hipMemo.ts';
import {
  evaluateAbductorSide,
  evaluateHip,
  workspace,
  type Workspace,
} from '../../../sim/stance/posture.ts';
import { tissueStrain } from '../../../sim/stance/strain.ts';

const DEG = Math.PI / 180;

/** What a search reads of the hip's abductor side. */
const sums = (w: Workspace) => ({
  abd: w.activeAbductorNm,
  passive: w.passiveMuscleNm,
  tissue: w.tissueNm,
  strain: tissueStrain(w),
});

describe('the memo of recent hip evaluations', () => {
  it('recalls an adduction evaluated a few evaluations ago exactly as a fresh evaluation', () => {
    const input = { ...DEFAULT_STANCE, strength: { ...DEFAULT_STANCE.strength, gmed: 0.2 } };
    const w = workspace(input);
    const fresh = workspace(input);
    const angles = [3, 11.5, -7, 20].map((d) => d * DEG);
    for (const theta of angles) evaluateAbductorSide(w, theta);
    for (const theta of angles) {
      evaluateAbductorSide(w, theta);
      evaluateAbductorSide(fresh, theta);
      expect(sums(w)).toEqual(sums(fresh));
      expect(w.activeAdductorNm).toBeNaN();
    }
  });

  it('evaluates the hip in full after a recall (the states are of the adduction asked for)', () => {
    const w = workspace(DEFAULT_STANCE);
    const fresh = workspace(DEFAULT_STANCE);
    evaluateHip(w, 5 * DEG);
    evaluateHip(w, 9 * DEG);
    evaluateAbductorSide(w, 5 * DEG);
    evaluateHip(w, 5 * DEG);
    evaluateHip(fresh, 5 * DEG);
    expect(w.states.momentArmM).toEqual(fresh.states.momentArmM);
    expect(w.activeAdductorNm).toBe(fresh.activeAdductorNm);
  });

  it('recalls the latest entry of an adduction and forgets the oldest when full', () => {
    const memo = emptyHipMemo(1);
    const cable = [{ lengthM: 0, momentArmM: 0, forceN: 7, dirX: 0, dirY: 0 }];
    const sums = { activeAbductorNm: 0, passiveMuscleNm: 0, tissueNm: 0 };
    remember(memo, 0.1, 1, 2, 3, cable);
    cable[0]!.forceN = 0;
    expect(recallInto(memo, 0.1, sums, cable)).toBe(true);
    expect(sums).toEqual({ activeAbductorNm: 1, passiveMuscleNm: 2, tissueNm: 3 });
    expect(cable[0]!.forceN).toBe(7);
    // 0.1 and 7 more fill the 8 entries; one more replaces 0.1, the oldest.
    for (let k = 1; k < 8; k++) remember(memo, 0.1 + k, 0, 0, 0, cable);
    expect(recallInto(memo, 0.1, sums, cable)).toBe(true);
    remember(memo, 99, 0, 0, 0, cable);
    expect(recallInto(memo, 0.1, sums, cable)).toBe(false);
    expect(recallInto(memo, 99, sums, cable)).toBe(true);
  });
});
