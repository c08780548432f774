/**
 * Where the figure goes in its box: the world window, the rectangle it is drawn in, and the
 * close-up's panel (beside the drawing in a wide box, below it in a tall one). The whole body
 * stands on the bottom edge with room for "Left" and "Right" below the floor; the close-up of a
 * stance frames the hip and every force drawn on it; in walking it holds still on the pelvis.
 */
import type { Vec2 } from '../../../sim/index.ts';
import type { Theme } from '../theme.ts';
import { arrowEnds, drawnForces } from './forceArrows.ts';
import { hipWindow, type PixelBox, type WorldWindow } from './frame.ts';
import type { LayerChoice } from './layers.ts';
import type { FigurePose } from './pose/index.ts';
import type { FigureOptions } from './options.ts';

/** Width of the whole-body view, m: room for a full trunk lean or a cane either way. */
const BODY_SPAN_M = 1.2;
/** Room above the head in the whole-body view, m. */
const ABOVE_HEAD_M = 0.05;
/** Half the side of the smallest close-up of a stance, fraction of height (≈ 18 cm). */
const HIP_HALF_FRACTION = 0.1;
/** Room kept around the forces in the close-up, m, and more on the lateral side for their labels. */
const HIP_MARGIN_M = 0.05;
const HIP_LATERAL_MARGIN_M = 0.14;
/** Default figure height, px, and the close-up's width per height when it sets its own. */
const DEFAULT_HEIGHT_PX = 760;
const HIP_ASPECT = 1.45;

/** The figure's layout. */
export interface FigureLayout {
  readonly widthPx: number;
  readonly heightPx: number;
  /** Where the world window is drawn, px. */
  readonly area: PixelBox;
  readonly window: WorldWindow;
  /** The close-up's panel, if any. */
  readonly panel?: PixelBox | undefined;
  /** Width of one column of the panel, px. */
  readonly columnPx: number;
}

/** Grows `win` to the aspect `aspect` (width / height) about its centre, or only upward when `floor`. */
function fit(win: WorldWindow, aspect: number, floor: boolean): WorldWindow {
  const w = win.xMax - win.xMin;
  const h = win.yMax - win.yMin;
  if (w / h < aspect) {
    const grow = (h * aspect - w) / 2;
    return { ...win, xMin: win.xMin - grow, xMax: win.xMax + grow };
  }
  const grow = w / aspect - h;
  return floor
    ? { ...win, yMax: win.yMax + grow }
    : { ...win, yMin: win.yMin - grow / 2, yMax: win.yMax + grow / 2 };
}

/** The close-up's window: the hip's neighbourhood, and in a stance every force and lever arm drawn. */
function closeUpWindow(pose: FigurePose, o: FigureOptions): WorldWindow {
  const ov = o.overlays;
  if (!ov || ov.dynamic) return hipWindow(ov?.focus ?? pose.pelvis.centre, pose.heightM);
  const k = pose.heightM * HIP_HALF_FRACTION;
  const f = ov.focus;
  const base = { xMin: f.x - k, xMax: f.x + k, yMin: f.y - k, yMax: f.y + k };
  // The whole pelvis, and every force drawn with its lever arm.
  const pts: Vec2[] = [
    pose.pelvis.leftCrest,
    pose.pelvis.rightCrest,
    pose.left.hip,
    pose.right.hip,
    ...drawnForces(ov.forces, o.bodyWeightN).flatMap((f) => {
      const e = arrowEnds(f, o.bodyWeightN);
      return [e.from, e.to, f.armFoot];
    }),
  ];
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const right = ov.side === 'right';
  return {
    xMin: Math.min(base.xMin, ...xs.map((x) => x - (right ? HIP_MARGIN_M : HIP_LATERAL_MARGIN_M))),
    xMax: Math.max(base.xMax, ...xs.map((x) => x + (right ? HIP_LATERAL_MARGIN_M : HIP_MARGIN_M))),
    yMin: Math.min(base.yMin, ...ys.map((y) => y - HIP_MARGIN_M)),
    yMax: Math.max(base.yMax, ...ys.map((y) => y + HIP_MARGIN_M)),
  };
}

/** Lays out the figure. */
export function figureLayout(
  pose: FigurePose,
  o: FigureOptions,
  t: Theme,
  show: LayerChoice,
): FigureLayout {
  const f = t.fontPx;
  const H = o.heightPx ?? DEFAULT_HEIGHT_PX;
  if (o.view !== 'hip') {
    const bottom = 1.9 * f;
    const cx = o.centreX ?? 0;
    const win = {
      xMin: cx - BODY_SPAN_M / 2,
      xMax: cx + BODY_SPAN_M / 2,
      yMin: 0,
      yMax: pose.heightM + ABOVE_HEAD_M,
    };
    const natural = ((win.xMax - win.xMin) / (win.yMax - win.yMin)) * (H - bottom);
    const W = o.widthPx ?? natural;
    const area = { x: 0, y: 0, width: W, height: H - bottom };
    return { widthPx: W, heightPx: H, area, window: fit(win, W / (H - bottom), true), columnPx: 0 };
  }
  const W = o.widthPx ?? H * HIP_ASPECT;
  const withPanel = o.overlays !== undefined && (show.forces || show.momentArms);
  const columnPx = 17 * f * 0.85;
  let area: PixelBox = { x: 0, y: 0, width: W, height: H };
  let panel: PixelBox | undefined;
  if (withPanel && W / H >= 0.95) {
    const pw = Math.min(0.42 * W, Math.max(10 * f, Math.min(0.3 * W, 26 * f)));
    area = { x: 0, y: 0, width: W - pw, height: H };
    panel = { x: W - pw, y: 0, width: pw, height: H };
  } else if (withPanel) {
    const row = 1.25 * f;
    const ph = Math.min(0.45 * H, Math.max(9 * row, Math.min(0.36 * H, 16 * row)));
    area = { x: 0, y: 0, width: W, height: H - ph };
    panel = { x: 0, y: H - ph, width: W, height: ph };
  }
  return {
    widthPx: W,
    heightPx: H,
    area,
    window: fit(closeUpWindow(pose, o), area.width / area.height, false),
    panel,
    columnPx: panel && panel.width < 2 * columnPx ? panel.width - 1.2 * f : columnPx,
  };
}
