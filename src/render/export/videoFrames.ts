/**
 * The frames of a video of the walk or of a nerve block (./videoTiming.ts times them): the figure
 * builder over the model's samples, laid out for a slide (the whole body beside the close-up of
 * the stance hip), and a caption under them. Loaded only when a video is recorded.
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
import {
  gaitFigure,
  gaitOverlays,
  stanceFigure,
  type FigurePose,
  type StanceFigure,
  type StanceOverlays,
} from '../figure/pose/index.ts';
import { activationBlock } from '../figure/colourBar.ts';
import { figureScene, type FigureOptions } from '../figure/scene.ts';
import { oneDecimal } from '../plots/format.ts';
import { el, svgRoot, type SvgNode } from '../svg.ts';
import { PROJECTOR_THEME, type Theme } from '../theme.ts';
import { textNode } from '../plots/marks.ts';
import { frameCount, frameModelS, type VideoTiming } from './videoTiming.ts';

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

/** A posture to draw, the forces on its hip, and what the close-up shows of them. */
interface Shown {
  readonly pose: FigurePose;
  readonly overlays: StanceOverlays;
  /**
   * Whether the forces and lever arms are the instant's (the walk's, from its normative moment
   * curve) and so drawn; a nerve block's close-up shows the muscles and the drop only, since the
   * model gives its forces over time as totals, not as the vectors the close-up draws.
   */
  readonly forces: boolean;
  /** Words in the close-up's corner (the time after the block). */
  readonly corner?: string | undefined;
}

/** From this width per height of the drawing area on, a frame shows the close-up beside the body. */
const SIDE_BY_SIDE_ASPECT = 1.2;
/** The whole body's share of a frame's width beside the close-up, at most. */
const BODY_SHARE_MAX = 0.4;
/** Width per height of the whole-body view (its 1.2 m span over a standing body with the floor). */
const BODY_ASPECT = 0.62;

/** Widest colour key under the body, font sizes. */
const KEY_WIDTH_EM = 16;

/** A scene placed at (x, y) px inside a larger one (a nested <svg>). */
const placed = (scene: SvgNode, x: number, y: number): SvgNode => ({
  ...scene,
  attrs: { ...scene.attrs, x, y },
});

/**
 * The body without its colour key, which it draws over its floor at the left edge: in a column as
 * narrow as the body the key would lie over the feet, so the frame draws it under the body.
 */
const withoutActivationKey = (n: SvgNode): SvgNode =>
  n.children
    ? {
        ...n,
        children: n.children
          .filter((c) => c.attrs?.class !== 'activation-key')
          .map(withoutActivationKey),
      }
    : n;

/**
 * A frame: in a wide frame (a slide's 16:9) the whole body on the left with the muscles' colour
 * key under it, and the close-up of the stance hip with its forces, lever arms and their key
 * filling the rest; in a narrow one the whole body alone; under either, the caption, if any.
 */
function frameScene(
  shown: Shown,
  look: FrameLook,
  words: Pick<FigureOptions, 'title' | 'description'> & { readonly id: string },
): SvgNode {
  const t = look.theme;
  const band = look.caption ? captionBandPx(t) : 0;
  const heightPx = look.heightPx - band;
  const common = {
    theme: t,
    heightPx,
    bodyWeightN: look.bodyWeightN,
    units: look.units,
    ...words,
  };
  const caption = look.caption ? [captionNode(look.caption, look)] : [];
  const wide = look.widthPx / heightPx >= SIDE_BY_SIDE_ASPECT;
  const bodyPx = wide
    ? Math.round(Math.min(look.widthPx * BODY_SHARE_MAX, heightPx * BODY_ASPECT))
    : look.widthPx;
  const f = t.fontPx;
  const key = activationBlock(t, Math.min(bodyPx - f, KEY_WIDTH_EM * f), `${words.id}-activation`);
  const bodyHeightPx = wide ? heightPx - key.height - f : heightPx;
  const body = figureScene(shown.pose, {
    ...common,
    heightPx: bodyHeightPx,
    widthPx: bodyPx,
    view: 'body',
    id: wide ? `${words.id}-body` : words.id,
  });
  const size = { width: look.widthPx, height: look.heightPx };
  if (!wide) {
    if (!look.caption) return body;
    // The same drawing, its canvas grown downwards by the caption's band.
    return {
      ...body,
      attrs: { ...body.attrs, ...size, viewBox: `0 0 ${size.width} ${size.height}` },
      children: [...(body.children ?? []), ...caption],
    };
  }
  const hip = figureScene(shown.pose, {
    ...common,
    widthPx: look.widthPx - bodyPx,
    overlays: shown.overlays,
    show: { forces: shown.forces, momentArms: shown.forces },
    caption: shown.corner,
    view: 'hip',
    id: `${words.id}-hip`,
  });
  return svgRoot(
    {
      id: words.id,
      className: 'figure video-frame',
      widthPx: look.widthPx,
      heightPx: look.heightPx,
      fontFamily: t.fontFamily,
      title: words.title,
      description: words.description,
      background: t.background,
    },
    [
      placed(withoutActivationKey(body), 0, 0),
      el('g', { class: 'activation-key' }, key.draw(f / 2, bodyHeightPx + f / 2, bodyPx - f)),
      placed(hip, bodyPx, 0),
      ...caption,
    ],
  );
}

/** The frames of the walk: `timing.modelS` of walking from heel strike of the right leg. */
export function walkFrames(gait: Gait, timing: VideoTiming, look: FrameLook): SvgNode[] {
  return Array.from({ length: frameCount(timing) }, (_, i) => {
    const cycle = (frameModelS(timing, i) / gait.strideTimeS) % 1;
    const s = sampleGait(gait, cycle);
    const pose = gaitFigure(gait, s);
    return frameScene({ pose, overlays: gaitOverlays(gait, s, pose), forces: true }, look, {
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
  return nerveBlockFigure(after, s).pose;
}

/** The stance at one moment of a nerve block (as {@link nerveBlockPose}) with its forces. */
function nerveBlockFigure(after: StanceResult, s: NerveBlockSample): StanceFigure {
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
  return stanceFigure(r);
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
    frameScene(
      {
        ...nerveBlockFigure(after, s),
        forces: false,
        corner: `${oneDecimal(s.timeS)} s after the block`,
      },
      look,
      {
        id: `block-${i}`,
        title: 'A sudden superior gluteal nerve block, seen from behind',
        description: `${oneDecimal(s.timeS)} s after the block: pelvic drop ${oneDecimal(deg(s.pelvicDropRad))}°`,
      },
    ),
  );
}
