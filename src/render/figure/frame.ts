/**
 * The one model-to-screen transform of the figure: world metres (x right, y up) to SVG pixels
 * (x right, y down), equal scale on both axes, built with d3-scale.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Vec2 } from '../../../sim/index.ts';

/** Screen mapping of a figure. */
export interface ScreenFrame {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  /** Pixels per metre. */
  readonly pxPerM: number;
  readonly widthPx: number;
  readonly heightPx: number;
  /** A world point in pixels. */
  readonly at: (p: Vec2) => [number, number];
}

/** A rectangle of the world to show, m. */
export interface WorldWindow {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Width of the whole-body view, m: room for a full trunk lean either way. */
export const FIGURE_SPAN_M = 1.5;

/** Whole body, centred on world x = `centreX`, floor a little above the bottom edge. */
export function bodyWindow(heightM: number, centreX = 0): WorldWindow {
  return {
    xMin: centreX - FIGURE_SPAN_M / 2,
    xMax: centreX + FIGURE_SPAN_M / 2,
    yMin: -0.06,
    yMax: heightM + 0.1,
  };
}

/** Close-up of the pelvis and hips around a centre point (world, m). */
export function hipWindow(centre: { x: number; y: number }, heightM: number): WorldWindow {
  const k = heightM / 1.76;
  return {
    xMin: centre.x - 0.34 * k,
    xMax: centre.x + 0.3 * k,
    yMin: centre.y - 0.3 * k,
    yMax: centre.y + 0.3 * k,
  };
}

/** Frame that shows `win`, `heightPx` pixels tall, equal scale on both axes. */
export function screenFrame(win: WorldWindow, heightPx: number): ScreenFrame {
  const pxPerM = heightPx / (win.yMax - win.yMin);
  const widthPx = pxPerM * (win.xMax - win.xMin);
  const x = scaleLinear().domain([win.xMin, win.xMax]).range([0, widthPx]);
  const y = scaleLinear().domain([win.yMin, win.yMax]).range([heightPx, 0]);
  return { x, y, pxPerM, widthPx, heightPx, at: (p) => [x(p.x), y(p.y)] };
}

/** Grows `win` about its centre so that its aspect (width / height) is `aspect`. */
export function fitAspect(win: WorldWindow, aspect: number): WorldWindow {
  const w = win.xMax - win.xMin;
  const h = win.yMax - win.yMin;
  if (!(aspect > 0) || !Number.isFinite(aspect)) return win;
  if (w / h < aspect) {
    const grow = (h * aspect - w) / 2;
    return { ...win, xMin: win.xMin - grow, xMax: win.xMax + grow };
  }
  const grow = (w / aspect - h) / 2;
  // Keep the floor in view: grow upward first, then downward.
  return { ...win, yMin: win.yMin - grow, yMax: win.yMax + grow };
}
