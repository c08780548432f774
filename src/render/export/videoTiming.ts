/**
 * Video of the walk or of a nerve block, its timing, shared by the browser and the command line:
 * when each frame is (one every 1/fps s of playback, each drawn at its exact moment of the model,
 * never captured in real time, so the file plays at the speed asked whatever the machine) and what
 * an export asks for. Apart from the frames' scenes (./videoFrames.ts, loaded with the encoder) so
 * that the export menu can count frames without loading the video's drawing code; encoding lives
 * with its platform: src/lib/video.ts (WebCodecs) and cli/video.ts.
 */
import { CAPS } from '../../../sim/index.ts';

/** What a video shows. */
export type VideoSubject = 'walk' | 'nerve-block';

/** How long and how fast: frames per second, the model time shown, and the playback speed. */
export interface VideoTiming {
  readonly fps: number;
  /** Model time shown, s (whole strides of the walk, or the time after the block). */
  readonly modelS: number;
  /** Playback speed: 1 real time, 0.5 half speed, 0.25 quarter speed. */
  readonly speed: number;
}

/** Frames a video of `timing` has: one per 1/fps s of playback, the first at time 0. */
export function frameCount(t: VideoTiming): number {
  return Math.max(1, Math.round((t.modelS / t.speed) * t.fps));
}

/** Playback length of a video, s. */
export function playbackS(t: VideoTiming): number {
  return frameCount(t) / t.fps;
}

/** The model time frame `i` shows, s: i / fps of playback at `speed`. */
export function frameModelS(t: VideoTiming, i: number): number {
  return (i * t.speed) / t.fps;
}

/** What a video export asks for (the menu's choices). */
export interface VideoRequest {
  readonly subject: VideoSubject;
  readonly format: 'webm' | 'mp4';
  readonly fps: number;
  /** Strides of the walk. */
  readonly strides: number;
  /** Seconds after the block (model time). */
  readonly blockS: number;
  readonly speed: number;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly caption: string;
}

/** What a video export asks for until told otherwise (the app's menu and the command line). */
export const DEFAULT_VIDEO_REQUEST: VideoRequest = {
  subject: 'walk',
  format: 'webm',
  fps: 30,
  strides: 2,
  blockS: 2,
  speed: 1,
  widthPx: 1280,
  heightPx: 720,
  caption: '',
};

/** The timing of a request, for a walk whose stride takes `strideTimeS`. */
export function requestTiming(r: VideoRequest, strideTimeS: number): VideoTiming {
  const modelS = r.subject === 'walk' ? r.strides * strideTimeS : r.blockS;
  return { fps: r.fps, modelS, speed: r.speed };
}

/** Whether `v` is a number within `range`, and whole when `whole`. */
const within = (v: number, range: { min: number; max: number }, whole = false): boolean =>
  Number.isFinite(v) && v >= range.min && v <= range.max && (!whole || Number.isInteger(v));

/**
 * Why a video request cannot be recorded, or undefined when it can: every number within the caps
 * of sim/fields/caps.ts (the command line's `video` keeps the same), and at most
 * {@link CAPS}.videoFrames frames for a walk whose stride takes `strideTimeS`.
 */
export function videoRequestProblem(r: VideoRequest, strideTimeS: number): string | undefined {
  const c = CAPS;
  if (r.subject === 'walk' && !within(r.strides, c.videoStrides, true))
    return `Strides must be a whole number from ${c.videoStrides.min} to ${c.videoStrides.max}.`;
  if (r.subject === 'nerve-block' && !within(r.blockS, c.videoAfterBlockS))
    return `Seconds after the block must be from ${c.videoAfterBlockS.min} to ${c.videoAfterBlockS.max}.`;
  if (!within(r.fps, c.videoFps, true))
    return `Frames per second must be a whole number from ${c.videoFps.min} to ${c.videoFps.max}.`;
  if (!within(r.widthPx, c.videoWidthPx, true) || !within(r.heightPx, c.videoHeightPx, true))
    return `The frame must be ${c.videoWidthPx.min}-${c.videoWidthPx.max} × ${c.videoHeightPx.min}-${c.videoHeightPx.max} px.`;
  if ([...r.caption].length > c.videoCaptionChars)
    return `The caption must be at most ${c.videoCaptionChars} characters.`;
  const frames = frameCount(requestTiming(r, strideTimeS));
  if (frames > c.videoFrames)
    return `The video would have ${frames} frames: at most ${c.videoFrames}; shorten it or lower the frames per second.`;
  return undefined;
}
