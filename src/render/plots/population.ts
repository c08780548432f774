/**
 * The probability of a positive Trendelenburg sign against abductor strength: (a) the share of 500
 * people drawn around this body who show the sign at each strength of gluteus medius, minimus and
 * TFL, with the current scenario's own population and a published nerve block marked; (b) the
 * spread of their pelvic drop (median and 5th-95th percentile); and, under the axes, the test's
 * published accuracy to compare with. Drawn from as many strengths as are solved so far.
 */
import { deg, type SignPoint } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Curve, Frame, Panel } from './frame.ts';
import { frameOf } from './frame.ts';
import { oneDecimal, whole } from './format.ts';
import { bandNode, dotNode, segmentNode, textNode, type Point } from './marks.ts';
import { bestSpot, densify, spotPoints, spotsAround } from './placement.ts';
import { BIRD_2001, KENDALL_2013, type PopulationSeries } from './populationSeries.ts';
import type { LegendEntry } from './legend.ts';
import { legendStrip, stackLayout, stackPanelNode, type StackPanel } from './stack.ts';
import {
  BAND_OPACITY,
  fitText,
  ghostStyle,
  MAIN_WIDTH_PX,
  SERIES_COLOURS,
  textWidthPx,
  type LineStyle,
} from './style.ts';
import { tableBuilder, type TableBuilder } from './table.ts';
import type { Labelled, Plot, PlotBuilder, PlotData } from './types.ts';

const X_LABELS = [
  'Strength of gluteus medius, minimus and TFL (% of normal)',
  'Abductor strength (% of normal)',
];
/** Lines of notes under the x axis. */
const NOTE_LINES = 2;

function styles(t: Frame['t']) {
  return {
    sign: { colour: SERIES_COLOURS[0], widthPx: MAIN_WIDTH_PX },
    median: { colour: t.ink, widthPx: MAIN_WIDTH_PX },
    kendall: { colour: SERIES_COLOURS[3], widthPx: 1.6 },
  } satisfies Record<string, LineStyle>;
}

const pct = (fraction: number) => fraction * 100;
const signPoints = (ps: readonly SignPoint[]) =>
  ps.map((p): Point => [p.strengthPct, pct(p.positiveFraction)]);
const medianPoints = (ps: readonly SignPoint[]) =>
  ps.map((p): Point => [p.strengthPct, deg(p.pelvicDropRad.p50)]);

/** What both panels draw, as data. */
interface Drawn {
  readonly sign: Curve;
  readonly median: Curve;
  readonly band: readonly (readonly [number, number, number])[];
  readonly ghosts: { readonly sign: Curve; readonly median: Curve } | undefined;
}

function drawn(data: PlotData<PopulationSeries>, fr: Frame): Drawn {
  const { current: cur, pinned: pin } = data;
  const st = styles(fr.t);
  const ghost = ghostStyle(fr.t);
  const ps = cur.series.points;
  return {
    sign: { name: `${cur.label}: positive sign`, points: signPoints(ps), style: st.sign },
    median: {
      name: `${cur.label}: median pelvic drop`,
      points: medianPoints(ps),
      style: st.median,
    },
    band: ps.map(
      (p) => [p.strengthPct, deg(p.pelvicDropRad.p5), deg(p.pelvicDropRad.p95)] as const,
    ),
    ghosts: pin && {
      sign: {
        name: `${pin.label}: positive sign`,
        points: signPoints(pin.series.points),
        style: ghost,
      },
      median: {
        name: `${pin.label}: median pelvic drop`,
        points: medianPoints(pin.series.points),
        style: ghost,
      },
    },
  };
}

/**
 * Below this plot height, px, the drop panel gives up room to the share of people, the plot's
 * subject (on a 1280 × 720 screen the plot is some 290 px high).
 */
const SHORT_PX = 400;

