/**
 * One stride of both hips: (a) pelvic obliquity and trunk lean, (b) internal hip abductor moment of
 * each hip, (c) hip contact force of each hip, against the right leg's gait cycle, with the
 * normal (CGM23) ±1 SD bands, the right stance phase shaded and an optional cursor.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import {
  deg,
  NORMAL_EVENTS,
  normativeLimits,
  sampleCycle,
  sampleGait,
  type Gait,
  type GaitSample,
  type NormativeCurve,
} from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import {
  bottom,
  bottomAxis,
  bottomAxisHeight,
  leftAxis,
  leftAxisWidth,
  panelHeading,
  plotRoot,
  right,
  tickChars,
  tickCount,
  type Box,
} from './axes.ts';
import { legendNode, legendSize, type LegendEntry } from './legend.ts';
import { bandNode, curveNode, dotNode, segmentNode, textNode, type Point } from './marks.ts';
import { scenarioGait } from './scenario.ts';
import {
  BAND_OPACITY,
  BOLD_WIDTH,
  fitText,
  DASH,
  fontSizes,
  ghostStyle,
  MAIN_WIDTH_PX,
  PHASE_OPACITY,
  plotTheme,
  SERIES_COLOURS,
  type LineStyle,
} from './style.ts';
import { tableBuilder, type TableBuilder } from './table.ts';
import type { PlotBuilder, PlotOptions } from './types.ts';

/** Samples per cycle: one per percent, 0 % and 100 % included. */
const SAMPLES = 101;
const MOMENT: NormativeCurve = 'hip_abductor_moment_internal_Nm_per_kg';
const OBLIQUITY: NormativeCurve = 'pelvic_obliquity_deg';

/** Table column of each panel's values. */
type Column = 'angle' | 'abductorMoment' | 'hipContactForce';

/** A curve of one panel. */
interface Curve {
  readonly name: string;
  readonly points: readonly Point[];
  readonly style: LineStyle;
  /** The value at the cursor, if a cursor is drawn. */
  readonly cursor?: number | undefined;
}

/** A normal band: [cycle %, lower, upper]. */
interface Band {
  readonly name: string;
  readonly rows: readonly (readonly [number, number, number])[];
}

/** One of the three panels. */
interface Panel {
  /** Headings, longest first: the longest that fits is drawn. */
  readonly headings: readonly string[];
  readonly column: Column;
  readonly curves: readonly Curve[];
  readonly bands: readonly Band[];
  readonly legend: readonly LegendEntry[];
}

function styles(t: Theme) {
  return {
    obliquity: { colour: t.ink, widthPx: MAIN_WIDTH_PX },
    lean: { colour: SERIES_COLOURS[2], widthPx: MAIN_WIDTH_PX, dash: DASH.dashDot },
    right: { colour: SERIES_COLOURS[0], widthPx: MAIN_WIDTH_PX },
    left: { colour: SERIES_COLOURS[4], widthPx: MAIN_WIDTH_PX, dash: DASH.dashed },
  } satisfies Record<string, LineStyle>;
}

const pct = (s: GaitSample) => s.cycleFraction * 100;

function band(name: string, curve: NormativeCurve, shift: number): Band {
  return {
    name,
    rows: Array.from({ length: SAMPLES }, (_, i) => {
      const f = i / (SAMPLES - 1);
      const l = normativeLimits(curve, f - shift);
      return [f * 100, l.lower, l.upper] as const;
    }),
  };
}

/** What one scenario contributes: its samples and, optionally, its value at the cursor. */
interface Run {
  readonly label: string;
  readonly gait: Gait;
  readonly samples: readonly GaitSample[];
  readonly cursor?: GaitSample | undefined;
}

function run(label: string, gait: Gait, cursorPct: number | undefined): Run {
  return {
    label,
    gait,
    samples: sampleCycle(gait, SAMPLES),
    cursor: cursorPct === undefined ? undefined : sampleGait(gait, cursorPct / 100),
  };
}

function curve(r: Run, name: string, style: LineStyle, f: (s: GaitSample) => number): Curve {
  return {
    name: `${r.label}: ${name}`,
    points: r.samples.map((s): Point => [pct(s), f(s)]),
    style,
    cursor: r.cursor ? f(r.cursor) : undefined,
  };
}

