/**
 * The app's figures as scenes: the whole body, the second panel's figure (the hip close-up, or the
 * comparison's body side by side) and one stride as an animated GIF, each at a size and on a background,
 * for the screen and for export alike.
 */
import { sampleGait, type Gait, type GaitSample } from '../../sim/index.ts';
import { FIGURE_LAYERS, type LayerChoice } from '../render/figure/layers.ts';
import {
  gaitFigure,
  gaitOverlays,
  type FigurePose,
  type StanceOverlays,
} from '../render/figure/pose/index.ts';
import { figureScene, type FigureOptions } from '../render/figure/scene.ts';
import type { SvgNode } from '../render/svg.ts';
import {
  PROJECTOR_DARK_THEME,
  PROJECTOR_THEME,
  SCREEN_THEME,
  type Theme,
} from '../render/theme.ts';
import type { AppState } from './app.svelte.ts';
import { comparisonOf } from './compare.ts';
import { describeBlockInstant, describeGait, describeStance, stanceTitle } from './describe.ts';
import type { ViewState } from './viewFields.ts';

/** A figure's size, px: its height, and its width when it fills a box. */
export interface FigureSize {
  readonly widthPx?: number;
  readonly heightPx: number;
}

/** The background of a figure: white, or transparent for slides. */
export type Background = 'white' | 'transparent';

/** What every figure of the app shares now: theme, units, layers and the comparison's ghost. */
export interface FigureLook {
  readonly theme: Theme;
  readonly bodyWeightN: number;
  readonly units: 'N' | 'BW';
  readonly show: LayerChoice;
  readonly ghost: FigurePose | undefined;
  /** Write the muscles' names on the close-up (lecture mode). */
  readonly muscleNames: boolean;
}

/** A figure's box: drawn at its own size above `minPx` each way, else `fallbackHeightPx` tall. */
const BOX = { minPx: 50, fallbackHeightPx: 760 } as const;
/**
 * On a projector, type and lines grow with the figure's height over `designHeightPx`, up to
 * `maxScale` ×: in lecture mode the figure is about 60 % of the screen's height, so its labels
 * keep the size of the page's type (which grows with the screen) from 720p to 4K.
 */
const PROJECTOR = { designHeightPx: 440, maxScale: 3.5 } as const;
/** The stride GIF: frames per second, fewest frames, and height per width. */
const GIF = { fps: 20, minFrames: 8, heightPerWidth: 1.3 } as const;
const WALKING_TITLE = 'Walking, seen from behind';
const BLOCK_TITLE = 'Single-leg stance during a superior gluteal nerve block, seen from behind';
/** While the block plays, one unchanging line (a live region must not speak every frame). */
const BLOCK_PLAYING =
  'A superior gluteal nerve block is playing: the pelvis falls in about half a second.';

/** A figure drawn at its box's pixel size, so text and lines keep their design size. */
export function boxSize(box: { readonly w: number; readonly h: number }): FigureSize {
  return box.w > BOX.minPx && box.h > BOX.minPx
    ? { widthPx: box.w, heightPx: box.h }
    : { heightPx: BOX.fallbackHeightPx };
}

/**
 * The figures' and plots' theme: on a projector (light or dark ground), type and lines grow with
 * the figure (4K gets 4K text).
 */
export function figureTheme(
  lecture: boolean,
  boxHeightPx: number,
  projector: 'light' | 'dark' = 'light',
): Theme {
  if (!lecture) return SCREEN_THEME;
  const base = projector === 'dark' ? PROJECTOR_DARK_THEME : PROJECTOR_THEME;
  const k = Math.max(1, Math.min(PROJECTOR.maxScale, boxHeightPx / PROJECTOR.designHeightPx));
  return { ...base, fontPx: base.fontPx * k, lineScale: base.lineScale * k };
}

/** The look of the app's figures now, in `theme`. */
export function figureLook(app: AppState, theme: Theme): FigureLook {
  const v = app.view;
  const show = Object.fromEntries(FIGURE_LAYERS.map((l) => [l.key, v[l.key]])) as LayerChoice;
  const ghost =
    v.compare === 'ghost' && v.pin !== 'none'
      ? v.mode === 'gait'
        ? app.normalGaitFig
        : app.normalFig.pose
      : undefined;
  return {
    theme,
    bodyWeightN: app.stance.bodyWeightN,
    units: v.units,
    show,
    ghost,
    muscleNames: v.lecture,
  };
}

/**
 * The current figure's title and its description in words. While the walk plays, the description
 * follows the readouts (a few times a second, `app.readSample`); `exact`, for a figure exported or
 * printed, describes the instant drawn.
 */
