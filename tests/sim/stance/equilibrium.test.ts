import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, SUSTAINED_ACTIVATION } from '../../../sim/index.ts';
import { confirmDrop, dropForLean } from '../../../sim/stance/equilibrium.ts';
import { workspace } from '../../../sim/stance/posture.ts';

const DEG = Math.PI / 180;
const weak = {
  ...DEFAULT_STANCE,
  strength: { ...DEFAULT_STANCE.strength, gmed: 0.1, gmin: 0.1, tfl: 0.1 },
};
const c = SUSTAINED_ACTIVATION;

describe('where the pelvis settles for a lean', () => {
  for (const leanDeg of [0, 4, 10])
    it(`confirms the drop search's own drop at a ${leanDeg}° lean and keeps it for that lean`, () => {
      const lean = leanDeg * DEG;
      const found = dropForLean(workspace(weak), lean, c).dropRad;
      expect(found).toBeGreaterThan(0);
      const w = workspace(weak);
      expect(confirmDrop(w, lean, found, c)).toBe(true);
      expect(Math.abs(dropForLean(w, lean, c).dropRad - found)).toBeLessThanOrEqual(1e-9);
    });

  it('rejects a drop short of the equilibrium, or one beyond the first stable equilibrium', () => {
    const found = dropForLean(workspace(weak), 0, c).dropRad;
    expect(confirmDrop(workspace(weak), 0, found - 1e-4, c)).toBe(false);
    expect(confirmDrop(workspace(weak), 0, found + 0.1, c)).toBe(false);
    expect(confirmDrop(workspace(weak), 0, 0, c)).toBe(false);
  });
});
