/**
 * One stride of both hips: (a) pelvic obliquity and trunk lean, (b) internal hip abductor moment of
 * each hip, (c) hip contact force of each hip, against the right leg's gait cycle, with the
 * normal (CGM23) ±1 SD bands and the right stance phase shaded. The cursor is an overlay
 * ({@link Plot.cursor}): moving it does not rebuild the curves.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { deg, NORMAL_EVENTS, type GaitCycleSeries, type GaitSample } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import {
  bottom,
  bottomAxis,
  bottomAxisHeight,
  leftAxis,
  leftAxisWidth,
  panelHeading,
  right,
  tickChars,
  tickCount,
  type Box,
} from './axes.ts';
import { cursorOverlay } from './cursor.ts';
import { frameOf, type Frame, type Panel } from './frame.ts';
import { oneDecimal, whole } from './format.ts';
import { gaitPanels, recordPanel, type GaitPanel } from './gaitPanels.ts';
import { legendNode, legendSize, type LegendEntry } from './legend.ts';
import { bandNode, segmentNode, textNode } from './marks.ts';
import { legendStrip } from './stack.ts';
import { BAND_OPACITY, BOLD_WIDTH, fitText, PHASE_OPACITY, textWidthPx } from './style.ts';
import { tableBuilder } from './table.ts';
import type { Column, Labelled, Overlay, Plot, PlotBuilder, PlotOptions } from './types.ts';

/** Pixels between the y ticks of the (short) panels. */
const Y_SPACING_PX = 34;
/** Gap between stacked panels, px. */
const GAP_PX = 6;
/** End of the right leg's stance phase, % of the cycle. */
const FOOT_OFF_PCT = NORMAL_EVENTS.footOff * 100;

function yScale(p: GaitPanel, box: Box): ScaleLinear<number, number> {
  const values = [
    ...p.curves.flatMap((c) => c.points.map((q) => q[1])),
    ...p.bands.flatMap((b) => b.rows.flatMap((r) => [r[1], r[2]])),
  ];
  return scaleLinear()
    .domain([Math.min(0, ...values), Math.max(0, ...values)])
    .range([bottom(box), box.top])
    .nice(tickCount(box.height, Y_SPACING_PX));
}

/**
 * A panel drawn: shaded stance phase, axes, bands, curves, heading and, when the legends stand
 * beside the panels, its legend.
 */
function panelNode(
  p: GaitPanel,
  sc: Panel,
  last: boolean,
  roomPx: number,
  beside: boolean,
  fr: Frame,
): SvgNode {
  const { t, f } = fr;
  const { box, x } = sc;
  const heading = fitText(p.headings, roomPx, f.label * BOLD_WIDTH);
  return el('g', { class: `panel panel-${p.column}`, 'aria-label': heading }, [
    el('rect', {
      x: x(0),
      y: box.top,
      width: x(FOOT_OFF_PCT) - x(0),
      height: box.height,
      fill: t.ink,
      'fill-opacity': PHASE_OPACITY,
      'aria-label': 'right stance phase',
    }),
    leftAxis(sc.y, box, t, {
      ticks: tickCount(box.height, Y_SPACING_PX),
      grid: true,
      zeroLine: true,
    }),
    bottomAxis(x, box, t, {
      ticks: tickCount(box.width, 70),
      grid: true,
      tickLabels: last,
      label: last ? ['Gait cycle of the right leg (%)', 'Gait cycle (%)', '%'] : undefined,
    }),
    ...p.bands.map((b) => bandNode(b.rows, sc, t.ink, BAND_OPACITY, `normal ±1 SD: ${b.name}`)),
    ...fr.curves(p.curves, sc),
    panelHeading(box, heading, t),
    ...(beside ? [legendNode(p.legend, right(box) + 16, box.top, t)] : []),
  ]);
}

