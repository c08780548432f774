/**
 * Moment arms of the abductor parts against hip adduction (left), and each part's force and
 * activation at the current posture (right). The moment arms shorten as the hip adducts: the
 * reason a dropping pelvis drops further.
 */
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import {
  deg,
  emptyMuscleState,
  evaluateMuscle,
  RAD_PER_DEG,
  solveStance,
  type MuscleResult,
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
  panelHeading,
  plotRoot,
  right,
  tickCount,
  type Box,
} from './axes.ts';
import { endLabelsNode, endLabelsWidth, legendNode, legendSize, type EndLabel } from './legend.ts';
import {
  curveNode,
  dotNode,
  segmentNode,
  strokeAttrs,
  textNode,
  type Point,
  type Scales,
} from './marks.ts';
import { readoutStance } from './scenario.ts';
import {
  BOLD_WIDTH,
  fitText,
  fontSizes,
  ghostStyle,
  MAIN_WIDTH_PX,
  partColour,
  plotTheme,
  SERIES_DASHES,
  textWidthPx,
  THIN_WIDTH_PX,
  type LineStyle,
} from './style.ts';
import { tableBuilder, type TableBuilder } from './table.ts';
import type { PlotBuilder, PlotScenario } from './types.ts';

/** Hip adduction range of the moment-arm curves, deg, and points along it. */
const ADDUCTION_FROM_DEG = -20;
const ADDUCTION_TO_DEG = 30;
const SAMPLES = 51;
const CM_PER_M = 100;
/** Share of the free width for the moment-arm panel (the rest for the bars). */
const ARM_SHARE = 0.6;
/** Narrowest moment-arm panel drawn with end labels, px. */
const MIN_ARM_PANEL_PX = 220;
/** Gap between the two panels, px. */
const PANEL_GAP_PX = 24;
/** Length of a line sample beside a part's name, px at line scale 1. */
const SAMPLE_PX = 24;

/** A short name for labels: "G. medius ant.", "TFL". */
export function shortPartName(name: string): string {
  return name
    .replace(/^Gluteus /, 'G. ')
    .replace(/^Tensor fasciae latae$/, 'TFL')
    .replace(' (anterior)', ' ant.')
    .replace(' (middle)', ' mid.')
    .replace(' (posterior)', ' post.');
}

/** One scenario's curves, current posture and bars. */
interface Parts {
  readonly label: string;
  readonly result: StanceResult;
  /** Moment arm (cm) against adduction (deg), per part. */
  readonly curves: readonly (readonly Point[])[];
}

function partsOf(s: PlotScenario): Parts {
  const result = solveStance(readoutStance(s));
  const state = emptyMuscleState();
  const angles = Array.from(
    { length: SAMPLES },
    (_, i) => ADDUCTION_FROM_DEG + ((ADDUCTION_TO_DEG - ADDUCTION_FROM_DEG) * i) / (SAMPLES - 1),
  );
  return {
    label: s.label,
    result,
    curves: result.scaledMuscles.map((m) =>
      angles.map((a): Point => [
        a,
        evaluateMuscle(m, a * RAD_PER_DEG, 1, state).momentArmM * CM_PER_M,
      ]),
    ),
  };
}

function partStyle(i: number, t: Theme): LineStyle {
  return {
    colour: partColour(i, t),
    widthPx: MAIN_WIDTH_PX - 0.4,
    dash: SERIES_DASHES[i % SERIES_DASHES.length],
  };
}

function record(tb: TableBuilder, p: Parts, y0: number, y1: number): void {
  const names = p.result.muscles.map((m) => m.name);
  p.curves.forEach((c, i) => {
    for (const [a, r] of c)
      tb.add({
        series: `${p.label}: moment arm`,
        part: names[i] ?? '',
        hipAdduction: a,
        momentArm: r,
      });
  });
  const theta = deg(p.result.hipAdductionRad);
  tb.add({ series: `${p.label}: current hip adduction`, hipAdduction: theta, momentArm: y0 });
  tb.add({ series: `${p.label}: current hip adduction`, hipAdduction: theta, momentArm: y1 });
  for (const m of p.result.muscles)
    tb.add({
      series: `${p.label}: at current hip adduction`,
      part: m.name,
      hipAdduction: theta,
      momentArm: m.momentArmM * CM_PER_M,
      force: m.forceN,
      activation: m.activation * 100,
    });
}

/** What a bar says, in words. */
function barText(m: MuscleResult): string {
  const state = m.strength === 0 ? 'paralysed' : `activation ${(m.activation * 100).toFixed(0)} %`;
  return `${m.name}: ${m.forceN.toFixed(0)} N, ${state}`;
}

