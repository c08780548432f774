/**
 * Zoom and pan of a figure in its box: a scale `k` and a shift (x, y) in CSS px, so that a point p
 * of the unzoomed figure is drawn at p·k + (x, y). The figure never shrinks below its box and
 * never leaves a gap at an edge: k stays in [1, maxK] and the shift keeps the box covered.
 */

/** A zoom: scale and shift, px. */
export interface ZoomTransform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** A box's size, px. */
export interface BoxPx {
  readonly w: number;
  readonly h: number;
}

/** A point in the box, px from its top left corner. */
export interface PointPx {
  readonly x: number;
  readonly y: number;
}

/** The unzoomed figure. */
export const NO_ZOOM: ZoomTransform = { k: 1, x: 0, y: 0 };
/** Largest scale: a hip joint fills a phone's width. */
export const MAX_ZOOM = 6;
/** One press of a zoom button scales by this much. */
export const ZOOM_STEP = 1.5;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** `t` kept within the limits: scale in [1, MAX_ZOOM], the box covered by the figure. */
export function clampZoom(t: ZoomTransform, box: BoxPx): ZoomTransform {
  const k = clamp(t.k, 1, MAX_ZOOM);
  return { k, x: clamp(t.x, box.w * (1 - k), 0), y: clamp(t.y, box.h * (1 - k), 0) };
}

/** Scales by `factor` about `at` (that point of the box stays where it is). */
export function zoomAbout(
  t: ZoomTransform,
  factor: number,
  at: PointPx,
  box: BoxPx,
): ZoomTransform {
  const k = clamp(t.k * factor, 1, MAX_ZOOM);
  const f = k / t.k;
  return clampZoom({ k, x: at.x - (at.x - t.x) * f, y: at.y - (at.y - t.y) * f }, box);
}

/** Moves the zoomed figure by (dx, dy) px. */
export function panBy(t: ZoomTransform, dx: number, dy: number, box: BoxPx): ZoomTransform {
  return clampZoom({ k: t.k, x: t.x + dx, y: t.y + dy }, box);
}

const mid = (a: PointPx, b: PointPx): PointPx => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const dist = (a: PointPx, b: PointPx) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * A two-finger step: the fingers moved from (a0, b0) to (a1, b1). The figure follows their
 * midpoint and scales with their spread, as a map does.
 */
export function pinch(
  t: ZoomTransform,
  before: readonly [PointPx, PointPx],
  after: readonly [PointPx, PointPx],
  box: BoxPx,
): ZoomTransform {
  const m0 = mid(...before);
  const m1 = mid(...after);
  const d0 = dist(...before);
  const factor = d0 > 0 ? dist(...after) / d0 : 1;
  const moved = { k: t.k, x: t.x + m1.x - m0.x, y: t.y + m1.y - m0.y };
  return zoomAbout(moved, factor, m1, box);
}

/** The CSS transform that draws `t` (with transform-origin at the top left). */
export function zoomCss(t: ZoomTransform): string {
  return `translate(${t.x}px, ${t.y}px) scale(${t.k})`;
}

/** A drag shorter than this, px, is still a tap (a tap on a muscle opens its card). */
export const TAP_SLOP_PX = 6;

/**
 * The pointers on a figure and what their moves mean: two pointers pinch, one pointer drags a
 * zoomed figure once it has moved more than a tap would.
 */
export class PointerGesture {
  /** Pointers down on the figure, at their last position in the box. */
  readonly #pointers = new Map<number, PointPx>();
  #start: PointPx = { x: 0, y: 0 };
  /** Whether the pointers dragged or pinched since the first went down (then no tap). */
  dragged = false;

  /** A pointer went down at `p`. */
  down(id: number, p: PointPx): void {
    if (this.#pointers.size === 0) {
      this.dragged = false;
      this.#start = p;
    }
    this.#pointers.set(id, p);
  }

  /**
   * A pointer moved to `p`: the zoom it asks for, or undefined when it asks for none (a pointer
   * not down here, or one finger on an unzoomed figure, which scrolls the page).
   */
  move(id: number, p: PointPx, t: ZoomTransform, box: BoxPx): ZoomTransform | undefined {
    const before = this.#pointers.get(id);
    if (!before) return undefined;
    this.#pointers.set(id, p);
    const other = [...this.#pointers].find(([k]) => k !== id)?.[1];
    if (other) {
      this.dragged = true;
      return pinch(t, [before, other], [p, other], box);
    }
    const far = Math.hypot(p.x - this.#start.x, p.y - this.#start.y) > TAP_SLOP_PX;
    if (t.k <= 1 || !(this.dragged || far)) return undefined;
    this.dragged = true;
    return panBy(t, p.x - before.x, p.y - before.y, box);
  }

  /** A pointer went up or was cancelled. */
  up(id: number): void {
    this.#pointers.delete(id);
  }
}
