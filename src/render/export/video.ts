/**
 * Video of the walk or of a nerve block, its timing, shared by the browser and the command line:
 * when each frame is (every frame drawn at its exact moment of the model, never captured in real
 * time, so the file plays at the speed asked whatever the machine) and what an export asks for.
 * The frames' scenes are in ./videoFrames.ts (loaded with the encoder); encoding lives with its
 * platform: src/lib/video.ts (WebCodecs) and cli/video.ts.
 */

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

/** The timing of a request, for a walk whose stride takes `strideTimeS`. */
export function requestTiming(r: VideoRequest, strideTimeS: number): VideoTiming {
  const modelS = r.subject === 'walk' ? r.strides * strideTimeS : r.blockS;
  return { fps: r.fps, modelS, speed: r.speed };
}
