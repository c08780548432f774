import { describe, expect, it } from 'vitest';
import { solveStance } from '../../sim/index.ts';
import { stanceFigure } from '../../src/render/figure/pose/index.ts';
import { nerveBlockPose } from '../../src/render/figure/pose/nerveBlockPose.ts';
import { preset } from './fixtures.ts';

const crestTilt = (p: ReturnType<typeof nerveBlockPose>) =>
  Math.atan2(
    p.pelvis.rightCrest.y - p.pelvis.leftCrest.y,
    p.pelvis.rightCrest.x - p.pelvis.leftCrest.x,
  );

describe('the nerve-block figure', () => {
  for (const side of ['right', 'left'] as const) {
    const r = solveStance(
      preset('sgn-palsy-complete', { stanceSide: side, compensation: 'trunk-lean' }),
    );

    it(`is the settled stance's pose at the settled drop and lean (${side} stance)`, () => {
      expect(nerveBlockPose(r, r)).toEqual(stanceFigure(r).pose);
    });

    it(`keeps the pelvis level at the block and tilts it by the drop later, foot in place (${side} stance)`, () => {
      const level = nerveBlockPose(r, { pelvicDropRad: 0, trunkLeanRad: 0 });
      const dropped = nerveBlockPose(r, { pelvicDropRad: 0.15, trunkLeanRad: 0.05 });
      expect(crestTilt(level)).toBeCloseTo(0, 9);
      // The swing side (left for a right stance) is lower: the crest line turns by the drop.
      expect(Math.abs(crestTilt(dropped))).toBeCloseTo(0.15, 6);
      const foot = (p: typeof level) => (side === 'right' ? p.right : p.left).ankle;
      expect(foot(dropped).x).toBeCloseTo(foot(level).x, 9);
      expect(foot(dropped).y).toBeCloseTo(foot(level).y, 9);
    });
  }
});
