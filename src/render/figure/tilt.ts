/**
 * The pelvic tilt in the whole-body view, drawn to be read from the back of a lecture hall: a
 * level line from the stance side's iliac crest across the body, the pelvic line (drawn by
 * ./pelvis.ts through both crests, extended) and the angle between them as a large arc with its
 * value.
 */
import { path } from 'd3-path';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import type { LabelRequest } from './labels.ts';
import type { FigurePose } from './pose/index.ts';

/** How far the pelvic and level lines run past the crests, m. */
export const TILT_LINE_EXTEND_M = 0.14;
/** Smallest tilt given an arc, rad. */
const MIN_TILT_RAD = 0.004;

/** The level line and the angle arc at the stance side's crest (the side that carries more). */
export function tiltMarks(
  pose: FigurePose,
  frame: ScreenFrame,
  t: Theme,
): { nodes: SvgNode[]; labels: LabelRequest[] } {
  const p = pose.pelvis;
  const rightStance = pose.right.stance >= pose.left.stance;
  const from = rightStance ? p.rightCrest : p.leftCrest;
  const to = rightStance ? p.leftCrest : p.rightCrest;
  const span = Math.hypot(to.x - from.x, to.y - from.y) + TILT_LINE_EXTEND_M;
  const toward = rightStance ? -1 : 1;
  const c = frame.at(from);
  const level = frame.at({ x: from.x + toward * span, y: from.y });
  // Drop of the swing side, rad (positive: the swing side is lower).
  const drop = rightStance ? p.angleRad : -p.angleRad;
  const nodes: SvgNode[] = [
    el('line', {
      x1: c[0],
      y1: c[1],
      x2: level[0],
      y2: level[1],
      stroke: t.mutedInk,
      'stroke-width': 1.6 * t.lineScale,
      'stroke-dasharray': '6 4',
      class: 'level-line',
      'aria-label': 'Level line',
    }),
  ];
  const labels: LabelRequest[] = [];
  if (Math.abs(drop) > MIN_TILT_RAD) {
    const r = 0.8 * span * frame.pxPerM;
    // Screen angles: 0 toward +x, clockwise. The level line points toward `toward`.
    const a0 = toward > 0 ? 0 : Math.PI;
    const a1 = a0 + toward * drop;
    const arc = path();
    arc.moveTo(c[0] + r * Math.cos(a0), c[1] + r * Math.sin(a0));
    arc.arc(c[0], c[1], r, a0, a1, a1 < a0);
    nodes.push(
      el('path', {
        d: arc.toString(),
        fill: 'none',
        stroke: t.ink,
        'stroke-width': 2.4 * t.lineScale,
        class: 'tilt-arc',
        'aria-label': `Pelvic tilt ${((drop * 180) / Math.PI).toFixed(1)} degrees`,
      }),
    );
    const end = a1 + toward * 0.02;
    labels.push({
      text: `${((drop * 180) / Math.PI).toFixed(1)}°`,
      at: [c[0] + r * Math.cos(end), c[1] + r * Math.sin(end)],
      colour: t.ink,
      fontPx: t.fontPx * 1.15,
      prefer: toward > 0 ? 0 : Math.PI,
      leader: true,
    });
  }
  return { nodes, labels };
}
