/** What the hands hold: a cane from the hand to the floor, with its crook; a bag for a carried load. */
import type { Vec2 } from '../../../sim/index.ts';
import { el, type SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import type { ScreenFrame } from './frame.ts';
import { HAND_LENGTH } from './proportions.ts';
import { pathOf } from './shapes.ts';

/** How far the crook rises above the hand, m. */
const CROOK_ABOVE_HAND_M = 0.03;

/** Where the fist closes round the handle, below the wrist, as a share of the hand's length. */
const GRIP_SHARE_OF_HAND = 0.45;

/**
 * A cane held in the hand whose wrist is at `wrist` (world, m), standing on the floor: the handle
 * in the fist (the arm's drawn hand hangs below the wrist), the crook above it.
 */
export function caneNode(wrist: Vec2, heightM: number, frame: ScreenFrame, t: Theme): SvgNode {
  const hand = { x: wrist.x, y: wrist.y - GRIP_SHARE_OF_HAND * HAND_LENGTH * heightM };
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

/** The bag's size as fractions of height (drawing: a shopping bag) and its handle's drop. */
const BAG = { width: 0.075, height: 0.1, handle: 0.025 } as const;

/** A bag hanging from `hand` (world, m): what a carried load is drawn as. */
export function bagNode(hand: Vec2, heightM: number, frame: ScreenFrame, t: Theme): SvgNode {
  const w = (BAG.width / 2) * heightM;
  const top = hand.y - BAG.handle * heightM;
  const bottom = top - BAG.height * heightM;
  const edge = { stroke: t.load, 'stroke-width': 2 * t.lineScale, 'stroke-linejoin': 'round' };
  return el('g', { class: 'bag', 'aria-label': 'Carried load', 'pointer-events': 'none' }, [
    el('path', {
      d: pathOf(frame, [
        { x: hand.x - w * 0.5, y: top },
        { x: hand.x, y: hand.y },
        { x: hand.x + w * 0.5, y: top },
      ]),
      fill: 'none',
      ...edge,
    }),
    el('path', {
      d: pathOf(
        frame,
        [
          { x: hand.x - w, y: top },
          { x: hand.x + w, y: top },
          { x: hand.x + w * 1.1, y: bottom },
          { x: hand.x - w * 1.1, y: bottom },
        ],
        'closed',
      ),
      fill: t.background,
      ...edge,
    }),
  ]);
}
