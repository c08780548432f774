/**
 * Pelvic drop and trunk lean of single-leg stance against abductor strength (gluteus medius,
 * minimus and TFL together, 0-100 %), one curve per compensation, with the current setting marked.
 * Stance values only, solved directly (a full gait sweep per point is not needed here).
 */
import { scaleLinear } from 'd3-scale';
import {
  deg,
  solveStance,
  SWEEP_PARAMS,
  sweepValues,
  type Compensation,
  type StanceInput,
  type StanceResult,
  type SweepParam,
} from '../../../sim/index.ts';
import type { SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import {
  bottomAxis,
  bottomAxisHeight,
  leftAxis,
  leftAxisWidth,
  plotRoot,
  right,
  tickChars,
  tickCount,
  valueScale,
  Y_TICK_SPACING_PX,
  type Box,
} from './axes.ts';
import { legendNode, legendSize, type LegendEntry } from './legend.ts';
import { curveNode, dotNode, textNode, type Point, type Scales } from './marks.ts';
import { bestSpot, densify, spotPoints, spotsAround } from './placement.ts';
import { readoutStance } from './scenario.ts';
import {
  DASH,
  fontSizes,
  ghostStyle,
  MAIN_WIDTH_PX,
  plotTheme,
  SERIES_COLOURS,
  textWidthPx,
  type LineStyle,
} from './style.ts';
import { tableBuilder } from './table.ts';
import type { PlotBuilder, PlotScenario } from './types.ts';

/** Strengths swept, 0-100 %. */
const STEPS = 51;
const COMPENSATIONS: readonly Compensation[] = ['none', 'trunk-lean', 'auto'];
const COMPENSATION_TEXT: Record<Compensation, string> = {
  none: 'no compensation',
  'trunk-lean': 'trunk-lean compensation',
  auto: 'automatic compensation',
};

function abductors(): SweepParam {
  const p = SWEEP_PARAMS.find((q) => q.name === 'abductors');
  if (!p) throw new Error('sweep parameter "abductors" is missing');
  return p;
}

/** One compensation's sweep: the strength (%) and the stance solution at each step. */
function sweep(base: StanceInput, compensation: Compensation): [number, StanceResult][] {
  const p = abductors();
  return sweepValues(p.min, p.max, STEPS).map((v) => [
    v,
    solveStance(p.apply({ ...base, compensation }, v)),
  ]);
}

/** A drawn series. */
interface Series {
  readonly name: string;
  readonly points: readonly Point[];
  readonly style: LineStyle;
}

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

function seriesOf(
  base: StanceInput,
  label: string,
  comps: readonly Compensation[],
  ghost?: Theme,
): Series[] {
  return comps.flatMap((c) => {
    const rows = sweep(base, c);
    const drop: Series = {
      name: `${label}: pelvic drop, ${COMPENSATION_TEXT[c]}`,
      points: rows.map(([v, r]): Point => [v, deg(r.pelvicDropRad)]),
      style: ghost ? ghostStyle(ghost) : styleOf(c, 'drop'),
    };
    const lean: Series = {
      name: `${label}: trunk lean, ${COMPENSATION_TEXT[c]}`,
      points: rows.map(([v, r]): Point => [v, deg(r.trunkLeanRad)]),
      style: ghost ? { ...ghostStyle(ghost), dash: DASH.dashDot } : styleOf(c, 'lean'),
    };
    return c === 'none' ? [drop] : [drop, lean];
  });
}

/** Mean strength of the three swept muscles, %. */
function meanStrengthPct(s: StanceInput): number {
  return ((s.strength.gmed + s.strength.gmin + s.strength.tfl) / 3) * 100;
}

/** A marker of the current setting. */
interface Marker {
  readonly name: string;
  readonly point: Point;
  readonly quantity: 'drop' | 'lean';
}

/** The current setting's marker points: drop, and lean when the scenario compensates. */
function markers(s: PlotScenario): Marker[] {
  const input = readoutStance(s);
  const r = solveStance(input);
  const x = meanStrengthPct(input);
  const out: Marker[] = [
    {
      name: `${s.label}: pelvic drop (current setting)`,
      point: [x, deg(r.pelvicDropRad)],
      quantity: 'drop',
    },
  ];
  if (input.compensation !== 'none')
    out.push({
      name: `${s.label}: trunk lean (current setting)`,
      point: [x, deg(r.trunkLeanRad)],
      quantity: 'lean',
    });
  return out;
}

/** Builds the strength-sweep plot. */
export const buildStrengthSweep: PlotBuilder = (scenario, o) => {
  const t = plotTheme(o);
  const f = fontSizes(t);
  const base = readoutStance(scenario);
  const series = seriesOf(base, scenario.label, COMPENSATIONS);
  const pinBase = o.pinned ? readoutStance(o.pinned) : undefined;
  const ghosts =
    o.pinned && pinBase ? seriesOf(pinBase, o.pinned.label, [pinBase.compensation], t) : [];
  const marks = markers(scenario);
  const pinMarks = o.pinned ? markers(o.pinned) : [];

  const legend: LegendEntry[] = [
    ...series.map((s) => ({ text: s.name.slice(scenario.label.length + 2), line: s.style })),
    { text: `current setting (${scenario.label})`, dot: { colour: t.ink } },
    ...(o.pinned
      ? [
          {
            text: `${o.pinned.label} (${COMPENSATION_TEXT[pinBase?.compensation ?? 'none']})`,
            line: ghostStyle(t),
          },
        ]
      : []),
  ];
  const top = f.legend;
  const height = o.heightPx - top - bottomAxisHeight(t, true);
  const y = valueScale(
    [1, ...[...series, ...ghosts].flatMap((s) => s.points.map((p) => p[1]))],
    top,
    height,
  );
  const left = leftAxisWidth(t, tickChars(y, tickCount(height, Y_TICK_SPACING_PX)), true);
  const box: Box = { left, top, width: o.widthPx - left - 16, height };
  const x = scaleLinear()
    .domain([0, 100])
    .range([box.left, right(box)]);
  const sc: Scales = { x, y };

  const tb = tableBuilder([
    { name: 'series', unit: '' },
    { name: 'abductorStrength', unit: '%' },
    { name: 'angle', unit: 'deg' },
  ]);
  for (const s of [...series, ...ghosts])
    for (const [sx, sy] of s.points) tb.add({ series: s.name, abductorStrength: sx, angle: sy });
  for (const m of [...marks, ...pinMarks])
    tb.add({ series: m.name, abductorStrength: m.point[0], angle: m.point[1] });

  const lsize = legendSize(legend, t);
  const legendAt = { x: right(box) - lsize.w - 8, y: box.top + 8 };
  const obstacles = densify(
    [...series, ...ghosts].map((s) => s.points.map((p): Point => [x(p[0]), y(p[1])])),
  );
  obstacles.push(
    ...spotPoints(
      { x: legendAt.x, y: legendAt.y + lsize.h / 2, anchor: 'start' },
      lsize.w,
      lsize.h,
    ),
  );
  const markerNodes = (ms: readonly Marker[], ghost: boolean): SvgNode[] =>
    ms.flatMap((m) => {
      const dot = dotNode(m.point, sc, ghost ? t.ghost : t.ink, t, m.name, ghost);
      if (ghost) return [dot];
      const text = `${m.quantity} ${m.point[1].toFixed(1)}°`;
      const w = textWidthPx(text, f.legend);
      const h = f.legend * 1.2;
      const spot = bestSpot(
        spotsAround(x(m.point[0]), y(m.point[1]), 10 * t.lineScale + f.legend * 0.6),
        w,
        h,
        obstacles,
        box,
      );
      obstacles.push(...spotPoints(spot, w, h));
      const style = { size: f.legend, colour: t.ink, anchor: spot.anchor, weight: 600, halo: true };
      return [dot, textNode(spot.x, spot.y, text, style, t)];
    });

  const r = solveStance(base);
  const title = `Abductor strength sweep: ${scenario.label}`;
  const desc = `Pelvic drop and trunk lean in single-leg stance on the ${base.stanceSide} leg against the strength of gluteus medius, gluteus minimus and TFL together (0-100 %), with no, trunk-lean and automatic compensation; ${scenario.label} (${meanStrengthPct(base).toFixed(0)} %, ${COMPENSATION_TEXT[base.compensation]}) has a pelvic drop of ${deg(r.pelvicDropRad).toFixed(1)}° and a trunk lean of ${deg(r.trunkLeanRad).toFixed(1)}°.`;
  const scene = plotRoot('strength-sweep', o, title, desc, [
    bottomAxis(x, box, t, {
      label: 'Abductor strength: gluteus medius, minimus and TFL (%)',
      ticks: tickCount(box.width, 70),
      grid: true,
    }),
    leftAxis(y, box, t, {
      label: 'Pelvic drop, trunk lean (°)',
      ticks: tickCount(box.height, Y_TICK_SPACING_PX),
      grid: true,
      zeroLine: true,
    }),
    ...series.map((s) => curveNode(s.points, sc, s.style, t, s.name)),
    ...ghosts.map((s) => curveNode(s.points, sc, s.style, t, s.name)),
    ...markerNodes(pinMarks, true),
    ...markerNodes(marks, false),
    legendNode(legend, legendAt.x, legendAt.y, t),
  ]);
  return { scene, table: tb.table() };
};
