/**
 * The right-hand panel of the moment-arm plot: one bar per muscle part with its force in the
 * solved stance, led by the part's name and line sample (the left panel's legend too) and ended by
 * its activation; a paralysed part is a pale bar with a dashed outline and says so.
 */
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import type { MuscleResult } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { bottom, bottomAxis, panelHeading, right, tickCount, type Box } from './axes.ts';
import type { Frame } from './frame.ts';
import { oneDecimal, whole } from './format.ts';
import { segmentNode, strokeAttrs, textNode } from './marks.ts';
import { BOLD_WIDTH, fitText, ghostStyle, type LineStyle } from './style.ts';

/** Length of a line sample beside a part's name, px at line scale 1. */
export const SAMPLE_PX = 24;

/** Fill and outline of a bar. */
interface BarStyle {
  readonly fill: string;
  readonly fillOpacity: number;
  readonly outline?: LineStyle | undefined;
}

/** What a bar says, in words. */
function barText(m: MuscleResult): string {
  const state = m.strength === 0 ? 'paralysed' : `activation ${whole(m.activation * 100)} %`;
  return `${m.name}: ${whole(m.forceN)} N, ${state}`;
}

/** A part's bar in its line's colour; a paralysed part is a pale bar with a dashed outline. */
function barStyle(m: MuscleResult, colour: string): BarStyle {
  return m.strength === 0
    ? { fill: colour, fillOpacity: 0.18, outline: { colour, widthPx: 1.4, dash: '4 3' } }
    : { fill: colour, fillOpacity: 0.85 };
}

/** The pinned scenario's bar: ghost colour, dashed outline. */
function ghostBar(t: Theme): BarStyle {
  return { fill: t.ghost, fillOpacity: 0.35, outline: { ...ghostStyle(t), widthPx: 1.2 } };
}

function barNode(
  fx: ScaleLinear<number, number>,
  y: number,
  h: number,
  forceN: number,
  s: BarStyle,
  t: Theme,
): SvgNode {
  return el('rect', {
    x: fx(0),
    y,
    // Never negative: a panel too narrow to hold its bars draws none.
    width: Math.max(0, fx(forceN) - fx(0)),
    height: h,
    ...(s.outline ? strokeAttrs(s.outline, t) : {}),
    fill: s.fill,
    'fill-opacity': s.fillOpacity,
  });
}

/** What the bars panel draws. */
export interface ForceBars {
  readonly box: Box;
  /** Room left of the box for the parts' names and line samples, px. */
  readonly namesW: number;
  /** The parts in the current solution, and their short names. */
  readonly muscles: readonly MuscleResult[];
  readonly short: readonly string[];
  /** The pinned solution's parts, if any. */
  readonly pinned?: readonly MuscleResult[] | undefined;
  /** The current hip adduction, deg. */
  readonly thetaDeg: number;
  readonly partStyle: (i: number) => LineStyle;
}

/** The force scale across the box and the band of each part down it. */
function scales(b: ForceBars) {
  const forces = [...b.muscles, ...(b.pinned ?? [])].map((m) => m.forceN);
  return {
    fx: scaleLinear()
      .domain([0, Math.max(1, ...forces)])
      .range([b.box.left, right(b.box)])
      .nice(tickCount(b.box.width, 70)),
    fy: scaleBand<number>()
      .domain(b.muscles.map((_, i) => i))
      .range([b.box.top, bottom(b.box)])
      .paddingInner(0.25)
      .paddingOuter(0.1),
  };
}

/** Part `i`'s row: name, line sample, bar (and the pinned one's), activation. */
function partRow(b: ForceBars, i: number, sc: ReturnType<typeof scales>, fr: Frame): SvgNode {
  const { t, f } = fr;
  const m = b.muscles[i]!;
  const sampleW = SAMPLE_PX * t.lineScale;
  const bandH = sc.fy.bandwidth();
  const barH = b.pinned ? bandH * 0.62 : bandH;
  const by = sc.fy(i) ?? 0;
  const cy = by + bandH / 2;
  const pm = b.pinned?.find((q) => q.id === m.id);
  return el('g', { 'aria-label': barText(m) }, [
    textNode(
      b.box.left - sampleW - 14,
      cy,
      b.short[i] ?? '',
      { size: f.legend, colour: t.ink, anchor: 'end' },
      t,
    ),
    segmentNode(b.box.left - sampleW - 8, cy, b.box.left - 8, cy, b.partStyle(i), t),
    barNode(sc.fx, by, barH, m.forceN, barStyle(m, b.partStyle(i).colour), t),
    ...(pm
      ? [barNode(sc.fx, by + barH + bandH * 0.08, bandH * 0.3, pm.forceN, ghostBar(t), t)]
      : []),
    textNode(
      sc.fx(m.forceN) + 6,
      by + barH / 2,
      m.strength === 0 ? 'paralysed' : `${whole(m.activation * 100)} %`,
      {
        size: f.legend,
        colour: m.strength === 0 ? t.mutedInk : t.ink,
        weight: m.strength === 0 ? 400 : 600,
      },
      t,
    ),
  ]);
}

/** The bars panel: force axis, heading, and a bar per part. */
export function forceBarsNode(b: ForceBars, fr: Frame): SvgNode {
  const { o, t, f } = fr;
  const { box, namesW } = b;
  const sc = scales(b);
  const theta = oneDecimal(b.thetaDeg);
  return el(
    'g',
    { class: 'panel panel-forces', 'aria-label': 'Force and activation at the current posture' },
    [
      bottomAxis(sc.fx, box, t, {
        label: 'Force (N)',
        ticks: tickCount(box.width, 70),
        grid: true,
      }),
      panelHeading(
        { ...box, left: box.left - namesW },
        fitText(
          [
            `Force and activation at ${theta}° adduction`,
            `Force, activation at ${theta}°`,
            `At ${theta}°`,
          ],
          o.widthPx - box.left + namesW - 4,
          f.label * BOLD_WIDTH,
        ),
        t,
      ),
      ...b.muscles.map((_, i) => partRow(b, i, sc, fr)),
    ],
  );
}
