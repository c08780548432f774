import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  DEFAULT_STANCE,
  solveStance,
  stancePose,
  type Pose,
} from '../../sim/index.ts';

function points(p: Pose): [string, { x: number; y: number }][] {
  return Object.entries(p).filter(
    (e): e is [string, { x: number; y: number }] =>
      typeof e[1] === 'object' && e[1] !== null && 'x' in e[1] && 'y' in e[1],
  );
}

describe('the pose', () => {
  const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;

  it('of a left stance is the mirror image of the right stance', () => {
    for (const input of [
      DEFAULT_STANCE,
      palsy,
      { ...palsy, compensation: 'trunk-lean' as const },
    ]) {
      const right = stancePose(solveStance({ ...input, stanceSide: 'right' }));
      const left = stancePose(solveStance({ ...input, stanceSide: 'left' }));
      for (const [name, p] of points(right)) {
        const q = (left as unknown as Record<string, { x: number; y: number }>)[name]!;
        expect(q.x, name).toBeCloseTo(-p.x, 12);
        expect(q.y, name).toBeCloseTo(p.y, 12);
      }
      right.muscles.forEach((m, i) => {
        expect(left.muscles[i]!.origin.x).toBeCloseTo(-m.origin.x, 12);
        expect(left.muscles[i]!.insertion.y).toBeCloseTo(m.insertion.y, 12);
      });
    }
  });

  it('stands the healthy pelvis level and tilts it down on the swing side in palsy', () => {
    const healthy = stancePose(solveStance(DEFAULT_STANCE));
    expect(healthy.swingHip.y).toBeCloseTo(healthy.stanceHip.y, 12);
    const p = stancePose(solveStance(palsy));
    expect(p.swingHip.y).toBeLessThan(p.stanceHip.y - 0.03);
    expect(p.swingCrest.y).toBeLessThan(p.stanceCrest.y - 0.05);
  });

  it('puts the stance foot on the floor under the centre of mass of a healthy body', () => {
    const p = stancePose(solveStance(DEFAULT_STANCE));
    expect(p.stanceAnkle.x).toBeCloseTo(0, 12);
    expect(p.swingAnkle.y).toBeGreaterThan(p.stanceAnkle.y);
  });

  it('draws each abductor from the ilium above the hip down to the trochanter', () => {
    const p = stancePose(solveStance(DEFAULT_STANCE));
    for (const m of p.muscles.slice(0, 6)) {
      expect(m.origin.y).toBeGreaterThan(m.insertion.y);
      expect(m.insertion.x).toBeGreaterThan(p.stanceHip.x);
    }
  });
});
