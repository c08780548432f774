/**
 * The moment-arm plot's table (src/render/plots/momentArms.ts): each part's moment arm against
 * adduction, the current adduction, and each part's moment arm, force and activation there.
 */
import { deg, type MomentArmSeries } from '../../../sim/index.ts';
import type { Panel } from './frame.ts';
import { armPoints, CM_PER_M } from './momentArmsCurves.ts';
import { tableBuilder } from './table.ts';
import type { Labelled, PlotData, PlotTable } from './types.ts';

function record(
  tb: ReturnType<typeof tableBuilder>,
  { label, series }: Labelled<MomentArmSeries>,
  y: Panel['y'],
): void {
  armPoints(series).forEach((c, i) => {
    for (const [a, r] of c)
      tb.add({
        series: `${label}: moment arm`,
        part: series.parts[i]?.muscle.name ?? '',
        hipAdduction: a,
        momentArm: r,
      });
  });
  const theta = deg(series.hipAdductionRad);
  for (const v of y.domain())
    tb.add({ series: `${label}: current hip adduction`, hipAdduction: theta, momentArm: v });
  for (const { muscle: m } of series.parts)
    tb.add({
      series: `${label}: at current hip adduction`,
      part: m.name,
      hipAdduction: theta,
      momentArm: m.momentArmM * CM_PER_M,
      force: m.forceN,
      activation: m.activation * 100,
    });
}
/** The table of the current and pinned series; `y` gives the marker line's ends. */
export function table(data: PlotData<MomentArmSeries>, y: Panel['y']): PlotTable {
  const tb = tableBuilder([
    { name: 'series', unit: '' },
    { name: 'part', unit: '' },
    { name: 'hipAdduction', unit: 'deg' },
    { name: 'momentArm', unit: 'cm' },
    { name: 'force', unit: 'N' },
    { name: 'activation', unit: '%' },
  ]);
  record(tb, data.current, y);
  if (data.pinned) record(tb, data.pinned, y);
  return tb.table();
}
