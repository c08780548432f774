/**
 * A sudden superior gluteal nerve block in time: (a) pelvic drop and trunk lean, (b) hip contact
 * force, from the block at t = 0 until the body settles, with the static solution each settles on
 * (dotted) and the time the pelvis takes to fall 90 % of the way. The time cursor of the "Block
 * the nerve" animation is an overlay ({@link Plot.timeCursor}): moving it does not rebuild the plot.
 */
import { deg, type NerveBlockSample } from '../../../sim/index.ts';
import { sampledCurve } from './cursor.ts';
import type { Curve, Frame } from './frame.ts';
import { frameOf } from './frame.ts';
import { oneDecimal, whole } from './format.ts';
import type { LegendEntry } from './legend.ts';
import { DROP_SHARE, type NerveBlockSeries } from './nerveBlockSeries.ts';
import { legendStrip, stackLayout, stackPanelNode } from './stack.ts';
import {
  DASH,
  ghostStyle,
  MAIN_WIDTH_PX,
  SERIES_COLOURS,
  THIN_WIDTH_PX,
  type LineStyle,
} from './style.ts';
import { tableBuilder } from './table.ts';
import type { Labelled, Plot, PlotBuilder, PlotData, PlotOptions } from './types.ts';
import {
  columns,
  timeCursor,
  dropTimeMark,
  nothingBlocked,
  type BlockCurve,
  type BlockPanel,
} from './nerveBlockMarks.ts';

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
  cur: Labelled<NerveBlockSeries>,
  what: string,
  style: LineStyle,
  f: (s: NerveBlockSample) => number,
  cursor: boolean,
): BlockCurve {
  return sampledCurve(cur, what, style, (s) => s.timeS, f, cursor);
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
    timeCursor: (timeS) => timeCursor(ps, scs, data.current.series, fr, timeS),
  };
};
