/** Small geometric helpers for drawing in world coordinates (m) through a screen frame. */
import { line, curveCatmullRom, curveCatmullRomClosed, curveLinearClosed } from 'd3-shape';
import type { Vec2 } from '../../../sim/index.ts';

/** A point placed by origin, rotation and a local offset (all world, m / rad). */
export function place(origin: Vec2, angleRad: number, local: Vec2): Vec2 {
  const c = Math.cos(angleRad);
  const s = Math.sin(angleRad);
  return { x: origin.x + c * local.x - s * local.y, y: origin.y + s * local.x + c * local.y };
}

/** Maps coordinates to pixels: a figure's frame, or a part's own (see `partFrame` in ./frame.ts). */
export interface PointMap {
  readonly x: (v: number) => number;
  readonly y: (v: number) => number;
}

/** Decimals kept in path data, px (a hundredth of a pixel). */
const PATH_DIGITS = 2;
let current: PointMap = { x: (v) => v, y: (v) => v };
const generator = (curve?: Parameters<ReturnType<typeof line<Vec2>>['curve']>[0]) => {
  const g = line<Vec2>()
    .x((p) => current.x(p.x))
    .y((p) => current.y(p.y))
    .digits(PATH_DIGITS);
  return curve ? g.curve(curve) : g;
};
/** The path generators, built once. */
const GENERATORS = {
  open: generator(),
  curve: generator(curveCatmullRom.alpha(0.5)),
  closed: generator(curveLinearClosed),
  smooth: generator(curveCatmullRomClosed.alpha(0.5)),
} as const;

/** Path through points: open polyline or curve, closed polygon or closed smooth outline. */
export function pathOf(
  map: PointMap,
  points: readonly Vec2[],
  kind: keyof typeof GENERATORS = 'open',
): string {
  current = map;
  return GENERATORS[kind](points as Vec2[]) ?? '';
}

/** Steps that changing lengths are drawn to, m: a walking figure reuses its parts' outlines. */
const LENGTH_STEP_M = 0.002;

/** A length rounded to {@link LENGTH_STEP_M} (1 mm at most off: not seen). */
export function stepped(lengthM: number): number {
  return Math.round(lengthM / LENGTH_STEP_M) * LENGTH_STEP_M;
}

/** A length as a cache key: to a micrometre, so that rounding noise makes no new key. */
export function keyOf(lengthM: number): string {
  return lengthM.toFixed(6);
}

/** Paths of rigid parts by what they depend on: built once, reused every frame. */
const cache = new Map<string, unknown>();
/** Entries kept before the cache starts again (a resize or a new body makes new keys). */
const CACHE_SIZE = 3000;

/**
 * The path (or paths) named `key`, built by `build` the first time it is asked for. The key must
 * name everything the result depends on, scale included.
 */
export function cached<T>(key: string, build: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  if (cache.size >= CACHE_SIZE) cache.clear();
  const d = build();
  cache.set(key, d);
  return d;
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

/**
 * A rounded limb from `a` to `b` (world): half-widths `halfA` and `halfB`, with round ends (a
 * smooth outline through the band's corners and its end caps).
 */
export function capsule(a: Vec2, b: Vec2, halfA: number, halfB = halfA): Vec2[] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const n = { x: -uy, y: ux };
  const at = (p: Vec2, along: number, across: number) => ({
    x: p.x + ux * along + n.x * across,
    y: p.y + uy * along + n.y * across,
  });
  return [
    at(a, -halfA, 0),
    at(a, -halfA * 0.7, halfA * 0.7),
    at(a, 0, halfA),
    at(b, 0, halfB),
    at(b, halfB * 0.7, halfB * 0.7),
    at(b, halfB, 0),
    at(b, halfB * 0.7, -halfB * 0.7),
    at(b, 0, -halfB),
    at(a, 0, -halfA),
    at(a, -halfA * 0.7, -halfA * 0.7),
  ];
}

/** Points of an ellipse of radii `rx`, `ry` about `c` (local, m), `n` of them. */
export function ellipse(c: Vec2, rx: number, ry: number, n = 12): Vec2[] {
  return Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    return { x: c.x + rx * Math.cos(a), y: c.y + ry * Math.sin(a) };
  });
}

/** Linear interpolation between two points. */
export function lerp(a: Vec2, b: Vec2, t: number): Vec2 {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** The points scaled by `k` and mirrored to the left when `sign` is −1. */
export function scaled(points: readonly Vec2[], k: number, sign: 1 | -1 = 1): Vec2[] {
  return points.map((p) => ({ x: sign * p.x * k, y: p.y * k }));
}
