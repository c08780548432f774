/**
 * The PDF writer's styles (src/render/export/pdf.ts): presentation attributes as they cascade
 * from a group to its children, attribute values read as text or numbers, points and lengths
 * through a transform list, and colours as jsPDF takes them.
 */
import { color } from 'd3-color';
import svgpath from 'svgpath';
import type { AttrValue } from '../svg.ts';

/** Presentation attributes as they cascade from a group to its children. */
export interface Style {
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly fillOpacity: number;
  readonly strokeOpacity: number;
  /** Product of the `opacity` of the element and its ancestors. */
  readonly opacity: number;
  readonly dash: string;
  readonly cap: string;
  readonly join: string;
  readonly fontSize: number;
  readonly fontWeight: string;
  readonly anchor: string;
  readonly baseline: string;
  readonly paintOrder: string;
  /** The transforms from the page to this element, outermost first (SVG transform list). */
  readonly transform: string;
}

/** The style at the root: SVG's initial values of the properties. */
export const INITIAL: Omit<Style, 'transform'> = {
  fill: 'black',
  stroke: 'none',
  strokeWidth: 1,
  fillOpacity: 1,
  strokeOpacity: 1,
  opacity: 1,
  dash: 'none',
  cap: 'butt',
  join: 'miter',
  fontSize: 16,
  fontWeight: '400',
  anchor: 'start',
  baseline: 'auto',
  paintOrder: 'normal',
};

/** An attribute as text, or `fallback` when absent. */
export const str = (v: AttrValue, fallback: string): string =>
  v === undefined ? fallback : String(v);
/** An attribute as a finite number, or `fallback` when absent or not a number. */
export const num = (v: AttrValue, fallback: number): number =>
  v === undefined || !Number.isFinite(Number(v)) ? fallback : Number(v);

/** The style of a node whose parent's style is `s`. */
export function cascade(s: Style, a: Readonly<Record<string, AttrValue>>): Style {
  return {
    fill: str(a.fill, s.fill),
    stroke: str(a.stroke, s.stroke),
    strokeWidth: num(a['stroke-width'], s.strokeWidth),
    fillOpacity: num(a['fill-opacity'], s.fillOpacity),
    strokeOpacity: num(a['stroke-opacity'], s.strokeOpacity),
    opacity: s.opacity * num(a.opacity, 1),
    dash: str(a['stroke-dasharray'], s.dash),
    cap: str(a['stroke-linecap'], s.cap),
    join: str(a['stroke-linejoin'], s.join),
    fontSize: num(a['font-size'], s.fontSize),
    fontWeight: str(a['font-weight'], s.fontWeight),
    anchor: str(a['text-anchor'], s.anchor),
    baseline: str(a['dominant-baseline'], s.baseline),
    paintOrder: str(a['paint-order'], s.paintOrder),
    transform: a.transform === undefined ? s.transform : `${s.transform} ${String(a.transform)}`,
  };
}

/** A point through a transform list, page points. */
export function at(transform: string, x: number, y: number): [number, number] {
  let out: [number, number] = [x, y];
  svgpath(`M${x} ${y}`)
    .transform(transform)
    .iterate((seg) => {
      out = [Number(seg[1]), Number(seg[2])];
    });
  return out;
}

/** How a transform list maps lengths: its scale (√|det|) and the angle of its x axis, rad. */
export function frameOf(transform: string): { scale: number; angleRad: number } {
  const o = at(transform, 0, 0);
  const ex = at(transform, 1, 0);
  const ey = at(transform, 0, 1);
  const det = (ex[0] - o[0]) * (ey[1] - o[1]) - (ex[1] - o[1]) * (ey[0] - o[0]);
  return { scale: Math.sqrt(Math.abs(det)), angleRad: Math.atan2(ex[1] - o[1], ex[0] - o[0]) };
}

/** A colour as jsPDF takes it (0-255 each), or undefined for "none". */
export function rgb(c: string): [number, number, number] | undefined {
  if (c === 'none' || c === 'transparent') return undefined;
  const p = color(c)?.rgb();
  return p ? [Math.round(p.r), Math.round(p.g), Math.round(p.b)] : [0, 0, 0];
}
