/**
 * The moment-arm plot's curves (src/render/plots/momentArms.ts): each part's short name, line
 * style and moment arm against adduction, and the marks at a solution's hip adduction.
 */
import { deg, type MomentArmSeries } from '../../../sim/index.ts';
import type { SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { Curve, Panel } from './frame.ts';
import { oneDecimal } from './format.ts';
import { dotNode, segmentNode, type Point } from './marks.ts';
import { ghostStyle, MAIN_WIDTH_PX, partStyles, type LineStyle } from './style.ts';
import type { Labelled, PlotData } from './types.ts';

/** Centimetres per metre. */
export const CM_PER_M = 100;

/** A short name for labels: "G. medius ant.", "TFL". */
export function shortPartName(name: string): string {
  return name
    .replace(/^Gluteus /, 'G. ')
    .replace(/^Tensor fasciae latae$/, 'TFL')
    .replace(' (anterior)', ' ant.')
    .replace(' (middle)', ' mid.')
    .replace(' (posterior)', ' post.')
    .replace(' (upper)', ' upper')
    .replace(' (lower)', ' lower');
}

/** Each part's line style: colour by muscle, dash by part. */
export function stylesOf(s: MomentArmSeries): LineStyle[] {
  return partStyles(
    s.parts.map((p) => p.muscle),
    MAIN_WIDTH_PX - 0.4,
  );
}

/** Each part's moment arm (cm) against adduction (deg). */
export function armPoints(s: MomentArmSeries): Point[][] {
  return s.parts.map((p) =>
    p.curve.map((q): Point => [q.hipAdductionDeg, q.momentArmM * CM_PER_M]),
  );
}

/** The line at a solution's hip adduction and a dot on each part's curve there. */
export function markerNodes(
  { label, series }: Labelled<MomentArmSeries>,
  ghost: boolean,
  p: Panel,
  t: Theme,
): SvgNode[] {
  const th = deg(series.hipAdductionRad);
  const [y0, y1] = p.y.domain() as [number, number];
  const colours = stylesOf(series).map((s) => s.colour);
  const style = ghost
    ? { ...ghostStyle(t), widthPx: 1.6 }
    : { colour: t.ink, widthPx: 1.4, dash: '4 3' };
  return [
    segmentNode(p.x(th), p.y(y0), p.x(th), p.y(y1), style, t),
    ...series.parts.map(({ muscle: m }, i) => {
      const at: Point = [th, m.momentArmM * CM_PER_M];
      return ghost
        ? dotNode(at, p, t.ghost, t, `${label}: ${m.name} at ${oneDecimal(th)}°`, true)
        : dotNode(at, p, colours[i] ?? t.ink, t, `${m.name} at ${oneDecimal(th)}°`);
    }),
  ];
}

/** The curves of the current (in each part's style) and pinned (thin ghost lines) series. */
export function curvesOf(
  data: PlotData<MomentArmSeries>,
  t: Theme,
): { cur: Curve[]; pin: Curve[] } {
  const { current, pinned } = data;
  const names = current.series.parts.map((p) => p.muscle.name);
  const styles = stylesOf(current.series);
  return {
    cur: armPoints(current.series).map((points, i) => ({
      name: names[i] ?? '',
      points,
      style: styles[i]!,
    })),
    pin: pinned
      ? armPoints(pinned.series).map((points, i) => ({
          name: `${pinned.label}: ${names[i] ?? ''}`,
          points,
          style: { ...ghostStyle(t), widthPx: MAIN_WIDTH_PX + 1.4 },
        }))
      : [],
  };
}