/** Every panel's legend entries once, in order, in their words for all panels. */
function sharedLegend(ps: readonly GaitPanel[]): LegendEntry[] {
  const seen = new Set<string>();
  return ps
    .flatMap((p) => p.legend)
    .map(({ acrossPanels, ...e }) => (acrossPanels ? { ...e, text: acrossPanels } : e))
    .filter((e) => {
      const key = JSON.stringify(e);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * Height of each of three panels when `topPx` is taken above them, px; at least a pixel, as in
 * ./stack.ts (too little height overflows the plot, never a box of negative height).
 */
function panelHeight(fr: Frame, topPx: number): number {
  const { o, t, f } = fr;
  const free = o.heightPx - topPx - bottomAxisHeight(t, true) - 3 * f.label * 1.7 - 2 * GAP_PX;
  return Math.max(1, free / 3);
}

/** Where the legends go, the room for each panel's heading, and what is taken above the panels. */
interface LegendPlace {
  readonly beside: boolean;
  /** The panels laid out for that place. */
  readonly panels: readonly Panel[];
  readonly strip?: SvgNode | undefined;
  readonly topPx: number;
  /** Beside: each heading's room, px (else each heading has the whole width). */
  readonly headingRoomPx?: readonly number[] | undefined;
}

/**
 * Where the legends go: beside their panels, each from its panel's top, unless one would run into
 * the next panel's legend, or into a heading that cannot be made short enough to stay clear of it;
 * then (a large lecture font on a small plot) one legend across the top, each entry once, and the
 * panels and their headings take the whole width.
 */
function legendPlace(ps: readonly GaitPanel[], fr: Frame): LegendPlace {
  const { o, t, f } = fr;
  const phases = f.legend * 1.8;
  const heading = f.label * 1.7;
  const panels = layout(ps, fr, phases, true);
  const legendH = ps.map((p) => legendSize(p.legend, t).h);
  const whole = o.widthPx - panels[0]!.box.left - 4;
  // A heading keeps clear of the legend column when the panel above's legend reaches its row.
  const headingRoomPx = panels.map((sc, i) =>
    i > 0 && panels[i - 1]!.box.top + legendH[i - 1]! > sc.box.top - heading
      ? sc.box.width + 8
      : whole,
  );
  const fits = (texts: readonly string[], room: number) =>
    textWidthPx(fitText(texts, room, f.label * BOLD_WIDTH), f.label * BOLD_WIDTH) <= room;
  const beside = ps.every(
    (p, i) =>
      legendH[i]! <= panels[i]!.box.height + heading + GAP_PX &&
      fits(p.headings, headingRoomPx[i]!),
  );
  if (beside) return { beside, panels, topPx: phases, headingRoomPx };
  const y = f.legend * 0.9;
  const strip = legendStrip(sharedLegend(ps), 8, y, o.widthPx - 16, fr);
  const topPx = y + strip.heightPx + phases;
  return { beside, panels: layout(ps, fr, topPx, false), strip: strip.node, topPx };
}

/**
 * The three panels stacked under `topPx`, sharing the x axis, with room for their legends on the
 * right when they stand `beside` them.
 */
function layout(ps: readonly GaitPanel[], fr: Frame, topPx: number, beside: boolean): Panel[] {
  const { o, t, f } = fr;
  // Right of the panels: the legends, or room for half the last tick label ("100").
  const legendW = beside
    ? Math.max(...ps.map((p) => legendSize(p.legend, t).w)) + 24
    : Math.max(16, textWidthPx('100', f.tick) / 2 + 6);
  const heading = f.label * 1.7;
  const h = panelHeight(fr, topPx);
  const chars = Math.max(
    ...ps.map((p) =>
      tickChars(yScale(p, { left: 0, top: 0, width: 0, height: h }), tickCount(h, Y_SPACING_PX)),
    ),
  );
  const left = leftAxisWidth(t, chars, false);
  const width = o.widthPx - left - legendW;
  const x = scaleLinear()
    .domain([0, 100])
    .range([left, left + width]);
  return ps.map((p, i) => {
    const box: Box = { left, top: topPx + heading + i * (h + heading + GAP_PX), width, height: h };
    return { box, x, y: yScale(p, box) };
  });
}

/** The labelled phases of the right leg above the panels, the first panel's heading under `topPx`. */
function phasesNode(x: ScaleLinear<number, number>, topPx: number, fr: Frame): SvgNode {
  const { t, f } = fr;
  const stripY = topPx - f.legend * 0.9;
  // The longest name that fits over its phase (a large lecture font on a small plot).
  const phaseLabel = (from: number, to: number, names: string[]): SvgNode[] => [
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
      fitText(names, x(to) - x(from) - 4, f.legend),
      { size: f.legend, colour: t.mutedInk, anchor: 'middle', halo: true },
      t,
    ),
  ];
  return el('g', { class: 'phases', 'aria-label': 'Gait phases of the right leg' }, [
    ...phaseLabel(0, FOOT_OFF_PCT, ['right stance', 'stance']),
    ...phaseLabel(FOOT_OFF_PCT, 100, ['right swing', 'swing']),
  ]);
}

function columns(o: PlotOptions): Column[] {
  return [
    { name: 'series', unit: '' },
    { name: 'gaitCycle', unit: '%' },
    { name: 'angle', unit: 'deg' },
    { name: 'abductorMoment', unit: 'N·m/kg' },
    { name: 'hipContactForce', unit: o.units === 'N' ? 'N' : '×BW' },
  ];
}

/**
 * The cursor at `pct` % of the cycle (clamped to 0-100) over the built panels: a line across them
 * and a dot on each current curve at `sample` (the gait sampled there), with its table rows.
 */
function gaitCursor(
  ps: readonly GaitPanel[],
  panels: readonly Panel[],
  fr: Frame,
  pct: number,
  sample: GaitSample,
): Overlay {
  const at = Math.min(100, Math.max(0, pct));
  return cursorOverlay(
    ps,
    panels,
    fr,
    columns(fr.o),
    {
      x: at,
      xColumn: 'gaitCycle',
      dotText: `${whole(at)} %`,
      lineText: `${whole(at)} % of the cycle`,
    },
    sample,
  );
}

function description({ label, series }: Labelled<GaitCycleSeries>): string {
  const drop = series.stanceDropRad;
  return (
    `Pelvic obliquity and trunk lean, internal hip abductor moment and hip contact force of each hip over one stride for ${label}, with normal ±1 SD bands` +
    (drop > 0
      ? `; standing on the weaker leg alone (the Trendelenburg test), the swing side drops ${oneDecimal(deg(drop))}°.`
      : '.')
  );
}

/** Builds the gait-cycle plot; its {@link Plot.cursor} draws the cursor over it. */
export const buildGaitCycle: PlotBuilder<GaitCycleSeries> = (data, o): Plot => {
  const fr = frameOf(o);
  const ps = gaitPanels(data, o, fr.t);
  const place = legendPlace(ps, fr);
  const { panels } = place;
  const left = panels[0]!.box.left;
  const tb = tableBuilder(columns(o));
  tb.add({ series: 'right stance (shaded)', gaitCycle: 0 });
  tb.add({ series: 'right stance (shaded)', gaitCycle: FOOT_OFF_PCT });
  ps.forEach((p) => recordPanel(tb, p));
  const scene = fr.root(
    'gait-cycle',
    `Gait cycle: ${data.current.label}`,
    description(data.current),
    [
      ...(place.strip ? [place.strip] : []),
      ...ps.map((p, i) =>
        panelNode(
          p,
          panels[i]!,
          i === 2,
          place.headingRoomPx?.[i] ?? o.widthPx - left - 4,
          place.beside,
          fr,
        ),
      ),
      phasesNode(panels[0]!.x, place.topPx, fr),
    ],
  );
  return {
    scene,
    table: tb.table(),
    cursor: (pct, sample) => gaitCursor(ps, panels, fr, pct, sample),
  };
};
