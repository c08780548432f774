/**
 * Video of the walk or of a nerve block, the parts shared by the browser and the command line:
 * when each frame is (every frame drawn at its exact moment of the model, never captured in real
 * time, so the file plays at the speed asked whatever the machine), the frames' scenes (the figure
 * builder over the model's samples), and a caption drawn over them. Encoding lives with its
 * platform: src/lib/video.ts (WebCodecs) and cli/video.ts.
 */
import {
  CAPS,
  deg,
  nerveBlock,
  sampleGait,
  solveStance,
  type Gait,
  type NerveBlockSample,
  type StanceInput,
  type StanceResult,
} from '../../../sim/index.ts';
import { gaitFigure, stanceFigure, type FigurePose } from '../figure/pose/index.ts';
import { figureScene, type FigureOptions } from '../figure/scene.ts';
import { oneDecimal } from '../plots/format.ts';
import { el, type SvgNode } from '../svg.ts';
import { PROJECTOR_THEME, type Theme } from '../theme.ts';
import { textNode } from '../plots/marks.ts';

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

/** What the frames are drawn with: size, look and an optional caption. */
export interface FrameLook {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly theme: Theme;
  readonly bodyWeightN: number;
  readonly units: 'N' | 'BW';
  /** Words drawn along the bottom of every frame (none when empty). */
  readonly caption?: string | undefined;
}

/** Frame height at which the projector theme's type and lines have their design size, px. */
const DESIGN_HEIGHT_PX = 700;

/** The frames' theme: the projector's high contrast, type and lines growing with the frame. */
export function frameTheme(heightPx: number): Theme {
  const k = Math.max(0.5, heightPx / DESIGN_HEIGHT_PX);
  return {
    ...PROJECTOR_THEME,
    fontPx: PROJECTOR_THEME.fontPx * k,
    lineScale: PROJECTOR_THEME.lineScale * k,
  };
}

/** Height of the caption's band, px: two lines of its type. */
const captionBandPx = (t: Theme): number => t.fontPx * 2.2;

/** The caption: a band along the bottom, under the figure, with the words centred. */
function captionNode(text: string, look: FrameLook): SvgNode {
  const t = look.theme;
  const band = captionBandPx(t);
  return el('g', { class: 'caption', 'aria-label': text }, [
    el('rect', {
      x: 0,
      y: look.heightPx - band,
      width: look.widthPx,
      height: band,
      fill: t.background,
    }),
    textNode(
      look.widthPx / 2,
      look.heightPx - band / 2,
      text,
      { size: t.fontPx * 1.1, colour: t.ink, anchor: 'middle' },
      t,
    ),
  ]);
}

/** A frame: the figure in `pose`, and under it the caption, if any. */
function frameScene(
  pose: FigurePose,
  look: FrameLook,
  words: Pick<FigureOptions, 'title' | 'description' | 'id'>,
): SvgNode {
  const band = look.caption ? captionBandPx(look.theme) : 0;
  const scene = figureScene(pose, {
    theme: look.theme,
    widthPx: look.widthPx,
    heightPx: look.heightPx - band,
    bodyWeightN: look.bodyWeightN,
    units: look.units,
    view: 'body',
    ...words,
  });
  if (!look.caption) return scene;
  // The same drawing, its canvas grown downwards by the caption's band.
  const size = { width: look.widthPx, height: look.heightPx };
  return {
    ...scene,
    attrs: { ...scene.attrs, ...size, viewBox: `0 0 ${size.width} ${size.height}` },
    children: [...(scene.children ?? []), captionNode(look.caption, look)],
  };
}

/** The frames of the walk: `timing.modelS` of walking from heel strike of the right leg. */
export function walkFrames(gait: Gait, timing: VideoTiming, look: FrameLook): SvgNode[] {
  return Array.from({ length: frameCount(timing) }, (_, i) => {
    const cycle = (frameModelS(timing, i) / gait.strideTimeS) % 1;
    const s = sampleGait(gait, cycle);
    return frameScene(gaitFigure(gait, s), look, {
      id: `walk-${i}`,
      title: 'Walking, seen from behind',
      description: `${oneDecimal(cycle * 100)} % of the stride`,
    });
  });
}

/**
 * The stance at one moment of a nerve block: the solved stance after the block, moved to the
 * sample's pelvic drop and trunk lean (the stance leg's adduction follows the drop one to one),
 * the blocked muscles at the sample's activation.
 */
export function nerveBlockPose(after: StanceResult, s: NerveBlockSample): FigurePose {
  const blocked = new Set(['gmed', 'gmin', 'tfl']);
  const r: StanceResult = {
    ...after,
    pelvicDropRad: s.pelvicDropRad,
    trunkLeanRad: s.trunkLeanRad,
    hipAdductionRad: after.hipAdductionRad + (s.pelvicDropRad - after.pelvicDropRad),
    muscles: after.muscles.map((m) =>
      blocked.has(m.group) ? { ...m, activation: m.strength > 0 ? s.abductorActivation : 0 } : m,
    ),
  };
  return stanceFigure(r).pose;
}

/** The frames of a sudden superior gluteal nerve block of `input`, from the moment of the block. */
export function nerveBlockFrames(
  input: StanceInput,
  timing: VideoTiming,
  look: FrameLook,
): SvgNode[] {
  const n = frameCount(timing);
  const after = solveStance(input);
  // Samples evenly over [0, T] with T = (n − 1) × speed / fps: sample i is frame i's moment.
  const samples = nerveBlock(input, frameModelS(timing, Math.max(1, n - 1)), Math.max(2, n));
  return samples.slice(0, n).map((s, i) =>
    frameScene(nerveBlockPose(after, s), look, {
      id: `block-${i}`,
      title: 'A sudden superior gluteal nerve block, seen from behind',
      description: `${oneDecimal(s.timeS)} s after the block: pelvic drop ${oneDecimal(deg(s.pelvicDropRad))}°`,
    }),
  );
}
