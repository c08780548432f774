/** A cane from the hand to the floor, with its crook. */
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import { pathOf } from './shapes.ts';

/** How far the crook rises above the hand, m. */
const CROOK_ABOVE_HAND_M = 0.03;

/** A cane held in `hand` (world, m), standing on the floor. */
export function caneNode(hand: Vec2, frame: ScreenFrame, t: Theme): SvgNode {
  const top = { x: hand.x, y: hand.y + CROOK_ABOVE_HAND_M };
  const stroke = { stroke: t.cane, 'stroke-width': 5 * t.lineScale, 'stroke-linecap': 'round' };
  return el('g', { class: 'cane', 'aria-label': 'Cane' }, [
    el('line', {
      x1: frame.x(top.x),
      y1: frame.y(top.y),
      x2: frame.x(hand.x),
      y2: frame.y(0),
      ...stroke,
    }),
    el('path', {
      d: pathOf(frame, [
        top,
        { x: hand.x + 0.02, y: hand.y + 0.06 },
        { x: hand.x + 0.06, y: hand.y + 0.05 },
      ]),
      fill: 'none',
      ...stroke,
    }),
  ]);
}
