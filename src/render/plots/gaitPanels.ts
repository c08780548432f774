/**
 * The three panels of the gait-cycle plot, as data: (a) pelvic obliquity and trunk lean, (b)
 * internal hip abductor moment of each hip, (c) hip contact force of each hip, each with its
 * curves, normal bands, legend and table column.
 */
import {
  deg,
  type BandRow,
  type GaitCycleSeries,
  type GaitSample,
  type Side,
} from '../../../sim/index.ts';
import type { Theme } from '../theme.ts';
import { sampledCurve, type SampledCurve } from './cursor.ts';
import type { LegendEntry } from './legend.ts';
import { DASH, ghostStyle, MAIN_WIDTH_PX, SERIES_COLOURS, type LineStyle } from './style.ts';
import type { TableBuilder } from './table.ts';
import type { Labelled, PlotData, PlotOptions } from './types.ts';

/** Table column of each panel's values. */
export type GaitColumn = 'angle' | 'abductorMoment' | 'hipContactForce';

/** A curve of one panel; a current curve can be read at the cursor. */
export type GaitCurve = SampledCurve<GaitSample>;

/** A normal band: [cycle %, lower, upper]. */
export interface GaitBand {
  readonly name: string;
  readonly rows: readonly (readonly [number, number, number])[];
}

/** One of the three panels. */
export interface GaitPanel {
  /** Headings, longest first: the longest that fits is drawn. */
  readonly headings: readonly string[];
  readonly column: GaitColumn;
  readonly curves: readonly GaitCurve[];
  readonly bands: readonly GaitBand[];
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

function band(name: string, rows: readonly BandRow[]): GaitBand {
  return { name, rows: rows.map((r) => [r.cycleFraction * 100, r.lower, r.upper] as const) };
}

/** A curve of `what` over the cycle; `cursor` when the cursor reads it. */
function curve(
  cur: Labelled<GaitCycleSeries>,
  what: string,
  style: LineStyle,
  f: (s: GaitSample) => number,
  cursor: boolean,
): GaitCurve {
  return sampledCurve(cur, what, style, (s) => s.cycleFraction * 100, f, cursor);
}

/** What the panels are drawn from: the series, the styles, and the pinned series' side. */
interface Context {
  readonly cur: Labelled<GaitCycleSeries>;
  readonly pin: Labelled<GaitCycleSeries> | undefined;
  readonly st: ReturnType<typeof styles>;
  readonly ghost: LineStyle;
  /** The hip the pinned series shows: its affected one (right when both are). */
  readonly pinSide: Side;
}

/** The pinned series' legend entry for `what`, if there is a pinned series. */
function pinEntry(c: Context, what: string): LegendEntry[] {
  return c.pin
    ? [{ text: `${c.pin.label}: ${what}`, acrossPanels: c.pin.label, line: c.ghost }]
    : [];
}

/** Normal bands' legend entry. */
const normal = (t: Theme): LegendEntry => ({ text: 'normal ±1 SD', band: t.ink });

/** Panel (a): pelvic obliquity and trunk lean. */
function anglePanel(c: Context, t: Theme): GaitPanel {
  const { cur, pin, st } = c;
  const obliquity = (s: GaitSample) => deg(s.pelvicObliquityRad);
  return {
    headings: [
      'Pelvic obliquity (+ right side up) and trunk lean (+ toward right), °',
      'Pelvic obliquity (+ right up), trunk lean (+ to right), °',
      'Pelvic obliquity and trunk lean (°)',
    ],
    column: 'angle',
    bands: [band('pelvic obliquity', cur.series.bands.pelvicObliquityDeg)],
    curves: [
      ...(pin ? [curve(pin, 'pelvic obliquity', c.ghost, obliquity, false)] : []),
      curve(cur, 'trunk lean', st.lean, (s) => deg(s.trunkLeanRad), true),
      curve(cur, 'pelvic obliquity', st.obliquity, obliquity, true),
    ],
    legend: [
      { text: 'pelvic obliquity', line: st.obliquity },
      { text: 'trunk lean', line: st.lean },
      normal(t),
      ...pinEntry(c, 'obliquity'),
    ],
  };
}

/** A panel of one quantity of each hip (`what`): both current hips, the pinned series' side. */
function hipsPanel(
  c: Context,
  t: Theme,
  p: Pick<GaitPanel, 'headings' | 'column' | 'bands'>,
  what: string,
  value: (s: GaitCycleSeries, side: Side) => (sample: GaitSample) => number,
): GaitPanel {
  const { cur, pin, st, pinSide } = c;
  return {
    ...p,
    curves: [
      ...(pin
        ? [curve(pin, `${pinSide} hip ${what}`, c.ghost, value(pin.series, pinSide), false)]
        : []),
      curve(cur, `left hip ${what}`, st.left, value(cur.series, 'left'), true),
      curve(cur, `right hip ${what}`, st.right, value(cur.series, 'right'), true),
    ],
    legend: [
      { text: 'right hip', line: st.right },
      { text: 'left hip', line: st.left },
      ...(p.bands.length ? [normal(t)] : []),
      ...pinEntry(c, `${pinSide} hip`),
    ],
  };
}

/** The panels of a current series and an optional pinned one. */
export function gaitPanels(
  { current: cur, pinned: pin }: PlotData<GaitCycleSeries>,
  o: PlotOptions,
  t: Theme,
): GaitPanel[] {
  const c: Context = {
    cur,
    pin,
    st: styles(t),
    ghost: ghostStyle(t),
    pinSide: pin?.series.affectedSide === 'left' ? 'left' : 'right',
  };
  const inN = o.units === 'N';
  const { bands } = cur.series;
  return [
    anglePanel(c, t),
    hipsPanel(
      c,
      t,
      {
        headings: ['Internal hip abductor moment (N·m/kg)', 'Hip abductor moment (N·m/kg)'],
        column: 'abductorMoment',
        bands: [
          band('right hip abductor moment', bands.rightAbductorMomentNmPerKg),
          band('left hip abductor moment', bands.leftAbductorMomentNmPerKg),
        ],
      },
      'abductor moment',
      (_, side) => (s) => s[side].abductorMomentNmPerKg,
    ),
    hipsPanel(
      c,
      t,
      {
        headings: inN
          ? ['Hip contact force (N)']
          : ['Hip contact force (× body weight)', 'Hip contact force (× BW)'],
        column: 'hipContactForce',
        bands: [],
      },
      'contact force',
      (series, side) => (s) =>
        inN ? s[side].contactForceN : s[side].contactForceN / series.bodyWeightN,
    ),
  ];
}

/** Adds a panel's bands (lower and upper limit) and curves to the table. */
export function recordPanel(tb: TableBuilder, p: GaitPanel): void {
  for (const b of p.bands)
    for (const [x, lo, hi] of b.rows) {
      tb.add({ series: `normal −1 SD: ${b.name}`, gaitCycle: x, [p.column]: lo });
      tb.add({ series: `normal +1 SD: ${b.name}`, gaitCycle: x, [p.column]: hi });
    }
  tb.curves(p.curves, 'gaitCycle', p.column);
}
