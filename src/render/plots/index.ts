/**
 * The four live plots: each builds an SVG scene and the table of exactly what it draws from a
 * scenario (src/render/plots/types.ts).
 */
import { buildDemandCapacity } from './demandCapacity.ts';
import { buildGaitCycle } from './gaitCycle.ts';
import { buildMomentArms } from './momentArms.ts';
import { buildStrengthSweep } from './strengthSweep.ts';
import type { Plot, PlotBuilder, PlotName, PlotOptions, PlotScenario } from './types.ts';

export { PLOT_DESCRIPTIONS, PLOT_NAMES } from './types.ts';
export type {
  Column,
  Plot,
  PlotBuilder,
  PlotName,
  PlotOptions,
  PlotScenario,
  PlotTable,
} from './types.ts';
export { buildDemandCapacity, buildGaitCycle, buildMomentArms, buildStrengthSweep };

/** Every plot's builder, by name. */
export const PLOT_BUILDERS: Record<PlotName, PlotBuilder> = {
  'demand-capacity': buildDemandCapacity,
  'gait-cycle': buildGaitCycle,
  'strength-sweep': buildStrengthSweep,
  'moment-arms': buildMomentArms,
};

/** Builds the plot `name` of `scenario`. */
export function buildPlot(name: PlotName, scenario: PlotScenario, options: PlotOptions): Plot {
  return PLOT_BUILDERS[name](scenario, options);
}
