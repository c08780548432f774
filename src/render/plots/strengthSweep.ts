/**
 * Pelvic drop and trunk lean of single-leg stance against abductor strength (gluteus medius,
 * minimus and TFL together, 0-100 %), one curve per compensation, with the current setting marked.
 * Stance values only (sim/queries/strengthSweep.ts): a full gait sweep per point is not needed here.
 */
import { deg, type Compensation, type StrengthSweepSeries } from '../../../sim/index.ts';
import type { SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { right } from './axes.ts';
import { frameOf, type Curve, type Frame, type Panel } from './frame.ts';
import { oneDecimal, whole } from './format.ts';
import { legendGrid, legendGridNode, legendNode, legendSize, type LegendEntry } from './legend.ts';
import { dotNode, textNode, type Point } from './marks.ts';
import { bestSpot, densify, spotPoints, spotsAround } from './placement.ts';
import {
  DASH,
  ghostStyle,
  MAIN_WIDTH_PX,
  SERIES_COLOURS,
  textWidthPx,
  type LineStyle,
} from './style.ts';
import { tableBuilder } from './table.ts';
import type { Labelled, PlotBuilder, PlotData, PlotTable } from './types.ts';

const COMPENSATION_TEXT: Record<Compensation, string> = {
  none: 'no compensation',
  'trunk-lean': 'trunk-lean compensation',
  auto: 'automatic compensation',
};

function styleOf(c: Compensation, quantity: 'drop' | 'lean'): LineStyle {
  const colour = {
    none: SERIES_COLOURS[0],
    'trunk-lean': SERIES_COLOURS[3],
    auto: SERIES_COLOURS[4],
  }[c];
  const dash = {
    drop: { none: DASH.solid, 'trunk-lean': DASH.dashed, auto: DASH.shortDash },
    lean: { none: DASH.dotted, 'trunk-lean': DASH.dashDot, auto: DASH.dashDotDot },
  }[quantity][c];
  return { colour, widthPx: quantity === 'drop' ? MAIN_WIDTH_PX : MAIN_WIDTH_PX - 0.4, dash };
}

/**
 * Drop and lean curves of each compensation swept (lean only where the body compensates); all
 * in the ghost style when `ghost` is the theme.
 */
function curvesOf({ label, series }: Labelled<StrengthSweepSeries>, ghost?: Theme): Curve[] {
  const swept = ghost
    ? series.curves.filter((c) => c.compensation === series.compensation)
    : series.curves;
  return swept.flatMap(({ compensation: c, points }) => {
    const drop: Curve = {
      name: `${label}: pelvic drop, ${COMPENSATION_TEXT[c]}`,
      points: points.map((p): Point => [p.strengthPct, deg(p.pelvicDropRad)]),
      style: ghost ? ghostStyle(ghost) : styleOf(c, 'drop'),
    };
    const lean: Curve = {
      name: `${label}: trunk lean, ${COMPENSATION_TEXT[c]}`,
      points: points.map((p): Point => [p.strengthPct, deg(p.trunkLeanRad)]),
      style: ghost ? { ...ghostStyle(ghost), dash: DASH.dashDot } : styleOf(c, 'lean'),
    };
    return c === 'none' ? [drop] : [drop, lean];
  });
}

/** A marker of the current setting. */
interface Marker {
  readonly name: string;
  readonly point: Point;
  readonly quantity: 'drop' | 'lean';
}

/** The current setting's marker points: drop, and lean when the scenario compensates. */
function markers({ label, series }: Labelled<StrengthSweepSeries>): Marker[] {
  const x = series.current.strengthPct;
  const out: Marker[] = [
    {
      name: `${label}: pelvic drop (current setting)`,
      point: [x, deg(series.current.pelvicDropRad)],
      quantity: 'drop',
    },
  ];
  if (series.compensation !== 'none')
    out.push({
      name: `${label}: trunk lean (current setting)`,
      point: [x, deg(series.current.trunkLeanRad)],
      quantity: 'lean',
    });
  return out;
}

function legendOf(data: PlotData<StrengthSweepSeries>, curves: readonly Curve[], t: Theme) {
  const { current, pinned } = data;
  const entries: LegendEntry[] = [
    ...curves.map((s) => ({ text: s.name.slice(current.label.length + 2), line: s.style })),
    { text: `current setting (${current.label})`, dot: { colour: t.ink } },
    ...(pinned
      ? [
          {
            text: `${pinned.label} (${COMPENSATION_TEXT[pinned.series.compensation]})`,
            line: ghostStyle(t),
          },
        ]
      : []),
  ];
  return entries;
}

function table(curves: readonly Curve[], marks: readonly Marker[]): PlotTable {
  const tb = tableBuilder([
    { name: 'series', unit: '' },
    { name: 'abductorStrength', unit: '%' },
    { name: 'angle', unit: 'deg' },
  ]);
  tb.curves(curves, 'abductorStrength', 'angle');
  for (const m of marks)
    tb.add({ series: m.name, abductorStrength: m.point[0], angle: m.point[1] });
  return tb.table();
}

/**
 * The markers' dots, and for the current setting a label put where it crosses fewest of the
 * `obstacles` (px); each label's box is added to them.
 */
function markerNodes(
  ms: readonly Marker[],
  ghost: boolean,
  p: Panel,
  fr: Frame,
  obstacles: [number, number][],
): SvgNode[] {
  const { t, f } = fr;
  return ms.flatMap((m) => {
    const dot = dotNode(m.point, p, ghost ? t.ghost : t.ink, t, m.name, ghost);
    if (ghost) return [dot];
    const text = `${m.quantity} ${oneDecimal(m.point[1])}°`;
    const w = textWidthPx(text, f.legend);
    const h = f.legend * 1.2;
    const spot = bestSpot(
      spotsAround(p.x(m.point[0]), p.y(m.point[1]), 10 * t.lineScale + f.legend * 0.6),
      w,
      h,
      obstacles,
      p.box,
    );
    obstacles.push(...spotPoints(spot, w, h));
    const style = { size: f.legend, colour: t.ink, anchor: spot.anchor, weight: 600, halo: true };
    return [dot, textNode(spot.x, spot.y, text, style, t)];
  });
}

function description({ label, series: s }: Labelled<StrengthSweepSeries>): string {
  return `Pelvic drop and trunk lean in single-leg stance on the ${s.stanceSide} leg against the strength of gluteus medius, gluteus minimus and TFL together (0-100 %), with no, trunk-lean and automatic compensation; ${label} (${whole(s.current.strengthPct)} %, ${COMPENSATION_TEXT[s.compensation]}) has a pelvic drop of ${oneDecimal(deg(s.current.pelvicDropRad))}° and a trunk lean of ${oneDecimal(deg(s.current.trunkLeanRad))}°.`;
}

/** Above this share of the plot's width, the legend goes under the plot instead of into it. */
const LEGEND_INSIDE_SHARE = 0.5;

/**
 * The legend in the panel's top right corner, or under the plot when `below` (px from the
 * bottom), and the points (px) the markers' labels should not cover: the curves and the legend.
 */
function placeLegend(
  entries: readonly LegendEntry[],
  curves: readonly Curve[],
  p: Panel,
  fr: Frame,
  below: number,
) {
  const { o, t, f } = fr;
  const obstacles = densify(curves.map((s) => s.points.map((q): Point => [p.x(q[0]), p.y(q[1])])));
  if (below > 0) {
    const y = o.heightPx - below + f.legend * 0.3;
    return { node: legendGridNode(entries, f.legend * 0.5, y, o.widthPx - f.legend, t), obstacles };
  }
  const size = legendSize(entries, t);
  const at = { x: right(p.box) - size.w - 8, y: p.box.top + 8 };
  obstacles.push(...spotPoints({ x: at.x, y: at.y + size.h / 2, anchor: 'start' }, size.w, size.h));
  return { node: legendNode(entries, at.x, at.y, t), obstacles };
}

/** Builds the strength-sweep plot (of a pinned series, only its own compensation is drawn). */
export const buildStrengthSweep: PlotBuilder<StrengthSweepSeries> = (data, o) => {
  const fr = frameOf(o);
  const { t, f } = fr;
  const { current, pinned } = data;
  const series = curvesOf(current);
  const ghosts = pinned ? curvesOf(pinned, t) : [];
  const marks = markers(current);
  const pinMarks = pinned ? markers(pinned) : [];
  const legend = legendOf(data, series, t);
  // The y axis reaches 1° at least, so a level pelvis does not fill the plot with zero.
  const inside = legendSize(legend, t).w <= LEGEND_INSIDE_SHARE * o.widthPx;
  const below = inside ? 0 : legendGrid(legend, o.widthPx - f.legend, t).h + f.legend * 0.6;
  const p = fr.valuePanel(
    f.legend,
    [...series, ...ghosts],
    [0, 100],
    (left) => o.widthPx - left - 16,
    [1],
    below,
  );

  const { node: legendBox, obstacles } = placeLegend(legend, [...series, ...ghosts], p, fr, below);
  const scene = fr.root(
    'strength-sweep',
    `Abductor strength sweep: ${current.label}`,
    description(current),
    [
      ...fr.axes(
        p,
        {
          label: [
            'Abductor strength: gluteus medius, minimus and TFL (%)',
            'Strength of gluteus medius, minimus, TFL (%)',
            'Abductor strength (%)',
          ],
        },
        { label: 'Pelvic drop, trunk lean (°)', zeroLine: true },
      ),
      ...fr.curves(ghosts, p),
      ...fr.curves(series, p),
      ...markerNodes(pinMarks, true, p, fr, obstacles),
      ...markerNodes(marks, false, p, fr, obstacles),
      legendBox,
    ],
  );
  return { scene, table: table([...series, ...ghosts], [...marks, ...pinMarks]) };
};
