/**
 * Legends and curve-end labels. Each entry shows a sample of the line (colour, width and dash) or
 * of the marker and says what it is; end labels are spread apart so they never overlap.
 */
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { segmentNode, textNode } from './marks.ts';
import { BAND_OPACITY, fontSizes, textWidthPx, type LineStyle } from './style.ts';

/** Length of a line sample, px at line scale 1. */
const SAMPLE_PX = 30;
const GAP_PX = 6;

/**
 * Spreads wanted positions `ys` (px) so that neighbours are at least `gap` apart, staying within
 * [lo, hi] where possible; keeps the order of the wanted positions.
 */
export function dodge(ys: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; k++)
    placed[k] = Math.max(placed[k]!, k === 0 ? lo : placed[k - 1]! + gap);
  for (let k = placed.length - 1; k >= 0; k--)
    placed[k] = Math.min(placed[k]!, k === placed.length - 1 ? hi : placed[k + 1]! - gap);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const out = new Array<number>(ys.length).fill(0);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}

/** A label at the end of a curve. */
export interface EndLabel {
  /** Where the curve ends, px. */
  readonly xPx: number;
  readonly yPx: number;
  readonly text: string;
  readonly style: LineStyle;
}

/** Width the end labels need to the right of the curves, px. */
export function endLabelsWidth(texts: readonly string[], t: Theme): number {
  const f = fontSizes(t);
  const longest = Math.max(0, ...texts.map((s) => textWidthPx(s, f.legend)));
  return (SAMPLE_PX + 2 * GAP_PX) * t.lineScale + longest + 4;
}

/** Labels at the curves' ends, each led by a short sample of its line, spread apart vertically. */
export function endLabelsNode(
  labels: readonly EndLabel[],
  lo: number,
  hi: number,
  t: Theme,
): SvgNode {
  const f = fontSizes(t);
  const ys = dodge(
    labels.map((l) => l.yPx),
    f.legend * 1.25,
    lo,
    hi,
  );
  return el(
    'g',
    { class: 'end-labels' },
    labels.map((l, i) => {
      const y = ys[i]!;
      const x0 = l.xPx + GAP_PX * t.lineScale;
      const x1 = x0 + SAMPLE_PX * t.lineScale;
      return el('g', { 'aria-label': l.text }, [
        segmentNode(l.xPx + 2, l.yPx, x0, y, { colour: l.style.colour, widthPx: 1 }, t),
        segmentNode(x0, y, x1, y, l.style, t),
        textNode(x1 + GAP_PX, y, l.text, { size: f.legend, colour: t.ink }, t),
      ]);
    }),
  );
}

/** One legend entry: a line sample, a marker, or a band swatch (optionally with a line). */
export interface LegendEntry {
  readonly text: string;
  /**
   * What the entry says in one legend shared by several panels, where its panel's own words would
   * repeat it once per panel ("Normal" for "Normal: obliquity" and "Normal: right hip").
   */
  readonly acrossPanels?: string | undefined;
  readonly line?: LineStyle | undefined;
  readonly dot?: { readonly colour: string; readonly hollow?: boolean } | undefined;
  readonly band?: string | undefined;
}

/** Size of a legend, px. */
export function legendSize(entries: readonly LegendEntry[], t: Theme): { w: number; h: number } {
  const f = fontSizes(t);
  const longest = Math.max(0, ...entries.map((e) => textWidthPx(e.text, f.legend)));
  return {
    w: SAMPLE_PX * t.lineScale + 3 * GAP_PX + longest,
    h: entries.length * f.legend * 1.35,
  };
}

function sample(e: LegendEntry, x: number, y: number, t: Theme, rowH: number): SvgNode[] {
  // The sample stops short of its room as its lines thicken (the same gap at 1×): a thick line's
  // round cap would otherwise touch the text after it.
  const x1 = x + SAMPLE_PX * t.lineScale - GAP_PX * (t.lineScale - 1);
  const out: SvgNode[] = [];
  if (e.band)
    out.push(
      el('rect', {
        x,
        y: y - rowH * 0.35,
        width: x1 - x,
        height: rowH * 0.7,
        fill: e.band,
        'fill-opacity': BAND_OPACITY * 1.5,
      }),
    );
  if (e.line) out.push(segmentNode(x, y, x1, y, e.line, t));
  if (e.dot)
    out.push(
      el('circle', {
        cx: (x + x1) / 2,
        cy: y,
        r: 5.5 * t.lineScale,
        fill: e.dot.hollow ? t.background : e.dot.colour,
        stroke: e.dot.hollow ? e.dot.colour : t.background,
        'stroke-width': (e.dot.hollow ? 2.4 : 1.6) * t.lineScale,
      }),
    );
  return out;
}

/** Height of one legend row, px. */
const rowHeightPx = (t: Theme) => fontSizes(t).legend * 1.35;

/** One legend entry in row `row` (0 at the top) of a legend whose top-left corner is (x, y), px. */
function entryNode(e: LegendEntry, x: number, y: number, row: number, t: Theme): SvgNode {
  const rowH = rowHeightPx(t);
  const cy = y + rowH * (row + 0.5);
  return el('g', { 'aria-label': e.text }, [
    ...sample(e, x, cy, t, rowH),
    textNode(
      x + SAMPLE_PX * t.lineScale + GAP_PX,
      cy,
      e.text,
      { size: fontSizes(t).legend, colour: t.ink },
      t,
    ),
  ]);
}

/** A legend with its top-left corner at (x, y), px, on a background panel. */
export function legendNode(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  t: Theme,
): SvgNode {
  const { w, h } = legendSize(entries, t);
  return el('g', { class: 'legend', 'aria-label': 'Legend' }, [
    el('rect', {
      x: x - GAP_PX,
      y: y - GAP_PX / 2,
      width: w + GAP_PX,
      height: h + GAP_PX,
      fill: t.background,
      'fill-opacity': 0.88,
      stroke: 'none',
    }),
    ...entries.map((e, i) => entryNode(e, x, y, i, t)),
  ]);
}

/** A legend laid out in as many columns as fit a width. */
export interface LegendGrid {
  readonly columns: number;
  readonly rows: number;
  /** Width of one column, px. */
  readonly columnW: number;
  /** Height of the whole grid, px. */
  readonly h: number;
}

/** How `entries` fill a strip `widthPx` wide: columns of the longest entry's width, row by row. */
export function legendGrid(entries: readonly LegendEntry[], widthPx: number, t: Theme): LegendGrid {
  const f = fontSizes(t);
  const columnW = legendSize(entries, t).w;
  const columns = Math.max(1, Math.min(entries.length, Math.floor(widthPx / columnW)));
  const rows = Math.ceil(entries.length / columns);
  return { columns, rows, columnW, h: rows * f.legend * 1.35 };
}

/** A legend in a grid (see {@link legendGrid}) with its top-left corner at (x, y), px. */
export function legendGridNode(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  widthPx: number,
  t: Theme,
): SvgNode {
  const g = legendGrid(entries, widthPx, t);
  return el(
    'g',
    { class: 'legend legend-grid', 'aria-label': 'Legend' },
    entries.map((e, i) =>
      entryNode(e, x + (i % g.columns) * g.columnW, y, Math.floor(i / g.columns), t),
    ),
  );
}
