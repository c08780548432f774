import { describe, expect, it } from 'vitest';
import {
  frameCount,
  frameModelS,
  playbackS,
  requestTiming,
  type VideoRequest,
} from '../../../src/render/export/video.ts';

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
      subject: 'walk',
      format: 'webm',
      fps: 25,
      strides: 3,
      blockS: 2,
      speed: 0.25,
      widthPx: 640,
      heightPx: 360,
      caption: '',
    };
    expect(requestTiming(r, 1.1).modelS).toBeCloseTo(3.3, 12);
    expect(requestTiming({ ...r, subject: 'nerve-block' }, 1.1).modelS).toBe(2);
  });
});
