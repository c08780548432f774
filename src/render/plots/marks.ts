/**
 * The marks of the plots: curves, bands, points and text, drawn through d3 scales with d3-shape
 * (no DOM). Points are [x, y] in data units.
 */
import type { ScaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { el, textEl, type AttrValue, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { scaledDash, type LineStyle } from './style.ts';

/** A point in data units. */
export type Point = readonly [number, number];

/** The two scales of a panel. */
export interface Scales {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
}

/** Stroke attributes of a line style. */
export function strokeAttrs(s: LineStyle, t: Theme): Record<string, AttrValue> {
  return {
    fill: 'none',
    stroke: s.colour,
    'stroke-width': s.widthPx * t.lineScale,
    'stroke-dasharray': scaledDash(s.dash, t),
    'stroke-opacity': s.opacity,
    'stroke-linejoin': 'round',
    'stroke-linecap': s.dash === undefined ? 'round' : 'butt',
  };
}

/** A curve through data points. */
export function curveNode(
  points: readonly Point[],
  sc: Scales,
  style: LineStyle,
  t: Theme,
  label: string,
): SvgNode {
  const gen = line<Point>()
    .x((p) => sc.x(p[0]))
    .y((p) => sc.y(p[1]));
  return el('path', {
    d: gen(points as Point[]) ?? '',
    ...strokeAttrs(style, t),
    'aria-label': label,
  });
}

/** A filled band between two curves sharing x values: [x, lower, upper]. */
export function bandNode(
  rows: readonly (readonly [number, number, number])[],
  sc: Scales,
  fill: string,
  opacity: number,
  label: string,
): SvgNode {
  const gen = area<readonly [number, number, number]>()
    .x((r) => sc.x(r[0]))
    .y0((r) => sc.y(r[1]))
    .y1((r) => sc.y(r[2]));
  return el('path', {
    d: gen(rows as (readonly [number, number, number])[]) ?? '',
    fill,
    'fill-opacity': opacity,
    stroke: 'none',
    'aria-label': label,
  });
}

/** A marker point: filled circle with a background-coloured ring. */
export function dotNode(
  p: Point,
  sc: Scales,
  colour: string,
  t: Theme,
  label: string,
  hollow = false,
): SvgNode {
  return el('circle', {
    cx: sc.x(p[0]),
    cy: sc.y(p[1]),
    r: 5.5 * t.lineScale,
    fill: hollow ? t.background : colour,
    stroke: hollow ? colour : t.background,
    'stroke-width': (hollow ? 2.4 : 1.6) * t.lineScale,
    'aria-label': label,
  });
}

/** Text options. */
export interface TextOptions {
  readonly size: number;
  readonly colour: string;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly baseline?: 'middle' | 'auto' | 'hanging';
  readonly weight?: number;
  /** Background-coloured outline, so text stays readable over lines. */
  readonly halo?: boolean;
  readonly rotate?: number;
}

/** A text label at pixel position (x, y). */
export function textNode(x: number, y: number, text: string, o: TextOptions, t: Theme): SvgNode {
  return textEl(
    'text',
    {
      x,
      y,
      'font-size': o.size,
      fill: o.colour,
      'text-anchor': o.anchor ?? 'start',
      'dominant-baseline': o.baseline ?? 'middle',
      'font-weight': o.weight,
      transform: o.rotate === undefined ? undefined : `rotate(${o.rotate} ${x} ${y})`,
      ...(o.halo
        ? {
            stroke: t.background,
            'stroke-width': o.size * 0.28,
            'stroke-linejoin': 'round',
            'paint-order': 'stroke',
          }
        : {}),
    },
    text,
  );
}

/** A straight segment in pixels. */
export function segmentNode(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  style: LineStyle,
  t: Theme,
): SvgNode {
  return el('line', { x1, y1, x2, y2, ...strokeAttrs(style, t) });
}