export function figureWords(app: AppState, exact = false): { title: string; description: string } {
  if (app.blockSample)
    return {
      title: BLOCK_TITLE,
      description: app.blockPlaying
        ? BLOCK_PLAYING
        : describeBlockInstant(app.blockSample, app.stance.input.stanceSide),
    };
  return app.view.mode === 'gait'
    ? { title: WALKING_TITLE, description: describeGait(exact ? app.sample : app.readSample) }
    : { title: stanceTitle(app.stance), description: describeStance(app.stance) };
}

/** A posture to draw and, in stance, its forces and lever arms. */
interface Shown {
  readonly pose: FigurePose;
  readonly overlays: StanceOverlays | undefined;
}

/** The walk's last instant drawn: both figures of a frame draw it, its overlays worked out once. */
let lastWalk: { gait: Gait; sample: GaitSample; shown: Shown } | undefined;

/** The walk's instant `sample` posed as `pose`, with its forces. */
function walking(gait: Gait, sample: GaitSample, pose: FigurePose): Shown {
  if (lastWalk?.gait !== gait || lastWalk.sample !== sample || lastWalk.shown.pose !== pose)
    lastWalk = { gait, sample, shown: { pose, overlays: gaitOverlays(gait, sample, pose) } };
  return lastWalk.shown;
}

/**
 * The figure of the affected body now: the walk's instant with its forces, the nerve block's
 * instant (its pose only), or the stance with its forces.
 */
const affected = (app: AppState): Shown =>
  app.view.mode === 'gait'
    ? walking(app.gait, app.sample, app.gaitFig)
    : app.blockFig
      ? { pose: app.blockFig, overlays: undefined }
      : app.stanceFig;

/** The figure of the comparison (normal or pinned), at the same instant or in stance. */
const normal = (app: AppState): Shown =>
  app.view.mode === 'gait' ? { pose: app.normalGaitFig, overlays: undefined } : app.normalFig;

/** A figure drawn in the app's look at a size and background; `o` names and places it. */
function drawn(
  figure: Shown,
  look: FigureLook,
  size: FigureSize,
  background: Background,
  o: Pick<FigureOptions, 'id' | 'view' | 'title' | 'description'> & { ghost?: undefined },
): SvgNode {
  return figureScene(figure.pose, {
    ...look,
    ...size,
    background,
    ...o,
    overlays: figure.overlays,
  });
}

/**
 * One of the app's figures, in its look at a size and background; `exact` for one exported or
 * printed ({@link figureWords}).
 */
export type AppFigure = (
  app: AppState,
  look: FigureLook,
  size: FigureSize,
  background: Background,
  exact?: boolean,
) => SvgNode;

/** The whole-body figure. */
export const bodyFigure: AppFigure = (app, look, size, background, exact = false) =>
  drawn(affected(app), look, size, background, {
    id: 'body',
    view: 'body',
    ...figureWords(app, exact),
  });

/** Whether the second panel shows the comparison's whole body beside the scenario's. */
export function sideBySide(v: ViewState): boolean {
  return v.compare === 'side-by-side' && v.pin !== 'none';
}

/** The second panel's figure: the hip close-up, or the comparison's body side by side. */
export const secondFigure: AppFigure = (app, look, size, background, exact = false) => {
  const words = figureWords(app, exact);
  return sideBySide(app.view)
    ? drawn(normal(app), look, size, background, {
        ghost: undefined,
        id: 'normal',
        view: 'body',
        title: `${comparisonOf(app.scenario, app.view).label}, for comparison`,
        description:
          app.view.mode === 'gait' ? words.description : describeStance(app.normalStance),
      })
    : drawn(affected(app), look, size, background, {
        id: 'hip',
        view: 'hip',
        title: `${words.title}: close-up of the hips`,
        description: words.description,
      });
};

/** One stride as an animated GIF, `widthPx` wide, at `speed` × real time. */
export async function strideGif(
  app: AppState,
  look: FigureLook,
  widthPx: number,
  speed: number,
  onProgress: (fraction: number) => void,
): Promise<Blob> {
  // The GIF writer is loaded when first asked for (src/lib/exporting.ts), not with the first screen.
  const { scenesGif } = await import('./exporting.ts');
  const frames = Math.max(GIF.minFrames, Math.round((app.gait.strideTimeS / speed) * GIF.fps));
  const heightPx = Math.round(widthPx * GIF.heightPerWidth);
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
  return scenesGif(scenes, widthPx, heightPx, GIF.fps, onProgress);
}
