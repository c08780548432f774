import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIDEO_REQUEST,
  frameCount,
  frameModelS,
  playbackS,
  requestTiming,
  videoRequestProblem,
  type VideoRequest,
} from '../../../src/render/export/videoTiming.ts';

describe('video timing', () => {
  it('gives one frame per 1/fps s of playback, each showing the model at its exact moment', () => {
    const t = { fps: 30, modelS: 2.2, speed: 0.5 };
    expect(frameCount(t)).toBe(132);
    expect(playbackS(t)).toBeCloseTo(4.4, 12);
    expect(frameModelS(t, 0)).toBe(0);
    expect(frameModelS(t, 30)).toBeCloseTo(0.5, 12); // one second of playback: half a second of walking
  });

  it('turns strides or seconds after the block into the model time shown', () => {
    const r: VideoRequest = {
      ...DEFAULT_VIDEO_REQUEST,
      fps: 25,
      strides: 3,
      speed: 0.25,
      widthPx: 640,
      heightPx: 360,
    };
    expect(requestTiming(r, 1.1).modelS).toBeCloseTo(3.3, 12);
    expect(requestTiming({ ...r, subject: 'nerve-block' }, 1.1).modelS).toBe(2);
  });
});

describe('a video request', () => {
  const r: VideoRequest = DEFAULT_VIDEO_REQUEST;

  it('within the caps is recorded', () => {
    expect(videoRequestProblem(r, 1.1)).toBeUndefined();
    expect(videoRequestProblem({ ...r, subject: 'nerve-block', strides: 0 }, 1.1)).toBeUndefined();
  });

  // Typed into the export menu, these used to be recorded: 1000 strides, hours of drawing.
  it.each([
    [{ strides: 1000 }, 'from 1 to 20'],
    [{ strides: 0 }, 'from 1 to 20'],
    [{ strides: 2.5 }, 'whole number'],
    [{ strides: Number.NaN }, 'from 1 to 20'],
    [{ subject: 'nerve-block', blockS: 600 }, 'from 0.1 to 10'],
    [{ fps: 1000 }, 'from 1 to 60'],
    [{ widthPx: 8000 }, 'px'],
    [{ caption: 'x'.repeat(121) }, 'at most 120 characters'],
    [{ strides: 20, speed: 0.25, fps: 60 }, 'at most 3600'],
  ] as const)('is refused for %j, saying why', (change, why) => {
    expect(videoRequestProblem({ ...r, ...change }, 1.1)).toContain(why);
  });
});
