/**
 * "Why the pelvis drops": the moment about the stance hip that the abductor side must supply
 * (demand) and can supply (capacity: full activation at the current strengths plus passive
 * tissue) as the pelvis drops, with the solved equilibrium marked. Where capacity falls short of
 * demand all the way to the end of the adduction range, the hip's end stop takes the rest.
 */
import { scaleLinear } from 'd3-scale';
import {
  deg,
  HIP_ADDUCTION_LIMIT_RAD,
  momentsAlongDrop,
  RAD_PER_DEG,
  solveStance,
  type PostureMoments,
  type StanceInput,
  type StanceResult,
} from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import {
  bottom,
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
import { endLabelsNode, endLabelsWidth, type EndLabel } from './legend.ts';
import { curveNode, dotNode, segmentNode, textNode, type Point, type Scales } from './marks.ts';
import { bestSpot, densify, spotPoints, spotsAround } from './placement.ts';
import { readoutStance } from './scenario.ts';
import {
  DASH,
  fontSizes,
  ghostStyle,
  MAIN_WIDTH_PX,
  plotTheme,
  textWidthPx,
  THIN_WIDTH_PX,
  type LineStyle,
} from './style.ts';
import { tableBuilder, type TableBuilder } from './table.ts';
import type { PlotBuilder, PlotScenario } from './types.ts';

/** Points along the drop. */
const SAMPLES = 61;
/** The drop axis runs to 25° at least, and this far past the solution. */
const MIN_DROP_RAD = 25 * RAD_PER_DEG;
const PAST_SOLUTION_RAD = 3 * RAD_PER_DEG;
/** Below this share of the width for the plot area, the curves get short labels. */
const NARROW_SHARE = 0.6;

/** One scenario's curves. */
interface Curves {
  readonly label: string;
  readonly result: StanceResult;
  readonly along: readonly PostureMoments[];
  readonly fullStrength: readonly PostureMoments[];
}

function fullStrength(s: StanceInput): StanceInput {
  return { ...s, strength: { ...s.strength, gmed: 1, gmin: 1, tfl: 1 } };
}

function curvesOf(scenario: PlotScenario, to: number): Curves {
  const input = readoutStance(scenario);
  const result = solveStance(input);
  return {
    label: scenario.label,
    result,
    along: momentsAlongDrop(input, result.trunkLeanRad, 0, to, SAMPLES),
    fullStrength: momentsAlongDrop(fullStrength(input), result.trunkLeanRad, 0, to, SAMPLES),
  };
}

/** A drawn series: its table name, its label on the plot (and a short one for narrow plots), points and style. */
interface Series {
  readonly name: string;
  readonly label: string;
  readonly short: string;
  readonly points: readonly Point[];
  readonly style: LineStyle;
}

function seriesOf(c: Curves, t: Theme): Series[] {
  const pts = (f: (p: PostureMoments) => number) =>
    c.along.map((p): Point => [deg(p.dropRad), f(p)]);
  const s = (label: string, points: readonly Point[], style: LineStyle): Series => ({
    name: `${c.label}: ${label}`,
    label,
    short: label.replace(/ \(.*\)$/, '').replace('capacity at full strength', 'full strength'),
    points,
    style,
  });
  return [
    s(
      'capacity at full strength',
      c.fullStrength.map((p): Point => [deg(p.dropRad), p.capacityNm]),
      { colour: t.abductor, widthPx: THIN_WIDTH_PX, dash: DASH.dotted },
    ),
    s(
      'passive (muscle + ligament)',
      pts((p) => p.passiveMuscleNm + p.ligamentNm),
      { colour: t.mutedInk, widthPx: THIN_WIDTH_PX + 0.4, dash: DASH.dashDot },
    ),
    s(
      'capacity (active + passive)',
      pts((p) => p.capacityNm),
      {
        colour: t.abductor,
        widthPx: MAIN_WIDTH_PX,
        dash: DASH.longDash,
      },
    ),
    s(
      'demand (required moment)',
      pts((p) => p.demandNm),
      { colour: t.weight, widthPx: MAIN_WIDTH_PX },
    ),
  ];
}

function ghostSeries(c: Curves, t: Theme): Series[] {
  const s = (what: string, f: (p: PostureMoments) => number): Series => ({
    name: `${c.label}: ${what}`,
    label: `${c.label}: ${what}`,
    short: `${c.label}: ${what}`,
    points: c.along.map((p): Point => [deg(p.dropRad), f(p)]),
    style: ghostStyle(t),
  });
  return [s('capacity', (p) => p.capacityNm), s('demand', (p) => p.demandNm)];
}

/** The drop at which the stance hip reaches the end of its adduction range, deg (undefined if not reached). */
function rangeEndDeg(along: readonly PostureMoments[]): number | undefined {
  for (let i = 1; i < along.length; i++) {
    const a = along[i - 1]!;
    const b = along[i]!;
    if (
      b.hipAdductionRad >= HIP_ADDUCTION_LIMIT_RAD &&
      a.hipAdductionRad < HIP_ADDUCTION_LIMIT_RAD
    ) {
      const k =
        (HIP_ADDUCTION_LIMIT_RAD - a.hipAdductionRad) / (b.hipAdductionRad - a.hipAdductionRad);
      return deg(a.dropRad + k * (b.dropRad - a.dropRad));
    }
  }
  return undefined;
}

function equilibriumText(r: StanceResult): string {
  const lean = deg(r.trunkLeanRad);
  const leanText = lean > 0.05 ? ` with trunk lean ${lean.toFixed(1)}°` : '';
  if (r.pelvicDropRad <= 0) return `level pelvis${leanText}`;
  return `equilibrium ${deg(r.pelvicDropRad).toFixed(1)}°${leanText}`;
}

/** The equilibrium point (drop, demand) of a solution, deg and N·m. */
function equilibrium(r: StanceResult): Point {
  return [deg(r.pelvicDropRad), r.abductorMomentRequiredNm];
}

/**
 * Marker and label of a solution's equilibrium, the label put where it crosses fewest lines; the
 * label's box is added to `obstacles` for the labels placed after it.
 */
function equilibriumNodes(
  c: Curves,
  sc: Scales,
  box: Box,
  t: Theme,
  ghost: boolean,
  obstacles: [number, number][],
): SvgNode[] {
  const p = equilibrium(c.result);
  const f = fontSizes(t);
  const text = ghost ? `${c.label}: ${equilibriumText(c.result)}` : equilibriumText(c.result);
  const w = textWidthPx(text, f.legend);
  const h = f.legend * 1.2;
  const d = 10 * t.lineScale + f.legend * 0.7;
  const spot = bestSpot(spotsAround(sc.x(p[0]), sc.y(p[1]), d), w, h, obstacles, box);
  obstacles.push(...spotPoints(spot, w, h));
  return [
    dotNode(p, sc, ghost ? t.ghost : t.ink, t, `${c.label}: ${equilibriumText(c.result)}`, ghost),
    textNode(
      spot.x,
      spot.y,
      text,
      { size: f.legend, colour: t.ink, anchor: spot.anchor, weight: ghost ? 400 : 600, halo: true },
      t,
    ),
  ];
}

/**
 * Where capacity falls short of demand at the equilibrium (the end of the adduction range), a
 * bracket from capacity up to demand: the moment the hip's end stop takes.
 */
function endStop(r: StanceResult): readonly [Point, Point] | undefined {
  if (r.rangeLimitMomentNm <= 0) return undefined;
  const x = deg(r.pelvicDropRad);
  return [
    [x, r.abductorMomentCapacityNm],
    [x, r.abductorMomentRequiredNm],
  ];
}

function endStopNodes(
  seg: readonly [Point, Point],
  r: StanceResult,
  sc: Scales,
  t: Theme,
): SvgNode[] {
  const f = fontSizes(t);
  const x = sc.x(seg[0][0]) + 7 * t.lineScale;
  const ya = sc.y(seg[0][1]);
  const yb = sc.y(seg[1][1]);
  const tick = 4 * t.lineScale;
  const style = { colour: t.ink, widthPx: 1.4 };
  return [
    el('g', { 'aria-label': `The hip's end stop takes ${r.rangeLimitMomentNm.toFixed(0)} N·m` }, [
      segmentNode(x, ya, x, yb, style, t),
      segmentNode(x - tick, ya, x, ya, style, t),
      segmentNode(x - tick, yb, x, yb, style, t),
      textNode(x + 5, (ya + yb) / 2, 'end stop', { size: f.legend, colour: t.ink, halo: true }, t),
      textNode(
        x + 5,
        (ya + yb) / 2 + f.legend * 1.15,
        `${r.rangeLimitMomentNm.toFixed(0)} N·m`,
        { size: f.legend, colour: t.ink, halo: true },
        t,
      ),
    ]),
  ];
}

function record(tb: TableBuilder, series: readonly Series[]): void {
  for (const s of series)
    for (const [x, y] of s.points) tb.add({ series: s.name, pelvicDrop: x, moment: y });
}

/** Builds the demand-capacity plot. */
export const buildDemandCapacity: PlotBuilder = (scenario, o) => {
  const t = plotTheme(o);
  const f = fontSizes(t);
  const span = (s: PlotScenario) =>
    Math.max(MIN_DROP_RAD, solveStance(readoutStance(s)).pelvicDropRad + PAST_SOLUTION_RAD);
  const toRad = Math.max(span(scenario), o.pinned ? span(o.pinned) : 0);
  const current = curvesOf(scenario, toRad);
  const pinned = o.pinned ? curvesOf(o.pinned, toRad) : undefined;
  const series = seriesOf(current, t);
  const ghosts = pinned ? ghostSeries(pinned, t) : [];
  const drawn = [...series, ...ghosts];
  const r = current.result;
  const stop = endStop(r);
  const limitDeg = rangeEndDeg(current.along);

  const top = f.legend * 1.6;
  const height = o.heightPx - top - bottomAxisHeight(t, true);
  const y = valueScale(
    drawn.flatMap((s) => s.points.map((p) => p[1])),
    top,
    height,
  );
  const left = leftAxisWidth(t, tickChars(y, tickCount(height, Y_TICK_SPACING_PX)), true);
  // Long curve labels where they leave the plot most of the width, short ones otherwise.
  const longW = endLabelsWidth(
    drawn.map((s) => s.label),
    t,
  );
  const useShort = o.widthPx - left - longW < NARROW_SHARE * o.widthPx;
  const labelsW = useShort
    ? endLabelsWidth(
        drawn.map((s) => s.short),
        t,
      )
    : longW;
  const box: Box = { left, top, width: o.widthPx - left - labelsW - 6, height };
  const x = scaleLinear()
    .domain([0, deg(toRad)])
    .range([box.left, right(box)]);
  const sc: Scales = { x, y };
  const [y0, y1] = y.domain() as [number, number];

  const tb = tableBuilder([
    { name: 'series', unit: '' },
    { name: 'pelvicDrop', unit: 'deg' },
    { name: 'moment', unit: 'N·m' },
  ]);
  record(tb, drawn);
  for (const c of [current, ...(pinned ? [pinned] : [])]) {
    const [ex, ey] = equilibrium(c.result);
    tb.add({ series: `${c.label}: equilibrium`, pelvicDrop: ex, moment: ey });
  }
  if (stop)
    for (const [sx, sy] of stop)
      tb.add({ series: `${current.label}: end stop`, pelvicDrop: sx, moment: sy });

  const limitText = `hip adduction limit ${deg(HIP_ADDUCTION_LIMIT_RAD).toFixed(0)}°`;
  const limitNodes: SvgNode[] = [];
  if (limitDeg !== undefined) {
    for (const v of [y0, y1])
      tb.add({ series: `${current.label}: ${limitText}`, pelvicDrop: limitDeg, moment: v });
    const lx = x(limitDeg);
    limitNodes.push(
      segmentNode(lx, y(y0), lx, y(y1), { colour: t.mutedInk, widthPx: 1.2, dash: '3 3' }, t),
      textNode(
        lx - 5,
        box.top + 2,
        limitText,
        { size: f.legend, colour: t.mutedInk, anchor: 'end', baseline: 'hanging', halo: true },
        t,
      ),
    );
  }

  const px = (p: Point): Point => [x(p[0]), y(p[1])];
  const obstacles = densify([
    ...drawn.map((s) => s.points.map(px)),
    ...(limitDeg === undefined ? [] : [[px([limitDeg, y0]), px([limitDeg, y1])]]),
    // the end-stop bracket and its two lines of text
    ...(stop
      ? [stop.map(px), stop.map((p) => [x(p[0]) + 60 * t.lineScale, y(p[1])] as Point)]
      : []),
  ]);
  // The current equilibrium's label is placed first, the pinned one around it; both drawn on top.
  const currentLabel = equilibriumNodes(current, sc, box, t, false, obstacles);
  const labels = [
    ...(pinned ? equilibriumNodes(pinned, sc, box, t, true, obstacles) : []),
    ...currentLabel,
  ];
  const ends: EndLabel[] = drawn.map((s) => {
    const last = s.points[s.points.length - 1] ?? [0, 0];
    return {
      xPx: x(last[0]),
      yPx: y(last[1]),
      text: useShort ? s.short : s.label,
      style: s.style,
    };
  });
  const side = r.input.stanceSide;
  const title = `Why the pelvis drops: ${scenario.label}`;
  const desc =
    `Abductor moment about the ${side} stance hip required (demand) and available (capacity) as the pelvis drops, for ${scenario.label}: ` +
    (r.pelvicDropRad <= 0
      ? 'the abductors hold the pelvis level.'
      : `the pelvis drops ${deg(r.pelvicDropRad).toFixed(1)}°${r.adductionRangeExhausted ? ', to the end of the adduction range, where the end stop takes the moment the muscles cannot' : ''}.`);

  const scene = plotRoot('demand-capacity', o, title, desc, [
    bottomAxis(x, box, t, {
      label: 'Pelvic drop (°)',
      ticks: tickCount(box.width, 70),
      grid: true,
    }),
    leftAxis(y, box, t, {
      label: `Moment about the ${side} (stance) hip (N·m)`,
      ticks: tickCount(box.height, Y_TICK_SPACING_PX),
      grid: true,
      zeroLine: true,
    }),
    ...limitNodes,
    ...drawn.map((s) => curveNode(s.points, sc, s.style, t, s.name)),
    ...(stop ? endStopNodes(stop, r, sc, t) : []),
    ...labels,
    endLabelsNode(ends, box.top + f.legend / 2, bottom(box) - f.legend / 2, t),
  ]);
  return { scene, table: tb.table() };
};
