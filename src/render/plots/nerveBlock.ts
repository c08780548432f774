/**
 * A sudden superior gluteal nerve block in time: (a) pelvic drop and trunk lean, (b) hip contact
 * force, from the block at t = 0 until the body settles, with the static solution each settles on
 * (dotted) and the time the pelvis takes to fall 90 % of the way. The time cursor of the "Block
 * the nerve" animation is an overlay ({@link Plot.timeCursor}): moving it does not rebuild the plot.
 */
import { deg, type NerveBlockSample } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import { bottom } from './axes.ts';
import type { Curve, Frame, Panel } from './frame.ts';
import { frameOf } from './frame.ts';
import { oneDecimal, whole } from './format.ts';
import type { LegendEntry } from './legend.ts';
import { dotNode, segmentNode, textNode, type Point } from './marks.ts';
import { blockSampleAt, DROP_SHARE, type NerveBlockSeries } from './nerveBlockSeries.ts';
import { bestSpot, densify, spotPoints, spotsAround } from './placement.ts';
import { legendStrip, stackLayout, stackPanelNode, type StackPanel } from './stack.ts';
import {
  DASH,
  fitText,
  ghostStyle,
  MAIN_WIDTH_PX,
  SERIES_COLOURS,
  textWidthPx,
  THIN_WIDTH_PX,
  type LineStyle,
} from './style.ts';
import { tableBuilder } from './table.ts';
import type {
  Column,
  Labelled,
  Overlay,
  Plot,
  PlotBuilder,
  PlotData,
  PlotOptions,
} from './types.ts';

/** Table column of each panel's values. */
type BlockColumn = 'angle' | 'hipContactForce';

/** A curve of a panel; a current curve can be read at the cursor. */
interface BlockCurve extends Curve {
  readonly at?: ((s: NerveBlockSample) => number) | undefined;
}

/** A panel as data, its curves and its table column. */
interface BlockPanel extends StackPanel {
  readonly column: BlockColumn;
  readonly curves: readonly BlockCurve[];
}

const X_LABELS = ['Time after the superior gluteal nerve block (s)', 'Time after the block (s)'];
/** Less than this, the trunk counts as upright, degrees. */
const UPRIGHT_DEG = 0.05;

function styles(t: Frame['t']) {
  return {
    drop: { colour: t.ink, widthPx: MAIN_WIDTH_PX },
    lean: { colour: SERIES_COLOURS[2], widthPx: MAIN_WIDTH_PX, dash: DASH.dashDot },
    contact: { colour: SERIES_COLOURS[0], widthPx: MAIN_WIDTH_PX },
  } satisfies Record<string, LineStyle>;
}

/** The static solution's level: a thin dotted line in the curve's colour. */
const settledStyle = (s: LineStyle): LineStyle => ({
  colour: s.colour,
  widthPx: THIN_WIDTH_PX,
  dash: DASH.dotted,
});

function curve(
  { label, series }: Labelled<NerveBlockSeries>,
  what: string,
  style: LineStyle,
  f: (s: NerveBlockSample) => number,
  cursor: boolean,
): BlockCurve {
  return {
    name: `${label}: ${what}`,
    points: series.samples.map((s): Point => [s.timeS, f(s)]),
    style,
    at: cursor ? f : undefined,
  };
}

/** A level line over the whole run. */
function level(
  { label, series }: Labelled<NerveBlockSeries>,
  what: string,
  value: number,
  style: LineStyle,
): BlockCurve {
  return {
    name: `${label}: ${what}, static solution`,
    points: [
      [0, value],
      [series.durationS, value],
    ],
    style: settledStyle(style),
  };
}

function panels(data: PlotData<NerveBlockSeries>, o: PlotOptions, fr: Frame): BlockPanel[] {
  const { current: cur, pinned: pin } = data;
  const st = styles(fr.t);
  const ghost = ghostStyle(fr.t);
  const s = cur.series.settled;
  const leans = deg(s.trunkLeanRad) > UPRIGHT_DEG;
  const inN = o.units === 'N';
  const force = (series: NerveBlockSeries) => (n: number) => (inN ? n : n / series.bodyWeightN);
  const drop = (x: NerveBlockSample) => deg(x.pelvicDropRad);
  const lean = (x: NerveBlockSample) => deg(x.trunkLeanRad);
  const contact = (series: NerveBlockSeries) => (x: NerveBlockSample) =>
    force(series)(x.hipContactForceN);
  const angleCurves = [
    level(cur, 'pelvic drop', deg(s.pelvicDropRad), st.drop),
    ...(leans ? [level(cur, 'trunk lean', deg(s.trunkLeanRad), st.lean)] : []),
    curve(cur, 'trunk lean', st.lean, lean, true),
    curve(cur, 'pelvic drop', st.drop, drop, true),
    ...(pin ? [curve(pin, 'pelvic drop', ghost, drop, false)] : []),
  ];
  const contactCurves = [
    level(cur, 'hip contact force', force(cur.series)(s.hipContactForceN), st.contact),
    curve(cur, 'hip contact force', st.contact, contact(cur.series), true),
    ...(pin ? [curve(pin, 'hip contact force', ghost, contact(pin.series), false)] : []),
  ];
  const values = (cs: readonly Curve[]) => cs.flatMap((c) => c.points.map((p) => p[1]));
  return [
    {
      id: 'angle',
      column: 'angle',
      headings: [
        'Pelvic drop (+ swing side down) and trunk lean (+ over the stance hip), °',
        'Pelvic drop and trunk lean (°)',
      ],
      // At least 1°, so a level pelvis does not fill the panel with zero.
      values: [1, ...values(angleCurves)],
      weight: 3,
      curves: angleCurves,
    },
    {
      id: 'contact',
      column: 'hipContactForce',
      headings: inN
        ? ['Hip contact force (N)']
        : ['Hip contact force (× body weight)', 'Hip contact force (× BW)'],
      values: values(contactCurves),
      weight: 2,
      curves: contactCurves,
    },
  ];
}

