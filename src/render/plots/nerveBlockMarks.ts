/**
 * The nerve-block plot's panels as data and its marks (src/render/plots/nerveBlock.ts): the time
 * to 90 % of the drop with its label, the time cursor with its table rows, and the note shown
 * when nothing is blocked.
 */
import { deg, type NerveBlockSample } from '../../../sim/index.ts';
import { type SvgNode } from '../svg.ts';
import { cursorOverlay, type SampledCurve } from './cursor.ts';
import type { Frame, Panel } from './frame.ts';
import { whole } from './format.ts';
import { dotNode, textNode, type Point } from './marks.ts';
import { blockSampleAt, DROP_SHARE, type NerveBlockSeries } from './nerveBlockSeries.ts';
import { bestSpot, densify, spotPoints, spotsAround } from './placement.ts';
import { type StackPanel } from './stack.ts';
import { fitText, textWidthPx } from './style.ts';
import type { Column, Labelled, Overlay, PlotOptions } from './types.ts';

/** Table column of each panel's values. */
export type BlockColumn = 'angle' | 'hipContactForce';

/** A curve of a panel; a current curve can be read at the cursor. */
export type BlockCurve = SampledCurve<NerveBlockSample>;

/** A panel as data, its curves and its table column. */
export interface BlockPanel extends StackPanel {
  readonly column: BlockColumn;
  readonly curves: readonly BlockCurve[];
}

/** The table columns of the plot and its cursor rows (force in N or × BW as asked). */
export function columns(o: PlotOptions): Column[] {
  return [
    { name: 'series', unit: '' },
    { name: 'time', unit: 's' },
    { name: 'angle', unit: 'deg' },
    { name: 'hipContactForce', unit: o.units === 'N' ? 'N' : '×BW' },
  ];
}

/** The time the drop takes to 90 % of its end, marked on the drop curve with a label. */
export function dropTimeMark(
  { label, series }: Labelled<NerveBlockSeries>,
  p: BlockPanel,
  sc: Panel,
  fr: Frame,
): { nodes: SvgNode[]; point: Point | undefined } {
  const tS = series.dropTimeS;
  const end = series.samples[series.samples.length - 1]?.pelvicDropRad ?? 0;
  if (tS === undefined) return { nodes: [], point: undefined };
  const { t, f } = fr;
  const point: Point = [tS, deg(DROP_SHARE * end)];
  const share = `${whole(DROP_SHARE * 100)} %`;
  const long = `${share} of the final drop at ${tS.toFixed(2)} s`;
  const obstacles = densify(
    p.curves.map((c) => c.points.map((q): Point => [sc.x(q[0]), sc.y(q[1])])),
  );
  const h = f.legend * 1.2;
  // The long label where it crosses no curve; else the short one, where it crosses fewest.
  const placed = [long, `${share} at ${tS.toFixed(2)} s`].map((text) => {
    const w = textWidthPx(text, f.legend);
    const spot = bestSpot(
      spotsAround(sc.x(point[0]), sc.y(point[1]), 10 * t.lineScale + f.legend * 0.6),
      w,
      h,
      obstacles,
      sc.box,
    );
    const box = spotPoints(spot, w, h);
    const x0 = Math.min(...box.map((b) => b[0]));
    const x1 = Math.max(...box.map((b) => b[0]));
    const inside = (q: readonly [number, number]) =>
      q[0] >= x0 - 3 && q[0] <= x1 + 3 && Math.abs(q[1] - spot.y) <= h / 2 + 3;
    return { text, spot, clear: !obstacles.some(inside) };
  });
  const { text, spot } = placed.find((c) => c.clear) ?? placed[1]!;
  const style = { size: f.legend, colour: t.ink, anchor: spot.anchor, weight: 600, halo: true };
  return {
    nodes: [
      dotNode(point, sc, t.ink, t, `${label}: ${long}`),
      textNode(spot.x, spot.y, text, style, t),
    ],
    point,
  };
}

/**
 * The cursor at `timeS` (clamped to the run) over the built panels: a line across them and a dot
 * on each current curve, with its table rows.
 */
export function timeCursor(
  ps: readonly BlockPanel[],
  scs: readonly Panel[],
  series: NerveBlockSeries,
  fr: Frame,
  timeS: number,
): Overlay {
  const sample = blockSampleAt(series, timeS);
  const at = sample.timeS;
  const text = `${at.toFixed(2)} s`;
  return cursorOverlay(
    ps,
    scs,
    fr,
    columns(fr.o),
    { x: at, xColumn: 'time', dotText: text, lineText: text },
    sample,
  );
}

/** A note across the top panel when nothing is blocked. */
export function nothingBlocked(sc: Panel, fr: Frame): SvgNode {
  const { t, f } = fr;
  return textNode(
    sc.box.left + sc.box.width / 2,
    sc.box.top + sc.box.height / 2,
    fitText(
      [
        'Nothing to block: gluteus medius, minimus and TFL are at full strength.',
        'Nothing to block: the abductors are at full strength.',
        'Nothing to block.',
      ],
      sc.box.width - 8,
      f.label,
    ),
    { size: f.label, colour: t.mutedInk, anchor: 'middle', halo: true },
    t,
  );
}
