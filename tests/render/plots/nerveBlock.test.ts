import { describe, expect, it } from 'vitest';
import { deg, DEFAULT_STANCE } from '../../../sim/index.ts';
import { buildNerveBlock } from '../../../src/render/plots/index.ts';
import { nerveBlockSeries } from '../../../src/render/plots/nerveBlockSeries.ts';
import { serialize } from '../../../src/render/svg.ts';
import { preset } from '../fixtures.ts';

const SIZE = { widthPx: 900, heightPx: 560 };
const palsy = nerveBlockSeries(preset('sgn-palsy-complete', { compensation: 'trunk-lean' }));
const plot = buildNerveBlock({ current: { label: 'Lean', series: palsy } }, SIZE);
const rows = (series: string) => plot.table.rows.filter((r) => r[0] === series);

describe('the nerve-block plot', () => {
  it('tabulates every sample of drop, lean and contact force it draws', () => {
    const drop = rows('Lean: pelvic drop');
    expect(drop).toHaveLength(palsy.samples.length);
    palsy.samples.forEach((s, i) => {
      expect(drop[i]![1]).toBe(s.timeS);
      expect(drop[i]![2]).toBeCloseTo(deg(s.pelvicDropRad), 12);
    });
    const lean = rows('Lean: trunk lean');
    expect(lean.at(-1)![2]).toBeCloseTo(deg(palsy.samples.at(-1)!.trunkLeanRad), 12);
    const force = rows('Lean: hip contact force');
    expect(force[0]![3]).toBeCloseTo(palsy.samples[0]!.hipContactForceN / palsy.bodyWeightN, 12);
    expect(rows('Lean: trunk lean, static solution')[0]![2]).toBeCloseTo(
      deg(palsy.settled.trunkLeanRad),
      12,
    );
    expect(rows('Lean: 90 % of the drop')[0]![1]).toBe(palsy.dropTimeS);
  });

  it('draws the time cursor as an overlay with a dot on each current curve', () => {
    const o = plot.timeCursor!(0.42);
    expect(o.rows.map((r) => r[0])).toEqual([
      'cursor: Lean: trunk lean',
      'cursor: Lean: pelvic drop',
      'cursor: Lean: hip contact force',
    ]);
    for (const r of o.rows) expect(r[1]).toBeCloseTo(0.42, 12);
    expect(serialize(o.node)).toContain('aria-label="Cursor at 0.42 s"');
    // Past the end, the cursor stays at the end.
    expect(plot.timeCursor!(5).rows[0]![1]).toBe(palsy.durationS);
  });

  it('says when there is nothing to block, and keeps the pelvis level then', () => {
    const healthy = nerveBlockSeries(DEFAULT_STANCE);
    expect(healthy.dropTimeS).toBeUndefined();
    const svg = serialize(
      buildNerveBlock({ current: { label: 'Normal', series: healthy } }, SIZE).scene,
    );
    expect(svg).toContain('Nothing to block');
    expect(svg).toMatch(/<desc[^>]*>[^<]*the pelvis stays level\.<\/desc>/);
    expect(serialize(plot.scene)).not.toContain('Nothing to block');
  });
});
