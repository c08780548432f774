import { describe, expect, it } from 'vitest';
import { deg } from '../../../sim/index.ts';
import { buildPopulation } from '../../../src/render/plots/index.ts';
import { populationSeriesOf } from '../../../src/render/plots/populationSeries.ts';
import { populationSeries } from '../../../src/render/plots/populationSolve.ts';
import { serialize } from '../../../src/render/svg.ts';
import { preset } from '../fixtures.ts';

const SIZE = { widthPx: 900, heightPx: 560 };
const input = preset('sgn-palsy-partial');
const series = populationSeries(input);
const plot = buildPopulation({ current: { label: 'Partial', series } }, SIZE);
const rows = (name: string) => plot.table.rows.filter((r) => r[0] === name);

describe('the population plot', () => {
  it('tabulates the share with the sign and the drop percentiles at every strength', () => {
    const share = rows('Partial: positive sign');
    expect(share.map((r) => r[1])).toEqual(series.strengthsPct);
    share.forEach((r, i) => expect(r[2]).toBeCloseTo(series.points[i]!.positiveFraction * 100, 12));
    const p95 = rows('Partial: pelvic drop, 95th percentile');
    p95.forEach((r, i) => expect(r[3]).toBeCloseTo(deg(series.points[i]!.pelvicDropRad.p95), 12));
    expect(rows('Partial: its own population, positive sign')[0]![2]).toBeCloseTo(
      series.current!.summary.positiveFraction * 100,
      12,
    );
    expect(rows('Kendall 2013: positive sign after a block')[0]![2]).toBeCloseTo(100 / 9, 12);
  });

  it('compares with the published accuracy of the test in words', () => {
    const svg = serialize(plot.scene);
    expect(svg).toContain('sensitivity 72.7 %, specificity 76.9 %');
    expect(svg).toContain('Kendall 2013: 1 of 9');
    expect(svg).toMatch(
      /<desc[^>]*>Share of 500 people[^<]*: \d+ % at 100 %, \d+ % at 50 %, \d+ % at 0 %/,
    );
  });

  it('draws what is solved so far and says how far it has got', () => {
    const part = populationSeriesOf(input, series.points.slice(0, 8), series.current);
    const p = buildPopulation({ current: { label: 'Partial', series: part } }, SIZE);
    expect(serialize(p.scene)).toContain('Solving 500 people at each strength: 8 of 21 done');
    expect(p.table.rows.filter((r) => r[0] === 'Partial: positive sign')).toHaveLength(8);
    expect(serialize(plot.scene)).not.toContain('Solving');
  });
});