/** One legend for both panels. */
function legend(data: PlotData<NerveBlockSeries>, fr: Frame): LegendEntry[] {
  const st = styles(fr.t);
  return [
    { text: 'pelvic drop', line: st.drop },
    { text: 'trunk lean', line: st.lean },
    { text: 'hip contact force', line: st.contact },
    { text: 'static solution', line: settledStyle({ colour: fr.t.ink, widthPx: 1 }) },
    ...(data.pinned ? [{ text: data.pinned.label, line: ghostStyle(fr.t) }] : []),
  ];
}

function columns(o: PlotOptions): Column[] {
  return [
    { name: 'series', unit: '' },
    { name: 'time', unit: 's' },
    { name: 'angle', unit: 'deg' },
    { name: 'hipContactForce', unit: o.units === 'N' ? 'N' : '×BW' },
  ];
}

/** The time the drop takes to 90 % of its end, marked on the drop curve with a label. */
function dropTimeMark(
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
function cursorOverlay(
  ps: readonly BlockPanel[],
  scs: readonly Panel[],
  series: NerveBlockSeries,
  fr: Frame,
  timeS: number,
): Overlay {
  const { t } = fr;
  const sample = blockSampleAt(series, timeS);
  const at = sample.timeS;
  const tb = tableBuilder(columns(fr.o));
  const dots = ps.flatMap((p, i) =>
    p.curves.flatMap((c) => {
      if (!c.at) return [];
      const v = c.at(sample);
      tb.add({ series: `cursor: ${c.name}`, time: at, [p.column]: v });
      return [dotNode([at, v], scs[i]!, c.style.colour, t, `${c.name} at ${at.toFixed(2)} s`)];
    }),
  );
  const top = scs[0]!;
  const x = top.x(at);
  const node = el('g', { class: 'cursor', 'aria-label': `Cursor at ${at.toFixed(2)} s` }, [
    segmentNode(
      x,
      top.box.top,
      x,
      bottom(scs[scs.length - 1]!.box),
      { colour: t.ink, widthPx: 1.4 },
      t,
    ),
    ...dots,
  ]);
  return { node, rows: tb.table().rows };
}

/** A note across the top panel when nothing is blocked. */
function nothingBlocked(sc: Panel, fr: Frame): SvgNode {
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

function description({ label, series: s }: Labelled<NerveBlockSeries>): string {
  const end = s.samples[s.samples.length - 1]!;
  const what = `Pelvic drop, trunk lean and hip contact force of ${label} over ${oneDecimal(s.durationS)} s after a sudden superior gluteal nerve block that leaves gluteus medius, minimus and TFL at ${whole(s.remainingPct)} % in single-leg stance on the ${s.stanceSide} leg`;
  const drop =
    s.dropTimeS === undefined
      ? 'the pelvis stays level'
      : `the pelvis falls to ${oneDecimal(deg(end.pelvicDropRad))}° (${whole(DROP_SHARE * 100)} % of it by ${s.dropTimeS.toFixed(2)} s); the static solution is ${oneDecimal(deg(s.settled.pelvicDropRad))}°`;
  const lean =
    deg(s.settled.trunkLeanRad) > UPRIGHT_DEG
      ? `, and the trunk leans ${oneDecimal(deg(end.trunkLeanRad))}° (static ${oneDecimal(deg(s.settled.trunkLeanRad))}°)`
      : '';
  return `${what}: ${drop}${lean}.`;
}

/** Builds the nerve-block plot; its {@link Plot.timeCursor} draws the time cursor over it. */
export const buildNerveBlock: PlotBuilder<NerveBlockSeries> = (data, o): Plot => {
  const fr = frameOf(o);
  const ps = panels(data, o, fr);
  const strip = legendStrip(legend(data, fr), 8, 4, o.widthPx - 16, fr);
  const scs = stackLayout(ps, fr, [0, data.current.series.durationS], {
    topPx: strip.heightPx + 6,
    belowPx: 0,
  });
  const mark = dropTimeMark(data.current, ps[0]!, scs[0]!, fr);
  const tb = tableBuilder(columns(o));
  for (const p of ps) tb.curves(p.curves, 'time', p.column);
  if (mark.point)
    tb.add({
      series: `${data.current.label}: ${whole(DROP_SHARE * 100)} % of the drop`,
      time: mark.point[0],
      angle: mark.point[1],
    });
  const blocked = data.current.series.remainingPct < 100;
  const scene = fr.root(
    'nerve-block',
    `Nerve block: ${data.current.label}`,
    description(data.current),
    [
      ...ps.map((p, i) =>
        stackPanelNode(
          p,
          scs[i]!,
          i === ps.length - 1 ? X_LABELS : undefined,
          [...fr.curves(p.curves, scs[i]!), ...(i === 0 ? mark.nodes : [])],
          fr,
        ),
      ),
      strip.node,
      ...(blocked ? [] : [nothingBlocked(scs[0]!, fr)]),
    ],
  );
  return {
    scene,
    table: tb.table(),
    timeCursor: (timeS) => cursorOverlay(ps, scs, data.current.series, fr, timeS),
  };
};
