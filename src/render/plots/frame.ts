/**
 * The one frame every plot is drawn in: its theme and type sizes, the root <svg> (title,
 * description, background, an optional panel letter), a value panel with its scales, the panel's
 * axes, and curves drawn from series with labels at their ends. A builder turns its series into
 * curves and marks and hands them to its frame.
 */
import { scaleLinear } from 'd3-scale';
import { el, svgRoot, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import {
  bottomAxis,
  bottomAxisHeight,
  leftAxis,
  leftAxisWidth,
  right,
  tickChars,
  tickCount,
  valueScale,
  Y_TICK_SPACING_PX,
  type Box,
} from './axes.ts';
import type { EndLabel } from './legend.ts';
import { curveNode, textNode, type Point, type Scales } from './marks.ts';
import { fontSizes, plotTheme, type FontSizes, type LineStyle } from './style.ts';
import type { PlotName, PlotOptions } from './types.ts';

/** Pixels between the x ticks the plots aim at. */
export const X_TICK_SPACING_PX = 70;

/** A plot area and its two scales. */
export interface Panel extends Scales {
  readonly box: Box;
}

/** An axis of a panel: its label with unit, and about how far apart its ticks are, px. */
export interface PanelAxis {
  /** The label, or labels longest first (the longest that fits is drawn). */
  readonly label: string | readonly string[];
  /** Default: {@link X_TICK_SPACING_PX} on x, {@link Y_TICK_SPACING_PX} on y. */
  readonly spacingPx?: number;
  /** A stronger line at zero (y only). */
  readonly zeroLine?: boolean;
}

/** A drawn series: its name (table, accessible label), points in data units and line style. */
export interface Curve {
  readonly name: string;
  readonly points: readonly Point[];
  readonly style: LineStyle;
}

/**
 * What every builder draws with: its options, their theme and type sizes, and the frame's parts.
 * With a panel letter, `o.heightPx` is the height below the letter's strip: builders lay out in
 * `o` and never see the strip.
 */
export interface Frame {
  readonly o: PlotOptions;
  readonly t: Theme;
  readonly f: FontSizes;
  /** The root element of plot `name`: labelled by `title` and `description`, then `children`. */
  root(name: PlotName, title: string, description: string, children: readonly SvgNode[]): SvgNode;
  /**
   * The single panel of a plot of `curves` (and any `extra` y values) against x over `xDomain`:
   * from `top` down to the bottom axis (which leaves `belowPx` free under it), its left edge
   * after a labelled left axis, `width(left)` px wide.
   */
  valuePanel(
    top: number,
    curves: readonly Curve[],
    xDomain: readonly [number, number],
    width: (leftPx: number) => number,
    extra?: readonly number[],
    belowPx?: number,
  ): Panel;
  /** The bottom and left axes of a panel, with grid lines. */
  axes(p: Panel, x: PanelAxis, y: PanelAxis): SvgNode[];
  /** The curves as paths. */
  curves(curves: readonly Curve[], sc: Scales): SvgNode[];
  /** A node laid out in `o` placed in the root (below the panel letter's strip, if any). */
  place(node: SvgNode): SvgNode;
}

/** The panel letter's size against the axis labels' (8 pt labels: a 10 pt letter). */
const PANEL_LETTER_SCALE = 1.25;

/** A label at the end of each curve, saying `text(curve, its index)`. */
export function curveEnds<C extends Curve>(
  curves: readonly C[],
  sc: Scales,
  text: (c: C, i: number) => string,
): EndLabel[] {
  return curves.map((c, i) => {
    const last = c.points[c.points.length - 1] ?? [0, 0];
    return { xPx: sc.x(last[0]), yPx: sc.y(last[1]), text: text(c, i), style: c.style };
  });
}

/** The frame of a plot drawn with options `o`. */
export function frameOf(o: PlotOptions): Frame {
  const t = plotTheme(o);
  const f = fontSizes(t);
  const letterPx = f.label * PANEL_LETTER_SCALE;
  const strip = o.panel ? letterPx * 1.5 : 0;
  const inner: PlotOptions = { ...o, heightPx: o.heightPx - strip };
  const shift = `translate(0 ${strip})`;
  const place = (node: SvgNode): SvgNode => (strip ? el('g', { transform: shift }, [node]) : node);
  const letter = (panel: string) =>
    textNode(letterPx * 0.25, strip / 2, panel, { size: letterPx, colour: t.ink, weight: 700 }, t);
  return {
    o: inner,
    t,
    f,
    place,
    root: (name, title, description, children) =>
      svgRoot(
        {
          id: `plot-${name}`,
          className: `plot plot-${name}`,
          widthPx: o.widthPx,
          heightPx: o.heightPx,
          fontFamily: t.fontFamily,
          title,
          description,
          background: o.background === 'transparent' ? undefined : t.background,
        },
        o.panel
          ? [
              el('g', { class: 'panel-letter', 'aria-label': `Panel ${o.panel}` }, [
                letter(o.panel),
              ]),
              el('g', { class: 'plot-body', transform: shift }, children),
            ]
          : children,
      ),
    valuePanel: (top, curves, xDomain, width, extra = [], belowPx = 0) => {
      const height = inner.heightPx - top - bottomAxisHeight(t, true) - belowPx;
      const values = [...extra, ...curves.flatMap((c) => c.points.map((p) => p[1]))];
      const y = valueScale(values, top, height);
      const left = leftAxisWidth(t, tickChars(y, tickCount(height, Y_TICK_SPACING_PX)), true);
      const box: Box = { left, top, width: width(left), height };
      const x = scaleLinear()
        .domain(xDomain)
        .range([box.left, right(box)]);
      return { box, x, y };
    },
    axes: (p, x, y) => [
      bottomAxis(p.x, p.box, t, {
        label: x.label,
        ticks: tickCount(p.box.width, x.spacingPx ?? X_TICK_SPACING_PX),
        grid: true,
      }),
      leftAxis(p.y, p.box, t, {
        label: y.label,
        ticks: tickCount(p.box.height, y.spacingPx ?? Y_TICK_SPACING_PX),
        grid: true,
        zeroLine: y.zeroLine,
      }),
    ],
    curves: (curves, sc) => curves.map((c) => curveNode(c.points, sc, c.style, t, c.name)),
  };
}
