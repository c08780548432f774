/** Small geometric helpers for drawing in world coordinates (m) through a screen frame. */
import { line, curveCatmullRomClosed, curveLinearClosed } from 'd3-shape';
import type { Vec2 } from '../../../sim/index.ts';
import type { ScreenFrame } from './frame.ts';

/** A point placed by origin, rotation and a local offset (all world, m / rad). */
export function place(origin: Vec2, angleRad: number, local: Vec2): Vec2 {
  const c = Math.cos(angleRad);
  const s = Math.sin(angleRad);
  return { x: origin.x + c * local.x - s * local.y, y: origin.y + s * local.x + c * local.y };
}

/** Path through world points: open polyline, closed polygon or closed smooth outline. */
export function pathOf(
  frame: ScreenFrame,
  points: readonly Vec2[],
  kind: 'open' | 'closed' | 'smooth' = 'open',
): string {
  const gen = line<Vec2>()
    .x((p) => frame.x(p.x))
    .y((p) => frame.y(p.y));
  if (kind === 'closed') gen.curve(curveLinearClosed);
  if (kind === 'smooth') gen.curve(curveCatmullRomClosed.alpha(0.5));
  return gen(points as Vec2[]) ?? '';
}

/** Outline of a band of `halfWidthM` around the segment a→b (rounded by the caller's stroke). */
export function band(a: Vec2, b: Vec2, halfA: number, halfB = halfA): Vec2[] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const nx = -dy / len;
  const ny = dx / len;
  return [
    { x: a.x + nx * halfA, y: a.y + ny * halfA },
    { x: b.x + nx * halfB, y: b.y + ny * halfB },
    { x: b.x - nx * halfB, y: b.y - ny * halfB },
    { x: a.x - nx * halfA, y: a.y - ny * halfA },
  ];
}

/** Linear interpolation between two points. */
export function lerp(a: Vec2, b: Vec2, t: number): Vec2 {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
