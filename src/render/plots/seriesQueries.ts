/**
 * The model query behind each plot's series (sim/queries/), but the population's: one table for
 * the callers that run them at once (./fromInputs.ts) and the app, which keeps each answer until
 * what it read changes (src/lib/keptSeries.svelte.ts). The population is solved apart (a second
 * of work, loaded on demand: ./populationSolve.ts in one piece, src/lib/populationRun.svelte.ts
 * in steps).
 */
import {
  demandCapacitySeries,
  gaitCycleSeries,
  momentArmSeries,
  strengthSweepSeries,
  type Compensation,
  type GaitInput,
  type StanceInput,
} from '../../../sim/index.ts';
import { nerveBlockSeries } from './nerveBlockSeries.ts';
import type { PlotName, PlotSeries } from './types.ts';

/**
 * What a plot's series of one model input is computed from, each read only by the queries that
 * need it (so that a kept answer depends on what it read alone).
 */
export interface SeriesInputs {
  /** The walk. */
  readonly gait: () => GaitInput;
  /** The stance on the affected side. */
  readonly stance: () => StanceInput;
  /** End of the demand-capacity plot's drop range, rad. */
  readonly dropRangeRad: () => number;
  /** The compensations the strength sweep draws (undefined: all of them). */
  readonly compensations: () => readonly Compensation[] | undefined;
}

/** The plots whose series a query of {@link SERIES_QUERIES} gives. */
export type QueryPlotName = Exclude<PlotName, 'population'>;

/** The query behind each plot's series but the population's. */
export const SERIES_QUERIES: {
  readonly [K in QueryPlotName]: (i: SeriesInputs) => PlotSeries[K];
} = {
  'demand-capacity': (i) => demandCapacitySeries(i.stance(), i.dropRangeRad()),
  'gait-cycle': (i) => gaitCycleSeries(i.gait()),
  'strength-sweep': (i) => strengthSweepSeries(i.stance(), i.compensations()),
  'moment-arms': (i) => momentArmSeries(i.stance()),
  'nerve-block': (i) => nerveBlockSeries(i.stance()),
};

/** A series source for each plot of {@link SERIES_QUERIES}, made by `source` from its name. */
export function querySources(source: <K extends QueryPlotName>(name: K) => () => PlotSeries[K]): {
  readonly [K in QueryPlotName]: () => PlotSeries[K];
} {
  return Object.fromEntries(
    (Object.keys(SERIES_QUERIES) as QueryPlotName[]).map((name) => [name, source(name)]),
  ) as { readonly [K in QueryPlotName]: () => PlotSeries[K] };
}
