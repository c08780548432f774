/**
 * The app's plot series of one model input, kept: each is computed when a plot first reads it, and
 * again only when what its query read changes (never with the position in the cycle).
 */
import {
  querySources,
  SERIES_QUERIES,
  type QueryPlotName,
  type SeriesInputs,
} from '../render/plots/seriesQueries.ts';
import type { PlotSeries } from '../render/plots/types.ts';

/** The kept series of `inputs` by plot name; the population's: ./populationRun.svelte.ts. */
export function keptSeries(inputs: SeriesInputs): {
  readonly [K in QueryPlotName]: () => PlotSeries[K];
} {
  return querySources((name) => {
    const series = $derived(SERIES_QUERIES[name](inputs));
    return () => series;
  });
}