/** Fill and outline of a bar. */
interface BarStyle {
  readonly fill: string;
  readonly fillOpacity: number;
  readonly outline?: LineStyle | undefined;
}

/** A part's bar: its colour; a paralysed part is a pale bar with a dashed outline. */
function barStyle(m: MuscleResult, i: number, t: Theme): BarStyle {
  const colour = partColour(i, t);
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
    width: fx(forceN) - fx(0),
    height: h,
    ...(s.outline ? strokeAttrs(s.outline, t) : {}),
    fill: s.fill,
    'fill-opacity': s.fillOpacity,
  });
}

/** Builds the moment-arm plot. */
export const buildMomentArms: PlotBuilder = (scenario, o) => {
  const t = plotTheme(o);
  const f = fontSizes(t);
  const cur = partsOf(scenario);
  const pin = o.pinned ? partsOf(o.pinned) : undefined;
  const muscles = cur.result.muscles;
  const short = muscles.map((m) => shortPartName(m.name));

  // Layout: left panel, its end labels (when there is room), then the bars with each part's
  // name and line sample (the left panel's legend too) and the activation at the bar end.
  const top = f.label * 2;
  const axisH = bottomAxisHeight(t, true);
  const leftW = leftAxisWidth(t, 3, true);
  const sampleW = SAMPLE_PX * t.lineScale;
  const namesW = Math.max(...short.map((s) => textWidthPx(s, f.legend))) + sampleW + 18;
  const valueW = textWidthPx('paralysed', f.legend) + 10;
  const rest = o.widthPx - leftW - PANEL_GAP_PX - namesW - valueW - 10;
  const withEnds = (rest - endLabelsWidth(short, t)) * ARM_SHARE >= MIN_ARM_PANEL_PX;
  const labelsW = withEnds ? endLabelsWidth(short, t) : 0;
  const free = rest - labelsW;
  const armBox: Box = {
    left: leftW,
    top,
    width: free * ARM_SHARE,
    height: o.heightPx - top - axisH,
  };
  const barBox: Box = {
    left: right(armBox) + labelsW + PANEL_GAP_PX + namesW,
    top,
    width: free * (1 - ARM_SHARE),
    height: armBox.height,
  };

  const allArms = [cur, ...(pin ? [pin] : [])].flatMap((p) =>
    p.curves.flatMap((c) => c.map((q) => q[1])),
  );
  const x = scaleLinear()
    .domain([ADDUCTION_FROM_DEG, ADDUCTION_TO_DEG])
    .range([armBox.left, right(armBox)]);
  const y = scaleLinear()
    .domain([Math.min(0, ...allArms), Math.max(...allArms)])
    .range([bottom(armBox), armBox.top])
    .nice(tickCount(armBox.height, 55));
  const sc: Scales = { x, y };
  const [y0, y1] = y.domain() as [number, number];

  const forces = [cur, ...(pin ? [pin] : [])].flatMap((p) => p.result.muscles.map((m) => m.forceN));
  const fx = scaleLinear()
    .domain([0, Math.max(1, ...forces)])
    .range([barBox.left, right(barBox)])
    .nice(tickCount(barBox.width, 70));
  const fy = scaleBand<number>()
    .domain(muscles.map((_, i) => i))
    .range([barBox.top, bottom(barBox)])
    .paddingInner(0.25)
    .paddingOuter(0.1);

  const tb = tableBuilder([
    { name: 'series', unit: '' },
    { name: 'part', unit: '' },
    { name: 'hipAdduction', unit: 'deg' },
    { name: 'momentArm', unit: 'cm' },
    { name: 'force', unit: 'N' },
    { name: 'activation', unit: '%' },
  ]);
  record(tb, cur, y0, y1);
  if (pin) record(tb, pin, y0, y1);

  const theta = deg(cur.result.hipAdductionRad);
  const markerNodes = (p: Parts, ghost: boolean): SvgNode[] => {
    const th = deg(p.result.hipAdductionRad);
    const style = ghost
      ? { ...ghostStyle(t), widthPx: 1.6 }
      : { colour: t.ink, widthPx: 1.4, dash: '4 3' };
    return [
      segmentNode(x(th), y(y0), x(th), y(y1), style, t),
      ...p.result.muscles.map((m, i) =>
        ghost
          ? dotNode(
              [th, m.momentArmM * CM_PER_M],
              sc,
              t.ghost,
              t,
              `${p.label}: ${m.name} at ${th.toFixed(1)}°`,
              true,
            )
          : dotNode(
              [th, m.momentArmM * CM_PER_M],
              sc,
              partColour(i, t),
              t,
              `${m.name} at ${th.toFixed(1)}°`,
            ),
      ),
    ];
  };
  const thetaText = `${scenario.label}: ${theta.toFixed(1)}°`;
  const thetaW = textWidthPx(thetaText, f.legend);
  const thetaX = Math.min(Math.max(x(theta), thetaW / 2 + 2), right(armBox) + labelsW - thetaW / 2);

  const ends: EndLabel[] = cur.curves.map((c, i) => {
    const last = c[c.length - 1] ?? [0, 0];
    return { xPx: x(last[0]), yPx: y(last[1]), text: short[i] ?? '', style: partStyle(i, t) };
  });

  const bandH = fy.bandwidth();
  const barH = pin ? bandH * 0.62 : bandH;
  const bars = muscles.map((m, i) => {
    const by = fy(i) ?? 0;
    const pm = pin?.result.muscles.find((q) => q.id === m.id);
    return el('g', { 'aria-label': barText(m) }, [
      textNode(
        barBox.left - sampleW - 14,
        by + bandH / 2,
        short[i] ?? '',
        { size: f.legend, colour: t.ink, anchor: 'end' },
        t,
      ),
      segmentNode(
        barBox.left - sampleW - 8,
        by + bandH / 2,
        barBox.left - 8,
        by + bandH / 2,
        partStyle(i, t),
        t,
      ),
      barNode(fx, by, barH, m.forceN, barStyle(m, i, t), t),
      ...(pm
        ? [barNode(fx, by + barH + bandH * 0.08, bandH * 0.3, pm.forceN, ghostBar(t), t)]
        : []),
      textNode(
        fx(m.forceN) + 6,
        by + barH / 2,
        m.strength === 0 ? 'paralysed' : `${(m.activation * 100).toFixed(0)} %`,
        {
          size: f.legend,
          colour: m.strength === 0 ? t.mutedInk : t.ink,
          weight: m.strength === 0 ? 400 : 600,
        },
        t,
      ),
    ]);
  });

  const pinLegend = pin ? [{ text: pin.label, line: ghostStyle(t) }] : [];
  const legend = pin
    ? [legendNode(pinLegend, armBox.left + 12, bottom(armBox) - legendSize(pinLegend, t).h - 10, t)]
    : [];
  const r = cur.result;
  const title = `Abductor moment arms: ${scenario.label}`;
  const desc = `Moment arm of each abductor part against hip adduction, and each part's force and activation at the current hip adduction of ${theta.toFixed(1)}° for ${scenario.label}; the force-weighted mean moment arm is ${(r.abductorMomentArmM * CM_PER_M).toFixed(1)} cm.`;
  const scene = plotRoot('moment-arms', o, title, desc, [
    el(
      'g',
      { class: 'panel panel-moment-arms', 'aria-label': 'Moment arm against hip adduction' },
      [
        bottomAxis(x, armBox, t, {
          label: 'Hip adduction (°)',
          ticks: tickCount(armBox.width, 60),
          grid: true,
        }),
        leftAxis(y, armBox, t, {
          label: 'Abductor moment arm (cm)',
          ticks: tickCount(armBox.height, 55),
          grid: true,
        }),
        ...(pin
          ? pin.curves.map((c, i) =>
              curveNode(
                c,
                sc,
                { ...ghostStyle(t), widthPx: THIN_WIDTH_PX },
                t,
                `${pin.label}: ${muscles[i]?.name ?? ''}`,
              ),
            )
          : []),
        ...cur.curves.map((c, i) => curveNode(c, sc, partStyle(i, t), t, muscles[i]?.name ?? '')),
        ...(pin ? markerNodes(pin, true) : []),
        ...markerNodes(cur, false),
        textNode(
          thetaX,
          armBox.top - f.legend * 0.75,
          thetaText,
          {
            size: f.legend,
            colour: t.ink,
            anchor: 'middle',
            baseline: 'auto',
            weight: 600,
            halo: true,
          },
          t,
        ),
        ...(withEnds
          ? [endLabelsNode(ends, armBox.top + f.legend / 2, bottom(armBox) - f.legend / 2, t)]
          : []),
      ],
    ),
    el(
      'g',
      { class: 'panel panel-forces', 'aria-label': 'Force and activation at the current posture' },
      [
        bottomAxis(fx, barBox, t, {
          label: 'Force (N)',
          ticks: tickCount(barBox.width, 70),
          grid: true,
        }),
        panelHeading(
          { ...barBox, left: barBox.left - namesW },
          fitText(
            [
              `Force and activation at ${theta.toFixed(1)}° adduction`,
              `Force, activation at ${theta.toFixed(1)}°`,
              `At ${theta.toFixed(1)}°`,
            ],
            o.widthPx - barBox.left + namesW - 4,
            f.label * BOLD_WIDTH,
          ),
          t,
        ),
        ...bars,
      ],
    ),
    ...legend,
  ]);
  return { scene, table: tb.table() };
};
