/**
 * Video of the walk or of a nerve block, the parts shared by the browser and the command line:
 * when each frame is (every frame drawn at its exact moment of the model, never captured in real
 * time, so the file plays at the speed asked whatever the machine), the frames' scenes (the figure
 * builder over the model's samples), and a caption drawn over them. Encoding lives with its
 * platform: src/lib/video.ts (WebCodecs) and cli/video.ts.
 */
import {
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

export {
  frameCount,
  frameModelS,
  playbackS,
  requestTiming,
  videoRequestProblem,
  type VideoRequest,
  type VideoSubject,
  type VideoTiming,
} from './videoTiming.ts';
import { frameModelS, frameCount, type VideoTiming } from './videoTiming.ts';

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
