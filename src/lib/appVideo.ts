/**
 * The app's video export: the walk or a nerve block of the current scenario, in the figures'
 * look at a slide's size, encoded in the browser (src/lib/video.ts). Loaded on demand with it.
 */
import {
  requestTiming,
  videoRequestProblem,
  type VideoRequest,
} from '../render/export/videoTiming.ts';
import { frameTheme, nerveBlockFrames, walkFrames } from '../render/export/videoFrames.ts';
import type { AppState } from './app.svelte.ts';
import { scenesVideo } from './video.ts';

/**
 * Records the video of a request; refuses (a rejected promise, nothing drawn) one outside the
 * caps the command line keeps too (a typed 1000 strides would otherwise take hours).
 */
export async function appVideo(
  app: AppState,
  r: VideoRequest,
  onProgress: (fraction: number) => void,
): Promise<Blob> {
  const problem = videoRequestProblem(r, app.gait.strideTimeS);
  if (problem) throw new Error(problem);
  const look = {
    widthPx: r.widthPx,
    heightPx: r.heightPx,
    theme: frameTheme(r.heightPx),
    bodyWeightN: app.stance.bodyWeightN,
    units: app.view.units,
    caption: r.caption.trim() || undefined,
  };
  const timing = requestTiming(r, app.gait.strideTimeS);
  const frames =
    r.subject === 'walk'
      ? walkFrames(app.gait, timing, look)
      : nerveBlockFrames(app.stance.input, timing, look);
  return scenesVideo(frames, r.widthPx, r.heightPx, r.fps, r.format, onProgress);
}
