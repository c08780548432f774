import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  buildGait,
  DEFAULT_GAIT,
  DEFAULT_STANCE,
  nerveBlock,
  solveStance,
} from '../../../sim/index.ts';
import { frameCount, frameModelS } from '../../../src/render/export/videoTiming.ts';
import {
  frameTheme,
  nerveBlockFrames,
  nerveBlockPose,
  walkFrames,
} from '../../../src/render/export/videoFrames.ts';
import { serialize } from '../../../src/render/svg.ts';

const palsy = {
  ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!,
  stanceSide: 'right' as const,
};
const look = {
  widthPx: 320,
  heightPx: 180,
  theme: frameTheme(180),
  bodyWeightN: 716,
  units: 'BW' as const,
};

describe('video frames', () => {
  it('draw the walk frame by frame at the frame size, with the caption under the figure', () => {
    const gait = buildGait({ ...DEFAULT_GAIT, stance: palsy });
    const timing = { fps: 10, modelS: gait.strideTimeS, speed: 1 };
    const frames = walkFrames(gait, timing, { ...look, caption: 'Palsy, real time' });
    expect(frames).toHaveLength(frameCount(timing));
    const svg = serialize(frames[3]!);
    expect(svg).toMatch(/^<svg[^>]* width="320" height="180" viewBox="0 0 320 180"/);
    expect(svg).toContain('>Palsy, real time</text>');
    expect(serialize(frames[0]!)).not.toBe(serialize(frames[3]!));
  });

  it('draw the nerve block from the moment of the block, sample i at frame i', () => {
    const timing = { fps: 20, modelS: 1, speed: 1 };
    const frames = nerveBlockFrames(palsy, timing, look);
    expect(frames).toHaveLength(20);
    const samples = nerveBlock(palsy, frameModelS(timing, 19), 20);
    expect(samples[19]!.timeS).toBeCloseTo(19 / 20, 9);
    // the pose follows the sample: the last frame's pelvis has dropped, the first is level
    const after = solveStance(palsy);
    const first = nerveBlockPose(after, samples[0]!);
    const last = nerveBlockPose(after, samples[19]!);
    expect(Math.abs(first.pelvis.angleRad)).toBeLessThan(0.01);
    expect(Math.abs(last.pelvis.angleRad)).toBeGreaterThan(0.1);
  });

  it('fill a 16:9 slide: the whole body on the left, its colour key under it, the close-up beside', () => {
    const gait = buildGait({ ...DEFAULT_GAIT, stance: palsy });
    const timing = { fps: 10, modelS: gait.strideTimeS, speed: 1 };
    const slide = { ...look, widthPx: 1280, heightPx: 720, theme: frameTheme(720) };
    const svg = serialize(walkFrames(gait, timing, { ...slide, caption: 'Palsy' })[3]!);
    const nested = [...svg.matchAll(/<svg [^>]*class="figure figure-(body|hip)"[^>]*>/g)].map(
      (m) => ({
        view: m[1],
        x: Number(/ x="([\d.]+)"/.exec(m[0])?.[1]),
        width: Number(/ width="([\d.]+)"/.exec(m[0])?.[1]),
        height: Number(/ height="([\d.]+)"/.exec(m[0])?.[1]),
      }),
    );
    expect(nested.map((n) => n.view)).toEqual(['body', 'hip']);
    const [body, hip] = nested as [(typeof nested)[0], (typeof nested)[0]];
    // side by side across the whole width, the body 30 % of it or more
    expect(body.x).toBe(0);
    expect(hip.x).toBe(body.width);
    expect(body.width + hip.width).toBe(1280);
    expect(body.width).toBeGreaterThanOrEqual(0.3 * 1280);
    // the close-up as tall as the frame above the caption; the body leaves room for its key
    expect(hip.height).toBeGreaterThan(650);
    expect(body.height).toBeLessThan(hip.height);
    expect(body.height).toBeGreaterThan(0.8 * 720);
    expect(svg.match(/>Muscle activation</g)).toHaveLength(1);
    expect(svg).toMatch(/× BW</); // the walk's forces on the close-up
    expect(svg).toContain('>Palsy</text>');
  });

  it('keep the whole body alone in a frame too narrow for the close-up beside it', () => {
    const gait = buildGait({ ...DEFAULT_GAIT, stance: palsy });
    const timing = { fps: 10, modelS: gait.strideTimeS, speed: 1 };
    const portrait = { ...look, widthPx: 360, heightPx: 640, theme: frameTheme(640) };
    const svg = serialize(walkFrames(gait, timing, portrait)[0]!);
    expect(svg).toMatch(/^<svg[^>]* width="360" height="640"[^>]*class="figure figure-body"/);
    expect(svg).not.toContain('figure-hip');
  });

  it("show the nerve block's close-up with the time after the block and no forces it cannot draw", () => {
    const timing = { fps: 4, modelS: 1, speed: 1 };
    const slide = { ...look, widthPx: 1280, heightPx: 720, theme: frameTheme(720) };
    const frames = nerveBlockFrames(palsy, timing, slide).map((f) => serialize(f));
    expect(frames[2]).toContain('figure-hip');
    expect(frames[2]).toContain('>0.5 s after the block</text>');
    expect(frames[2]).not.toMatch(/× BW</);
  });
});
