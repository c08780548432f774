/**
 * The marks of the demand-capacity plot besides its curves: each solution's equilibrium (a dot and
 * a label placed where it crosses fewest lines), the hip's end stop (a bracket from capacity up to
 * demand) and the end of the adduction range (a vertical line).
 */
import {
  deg,
  HIP_ADDUCTION_LIMIT_RAD,
  type PostureMoments,
  type StanceResult,
} from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { Box } from './axes.ts';
import type { Frame, Panel } from './frame.ts';
import { oneDecimal, whole } from './format.ts';
import { dotNode, segmentNode, textNode, type Point } from './marks.ts';
import { bestSpot, spotPoints, spotsAround } from './placement.ts';
import { fontSizes, textWidthPx } from './style.ts';

/** The equilibrium in words: "level pelvis" or "equilibrium 9.3°", with the trunk lean if any. */
export function equilibriumText(r: StanceResult): string {
  const lean = deg(r.trunkLeanRad);
  const leanText = lean > 0.05 ? ` with trunk lean ${oneDecimal(lean)}°` : '';
  if (r.pelvicDropRad <= 0) return `level pelvis${leanText}`;
  return `equilibrium ${oneDecimal(deg(r.pelvicDropRad))}°${leanText}`;
}

/** The equilibrium point (drop, demand) of a solution, deg and N·m. */
export function equilibrium(r: StanceResult): Point {
  return [deg(r.pelvicDropRad), r.abductorMomentRequiredNm];
}

/**
 * Marker and label of a solution's equilibrium, the label put where it crosses fewest lines; the
 * label's box is added to `obstacles` for the labels placed after it.
 */
export function equilibriumNodes(
  label: string,
  r: StanceResult,
  p: Panel,
  t: Theme,
  ghost: boolean,
  obstacles: [number, number][],
): SvgNode[] {
  const at = equilibrium(r);
  const f = fontSizes(t);
  const text = ghost ? `${label}: ${equilibriumText(r)}` : equilibriumText(r);
  const w = textWidthPx(text, f.legend);
  const h = f.legend * 1.2;
  const d = 10 * t.lineScale + f.legend * 0.7;
  const spot = bestSpot(spotsAround(p.x(at[0]), p.y(at[1]), d), w, h, obstacles, p.box);
  obstacles.push(...spotPoints(spot, w, h));
  return [
    dotNode(at, p, ghost ? t.ghost : t.ink, t, `${label}: ${equilibriumText(r)}`, ghost),
    textNode(
      spot.x,
      spot.y,
      text,
      { size: f.legend, colour: t.ink, anchor: spot.anchor, weight: ghost ? 400 : 600, halo: true },
      t,
    ),
  ];
}

/**
 * Where capacity falls short of demand at the equilibrium (the end of the adduction range), a
 * bracket from capacity up to demand: the moment the hip's end stop takes.
 */
export function endStop(r: StanceResult): readonly [Point, Point] | undefined {
  if (r.rangeLimitMomentNm <= 0) return undefined;
  const x = deg(r.pelvicDropRad);
  return [
    [x, r.abductorMomentCapacityNm],
    [x, r.abductorMomentRequiredNm],
  ];
}

/** The end-stop bracket and its two lines of text. */
export function endStopNodes(
  seg: readonly [Point, Point],
  r: StanceResult,
  p: Panel,
  t: Theme,
): SvgNode[] {
  const f = fontSizes(t);
  const x = p.x(seg[0][0]) + 7 * t.lineScale;
  const ya = p.y(seg[0][1]);
  const yb = p.y(seg[1][1]);
  const tick = 4 * t.lineScale;
  const style = { colour: t.ink, widthPx: 1.4 };
  const text = { size: f.legend, colour: t.ink, halo: true };
  return [
    el('g', { 'aria-label': `The hip's end stop takes ${whole(r.rangeLimitMomentNm)} N·m` }, [
      segmentNode(x, ya, x, yb, style, t),
      segmentNode(x - tick, ya, x, ya, style, t),
      segmentNode(x - tick, yb, x, yb, style, t),
      textNode(x + 5, (ya + yb) / 2, 'end stop', text, t),
      textNode(
        x + 5,
        (ya + yb) / 2 + f.legend * 1.15,
        `${whole(r.rangeLimitMomentNm)} N·m`,
        text,
        t,
      ),
    ]),
  ];
}

/** The drop at which the stance hip reaches the end of its adduction range, deg (undefined if not reached). */
export function rangeEndDeg(along: readonly PostureMoments[]): number | undefined {
  for (let i = 1; i < along.length; i++) {
    const a = along[i - 1]!;
    const b = along[i]!;
    if (
      b.hipAdductionRad >= HIP_ADDUCTION_LIMIT_RAD &&
      a.hipAdductionRad < HIP_ADDUCTION_LIMIT_RAD
    ) {
      const k =
        (HIP_ADDUCTION_LIMIT_RAD - a.hipAdductionRad) / (b.hipAdductionRad - a.hipAdductionRad);
      return deg(a.dropRad + k * (b.dropRad - a.dropRad));
    }
  }
  return undefined;
}

/** Name of the adduction-limit line. */
export const LIMIT_TEXT = `hip adduction limit ${whole(deg(HIP_ADDUCTION_LIMIT_RAD))}°`;

/** The end of the adduction range: a dashed line across the panel at `limitDeg`, labelled at the top. */
export function limitNodes(limitDeg: number, p: Panel, fr: Frame): SvgNode[] {
  const { t, f } = fr;
  const [y0, y1] = p.y.domain() as [number, number];
  const lx = p.x(limitDeg);
  const box: Box = p.box;
  return [
    segmentNode(lx, p.y(y0), lx, p.y(y1), { colour: t.mutedInk, widthPx: 1.2, dash: '3 3' }, t),
    textNode(
      lx - 5,
      box.top + 2,
      LIMIT_TEXT,
      { size: f.legend, colour: t.mutedInk, anchor: 'end', baseline: 'hanging', halo: true },
      t,
    ),
  ];
}