function panels(data: PlotData<PopulationSeries>, d: Drawn, heightPx: number): StackPanel[] {
  const cur = data.current.series;
  const dropValues = [
    1,
    ...d.band.flatMap((r) => [r[1], r[2]]),
    ...(d.ghosts?.median.points.map((p) => p[1]) ?? []),
    ...(cur.current ? [deg(cur.current.summary.pelvicDropRad.p95)] : []),
  ];
  return [
    {
      id: 'sign',
      headings: [
        'People with a positive Trendelenburg sign (% of them)',
        'Positive sign (% of people)',
      ],
      values: [],
      domain: [0, 100],
      weight: 3,
    },
    {
      id: 'drop',
      headings: [
        'Pelvic drop in these people: median and 5th-95th percentile (°)',
        'Pelvic drop: median, 5th-95th percentile (°)',
        'Pelvic drop (°)',
      ],
      values: dropValues,
      weight: heightPx < SHORT_PX ? 1 : 2,
    },
  ];
}

/** One legend for both panels (the scenario's own population and Kendall's block are labelled where they are). */
function legend(data: PlotData<PopulationSeries>, fr: Frame): LegendEntry[] {
  const st = styles(fr.t);
  return [
    { text: 'share with a positive sign', line: st.sign },
    { text: 'median drop', line: st.median },
    { text: '5th-95th percentile', band: fr.t.ink },
    ...(data.pinned ? [{ text: data.pinned.label, line: ghostStyle(fr.t) }] : []),
  ];
}

/** A dot with a vertical whisker from `lo` to `hi` (data units). */
function whisker(
  p: Point,
  lo: number,
  hi: number,
  sc: Panel,
  style: LineStyle,
  fr: Frame,
  label: string,
  hollow: boolean,
): SvgNode {
  const x = sc.x(p[0]);
  return el('g', { 'aria-label': label }, [
    segmentNode(x, sc.y(lo), x, sc.y(hi), style, fr.t),
    segmentNode(x - 5, sc.y(lo), x + 5, sc.y(lo), style, fr.t),
    segmentNode(x - 5, sc.y(hi), x + 5, sc.y(hi), style, fr.t),
    dotNode(p, sc, style.colour, fr.t, label, hollow),
  ]);
}

/** A label near a point (px) where it crosses fewest `obstacles`; its box joins them. */
function labelNear(
  x: number,
  y: number,
  text: string,
  sc: Panel,
  fr: Frame,
  obstacles: [number, number][],
): SvgNode {
  const { t, f } = fr;
  const w = textWidthPx(text, f.legend);
  const h = f.legend * 1.2;
  const spot = bestSpot(
    spotsAround(x, y, 10 * t.lineScale + f.legend * 0.6),
    w,
    h,
    obstacles,
    sc.box,
  );
  obstacles.push(...spotPoints(spot, w, h));
  return textNode(
    spot.x,
    spot.y,
    text,
    { size: f.legend, colour: t.ink, anchor: spot.anchor, weight: 600, halo: true },
    t,
  );
}

/**
 * The marks of the top panel: curves, the scenario's own population, Kendall's block, progress;
 * their labels keep off the curves and each other.
 */
function signMarks(data: PlotData<PopulationSeries>, d: Drawn, sc: Panel, fr: Frame): SvgNode[] {
  const { t, f } = fr;
  const s = data.current.series;
  const st = styles(t);
  const curves = [d.sign, ...(d.ghosts ? [d.ghosts.sign] : [])];
  const k: Point = [s.kendallStrengthPct, pct(KENDALL_2013.positive / KENDALL_2013.people)];
  const c: Point | undefined = s.current && [
    s.current.strengthPct,
    pct(s.current.summary.positiveFraction),
  ];
  const px = (q: readonly [number, number]): Point => [sc.x(q[0]), sc.y(q[1])];
  // Labels keep off the curves, Kendall's whisker and the scenario's dot.
  const obstacles = densify([
    ...curves.map((cv) => cv.points.map(px)),
    [px([k[0], pct(KENDALL_2013.interval95[0])]), px([k[0], pct(KENDALL_2013.interval95[1])])],
    ...(c ? [[px([c[0] - 1, c[1]]), px([c[0] + 1, c[1]])]] : []),
  ]);
  // The scenario's own label first (the plot is about it), then Kendall's around what is left.
  const own =
    c && labelNear(sc.x(c[0]), sc.y(c[1]), `this scenario: ${whole(c[1])} %`, sc, fr, obstacles);
  const out: SvgNode[] = [
    ...fr.curves(curves, sc),
    whisker(
      k,
      pct(KENDALL_2013.interval95[0]),
      pct(KENDALL_2013.interval95[1]),
      sc,
      st.kendall,
      fr,
      'Kendall 2013: 1 of 9 positive after a block',
      true,
    ),
    labelNear(sc.x(k[0]), sc.y(k[1]), 'Kendall 2013: 1 of 9', sc, fr, obstacles),
  ];
  if (c && own)
    out.push(dotNode(c, sc, t.ink, t, `${data.current.label}: ${whole(c[1])} % positive`), own);
  if (s.points.length < s.strengthsPct.length)
    out.push(
      textNode(
        sc.box.left + sc.box.width / 2,
        sc.box.top + sc.box.height / 2,
        `Solving ${s.n} people at each strength: ${s.points.length} of ${s.strengthsPct.length} done`,
        { size: f.label, colour: t.mutedInk, anchor: 'middle', halo: true },
        t,
      ),
    );
  return out;
}

