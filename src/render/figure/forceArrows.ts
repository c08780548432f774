/**
 * The forces on the free body (pelvis with the upper body) as arrows, each as long as the force
 * (one scale for all, shown in the key), in its own colour and named by its symbol and value (not
 * told by colour alone). A push ends at the body, a pull starts on it. Arrows wear a halo so they
 * read over bone and muscle.
 */
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import type { Box, LabelRequest } from './labels.ts';
import type { BodyForce, BodyForceId } from './pose/index.ts';

/** Arrow length per body weight of force, m (the key shows it). */
export const ARROW_M_PER_BW = 0.06;
/** Smallest force drawn, as a share of body weight. */
export const MIN_DRAWN_BW = 0.02;

/** The colour of each force. */
export function forceColour(id: BodyForceId, t: Theme): string {
  switch (id) {
    case 'weight':
      return t.weight;
    case 'muscles':
      return t.abductor;
    case 'contact':
      return t.contact;
    case 'cane':
      return t.cane;
    case 'load':
      return t.load;
    default:
      return t.tissue;
  }
}

/** The forces worth drawing: at least {@link MIN_DRAWN_BW} of body weight. */
export function drawnForces(forces: readonly BodyForce[], bodyWeightN: number): BodyForce[] {
  return forces.filter((f) => f.forceN >= MIN_DRAWN_BW * bodyWeightN);
}

/** Tail and head of a force's arrow (world). */
export function arrowEnds(f: BodyForce, bodyWeightN: number): { from: Vec2; to: Vec2 } {
  const len = (f.forceN / bodyWeightN) * ARROW_M_PER_BW;
  const u = { x: f.force.x / f.forceN, y: f.force.y / f.forceN };
  return f.kind === 'push'
    ? { from: { x: f.at.x - u.x * len, y: f.at.y - u.y * len }, to: f.at }
    : { from: f.at, to: { x: f.at.x + u.x * len, y: f.at.y + u.y * len } };
}

/** An arrow in pixels: shaft, head and a halo; also the box of its head. */
export function arrowPx(
  t: Theme,
  from: [number, number],
  to: [number, number],
  colour: string,
  name: string,
  widthPx = 3.2 * t.lineScale,
): { node: SvgNode; head: Box } {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const head = Math.min(4 * widthPx, 0.5 * len);
  const w = head * 0.5;
  const bx = x2 - ux * head;
  const by = y2 - uy * head;
  const tip = `M${x2},${y2}L${bx - uy * w},${by + ux * w}L${bx + uy * w},${by - ux * w}Z`;
  const shaft = {
    x1,
    y1,
    x2: bx + ux * 0.5,
    y2: by + uy * 0.5,
    'stroke-linecap': 'round',
  } as const;
  return {
    node: el('g', { class: 'arrow', 'aria-label': name }, [
      el('line', { ...shaft, stroke: t.background, 'stroke-width': widthPx + 3 * t.lineScale }),
      el('path', {
        d: tip,
        fill: t.background,
        stroke: t.background,
        'stroke-width': 3 * t.lineScale,
        'stroke-linejoin': 'round',
      }),
      el('line', { ...shaft, stroke: colour, 'stroke-width': widthPx }),
      el('path', { d: tip, fill: colour, class: 'arrowhead' }),
    ]),
    head: {
      x0: Math.min(x2, bx - uy * w, bx + uy * w),
      y0: Math.min(y2, by + ux * w, by - ux * w),
      x1: Math.max(x2, bx - uy * w, bx + uy * w),
      y1: Math.max(y2, by + ux * w, by - ux * w),
    },
  };
}

/** What drawing the forces gives: the marks, their labels, the boxes labels keep out of, the lines they avoid. */
export interface ForceMarks {
  readonly nodes: SvgNode[];
  readonly labels: LabelRequest[];
  readonly heads: Box[];
  readonly lines: [number, number][][];
}

/** Each force's arrow and its label, `text` of the force (its symbol, and its value when there is room). */
export function forceArrows(
  forces: readonly BodyForce[],
  frame: ScreenFrame,
  t: Theme,
  bodyWeightN: number,
  text: (f: BodyForce) => string,
): ForceMarks {
  const out: ForceMarks = { nodes: [], labels: [], heads: [], lines: [] };
  for (const f of forces) {
    const { from, to } = arrowEnds(f, bodyWeightN);
    const a = frame.at(from);
    const b = frame.at(to);
    const colour = forceColour(f.id, t);
    const arrow = arrowPx(t, a, b, colour, `${f.symbol}: ${f.name}`);
    out.nodes.push(arrow.node);
    out.heads.push(arrow.head);
    out.lines.push([a, b]);
    // The label sits beside the arrow's tail half, away from its head.
    const mid: [number, number] = [a[0] + (b[0] - a[0]) * 0.35, a[1] + (b[1] - a[1]) * 0.35];
    out.labels.push({
      text: text(f),
      at: mid,
      colour,
      fontPx: t.fontPx,
      prefer: Math.atan2(-(b[0] - a[0]), b[1] - a[1]),
      leader: true,
    });
  }
  return out;
}
