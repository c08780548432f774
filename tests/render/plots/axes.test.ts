import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { bottomAxis, leftAxis } from '../../../src/render/plots/axes.ts';
import type { SvgNode } from '../../../src/render/svg.ts';
import { PROJECTOR_DARK_THEME, SCREEN_THEME } from '../../../src/render/theme.ts';

/** The tick labels' positions along an axis (x or y attribute of each text). */
function labelPositions(node: SvgNode, along: 'x' | 'y'): number[] {
  const out: number[] = [];
  const walk = (n: SvgNode) => {
    if (n.tag === 'text' && n.attrs?.[along] !== undefined) out.push(Number(n.attrs[along]));
    n.children?.forEach(walk);
  };
  walk(node);
  return out.sort((a, b) => a - b);
}

const gaps = (xs: number[]) => xs.slice(1).map((v, i) => v - xs[i]!);

describe('plot axes', () => {
  const big = { ...PROJECTOR_DARK_THEME, fontPx: 40 };

  it('keep tick labels of a large font on a short y axis at least 1.3 lines apart', () => {
    const box = { left: 60, top: 0, width: 300, height: 120 };
    const y = scaleLinear().domain([-10, 12]).range([120, 0]);
    const ys = labelPositions(leftAxis(y, box, big, { ticks: 12 }), 'y');
    expect(ys.length).toBeGreaterThanOrEqual(2);
    for (const g of gaps(ys)) expect(g).toBeGreaterThanOrEqual(1.3 * 0.85 * 40 - 1e-9);
  });

  it('keep the ticks asked for when there is room', () => {
    const box = { left: 60, top: 0, width: 300, height: 600 };
    const y = scaleLinear().domain([0, 10]).range([600, 0]);
    expect(labelPositions(leftAxis(y, box, SCREEN_THEME, { ticks: 10 }), 'y')).toHaveLength(11);
  });

  it('keep x tick labels from touching side by side', () => {
    const box = { left: 0, top: 0, width: 200, height: 100 };
    const x = scaleLinear().domain([0, 100]).range([0, 200]);
    const xs = labelPositions(bottomAxis(x, box, big, { ticks: 10 }), 'x');
    // "100" at 40 px, 0.85 of it for ticks, ≈ 0.58 em a character, and a space.
    for (const g of gaps(xs)) expect(g).toBeGreaterThan(3 * 0.58 * 34);
  });
});
