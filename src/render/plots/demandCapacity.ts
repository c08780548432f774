/**
 * "Why the pelvis drops": the moment about the stance hip that the abductor side must supply
 * (demand) and can supply (capacity: sustained activation at the current strengths plus passive
 * tissue) as the pelvis drops, with the solution marked: an equilibrium where demand meets
 * capacity; where capacity falls short of demand all the way to the bony end of the adduction
 * range, the end of range, with the bony end stop taking the rest. The stance hip's adduction runs
 * along the top, so the end of the range is read on its own axis.
 */
import { deg, type DemandCapacitySeries, type PostureMoments } from '../../../sim/index.ts';
import type { Theme } from '../theme.ts';
import { bottom, topAxisHeight } from './axes.ts';
import { curveEnds, frameOf, type Curve, type Frame, type Panel } from './frame.ts';
import {
  adductionAxis,
  endStop,
  endStopNodes,
  equilibrium,
  equilibriumNodes,
  holding,
  LIMIT_TEXT,
  limitNodes,
  rangeEndDeg,
} from './demandCapacityMarks.ts';
import { oneDecimal, whole } from './format.ts';
import {
  endLabelsNode,
  endLabelsWidth,
  legendGrid,
  legendGridNode,
  type LegendEntry,
} from './legend.ts';
import type { Point } from './marks.ts';
import { densify } from './placement.ts';
import { DASH, ghostStyle, MAIN_WIDTH_PX, THIN_WIDTH_PX, type LineStyle } from './style.ts';
import { tableBuilder } from './table.ts';
import type { Labelled, PlotBuilder, PlotData, PlotTable } from './types.ts';

/**
 * Below this share of the width for the plot area, the curves get short labels; below it even
 * with short labels, a legend under the plot.
 */
const NARROW_SHARE = 0.6;

/** A curve with its label on the plot, and a short one for narrow plots. */
interface LabelledCurve extends Curve {
  readonly label: string;
  readonly short: string;
  /** A curve of the pinned scenario. */
  readonly pinned?: boolean;
}

function along(s: DemandCapacitySeries, f: (p: PostureMoments) => number): Point[] {
  return s.along.map((p): Point => [deg(p.dropRad), f(p)]);
}

/** The current series' four curves. */
function currentCurves({ label, series }: Labelled<DemandCapacitySeries>, t: Theme) {
  const c = (what: string, points: readonly Point[], style: LineStyle): LabelledCurve => ({
    name: `${label}: ${what}`,
    label: what,
    short: what.replace(/ \(.*\)$/, '').replace('capacity at full strength', 'full strength'),
    points,
    style,
  });
  return [
    c(
      'capacity at full strength',
      series.fullStrength.map((p): Point => [deg(p.dropRad), p.capacityNm]),
      { colour: t.abductor, widthPx: THIN_WIDTH_PX, dash: DASH.dotted },
    ),
    c(
      'passive (muscle, iliotibial tract, capsule)',
      along(series, (p) => p.passiveMuscleNm + p.tissueNm),
      { colour: t.mutedInk, widthPx: THIN_WIDTH_PX + 0.4, dash: DASH.dashDot },
    ),
    c(
      'capacity (active + passive)',
      along(series, (p) => p.capacityNm),
      { colour: t.abductor, widthPx: MAIN_WIDTH_PX, dash: DASH.longDash },
    ),
    c(
      'demand (required moment)',
      along(series, (p) => p.demandNm),
      { colour: t.weight, widthPx: MAIN_WIDTH_PX },
    ),
  ];
}

/** The pinned series' capacity and demand, in the ghost style. */
function ghostCurves({ label, series }: Labelled<DemandCapacitySeries>, t: Theme) {
  const c = (what: string, f: (p: PostureMoments) => number): LabelledCurve => ({
    name: `${label}: ${what}`,
    label: `${label}: ${what}`,
    short: `${label}: ${what}`,
    points: along(series, f),
    style: ghostStyle(t),
    pinned: true,
  });
  return [c('capacity', (p) => p.capacityNm), c('demand', (p) => p.demandNm)];
}

/** How the curves are named: long or short labels at their ends, or a legend under the plot. */
type Naming = 'long' | 'short' | 'legend';

/** The legend under a narrow plot: each curve's long label and line, the pinned ones last. */
function legendOf(drawn: readonly LabelledCurve[]): LegendEntry[] {
  const entries = drawn.map((c) => ({ text: c.label, line: c.style, pinned: c.pinned }));
  return [...entries.filter((e) => !e.pinned), ...entries.filter((e) => e.pinned)];
}

/** The panel, and how the curves are named. */
function layout(fr: Frame, drawn: readonly LabelledCurve[], toDeg: number) {
  const { o, t, f } = fr;
  const width = (texts: readonly string[]) => endLabelsWidth(texts, t);
  const longW = width(drawn.map((s) => s.label));
  const shortW = width(drawn.map((s) => s.short));
  const fits = (labelsW: number, left: number) =>
    o.widthPx - left - labelsW >= NARROW_SHARE * o.widthPx;
  // The legend's rows are known before the panel: its width is the plot's less a margin.
  const grid = legendGrid(legendOf(drawn), o.widthPx - f.legend, t);
  const top = topAxisHeight(t) + f.legend * 0.4;
  const probe = fr.valuePanel(top, drawn, [0, toDeg], (left) => left);
  const naming: Naming = fits(longW, probe.box.left)
    ? 'long'
    : fits(shortW, probe.box.left)
      ? 'short'
      : 'legend';
  const labelsW = { long: longW, short: shortW, legend: 0 }[naming];
  const below = naming === 'legend' ? grid.h + f.legend * 0.6 : 0;
  const panel = fr.valuePanel(
    top,
    drawn,
    [0, toDeg],
    (left) => o.widthPx - left - labelsW - 6,
    [],
    below,
  );
  return { panel, naming, below };
}

