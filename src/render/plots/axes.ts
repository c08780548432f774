/**
 * Plot boxes, and axes with ticks, tick labels, light grid lines and labels with units, all placed
 * through d3 scales.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { segmentNode, textNode } from './marks.ts';
import { fitText, fontSizes, textWidthPx, type FontSizes, type LineStyle } from './style.ts';

/** A plot area in pixels: left and top edge, width and height. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Right edge of a box, px. */
export const right = (b: Box): number => b.left + b.width;
/** Bottom edge of a box, px. */
export const bottom = (b: Box): number => b.top + b.height;

/** Ticks for an axis of `lengthPx` pixels: about one per `spacingPx`. */
export function tickCount(lengthPx: number, spacingPx: number): number {
  return Math.max(2, Math.round(lengthPx / spacingPx));
}

/** Axis options. */
export interface AxisOptions {
  /**
   * Axis label with its unit, e.g. "Pelvic drop (°)", or labels longest first, of which the
   * longest that fits along the axis is drawn; none when the panel has a heading.
   */
  readonly label?: string | readonly string[] | undefined;
  readonly ticks: number;
  /** Grid lines across the box at each tick. */
  readonly grid?: boolean;
  /** A stronger line at zero, when zero is inside the domain. */
  readonly zeroLine?: boolean | undefined;
  /** Tick labels drawn (false for panels that share the axis below). */
  readonly tickLabels?: boolean;
}

/** The longest of an axis's labels that fits `lengthPx`. */
function fitLabel(label: string | readonly string[], lengthPx: number, fontPx: number): string {
  return typeof label === 'string' ? label : fitText(label, lengthPx, fontPx);
}

function gridStyle(t: Theme) {
  return { colour: t.ink, widthPx: 1, opacity: 0.1 };
}

/** What both axes start from: type sizes, tick length, ticks, their format and the axis line. */
interface AxisParts {
  readonly f: FontSizes;
  readonly tickLen: number;
  readonly ticks: number[];
  readonly fmt: (v: number) => string;
  readonly axisStyle: LineStyle;
}

/**
 * The parts of an axis, with fewer ticks than asked for when their labels would crowd: neighbours
 * at least `gapPx(labels)` apart (a large lecture font on a small plot).
 */
function axisParts(
  s: ScaleLinear<number, number>,
  t: Theme,
  o: AxisOptions,
  gapPx: (f: FontSizes, labels: readonly string[]) => number,
): AxisParts {
  const f = fontSizes(t);
  let count = o.ticks;
  for (;;) {
    const ticks = s.ticks(count);
    const fmt = s.tickFormat(count);
    const step = ticks.length > 1 ? Math.abs(s(ticks[1]!) - s(ticks[0]!)) : Infinity;
    if (count <= 2 || step >= gapPx(f, ticks.map(fmt)))
      return {
        f,
        tickLen: 5 * t.lineScale,
        ticks,
        fmt,
        axisStyle: { colour: t.ink, widthPx: 1.2 },
      };
    count -= 1;
  }
}

/** Tick labels side by side: the widest and a space between. */
const acrossGap = (f: FontSizes, labels: readonly string[]) =>
  Math.max(...labels.map((l) => textWidthPx(l, f.tick))) + f.tick;
/** Tick labels one above another: a line and a little. */
const stackedGap = (f: FontSizes) => 1.3 * f.tick;

/** Draws an axis of `box` for a scale. */
export type AxisBuilder = (
  s: ScaleLinear<number, number>,
  box: Box,
  t: Theme,
  o: AxisOptions,
) => SvgNode;

/** Bottom axis of a box. */
export const bottomAxis: AxisBuilder = (x, box, t, o) => {
  const { f, tickLen, ticks, fmt, axisStyle } = axisParts(x, t, o, acrossGap);
  const y0 = bottom(box);
  return el('g', { class: 'axis axis-x', 'aria-hidden': 'true' }, [
    ...(o.grid ? ticks.map((v) => segmentNode(x(v), box.top, x(v), y0, gridStyle(t), t)) : []),
    segmentNode(box.left, y0, right(box), y0, axisStyle, t),
    ...ticks.map((v) => segmentNode(x(v), y0, x(v), y0 + tickLen, axisStyle, t)),
    ...(o.tickLabels === false
      ? []
      : ticks.map((v) =>
          textNode(
            x(v),
            y0 + tickLen + 3,
            fmt(v),
            { size: f.tick, colour: t.mutedInk, anchor: 'middle', baseline: 'hanging' },
            t,
          ),
        )),
    ...(o.label
      ? [
          textNode(
            box.left + box.width / 2,
            y0 + tickLen + f.tick * 1.5 + 6,
            fitLabel(o.label, box.width, f.label),
            { size: f.label, colour: t.ink, anchor: 'middle', baseline: 'hanging' },
            t,
          ),
        ]
      : []),
  ]);
};