function panels(cur: Run, pin: Run | undefined, o: PlotOptions, t: Theme): Panel[] {
  const st = styles(t);
  const ghost = ghostStyle(t);
  const inN = o.units === 'N';
  const force = (r: Run, side: 'right' | 'left') => (s: GaitSample) => {
    const n = side === 'right' ? s.right.contactForceN : s.left.contactForceN;
    return inN ? n : n / r.gait.bodyWeightN;
  };
  const pinSide = pin?.gait.input.affectedSide === 'left' ? 'left' : 'right';
  const normal: LegendEntry = { text: 'normal ±1 SD', band: t.ink };
  const pinEntry = (what: string): LegendEntry[] =>
    pin ? [{ text: `${pin.label}: ${what}`, line: ghost }] : [];
  return [
    {
      headings: [
        'Pelvic obliquity (+ right side up) and trunk lean (+ toward right), °',
        'Pelvic obliquity (+ right up), trunk lean (+ to right), °',
        'Pelvic obliquity and trunk lean (°)',
      ],
      column: 'angle',
      bands: [band('pelvic obliquity', OBLIQUITY, 0)],
      curves: [
        curve(cur, 'trunk lean', st.lean, (s) => deg(s.trunkLeanRad)),
        curve(cur, 'pelvic obliquity', st.obliquity, (s) => deg(s.pelvicObliquityRad)),
        ...(pin ? [curve(pin, 'pelvic obliquity', ghost, (s) => deg(s.pelvicObliquityRad))] : []),
      ],
      legend: [
        { text: 'pelvic obliquity', line: st.obliquity },
        { text: 'trunk lean', line: st.lean },
        normal,
        ...pinEntry('obliquity'),
      ],
    },
    {
      headings: ['Internal hip abductor moment (N·m/kg)', 'Hip abductor moment (N·m/kg)'],
      column: 'abductorMoment',
      bands: [
        band('right hip abductor moment', MOMENT, 0),
        band('left hip abductor moment', MOMENT, 0.5),
      ],
      curves: [
        curve(cur, 'left hip abductor moment', st.left, (s) => s.left.abductorMomentNmPerKg),
        curve(cur, 'right hip abductor moment', st.right, (s) => s.right.abductorMomentNmPerKg),
        ...(pin
          ? [
              curve(pin, `${pinSide} hip abductor moment`, ghost, (s) =>
                pinSide === 'right' ? s.right.abductorMomentNmPerKg : s.left.abductorMomentNmPerKg,
              ),
            ]
          : []),
      ],
      legend: [
        { text: 'right hip', line: st.right },
        { text: 'left hip', line: st.left },
        normal,
        ...pinEntry(`${pinSide} hip`),
      ],
    },
    {
      headings: inN
        ? ['Hip contact force (N)']
        : ['Hip contact force (× body weight)', 'Hip contact force (× BW)'],
      column: 'hipContactForce',
      bands: [],
      curves: [
        curve(cur, 'left hip contact force', st.left, force(cur, 'left')),
        curve(cur, 'right hip contact force', st.right, force(cur, 'right')),
        ...(pin ? [curve(pin, `${pinSide} hip contact force`, ghost, force(pin, pinSide))] : []),
      ],
      legend: [
        { text: 'right hip', line: st.right },
        { text: 'left hip', line: st.left },
        ...pinEntry(`${pinSide} hip`),
      ],
    },
  ];
}

function yScale(p: Panel, box: Box): ScaleLinear<number, number> {
  const values = [
    ...p.curves.flatMap((c) => c.points.map((q) => q[1])),
    ...p.bands.flatMap((b) => b.rows.flatMap((r) => [r[1], r[2]])),
  ];
  return scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .range([bottom(box), box.top])
    .nice(tickCount(box.height, 34));
}

function record(tb: TableBuilder, p: Panel): void {
  for (const b of p.bands)
    for (const [x, lo, hi] of b.rows) {
      tb.add({ series: `normal −1 SD: ${b.name}`, gaitCycle: x, [p.column]: lo });
      tb.add({ series: `normal +1 SD: ${b.name}`, gaitCycle: x, [p.column]: hi });
    }
  for (const c of p.curves)
    for (const [x, y] of c.points) tb.add({ series: c.name, gaitCycle: x, [p.column]: y });
}

function panelNode(
  p: Panel,
  box: Box,
  x: ScaleLinear<number, number>,
  last: boolean,
  cursorPct: number | undefined,
  roomPx: number,
  t: Theme,
): { node: SvgNode; cursor: SvgNode[]; y: ScaleLinear<number, number> } {
  const y = yScale(p, box);
  const sc = { x, y };
  const footOffPct = NORMAL_EVENTS.footOff * 100;
  const cursor =
    cursorPct === undefined
      ? []
      : p.curves.flatMap((c) =>
          c.cursor === undefined
            ? []
            : [
                dotNode(
                  [cursorPct, c.cursor],
                  sc,
                  c.style.colour,
                  t,
                  `${c.name} at ${cursorPct.toFixed(0)} %`,
                ),
              ],
        );
  const heading = fitText(p.headings, roomPx, fontSizes(t).label * BOLD_WIDTH);
  const node = el('g', { class: `panel panel-${p.column}`, 'aria-label': heading }, [
    el('rect', {
      x: x(0),
      y: box.top,
      width: x(footOffPct) - x(0),
      height: box.height,
      fill: t.ink,
      'fill-opacity': PHASE_OPACITY,
      'aria-label': 'right stance phase',
    }),
    leftAxis(y, box, t, { ticks: tickCount(box.height, 34), grid: true, zeroLine: true }),
    bottomAxis(x, box, t, {
      ticks: tickCount(box.width, 70),
      grid: true,
      tickLabels: last,
      label: last ? 'Gait cycle of the right leg (%)' : undefined,
    }),
    ...p.bands.map((b) => bandNode(b.rows, sc, t.ink, BAND_OPACITY, `normal ±1 SD: ${b.name}`)),
    ...p.curves.map((c) => curveNode(c.points, sc, c.style, t, c.name)),
    panelHeading(box, heading, t),
    legendNode(p.legend, right(box) + 16, box.top, t),
  ]);
  return { node, cursor, y };
}