/** The table: every curve, each solution (level, equilibrium or end of range), the end stop and the range end. */
function table(
  data: PlotData<DemandCapacitySeries>,
  drawn: readonly LabelledCurve[],
  p: Panel,
  limitDeg: number | undefined,
): PlotTable {
  const tb = tableBuilder([
    { name: 'series', unit: '' },
    { name: 'pelvicDrop', unit: 'deg' },
    { name: 'moment', unit: 'N·m' },
  ]);
  const { current, pinned } = data;
  tb.curves(drawn, 'pelvicDrop', 'moment');
  for (const c of [current, ...(pinned ? [pinned] : [])]) {
    const [ex, ey] = equilibrium(c.series.result);
    tb.add({ series: `${c.label}: ${holding(c.series.result)}`, pelvicDrop: ex, moment: ey });
  }
  const stop = endStop(current.series.result);
  if (stop)
    for (const [sx, sy] of stop)
      tb.add({ series: `${current.label}: bony end stop`, pelvicDrop: sx, moment: sy });
  if (limitDeg !== undefined)
    for (const v of p.y.domain())
      tb.add({ series: `${current.label}: ${LIMIT_TEXT}`, pelvicDrop: limitDeg, moment: v });
  return tb.table();
}

/** Points (px) the equilibrium labels should not cover: curves, limit line, end-stop bracket and text. */
function obstaclesOf(
  drawn: readonly LabelledCurve[],
  p: Panel,
  limitDeg: number | undefined,
  stop: readonly [Point, Point] | undefined,
  t: Theme,
): [number, number][] {
  const px = (q: Point): Point => [p.x(q[0]), p.y(q[1])];
  const [y0, y1] = p.y.domain() as [number, number];
  return densify([
    ...drawn.map((s) => s.points.map(px)),
    ...(limitDeg === undefined ? [] : [[px([limitDeg, y0]), px([limitDeg, y1])]]),
    ...(stop
      ? [stop.map(px), stop.map((q) => [p.x(q[0]) + 60 * t.lineScale, p.y(q[1])] as Point)]
      : []),
  ]);
}

function description(label: string, s: DemandCapacitySeries): string {
  const r = s.result;
  return (
    `Abductor moment about the ${r.input.stanceSide} stance hip required (demand) and available (capacity) as the pelvis drops, for ${label}: ` +
    (r.pelvicDropRad <= 0
      ? 'the abductors hold the pelvis level.'
      : `the pelvis drops ${oneDecimal(deg(r.pelvicDropRad))}°${holding(r) === 'end of range' ? `, to the bony end of the adduction range, where the end stop holds the ${whole(r.rangeLimitMomentNm)} N·m that muscles and passive tissues cannot` : ', where demand meets capacity'}.`)
  );
}

/** The curves' names: at their ends, or a legend under the plot. */
function namesNode(
  drawn: readonly LabelledCurve[],
  p: Panel,
  naming: Naming,
  below: number,
  fr: Frame,
) {
  const { o, t, f } = fr;
  if (naming === 'legend')
    return legendGridNode(
      legendOf(drawn),
      f.legend * 0.5,
      fr.o.heightPx - below + f.legend * 0.3,
      o.widthPx - f.legend,
      t,
    );
  return endLabelsNode(
    curveEnds(drawn, p, (s) => (naming === 'short' ? s.short : s.label)),
    p.box.top + f.legend / 2,
    bottom(p.box) - f.legend / 2,
    t,
  );
}

/** Builds the demand-capacity plot (the pinned series must share the current one's drop range). */
export const buildDemandCapacity: PlotBuilder<DemandCapacitySeries> = (data, o) => {
  const fr = frameOf(o);
  const { t } = fr;
  const { current, pinned } = data;
  // The pinned curves first: drawn under the current ones, so both show where they coincide.
  const drawn = [...(pinned ? ghostCurves(pinned, t) : []), ...currentCurves(current, t)];
  const r = current.series.result;
  const stop = endStop(r);
  const limitDeg = rangeEndDeg(current.series.along);
  const { panel: p, naming, below } = layout(fr, drawn, deg(current.series.toRad));

  const obstacles = obstaclesOf(drawn, p, limitDeg, stop, t);
  // The current solution's label is placed first, the pinned one around it; both drawn on top.
  const currentLabel = equilibriumNodes(current.label, r, p, t, false, obstacles);
  const labels = [
    ...(pinned ? equilibriumNodes(pinned.label, pinned.series.result, p, t, true, obstacles) : []),
    ...currentLabel,
  ];
  const side = r.input.stanceSide;
  const topAxis = adductionAxis(current.series.along, p, fr);
  const scene = fr.root(
    'demand-capacity',
    `Why the pelvis drops: ${current.label}`,
    description(current.label, current.series),
    [
      ...fr.axes(
        p,
        { label: 'Pelvic drop (°)' },
        {
          label: [
            `Moment about the ${side} (stance) hip (N·m)`,
            `Moment about the ${side} hip (N·m)`,
            'Hip moment (N·m)',
          ],
          zeroLine: true,
        },
      ),
      ...(topAxis ? [topAxis] : []),
      ...(limitDeg === undefined ? [] : limitNodes(limitDeg, p, fr, holding(r) !== 'end of range')),
      ...fr.curves(drawn, p),
      ...(stop ? endStopNodes(stop, r, p, t) : []),
      ...labels,
      namesNode(drawn, p, naming, below, fr),
    ],
  );
  return { scene, table: table(data, drawn, p, limitDeg) };
};
