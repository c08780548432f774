/**
 * The one model-to-screen transform of the figure: world metres (x right, y up) to SVG pixels
 * (x right, y down), equal scale on both axes. Rigid parts are drawn once in their own frame and
 * placed with an SVG transform (`placed`), so that an animation frame only moves them.
 */
import type { Vec2 } from '../../../sim/index.ts';

/** A linear map of one axis and its inverse. */
export interface LinearMap {
  (v: number): number;
  /** The value that maps to `px`. */
  invert(px: number): number;
}

/** Normalises to 0-1 over [a, b] (a constant 0.5 for an empty interval), as d3-scale does. */
const normalize = (a: number, b: number) => {
  const span = b - a;
  return span ? (v: number) => (v - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
};
/** Interpolates from a (t = 0) to b (t = 1), as d3-interpolate's interpolateNumber does. */
const lerp = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;
/** d3-scale's map of a two-number domain to a two-number range (its `bimap`). */
function bimap(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const n = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
  const i = d1 < d0 ? lerp(r1, r0) : lerp(r0, r1);
  return (v: number) => i(n(v));
}

/**
 * A linear map from `domain` to `range` with d3-scale's `scaleLinear` arithmetic, to the last
 * bit (the golden figures depend on it): written out because the figure needs only this of
 * d3-scale, whose ticks and number formats would otherwise load with the first screen.
 */
export function linearMap(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearMap {
  const map = bimap(domain, range);
  const inverse = bimap(range, domain);
  return Object.assign((v: number) => map(v), { invert: (px: number) => inverse(px) });
}

/** Screen mapping of a figure. */
export interface ScreenFrame {
  readonly x: LinearMap;
  readonly y: LinearMap;
  /** Pixels per metre. */
  readonly pxPerM: number;
  /** Size of the whole figure, px. */
  readonly widthPx: number;
  readonly heightPx: number;
  /** The rectangle the world window is drawn in, px (the whole figure unless a panel takes part). */
  readonly area: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
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
    yMax: heightM + 0.06,
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

/** A rectangle of the figure, px. */
export interface PixelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Frame that shows `win`, `heightPx` pixels tall, equal scale on both axes. With `area`, the
 * window fills that rectangle of a figure `widthPx` × `heightPx` (the window must already have the
 * area's aspect: see {@link fitAspect}).
 */
export function screenFrame(
  win: WorldWindow,
  heightPx: number,
  area?: PixelBox,
  widthPx?: number,
): ScreenFrame {
  const box = area ?? {
    x: 0,
    y: 0,
    width: (heightPx / (win.yMax - win.yMin)) * (win.xMax - win.xMin),
    height: heightPx,
  };
  const pxPerM = box.height / (win.yMax - win.yMin);
  const x = linearMap([win.xMin, win.xMax], [box.x, box.x + pxPerM * (win.xMax - win.xMin)]);
  const y = linearMap([win.yMin, win.yMax], [box.y + box.height, box.y]);
  return {
    x,
    y,
    pxPerM,
    widthPx: widthPx ?? box.x + box.width,
    heightPx,
    area: box,
    at: (p) => [x(p.x), y(p.y)],
  };
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
  return { ...win, yMin: win.yMin - grow, yMax: win.yMax + grow };
}

/**
 * The frame of a rigid part: its own metres (x, y up) to pixels relative to its origin. Draw the
 * part through it, then place it with {@link placed}.
 */
export function partFrame(frame: ScreenFrame): {
  readonly x: (v: number) => number;
  readonly y: (v: number) => number;
} {
  const k = frame.pxPerM;
  return { x: (v) => v * k, y: (v) => -v * k };
}

/**
 * The SVG transform that puts a part drawn through {@link partFrame} at world point `origin`,
 * turned counter-clockwise by `angleRad` (the screen's y points down, so SVG turns the other way).
 */
export function placed(frame: ScreenFrame, origin: Vec2, angleRad: number): string {
  const [x, y] = frame.at(origin);
  const r = (v: number) => Math.round(v * 100) / 100;
  return `translate(${r(x)} ${r(y)}) rotate(${r((-angleRad * 180) / Math.PI)})`;
}
