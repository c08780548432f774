/**
 * The app's figures as scenes: the whole body, the second panel's figure (the hip close-up, or the
 * normal body side by side) and one stride as an animated GIF, each at a size and on a background,
 * for the screen and for export alike.
 */
import { sampleGait } from '../../sim/index.ts';
import { FIGURE_LAYERS, type LayerChoice } from '../render/figure/layers.ts';
import { gaitFigure, type FigurePose } from '../render/figure/pose/index.ts';
import { figureScene } from '../render/figure/scene.ts';
import type { SvgNode } from '../render/svg.ts';
import { PROJECTOR_THEME, SCREEN_THEME, type Theme } from '../render/theme.ts';
import type { AppState } from './app.svelte.ts';
import { describeGait, describeStance, stanceTitle } from './describe.ts';
import { scenesGif } from './exporting.ts';

/** A figure's size, px: its height, and its width when it fills a box. */
export interface FigureSize {
  readonly widthPx?: number;
  readonly heightPx: number;
}

/** The background of a figure: white, or transparent for slides. */
export type Background = 'white' | 'transparent';

/** What every figure of the app shares now: theme, units, layers and the ghost of normal. */
export interface FigureLook {
  readonly theme: Theme;
  readonly bodyWeightN: number;
  readonly units: 'N' | 'BW';
  readonly show: LayerChoice;
  readonly ghost: FigurePose | undefined;
}

/** Height of a figure whose box is not laid out yet (or too small to measure), px. */
const FALLBACK_HEIGHT_PX = 760;
/** Smallest box, px, drawn at its own size. */
const MIN_BOX_PX = 50;
/** Projector type and lines grow with the figure's height over this, px, up to 3 times. */
const PROJECTOR_DESIGN_HEIGHT_PX = 700;
const MAX_PROJECTOR_SCALE = 3;
/** The stride GIF: frames per second, fewest frames, and height per width. */
const GIF_FPS = 20;
const GIF_MIN_FRAMES = 8;
const GIF_HEIGHT_PER_WIDTH = 1.3;
const WALKING_TITLE = 'Walking, seen from behind';

/** A figure drawn at its box's pixel size, so text and lines keep their design size. */
export function boxSize(box: { readonly w: number; readonly h: number }): FigureSize {
  return box.w > MIN_BOX_PX && box.h > MIN_BOX_PX
    ? { widthPx: box.w, heightPx: box.h }
    : { heightPx: FALLBACK_HEIGHT_PX };
}

/** The figures' theme: on a projector, type and lines grow with the figure (4K gets 4K text). */
export function figureTheme(lecture: boolean, boxHeightPx: number): Theme {
  if (!lecture) return SCREEN_THEME;
  const k = Math.max(1, Math.min(MAX_PROJECTOR_SCALE, boxHeightPx / PROJECTOR_DESIGN_HEIGHT_PX));
  return {
    ...PROJECTOR_THEME,
    fontPx: PROJECTOR_THEME.fontPx * k,
    lineScale: PROJECTOR_THEME.lineScale * k,
  };
}

/** The look of the app's figures now, in `theme`. */
export function figureLook(app: AppState, theme: Theme): FigureLook {
  const v = app.view;
  const show = Object.fromEntries(FIGURE_LAYERS.map((l) => [l.key, v[l.key]])) as LayerChoice;
  const ghost =
    v.compare === 'ghost'
      ? v.mode === 'gait'
        ? app.normalGaitFig
        : app.normalFig.pose
      : undefined;
  return { theme, bodyWeightN: app.stance.bodyWeightN, units: v.units, show, ghost };
}

/** The current figure's title and its description in words. */
export function figureWords(app: AppState): { title: string; description: string } {
  return app.view.mode === 'gait'
    ? { title: WALKING_TITLE, description: describeGait(app.sample) }
    : { title: stanceTitle(app.stance), description: describeStance(app.stance) };
}

/** The whole-body figure. */
export function bodyFigure(
  app: AppState,
  look: FigureLook,
  size: FigureSize,
  background: Background,
): SvgNode {
  const gait = app.view.mode === 'gait';
  return figureScene(gait ? app.gaitFig : app.stanceFig.pose, {
    ...look,
    ...size,
    background,
    id: 'body',
    view: 'body',
    ...figureWords(app),
    overlays: gait ? undefined : app.stanceFig.overlays,
  });
}

/** The second panel's figure: the hip close-up, or the normal body side by side. */
export function secondFigure(
  app: AppState,
  look: FigureLook,
  size: FigureSize,
  background: Background,
): SvgNode {
  const gait = app.view.mode === 'gait';
  if (app.view.compare === 'side-by-side')
    return figureScene(gait ? app.normalGaitFig : app.normalFig.pose, {
      ...look,
      ...size,
      background,
      ghost: undefined,
      id: 'normal',
      view: 'body',
      title: 'Normal, for comparison',
      description: gait ? describeGait(app.sample) : describeStance(app.normalStance),
      overlays: gait ? undefined : app.normalFig.overlays,
    });
  const words = figureWords(app);
  return figureScene(gait ? app.gaitFig : app.stanceFig.pose, {
    ...look,
    ...size,
    background,
    id: 'hip',
    view: 'hip',
    title: `${words.title}: close-up of the hips`,
    description: words.description,
    overlays: gait ? undefined : app.stanceFig.overlays,
  });
}

/** One stride as an animated GIF, `widthPx` wide, at `speed` × real time. */
export function strideGif(
  app: AppState,
  look: FigureLook,
  widthPx: number,
  speed: number,
  onProgress: (fraction: number) => void,
): Promise<Blob> {
  const frames = Math.max(GIF_MIN_FRAMES, Math.round((app.gait.strideTimeS / speed) * GIF_FPS));
  const heightPx = Math.round(widthPx * GIF_HEIGHT_PER_WIDTH);
  const scenes = Array.from({ length: frames }, (_, i) => {
    const s = sampleGait(app.gait, i / frames);
    return figureScene(gaitFigure(app.gait, s), {
      ...look,
      ghost: undefined,
      widthPx,
      heightPx,
      id: `gif-${i}`,
      view: 'body',
      title: WALKING_TITLE,
      description: describeGait(s),
    });
  });
  return scenesGif(scenes, widthPx, heightPx, GIF_FPS, onProgress);
}
