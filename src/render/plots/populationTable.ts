/**
 * The population plot's table (src/render/plots/population.ts): the share with the sign, the drop's
 * median and percentiles, the scenario's own population and Kendall's block.
 */
import { deg } from '../../../sim/index.ts';
import { KENDALL_2013, type PopulationSeries } from './populationSeries.ts';
import { tableBuilder, type TableBuilder } from './table.ts';
import type { PlotData } from './types.ts';
import { pct, type Drawn } from './populationMarks.ts';

/** The table of what both panels draw. */
export function table(data: PlotData<PopulationSeries>, d: Drawn): TableBuilder {
  const tb = tableBuilder([
    { name: 'series', unit: '' },
    { name: 'abductorStrength', unit: '%' },
    { name: 'share', unit: '%' },
    { name: 'pelvicDrop', unit: 'deg' },
  ]);
  tb.curves([d.sign, ...(d.ghosts ? [d.ghosts.sign] : [])], 'abductorStrength', 'share');
  tb.curves([d.median, ...(d.ghosts ? [d.ghosts.median] : [])], 'abductorStrength', 'pelvicDrop');
  const label = data.current.label;
  for (const [x, lo, hi] of d.band) {
    tb.add({
      series: `${label}: pelvic drop, 5th percentile`,
      abductorStrength: x,
      pelvicDrop: lo,
    });
    tb.add({
      series: `${label}: pelvic drop, 95th percentile`,
      abductorStrength: x,
      pelvicDrop: hi,
    });
  }
  const s = data.current.series;
  if (s.current) {
    const c = s.current;
    const q = c.summary.pelvicDropRad;
    tb.add({
      series: `${label}: its own population, positive sign`,
      abductorStrength: c.strengthPct,
      share: pct(c.summary.positiveFraction),
    });
    tb.add({
      series: `${label}: its own population, median pelvic drop`,
      abductorStrength: c.strengthPct,
      pelvicDrop: deg(q.p50),
    });
    tb.add({
      series: `${label}: its own population, pelvic drop 5th percentile`,
      abductorStrength: c.strengthPct,
      pelvicDrop: deg(q.p5),
    });
    tb.add({
      series: `${label}: its own population, pelvic drop 95th percentile`,
      abductorStrength: c.strengthPct,
      pelvicDrop: deg(q.p95),
    });
  }
  const k = KENDALL_2013;
  tb.add({
    series: 'Kendall 2013: positive sign after a block',
    abductorStrength: s.kendallStrengthPct,
    share: pct(k.positive / k.people),
  });
  tb.add({
    series: 'Kendall 2013: 95 % interval, lower',
    abductorStrength: s.kendallStrengthPct,
    share: pct(k.interval95[0]),
  });
  tb.add({
    series: 'Kendall 2013: 95 % interval, upper',
    abductorStrength: s.kendallStrengthPct,
    share: pct(k.interval95[1]),
  });
  return tb;
}
