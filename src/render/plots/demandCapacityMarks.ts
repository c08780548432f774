/**
 * The marks of the demand-capacity plot besides its curves: each solution's point (a dot and a label
 * placed where it crosses fewest lines, saying whether demand meets capacity there), the bony end
 * stop (a bracket from capacity up to demand), the stance hip's adduction along the top, and the
 * bony end of the adduction range (a vertical line under 30° on that axis).
 */
import { scaleLinear } from 'd3-scale';
import {
  deg,
  HIP_ADDUCTION_END_RAD,
  type PostureMoments,
  type StanceResult,
} from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { tickCount, topAxis, type Box } from './axes.ts';
import { X_TICK_SPACING_PX, type Frame, type Panel } from './frame.ts';
import { oneDecimal, whole } from './format.ts';
import { dotNode, segmentNode, textNode, type Point } from './marks.ts';
import { bestSpot, spotPoints, spotsAround } from './placement.ts';
import { fontSizes, textWidthPx } from './style.ts';

/** Demand above capacity by more than this at a solution is held by the bony end stop, N·m. */
const HELD_BY_BONE_NM = 0.5;

/**
 * How a solution holds the pelvis: level (the abductors need less than they can give), an
 * equilibrium (the pelvis drops until demand meets capacity), or the end of the adduction range
 * (demand exceeds capacity and the bony end stop takes the rest).
 */
export type Holding = 'level pelvis' | 'equilibrium' | 'end of range';

/** How solution `r` holds the pelvis. */
export function holding(r: StanceResult): Holding {
  if (r.pelvicDropRad <= 0) return 'level pelvis';
  const short = r.abductorMomentRequiredNm - r.abductorMomentCapacityNm;
  return r.rangeLimitMomentNm > 0 || short > HELD_BY_BONE_NM ? 'end of range' : 'equilibrium';
}

/**
 * The solution in words: "level pelvis", "equilibrium 11.2°" (demand meets capacity) or "end of
 * range 20.2°" (the bony end stop holds the rest), with the trunk lean if any.
 */
export function equilibriumText(r: StanceResult): string {
  const lean = deg(r.trunkLeanRad);
  const leanText = lean > 0.05 ? ` with trunk lean ${oneDecimal(lean)}°` : '';
  const h = holding(r);
  if (h === 'level pelvis') return `${h}${leanText}`;
  return `${h} ${oneDecimal(deg(r.pelvicDropRad))}°${leanText}`;
}

/** The solution's point (drop, demand) of a solution, deg and N·m. */
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

/** The end-stop bracket and its two lines of text: what holds the rest of the demand. */
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
  const nm = `${whole(r.rangeLimitMomentNm)} N·m`;
  // Right of the bracket where the words fit inside the panel, else left of the curves' point.
  const fitsRight = x + 5 + textWidthPx('bony end stop', f.legend) <= p.box.left + p.box.width;
  const tx = fitsRight ? x + 5 : x - 14 * t.lineScale;
  const text = {
    size: f.legend,
    colour: t.ink,
    halo: true,
    anchor: fitsRight ? ('start' as const) : ('end' as const),
  };
  return [
    el('g', { 'aria-label': `The bony end stop of the hip takes ${nm}` }, [
      segmentNode(x, ya, x, yb, style, t),
      segmentNode(x - tick, ya, x, ya, style, t),
      segmentNode(x - tick, yb, x, yb, style, t),
      textNode(tx, (ya + yb) / 2, 'bony end stop', text, t),
      textNode(tx, (ya + yb) / 2 + f.legend * 1.15, nm, text, t),
    ]),
  ];
}

/** Hip adduction at each point along the drop, deg, with the drop there, deg. */
function adductionAlong(along: readonly PostureMoments[]): { addDeg: number; dropDeg: number }[] {
  return along.map((a) => ({ addDeg: deg(a.hipAdductionRad), dropDeg: deg(a.dropRad) }));
}

/**
 * The drop at which the stance hip reaches the bony end of its adduction range, deg (undefined
 * if the range drawn does not reach it).
 */
export function rangeEndDeg(along: readonly PostureMoments[]): number | undefined {
  const end = deg(HIP_ADDUCTION_END_RAD);
  const pts = adductionAlong(along);
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    if (b.addDeg >= end && a.addDeg < end)
      return a.dropDeg + ((end - a.addDeg) / (b.addDeg - a.addDeg)) * (b.dropDeg - a.dropDeg);
  }
  return undefined;
}

/** Name of the adduction-limit line (table and accessible label). */
export const LIMIT_TEXT = `hip adduction ${whole(deg(HIP_ADDUCTION_END_RAD))}°: bony end of range`;

/**
 * The end of the adduction range: a dashed line across the panel at `limitDeg`, labelled at the
 * top unless `labelled` is false (the solution's own label already says "end of range").
 */
export function limitNodes(limitDeg: number, p: Panel, fr: Frame, labelled = true): SvgNode[] {
  const { t, f } = fr;
  const [y0, y1] = p.y.domain() as [number, number];
  const lx = p.x(limitDeg);
  const box: Box = p.box;
  return [
    el('g', { class: 'range-end', 'aria-label': LIMIT_TEXT }, [
      segmentNode(lx, p.y(y0), lx, p.y(y1), { colour: t.ink, widthPx: 1.2, dash: '3 3' }, t),
      ...(labelled
        ? [
            textNode(
              lx - 4,
              box.top + 3,
              'end of range',
              { size: f.legend, colour: t.ink, anchor: 'end', baseline: 'hanging', halo: true },
              t,
            ),
          ]
        : []),
    ]),
  ];
}

/**
 * Hip adduction along the top of the panel: the same drops read as the stance hip's adduction
 * (drop plus the leg's inclination), so the end of the range sits on the axis it belongs to.
 * Nothing when adduction does not rise steadily with the drop.
 */
export function adductionAxis(
  along: readonly PostureMoments[],
  p: Panel,
  fr: Frame,
): SvgNode | undefined {
  const pts = adductionAlong(along);
  if (pts.some((q, i) => i > 0 && q.addDeg <= pts[i - 1]!.addDeg)) return undefined;
  const toDrop = scaleLinear()
    .domain(pts.map((q) => q.addDeg))
    .range(pts.map((q) => q.dropDeg));
  const first = pts[0]!.addDeg;
  const last = pts[pts.length - 1]!.addDeg;
  const ticks = scaleLinear()
    .domain([first, last])
    .ticks(tickCount(p.box.width, X_TICK_SPACING_PX));
  return topAxis(
    ticks.map((v) => ({ px: p.x(toDrop(v)), text: whole(v) })),
    p.box,
    fr.t,
    'Hip adduction of the stance hip (°)',
  );
}
