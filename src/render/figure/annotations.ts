/**
 * The marks that annotate the figure, in screen pixels through its frame: a text label with a halo,
 * an arrow, a dimension line with end ticks, and a dashed line of action.
 */
import type { Vec2 } from '../../../sim/index.ts';
import { el, textEl, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';

/** Horizontal alignment of a label on its point. */
export type Anchor = 'start' | 'middle' | 'end';

/** A bold label at a screen point, haloed in the background colour so it reads over lines. */
export function label(
  t: Theme,
  at: [number, number],
  text: string,
  colour: string,
  anchor: Anchor = 'start',
): SvgNode {
  return textEl(
    'text',
    {
      x: at[0],
      y: at[1],
      'text-anchor': anchor,
      'dominant-baseline': 'middle',
      'font-size': t.fontPx,
      'font-weight': 600,
      fill: colour,
      stroke: t.background,
      'stroke-width': 4,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    text,
  );
}

/** An arrow from `from` to `to` (world), its head at `to`. */
export function arrow(
  frame: ScreenFrame,
  t: Theme,
  from: Vec2,
  to: Vec2,
  colour: string,
  name: string,
): SvgNode {
  const [x1, y1] = frame.at(from);
  const [x2, y2] = frame.at(to);
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const head = 11 * t.lineScale;
  const w = 5.5 * t.lineScale;
  const bx = x2 - ux * head;
  const by = y2 - uy * head;
  return el('g', { class: 'arrow', 'aria-label': name }, [
    el('line', {
      x1,
      y1,
      x2: bx,
      y2: by,
      stroke: colour,
      'stroke-width': 3.2 * t.lineScale,
      'stroke-linecap': 'round',
    }),
    el('path', {
      d: `M${x2},${y2}L${bx - uy * w},${by + ux * w}L${bx + uy * w},${by - ux * w}Z`,
      fill: colour,
    }),
  ]);
}

/** A dimension line from `a` to `b` (world) with end ticks and a label on `labelSide` of it. */
export function dimension(
  frame: ScreenFrame,
  t: Theme,
  a: Vec2,
  b: Vec2,
  text: string,
  colour: string,
  labelSide: 1 | -1 = 1,
): SvgNode {
  const [x1, y1] = frame.at(a);
  const [x2, y2] = frame.at(b);
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const nx = (-(y2 - y1) / len) * 6;
  const ny = ((x2 - x1) / len) * 6;
  const stroke = { stroke: colour, 'stroke-width': 1.6 * t.lineScale };
  const tick = (x: number, y: number) =>
    el('line', { x1: x - nx, y1: y - ny, x2: x + nx, y2: y + ny, ...stroke });
  return el('g', { class: 'dimension', 'aria-label': text }, [
    el('line', { x1, y1, x2, y2, ...stroke }),
    tick(x1, y1),
    tick(x2, y2),
    label(
      t,
      [(x1 + x2) / 2 + labelSide * nx * 3, (y1 + y2) / 2 + labelSide * ny * 3],
      text,
      colour,
      'middle',
    ),
  ]);
}

/** Dashed line of action through a point along a direction, `halfM` either way. */
export function lineOfAction(
  frame: ScreenFrame,
  t: Theme,
  p: Vec2,
  dir: Vec2,
  halfM: number,
  colour: string,
): SvgNode {
  const a = frame.at({ x: p.x - dir.x * halfM, y: p.y - dir.y * halfM });
  const b = frame.at({ x: p.x + dir.x * halfM, y: p.y + dir.y * halfM });
  return el('line', {
    x1: a[0],
    y1: a[1],
    x2: b[0],
    y2: b[1],
    stroke: colour,
    'stroke-width': 1.2 * t.lineScale,
    'stroke-dasharray': '7 5',
    opacity: 0.85,
  });
}