/** Builds the gait-cycle plot. */
export const buildGaitCycle: PlotBuilder = (scenario, o) => {
  const t = plotTheme(o);
  const f = fontSizes(t);
  const cursorPct = o.cursorPct === undefined ? undefined : Math.min(100, Math.max(0, o.cursorPct));
  const cur = run(scenario.label, scenarioGait(scenario), cursorPct);
  const pin = o.pinned ? run(o.pinned.label, scenarioGait(o.pinned), undefined) : undefined;
  const ps = panels(cur, pin, o, t);

  const legendW = Math.max(...ps.map((p) => legendSize(p.legend, t).w));
  const strip = f.legend * 1.8;
  const heading = f.label * 1.7;
  const gap = 6;
  const axisH = bottomAxisHeight(t, true);
  const h = (o.heightPx - strip - axisH - 3 * heading - 2 * gap) / 3;
  const chars = Math.max(
    ...ps.map((p) =>
      tickChars(yScale(p, { left: 0, top: 0, width: 0, height: h }), tickCount(h, 34)),
    ),
  );
  const left = leftAxisWidth(t, chars, false);
  const width = o.widthPx - left - legendW - 24;
  const boxes: Box[] = [0, 1, 2].map((i) => ({
    left,
    top: strip + heading + i * (h + heading + gap),
    width,
    height: h,
  }));
  const x = scaleLinear()
    .domain([0, 100])
    .range([left, left + width]);
  const built = ps.map((p, i) =>
    panelNode(p, boxes[i]!, x, i === 2, cursorPct, o.widthPx - left - 4, t),
  );

  const tb = tableBuilder([
    { name: 'series', unit: '' },
    { name: 'gaitCycle', unit: '%' },
    { name: 'angle', unit: 'deg' },
    { name: 'abductorMoment', unit: 'N·m/kg' },
    { name: 'hipContactForce', unit: o.units === 'N' ? 'N' : '×BW' },
  ]);
  const footOffPct = NORMAL_EVENTS.footOff * 100;
  tb.add({ series: 'right stance (shaded)', gaitCycle: 0 });
  tb.add({ series: 'right stance (shaded)', gaitCycle: footOffPct });
  ps.forEach((p) => record(tb, p));

  const topBox = boxes[0]!;
  const bottomBox = boxes[2]!;
  const stripY = f.legend * 0.9;
  const phaseLabel = (from: number, to: number, text: string): SvgNode[] => [
    segmentNode(
      x(from) + 2,
      stripY + f.legend * 0.7,
      x(to) - 2,
      stripY + f.legend * 0.7,
      { colour: t.mutedInk, widthPx: 1.2 },
      t,
    ),
    textNode(
      (x(from) + x(to)) / 2,
      stripY,
      text,
      { size: f.legend, colour: t.mutedInk, anchor: 'middle', halo: true },
      t,
    ),
  ];
  const cursorNodes: SvgNode[] = [];
  if (cursorPct !== undefined) {
    cursorNodes.push(
      segmentNode(
        x(cursorPct),
        topBox.top,
        x(cursorPct),
        bottom(bottomBox),
        { colour: t.ink, widthPx: 1.4 },
        t,
      ),
      ...built.flatMap((b) => b.cursor),
    );
    ps.forEach((p) => {
      for (const c of p.curves)
        if (c.cursor !== undefined)
          tb.add({ series: `cursor: ${c.name}`, gaitCycle: cursorPct, [p.column]: c.cursor });
    });
  }

  const r = cur.gait.right.result;
  const l = cur.gait.left.result;
  const drop = Math.max(r.pelvicDropRad, l.pelvicDropRad);
  const title = `Gait cycle: ${scenario.label}`;
  const desc =
    `Pelvic obliquity and trunk lean, internal hip abductor moment and hip contact force of each hip over one stride for ${scenario.label}, with normal ±1 SD bands` +
    (drop > 0
      ? `; the swing side drops up to ${deg(drop).toFixed(1)}° in single-leg stance.`
      : '.');
  const scene = plotRoot('gait-cycle', o, title, desc, [
    ...built.map((b) => b.node),
    el('g', { class: 'phases', 'aria-label': 'Gait phases of the right leg' }, [
      ...phaseLabel(0, footOffPct, 'right stance'),
      ...phaseLabel(footOffPct, 100, 'right swing'),
    ]),
    ...(cursorNodes.length
      ? [
          el(
            'g',
            { class: 'cursor', 'aria-label': `Cursor at ${cursorPct?.toFixed(0)} % of the cycle` },
            cursorNodes,
          ),
        ]
      : []),
  ]);
  return { scene, table: tb.table() };
};
