/**
 * The probability of a positive Trendelenburg sign against abductor strength: (a) the share of 500
 * people drawn around this body who show the sign at each strength of gluteus medius, minimus and
 * TFL, with the current scenario's own population and a published nerve block marked; (b) the
 * spread of their pelvic drop (median and 5th-95th percentile); and, under the axes, the test's
 * published accuracy to compare with. Drawn from as many strengths as are solved so far.
 */
import { deg } from '../../../sim/index.ts';
import { type SvgNode } from '../svg.ts';
import type { Frame } from './frame.ts';
import { frameOf } from './frame.ts';
import { oneDecimal, whole } from './format.ts';
import { textNode } from './marks.ts';
import { BIRD_2001, type PopulationSeries } from './populationSeries.ts';
import type { LegendEntry } from './legend.ts';
import { legendStrip, stackLayout, stackPanelNode, type StackPanel } from './stack.ts';
import { fitText, ghostStyle } from './style.ts';
import type { Labelled, Plot, PlotBuilder, PlotData } from './types.ts';
import {
  dropMarks,
  medianPoints,
  pct,
  signMarks,
  signPoints,
  styles,
  type Drawn,
} from './populationMarks.ts';
import { table } from './populationTable.ts';

const X_LABELS = [
  'Strength of gluteus medius, minimus and TFL (% of normal)',
  'Abductor strength (% of normal)',
];
/** Lines of notes under the x axis. */
const NOTE_LINES = 2;

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
