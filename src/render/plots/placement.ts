/**
 * Where to put a label near a point so that it crosses as few drawn lines as possible and stays
 * inside the plot: a few candidate spots around the point are scored by how many line samples
 * fall under the text.
 */
import type { Box } from './axes.ts';

/** A text anchor position, px. */
export interface Spot {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** Points along polylines (px), no more than `stepPx` apart, so text boxes see the lines between samples. */
export function densify(
  lines: readonly (readonly (readonly [number, number])[])[],
  stepPx = 4,
): [number, number][] {
  const out: [number, number][] = [];
  for (const l of lines)
    for (let i = 0; i < l.length; i++) {
      const b = l[i]!;
      const a = l[i - 1];
      if (a) {
        const n = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / stepPx);
        for (let k = 1; k < n; k++)
          out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
      }
      out.push([b[0], b[1]]);
    }
  return out;
}

/** Candidate spots around a point (px): above, below and to the sides, at distance `d`, then farther out. */
export function spotsAround(x: number, y: number, d: number): Spot[] {
  return [1, 2, 3].flatMap((k): Spot[] => {
    const r = d * k;
    return [
      { x, y: y - r, anchor: 'middle' },
      { x: x + d * 0.6, y: y - r, anchor: 'start' },
      { x: x - d * 0.6, y: y - r, anchor: 'end' },
      { x, y: y + r, anchor: 'middle' },
      { x: x + d * 0.6, y: y + r, anchor: 'start' },
      { x: x - d * 0.6, y: y + r, anchor: 'end' },
      ...(k === 1
        ? ([
            { x: x + d, y, anchor: 'start' },
            { x: x - d, y, anchor: 'end' },
          ] as const)
        : []),
    ];
  });
}

/**
 * The first of `spots` with the fewest `obstacles` (px) under a text of `w` × `h` px (vertically
 * centred on the spot), among those inside `bounds`; the first spot when none fits.
 */
export function bestSpot(
  spots: readonly Spot[],
  w: number,
  h: number,
  obstacles: readonly (readonly [number, number])[],
  bounds: Box,
): Spot {
  let best = spots[0] ?? { x: bounds.left, y: bounds.top, anchor: 'start' };
  let bestCost = Infinity;
  for (const s of spots) {
    const x0 = s.anchor === 'start' ? s.x : s.anchor === 'end' ? s.x - w : s.x - w / 2;
    const y0 = s.y - h / 2;
    const outside =
      x0 < bounds.left ||
      x0 + w > bounds.left + bounds.width ||
      y0 < bounds.top ||
      y0 + h > bounds.top + bounds.height;
    let cost = outside ? 1e6 : 0;
    for (const [px, py] of obstacles)
      if (px >= x0 - 3 && px <= x0 + w + 3 && py >= y0 - 3 && py <= y0 + h + 3) cost++;
    if (cost < bestCost) {
      best = s;
      bestCost = cost;
    }
  }
  return best;
}

/** The box a text of `w` × `h` px takes at a spot, as points `stepPx` apart (an obstacle for the next label). */
export function spotPoints(s: Spot, w: number, h: number, stepPx = 4): [number, number][] {
  const x0 = s.anchor === 'start' ? s.x : s.anchor === 'end' ? s.x - w : s.x - w / 2;
  const out: [number, number][] = [];
  for (let x = x0; x <= x0 + w; x += stepPx)
    for (let y = s.y - h / 2; y <= s.y + h / 2; y += stepPx) out.push([x, y]);
  return out;
}
