/**
 * The live plots: each builder turns series (sim/queries/) into an SVG scene and the table of
 * exactly what it draws (src/render/plots/types.ts).
 */
import { buildDemandCapacity } from './demandCapacity.ts';
import { buildGaitCycle } from './gaitCycle.ts';
import { buildMomentArms } from './momentArms.ts';
import { buildNerveBlock } from './nerveBlock.ts';
import { buildPopulation } from './population.ts';
import { buildStrengthSweep } from './strengthSweep.ts';
import type {
  Labelled,
  Overlay,
  Plot,
  PlotBuilder,
  PlotData,
  PlotName,
  PlotOptions,
  PlotSeries,
  SeriesSource,
} from './types.ts';

export * from './types.ts';
export {
  buildDemandCapacity,
  buildGaitCycle,
  buildMomentArms,
  buildNerveBlock,
  buildPopulation,
  buildStrengthSweep,
};

/** Every plot's builder, by name. */
export const PLOT_BUILDERS: { readonly [K in PlotName]: PlotBuilder<PlotSeries[K]> } = {
  'demand-capacity': buildDemandCapacity,
  'gait-cycle': buildGaitCycle,
  'strength-sweep': buildStrengthSweep,
  'moment-arms': buildMomentArms,
  'nerve-block': buildNerveBlock,
  population: buildPopulation,
};

/** The series of plot `name` from each scenario's source. */
function seriesOf<K extends PlotName>(
  name: K,
  data: PlotData<SeriesSource>,
): PlotData<PlotSeries[K]> {
  const pick = (s: Labelled<SeriesSource>) => ({ label: s.label, series: s.series[name]() });
  return { current: pick(data.current), pinned: data.pinned && pick(data.pinned) };
}

/** Builds the plot `name` of the series the sources give (each source asked for that plot only). */
export function buildPlot<K extends PlotName>(
  name: K,
  data: PlotData<SeriesSource>,
  o: PlotOptions,
): Plot {
  const build: PlotBuilder<PlotSeries[K]> = PLOT_BUILDERS[name];
  return build(seriesOf(name, data), o);
}

/** The plot with `overlay` drawn over it (last) and its rows added to the table. */
export function withOverlay(plot: Plot, overlay: Overlay): Plot {
  return {
    ...plot,
    scene: { ...plot.scene, children: [...(plot.scene.children ?? []), overlay.node] },
    table: { ...plot.table, rows: [...plot.table.rows, ...overlay.rows] },
  };
}
