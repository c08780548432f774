/**
 * "Why the pelvis drops": the moment about the stance hip that the abductor side must supply
 * (demand) and can supply (capacity: full activation at the current strengths plus passive
 * tissue) as the pelvis drops, with the solved equilibrium marked. Where capacity falls short of
 * demand all the way to the end of the adduction range, the hip's end stop takes the rest.
 */
import { deg, type DemandCapacitySeries, type PostureMoments } from '../../../sim/index.ts';
import type { Theme } from '../theme.ts';
import { bottom } from './axes.ts';
import { curveEnds, frameOf, type Curve, type Frame, type Panel } from './frame.ts';
import {
  endStop,
  endStopNodes,
  equilibrium,
  equilibriumNodes,
  LIMIT_TEXT,
  limitNodes,
  rangeEndDeg,
} from './demandCapacityMarks.ts';
import { oneDecimal } from './format.ts';
import { endLabelsNode, endLabelsWidth } from './legend.ts';
import type { Point } from './marks.ts';
import { densify } from './placement.ts';
import { DASH, ghostStyle, MAIN_WIDTH_PX, THIN_WIDTH_PX, type LineStyle } from './style.ts';
import { tableBuilder } from './table.ts';
import type { Labelled, PlotBuilder, PlotData, PlotTable } from './types.ts';

/** Below this share of the width for the plot area, the curves get short labels. */
const NARROW_SHARE = 0.6;

/** A curve with its label on the plot, and a short one for narrow plots. */
interface LabelledCurve extends Curve {
  readonly label: string;
  readonly short: string;
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
  });
  return [c('capacity', (p) => p.capacityNm), c('demand', (p) => p.demandNm)];
}

/** The panel, and whether the curves' end labels are the short ones. */
function layout(fr: Frame, drawn: readonly LabelledCurve[], toDeg: number) {
  const { o, t, f } = fr;
  let useShort = false;
  const panel = fr.valuePanel(f.legend * 1.6, drawn, [0, toDeg], (left) => {
    // Long curve labels where they leave the plot most of the width, short ones otherwise.
    const longW = endLabelsWidth(
      drawn.map((s) => s.label),
      t,
    );
    useShort = o.widthPx - left - longW < NARROW_SHARE * o.widthPx;
    const labelsW = useShort
      ? endLabelsWidth(
          drawn.map((s) => s.short),
          t,
        )
      : longW;
    return o.widthPx - left - labelsW - 6;
  });
  return { panel, useShort };
}

/** The table: every curve, each equilibrium, the end stop and the adduction limit. */
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
    tb.add({ series: `${c.label}: equilibrium`, pelvicDrop: ex, moment: ey });
  }
  const stop = endStop(current.series.result);
  if (stop)
    for (const [sx, sy] of stop)
      tb.add({ series: `${current.label}: end stop`, pelvicDrop: sx, moment: sy });
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
      : `the pelvis drops ${oneDecimal(deg(r.pelvicDropRad))}°${r.adductionRangeExhausted ? ', to the end of the adduction range, where the end stop takes the moment the muscles cannot' : ''}.`)
  );
}

/** Builds the demand-capacity plot (the pinned series must share the current one's drop range). */
export const buildDemandCapacity: PlotBuilder<DemandCapacitySeries> = (data, o) => {
  const fr = frameOf(o);
  const { t, f } = fr;
  const { current, pinned } = data;
  const drawn = [...currentCurves(current, t), ...(pinned ? ghostCurves(pinned, t) : [])];
  const r = current.series.result;
  const stop = endStop(r);
  const limitDeg = rangeEndDeg(current.series.along);
  const { panel: p, useShort } = layout(fr, drawn, deg(current.series.toRad));

  const obstacles = obstaclesOf(drawn, p, limitDeg, stop, t);
  // The current equilibrium's label is placed first, the pinned one around it; both drawn on top.
  const currentLabel = equilibriumNodes(current.label, r, p, t, false, obstacles);
  const labels = [
    ...(pinned ? equilibriumNodes(pinned.label, pinned.series.result, p, t, true, obstacles) : []),
    ...currentLabel,
  ];
  const side = r.input.stanceSide;
  const scene = fr.root(
    'demand-capacity',
    `Why the pelvis drops: ${current.label}`,
    description(current.label, current.series),
    [
      ...fr.axes(
        p,
        { label: 'Pelvic drop (°)' },
        { label: `Moment about the ${side} (stance) hip (N·m)`, zeroLine: true },
      ),
      ...(limitDeg === undefined ? [] : limitNodes(limitDeg, p, fr)),
      ...fr.curves(drawn, p),
      ...(stop ? endStopNodes(stop, r, p, t) : []),
      ...labels,
      endLabelsNode(
        curveEnds(drawn, p, (s) => (useShort ? s.short : s.label)),
        p.box.top + f.legend / 2,
        bottom(p.box) - f.legend / 2,
        t,
      ),
    ],
  );
  return { scene, table: table(data, drawn, p, limitDeg) };
};
