/**
 * Moment arms of the abductor parts against hip adduction (left), and each part's force and
 * activation at the current posture (right, src/render/plots/forceBars.ts). The moment arms
 * shorten as the hip adducts: the reason a dropping pelvis drops further.
 */
import { scaleLinear } from 'd3-scale';
import { deg, type MomentArmSeries } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { bottom, bottomAxisHeight, leftAxisWidth, right, tickCount, type Box } from './axes.ts';
import { curveEnds, frameOf, type Frame, type Panel } from './frame.ts';
import { forceBarsNode, SAMPLE_PX } from './forceBars.ts';
import { oneDecimal } from './format.ts';
import { endLabelsNode, endLabelsWidth, legendNode, legendSize } from './legend.ts';
import { textNode } from './marks.ts';
import {
  armPoints,
  CM_PER_M,
  curvesOf,
  markerNodes,
  shortPartName,
  stylesOf,
} from './momentArmsCurves.ts';
import { table } from './momentArmsTable.ts';
import { ghostStyle, textWidthPx } from './style.ts';
import type { PlotBuilder, PlotData } from './types.ts';

export { shortPartName } from './momentArmsCurves.ts';

/** Share of the free width for the moment-arm panel (the rest for the bars). */
const ARM_SHARE = 0.6;
/** Narrowest moment-arm panel drawn with end labels, px. */
const MIN_ARM_PANEL_PX = 220;
/** Gap between the two panels, px. */
const PANEL_GAP_PX = 24;
/** Pixels between the y ticks of the moment-arm panel. */
const ARM_Y_SPACING_PX = 55;

/** Below this width in type sizes, the bars go under the moment arms instead of beside them. */
const STACK_BELOW_EMS = 42;

/** The moment-arm scale of a box: every curve drawn, from zero, niced. */
function armScales(data: PlotData<MomentArmSeries>, armBox: Box): Panel {
  const { grid } = data.current.series;
  const allArms = [data.current, ...(data.pinned ? [data.pinned] : [])].flatMap((p) =>
    armPoints(p.series).flatMap((c) => c.map((q) => q[1])),
  );
  return {
    box: armBox,
    x: scaleLinear()
      .domain([grid.fromDeg, grid.toDeg])
      .range([armBox.left, right(armBox)]),
    y: scaleLinear()
      .domain([Math.min(0, ...allArms), Math.max(...allArms)])
      .range([bottom(armBox), armBox.top])
      .nice(tickCount(armBox.height, ARM_Y_SPACING_PX)),
  };
}

/**
 * Layout: the moment-arm panel, its end labels (when there is room), then the bars with each
 * part's name and line sample and the activation at the bar end: beside the moment arms, or
 * under them in a narrow plot.
 */
function layout(data: PlotData<MomentArmSeries>, short: readonly string[], fr: Frame) {
  const { o, t, f } = fr;
  const top = f.label * 2;
  const namesW =
    Math.max(...short.map((s) => textWidthPx(s, f.legend))) + SAMPLE_PX * t.lineScale + 18;
  const leftW = leftAxisWidth(t, 3, true);
  const valueW = textWidthPx('paralysed', f.legend) + 10;
  const axisH = bottomAxisHeight(t, true);
  if (o.widthPx < STACK_BELOW_EMS * f.label) {
    const rest = o.heightPx - top - 2 * axisH - f.label * 2;
    const armBox: Box = { left: leftW, top, width: o.widthPx - leftW - 10, height: rest * 0.45 };
    const barTop = bottom(armBox) + axisH + f.label * 2;
    const barBox: Box = {
      left: namesW + 4,
      top: barTop,
      width: o.widthPx - namesW - 4 - valueW,
      height: o.heightPx - barTop - axisH,
    };
    return { arms: armScales(data, armBox), barBox, namesW, withEnds: false, labelsW: 0 };
  }
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
  return { arms: armScales(data, armBox), barBox, namesW, withEnds, labelsW };
}

/** The current adduction's label above the panel, kept inside the plot (the title names the scenario). */
function thetaLabel(theta: number, arms: Panel, labelsW: number, fr: Frame) {
  const { t, f } = fr;
  const text = `${oneDecimal(theta)}° adduction`;
  const w = textWidthPx(text, f.legend);
  const x = Math.min(Math.max(arms.x(theta), w / 2 + 2), right(arms.box) + labelsW - w / 2);
  return textNode(
    x,
    arms.box.top - f.legend * 0.75,
    text,
    { size: f.legend, colour: t.ink, anchor: 'middle', baseline: 'auto', weight: 600, halo: true },
    t,
  );
}

/** The moment-arm panel: axes, curves, the current adduction marked, labels at the curves' ends. */
function armsNode(
  data: PlotData<MomentArmSeries>,
  l: ReturnType<typeof layout>,
  short: readonly string[],
  fr: Frame,
): SvgNode {
  const { t, f } = fr;
  const { arms } = l;
  const { cur, pin } = curvesOf(data, t);
  const theta = deg(data.current.series.hipAdductionRad);
  return el(
    'g',
    { class: 'panel panel-moment-arms', 'aria-label': 'Moment arm against hip adduction' },
    [
      ...fr.axes(
        arms,
        { label: 'Hip adduction (°)', spacingPx: 60 },
        { label: ['Abductor moment arm (cm)', 'Moment arm (cm)'], spacingPx: ARM_Y_SPACING_PX },
      ),
      ...fr.curves(pin, arms),
      ...fr.curves(cur, arms),
      ...(data.pinned ? markerNodes(data.pinned, true, arms, t) : []),
      ...markerNodes(data.current, false, arms, t),
      thetaLabel(theta, arms, l.labelsW, fr),
      ...(l.withEnds
        ? [
            endLabelsNode(
              curveEnds(cur, arms, (_, i) => short[i] ?? ''),
              arms.box.top + f.legend / 2,
              bottom(arms.box) - f.legend / 2,
              t,
            ),
          ]
        : []),
    ],
  );
}

/** The pinned scenario's legend entry, at the bottom left of the moment-arm panel. */
function pinLegend(label: string, arms: Panel, t: Theme): SvgNode {
  const entries = [{ text: label, line: ghostStyle(t) }];
  return legendNode(
    entries,
    arms.box.left + 12,
    bottom(arms.box) - legendSize(entries, t).h - 10,
    t,
  );
}

/** Builds the moment-arm plot. */
export const buildMomentArms: PlotBuilder<MomentArmSeries> = (data, o) => {
  const fr = frameOf(o);
  const { current, pinned } = data;
  const muscles = current.series.parts.map((p) => p.muscle);
  const short = muscles.map((m) => shortPartName(m.name));
  const l = layout(data, short, fr);
  const styles = stylesOf(current.series);
  const theta = deg(current.series.hipAdductionRad);
  const desc = `Moment arm of each abductor part against hip adduction, and each part's force and activation at the current hip adduction of ${oneDecimal(theta)}° for ${current.label}; the lever arm of their resultant is ${oneDecimal(current.series.abductorMomentArmM * CM_PER_M)} cm.`;
  const scene = fr.root('moment-arms', `Abductor moment arms: ${current.label}`, desc, [
    armsNode(data, l, short, fr),
    forceBarsNode(
      {
        box: l.barBox,
        namesW: l.namesW,
        muscles,
        short,
        pinned: pinned?.series.parts.map((p) => p.muscle),
        thetaDeg: theta,
        partStyle: (i) => styles[i]!,
      },
      fr,
    ),
    ...(pinned ? [pinLegend(pinned.label, l.arms, fr.t)] : []),
  ]);
  return { scene, table: table(data, l.arms.y) };
};