/** The marks of the bottom panel: the band, the medians, the scenario's own spread. */
function dropMarks(data: PlotData<PopulationSeries>, d: Drawn, sc: Panel, fr: Frame): SvgNode[] {
  const { t } = fr;
  const s = data.current.series;
  const out: SvgNode[] = [
    bandNode(
      d.band,
      sc,
      t.ink,
      BAND_OPACITY,
      `${data.current.label}: pelvic drop, 5th-95th percentile`,
    ),
    ...fr.curves([d.median, ...(d.ghosts ? [d.ghosts.median] : [])], sc),
  ];
  if (s.current) {
    const q = s.current.summary.pelvicDropRad;
    out.push(
      whisker(
        [s.current.strengthPct, deg(q.p50)],
        deg(q.p5),
        deg(q.p95),
        sc,
        { colour: t.ink, widthPx: 1.6 },
        fr,
        `${data.current.label}: its own population's pelvic drop, median ${oneDecimal(deg(q.p50))}°`,
        false,
      ),
    );
  }
  return out;
}

/** The first of `s`'s points at `strengthPct`, if solved. */
const at = (s: PopulationSeries, strengthPct: number) =>
  s.points.find((p) => p.strengthPct === strengthPct);

/** Two lines under the axes: the model at both ends of the axis, and the published accuracy. */
function notes(s: PopulationSeries, fr: Frame, y: number): SvgNode[] {
  const { o, t, f } = fr;
  const full = at(s, 100);
  const none = at(s, 0);
  const model =
    full && none
      ? [
          `Model, ${s.n} people around this body (seed ${s.seed}): ${whole(pct(full.positiveFraction))} % show the sign at full strength, ${whole(pct(none.positiveFraction))} % at 0 %.`,
          `Model: ${whole(pct(full.positiveFraction))} % positive at full strength, ${whole(pct(none.positiveFraction))} % at 0 %.`,
          `Model: ${whole(pct(full.positiveFraction))} % at 100 %, ${whole(pct(none.positiveFraction))} % at 0 %.`,
        ]
      : [`Model: ${s.n} people around this body (seed ${s.seed}).`];
  const bird = `sensitivity ${oneDecimal(pct(BIRD_2001.sensitivity))} %, specificity ${oneDecimal(pct(BIRD_2001.specificity))} %`;
  const published = [
    `Published for the test (Bird 2001, gluteus medius tears on MRI): ${bird}.`,
    `Bird 2001 (gluteus medius tears): ${bird}.`,
    `Bird 2001: sensitivity ${whole(pct(BIRD_2001.sensitivity))} %, specificity ${whole(pct(BIRD_2001.specificity))} %.`,
  ];
  const room = o.widthPx - 16;
  return [model, published].map((texts, i) =>
    textNode(
      8,
      y + i * f.legend * 1.4,
      fitText(texts, room, f.legend),
      { size: f.legend, colour: t.mutedInk, baseline: 'hanging' },
      t,
    ),
  );
}

