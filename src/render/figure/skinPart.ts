/** One rigid part of the body's outline (./skin.ts, ./arms.ts), and parts drawn as one silhouette. */
import type { Vec2 } from '../../../sim/index.ts';
import type { SvgNode } from '../svg.ts';
import type { Theme } from '../theme.ts';
import { partFrame, placed, type ScreenFrame } from './frame.ts';
import { cached, pathOf } from './shapes.ts';
import { union, type Shape } from './style.ts';

/** One part of the silhouette: its outline and where it goes. */
export type Part = Shape;

/**
 * A rigid part drawn in its own frame at `origin`, turned by `angleRad`; its outline is built by
 * `points` once per `key` (which names everything the outline depends on) and scale.
 */
export function part(
  frame: ScreenFrame,
  key: string,
  points: () => readonly Vec2[],
  origin: Vec2,
  angleRad: number,
): Part {
  return {
    d: cached(`skin:${key}:${frame.pxPerM}`, () => pathOf(partFrame(frame), points(), 'smooth')),
    transform: placed(frame, origin, angleRad),
  };
}

/** Draws parts as one silhouette. */
export function silhouette(parts: readonly Part[], t: Theme, name: string): SvgNode {
  return union(parts, t.skin, t.skinEdge, 1.3 * t.lineScale, {
    class: name,
    'aria-hidden': 'true',
  });
}