/** Left axis of a box. */
export const leftAxis: AxisBuilder = (y, box, t, o) => {
  const { f, tickLen, ticks, fmt, axisStyle } = axisParts(y, t, o, stackedGap);
  const [d0, d1] = y.domain() as [number, number];
  const labelWidth = Math.max(...ticks.map((v) => fmt(v).length)) * f.tick * 0.58;
  return el('g', { class: 'axis axis-y', 'aria-hidden': 'true' }, [
    ...(o.grid
      ? ticks.map((v) => segmentNode(box.left, y(v), right(box), y(v), gridStyle(t), t))
      : []),
    ...(o.zeroLine && d0 < 0 && d1 > 0
      ? [segmentNode(box.left, y(0), right(box), y(0), { colour: t.mutedInk, widthPx: 1 }, t)]
      : []),
    segmentNode(box.left, box.top, box.left, bottom(box), axisStyle, t),
    ...ticks.map((v) => segmentNode(box.left - tickLen, y(v), box.left, y(v), axisStyle, t)),
    ...ticks.map((v) =>
      textNode(
        box.left - tickLen - 3,
        y(v),
        fmt(v),
        { size: f.tick, colour: t.mutedInk, anchor: 'end' },
        t,
      ),
    ),
    ...(o.label
      ? [
          textNode(
            box.left - tickLen - labelWidth - 10 - f.label / 2,
            box.top + box.height / 2,
            fitLabel(o.label, box.height, f.label),
            { size: f.label, colour: t.ink, anchor: 'middle', rotate: -90 },
            t,
          ),
        ]
      : []),
  ]);
};

/** A tick of a top axis: where it is, px, and what it says. */
export interface TopTick {
  readonly px: number;
  readonly text: string;
}

/**
 * A second axis along the top of a box for another quantity of the same x (ticks placed by the
 * caller), with its tick labels above and its label with unit above them.
 */
export function topAxis(ticks: readonly TopTick[], box: Box, t: Theme, label: string): SvgNode {
  const f = fontSizes(t);
  const tickLen = 5 * t.lineScale;
  const style = { colour: t.ink, widthPx: 1.2 };
  const inside = ticks.filter((k) => k.px >= box.left - 0.5 && k.px <= right(box) + 0.5);
  return el('g', { class: 'axis axis-top', 'aria-hidden': 'true' }, [
    segmentNode(box.left, box.top, right(box), box.top, style, t),
    ...inside.map((k) => segmentNode(k.px, box.top - tickLen, k.px, box.top, style, t)),
    ...inside.map((k) =>
      textNode(
        k.px,
        box.top - tickLen - 3,
        k.text,
        { size: f.tick, colour: t.mutedInk, anchor: 'middle', baseline: 'auto' },
        t,
      ),
    ),
    textNode(
      box.left + box.width / 2,
      box.top - tickLen - f.tick * 1.3 - 6,
      label,
      { size: f.label, colour: t.ink, anchor: 'middle', baseline: 'auto' },
      t,
    ),
  ]);
}

/** Room a top axis needs above its box, px. */
export function topAxisHeight(t: Theme): number {
  const f = fontSizes(t);
  return 5 * t.lineScale + 3 + f.tick * 1.3 + 6 + f.label * 1.2;
}

/** Pixels between the y ticks the plots aim at. */
export const Y_TICK_SPACING_PX = 60;

/**
 * A y scale over `values` (and zero) for a box from `top` to `top + height` px, niced to about one
 * tick per `spacingPx`.
 */
export function valueScale(
  values: readonly number[],
  top: number,
  height: number,
  spacingPx = Y_TICK_SPACING_PX,
): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .range([top + height, top])
    .nice(tickCount(height, spacingPx));
}

/** Characters in the longest tick label of a scale with about `count` ticks. */
export function tickChars(s: ScaleLinear<number, number>, count: number): number {
  const fmt = s.tickFormat(count);
  return Math.max(1, ...s.ticks(count).map((v) => fmt(v).length));
}

/** Room a left axis needs for tick labels of up to `chars` characters and a rotated label, px. */
export function leftAxisWidth(t: Theme, chars: number, withLabel: boolean): number {
  const f = fontSizes(t);
  return 5 * t.lineScale + 3 + chars * f.tick * 0.58 + (withLabel ? 10 + f.label * 1.2 : 6);
}

/** Room a bottom axis needs for tick labels and a label, px. */
export function bottomAxisHeight(t: Theme, withLabel: boolean): number {
  const f = fontSizes(t);
  return 5 * t.lineScale + 3 + f.tick * 1.3 + (withLabel ? 6 + f.label * 1.4 : 4);
}

/** A panel heading above a box, left-aligned: names the quantity and its unit. */
export function panelHeading(box: Box, text: string, t: Theme): SvgNode {
  const f = fontSizes(t);
  return textNode(
    box.left,
    box.top - 8,
    text,
    { size: f.label, colour: t.ink, weight: 600, baseline: 'auto' },
    t,
  );
}
