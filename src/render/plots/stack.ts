/**
 * Panels stacked one above the other over one x axis, each with its heading and its own y scale,
 * under one legend that runs across the top in a line (wrapping when narrow), so the panels keep
 * the plot's whole width at any size (the nerve-block and population plots). The x tick labels
 * and the x axis label are drawn under the last panel only.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { el, type SvgNode } from '../svg.ts';
import {
  bottom,
  bottomAxis,
  bottomAxisHeight,
  leftAxis,
  leftAxisWidth,
  panelHeading,
  tickChars,
  tickCount,
  type Box,
} from './axes.ts';
import { X_TICK_SPACING_PX, type Frame, type Panel } from './frame.ts';
import { legendNode, legendSize, type LegendEntry } from './legend.ts';
import { BOLD_WIDTH, fitText } from './style.ts';

/** Pixels between the y ticks of a stacked panel. */
const Y_SPACING_PX = 40;
/** Gap between a panel's bottom and the next panel's heading, px. */
const GAP_PX = 8;
/** Gap between legend entries in a line, px. */
const ENTRY_GAP_PX = 18;

/** One panel of a stack, as data. */
export interface StackPanel {
  /** Headings, longest first: the longest that fits is drawn. */
  readonly headings: readonly string[];
  /** Class suffix and accessible name of the panel group. */
  readonly id: string;
  /** Every y value drawn (the scale takes in zero as well). */
  readonly values: readonly number[];
  /** A fixed y domain instead of one from the values. */
  readonly domain?: readonly [number, number];
  /** Share of the stack's height. */
  readonly weight: number;
}

function yScale(p: StackPanel, box: Box): ScaleLinear<number, number> {
  const s = scaleLinear().range([bottom(box), box.top]);
  if (p.domain) return s.domain(p.domain);
  return s
    .domain([Math.min(0, ...p.values), Math.max(0, ...p.values)])
    .nice(tickCount(box.height, Y_SPACING_PX));
}

/**
 * The legend as lines of entries across `widthPx` from (`x`, `y`), px, wrapping to a new line
 * when the next entry does not fit; and the height it takes.
 */
export function legendStrip(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  widthPx: number,
  fr: Frame,
): { node: SvgNode; heightPx: number } {
  const rowH = fr.f.legend * 1.35 + 4;
  const nodes: SvgNode[] = [];
  let cx = x;
  let row = 0;
  for (const e of entries) {
    const w = legendSize([e], fr.t).w;
    if (cx > x && cx + w > x + widthPx) {
      cx = x;
      row++;
    }
    nodes.push(legendNode([e], cx + 6, y + row * rowH, fr.t));
    cx += w + ENTRY_GAP_PX;
  }
  return {
    node: el('g', { class: 'legend-strip', 'aria-label': 'Legend' }, nodes),
    heightPx: entries.length ? (row + 1) * rowH : 0,
  };
}

/**
 * The panels' boxes and scales: from `topPx` down to the x axis, `belowPx` left free under it
 * (for notes), over x domain `xDomain`.
 */
export function stackLayout(
  ps: readonly StackPanel[],
  fr: Frame,
  xDomain: readonly [number, number],
  space: { readonly topPx: number; readonly belowPx: number },
): Panel[] {
  const { o, t, f } = fr;
  const heading = f.label * 1.7;
  const axisH = bottomAxisHeight(t, true);
  const free =
    o.heightPx -
    space.topPx -
    space.belowPx -
    axisH -
    ps.length * heading -
    (ps.length - 1) * GAP_PX;
  const total = ps.reduce((s, p) => s + p.weight, 0);
  const heights = ps.map((p) => Math.max(1, (free * p.weight) / total));
  const chars = Math.max(
    ...ps.map((p, i) => {
      const h = heights[i]!;
      return tickChars(
        yScale(p, { left: 0, top: 0, width: 0, height: h }),
        tickCount(h, Y_SPACING_PX),
      );
    }),
  );
  const left = leftAxisWidth(t, chars, false);
  const width = o.widthPx - left - 16;
  const x = scaleLinear()
    .domain(xDomain)
    .range([left, left + width]);
  let top = space.topPx;
  return ps.map((p, i) => {
    const box: Box = { left, top: top + heading, width, height: heights[i]! };
    top = bottom(box) + GAP_PX;
    return { box, x, y: yScale(p, box) };
  });
}

/**
 * A panel's frame: axes and grid, then `marks`, then its heading; `xLabels` (longest first, the
 * longest that fits is drawn) under the last panel only.
 */
export function stackPanelNode(
  p: StackPanel,
  sc: Panel,
  xLabels: readonly string[] | undefined,
  marks: readonly SvgNode[],
  fr: Frame,
): SvgNode {
  const { t, f } = fr;
  const { box } = sc;
  const heading = fitText(p.headings, fr.o.widthPx - box.left - 4, f.label * BOLD_WIDTH);
  return el('g', { class: `panel panel-${p.id}`, 'aria-label': heading }, [
    leftAxis(sc.y, box, t, {
      ticks: tickCount(box.height, Y_SPACING_PX),
      grid: true,
      zeroLine: true,
    }),
    bottomAxis(sc.x, box, t, {
      ticks: tickCount(box.width, X_TICK_SPACING_PX),
      grid: true,
      tickLabels: xLabels !== undefined,
      label: xLabels && fitText(xLabels, box.width, f.label),
    }),
    ...marks,
    panelHeading(box, heading, t),
  ]);
}