function table(data: PlotData<PopulationSeries>, d: Drawn): TableBuilder {
  const tb = tableBuilder([
    { name: 'series', unit: '' },
    { name: 'abductorStrength', unit: '%' },
    { name: 'share', unit: '%' },
    { name: 'pelvicDrop', unit: 'deg' },
  ]);
  tb.curves([d.sign, ...(d.ghosts ? [d.ghosts.sign] : [])], 'abductorStrength', 'share');
  tb.curves([d.median, ...(d.ghosts ? [d.ghosts.median] : [])], 'abductorStrength', 'pelvicDrop');
  const label = data.current.label;
  for (const [x, lo, hi] of d.band) {
    tb.add({
      series: `${label}: pelvic drop, 5th percentile`,
      abductorStrength: x,
      pelvicDrop: lo,
    });
    tb.add({
      series: `${label}: pelvic drop, 95th percentile`,
      abductorStrength: x,
      pelvicDrop: hi,
    });
  }
  const s = data.current.series;
  if (s.current) {
    const c = s.current;
    const q = c.summary.pelvicDropRad;
    tb.add({
      series: `${label}: its own population, positive sign`,
      abductorStrength: c.strengthPct,
      share: pct(c.summary.positiveFraction),
    });
    tb.add({
      series: `${label}: its own population, median pelvic drop`,
      abductorStrength: c.strengthPct,
      pelvicDrop: deg(q.p50),
    });
    tb.add({
      series: `${label}: its own population, pelvic drop 5th percentile`,
      abductorStrength: c.strengthPct,
      pelvicDrop: deg(q.p5),
    });
    tb.add({
      series: `${label}: its own population, pelvic drop 95th percentile`,
      abductorStrength: c.strengthPct,
      pelvicDrop: deg(q.p95),
    });
  }
  const k = KENDALL_2013;
  tb.add({
    series: 'Kendall 2013: positive sign after a block',
    abductorStrength: s.kendallStrengthPct,
    share: pct(k.positive / k.people),
  });
  tb.add({
    series: 'Kendall 2013: 95 % interval, lower',
    abductorStrength: s.kendallStrengthPct,
    share: pct(k.interval95[0]),
  });
  tb.add({
    series: 'Kendall 2013: 95 % interval, upper',
    abductorStrength: s.kendallStrengthPct,
    share: pct(k.interval95[1]),
  });
  return tb;
}

function description({ label, series: s }: Labelled<PopulationSeries>): string {
  const ends = [100, 50, 0]
    .flatMap((x) => {
      const p = at(s, x);
      return p ? [`${whole(pct(p.positiveFraction))} % at ${x} %`] : [];
    })
    .join(', ');
  const own = s.current
    ? `; ${label}'s own population (${whole(s.current.strengthPct)} %): ${whole(pct(s.current.summary.positiveFraction))} % positive, median drop ${oneDecimal(deg(s.current.summary.pelvicDropRad.p50))}°`
    : '';
  return `Share of ${s.n} people drawn around ${label} (seed ${s.seed}) with a positive Trendelenburg sign in single-leg stance on the ${s.stanceSide} leg against the strength of gluteus medius, minimus and TFL${ends ? `: ${ends}` : ''}${own}; Kendall 2013 saw 1 of 9 positive after a block, Bird 2001 a sensitivity of 72.7 % and a specificity of 76.9 %.`;
}

/** Builds the population plot. */
export const buildPopulation: PlotBuilder<PopulationSeries> = (data, o): Plot => {
  const fr = frameOf(o);
  const d = drawn(data, fr);
  const ps = panels(data, d, o.heightPx);
  const noteH = NOTE_LINES * fr.f.legend * 1.4 + 4;
  const strip = legendStrip(legend(data, fr), 8, 4, o.widthPx - 16, fr);
  const scs = stackLayout(ps, fr, [0, 100], { topPx: strip.heightPx + 6, belowPx: noteH });
  const marks = [signMarks(data, d, scs[0]!, fr), dropMarks(data, d, scs[1]!, fr)];
  const scene = fr.root(
    'population',
    `Positive sign in a population: ${data.current.label}`,
    description(data.current),
    [
      ...ps.map((p, i) =>
        stackPanelNode(p, scs[i]!, i === ps.length - 1 ? X_LABELS : undefined, marks[i]!, fr),
      ),
      strip.node,
      ...notes(data.current.series, fr, o.heightPx - noteH),
    ],
  );
  return { scene, table: table(data, d).table() };
};
