/**
 * Plots straight from model inputs, for callers that keep no memo (the command line, tests,
 * benchmarks): the queries of sim/queries/ run when a plot asks for its series, then the builder.
 * The app keeps the answers of the same queries (./seriesQueries.ts): src/lib/keptSeries.svelte.ts.
 */
import {
  affectedStanceInput,
  buildGait,
  demandCapacityRangeRad,
  sampleGait,
  solveStance,
  type Compensation,
  type GaitInput,
} from '../../../sim/index.ts';
import { buildPlot, withOverlay } from './index.ts';
import { populationSeries } from './populationSolve.ts';
import { querySources, SERIES_QUERIES, type SeriesInputs } from './seriesQueries.ts';
import type { Plot, PlotName, PlotOptions, SeriesSource } from './types.ts';

/** A model input with the name it goes by in the plots. */
export interface LabelledInput {
  readonly label: string;
  readonly input: GaitInput;
}

function source(
  input: GaitInput,
  dropRangeRad: () => number,
  compensations?: readonly Compensation[],
): SeriesSource {
  const stance = affectedStanceInput(input);
  const inputs: SeriesInputs = {
    gait: () => input,
    stance: () => stance,
    dropRangeRad,
    compensations: () => compensations,
  };
  return {
    ...querySources((name) => () => SERIES_QUERIES[name](inputs)),
    population: () => populationSeries(stance),
  };
}

/**
 * The series sources of a current input and an optional pinned one. They share the drop range of
 * the demand-capacity plot; of the pinned input, only its own compensation is swept.
 */
export function inputSeries(
  current: GaitInput,
  pinned?: GaitInput,
): { current: SeriesSource; pinned?: SeriesSource | undefined } {
  let rangeRad: number | undefined;
  const range = () =>
    (rangeRad ??= demandCapacityRangeRad(
      [current, ...(pinned ? [pinned] : [])].map((g) => solveStance(affectedStanceInput(g))),
    ));
  return {
    current: source(current, range),
    pinned: pinned && source(pinned, range, [affectedStanceInput(pinned).compensation]),
  };
}

/**
 * Plot `name` of `current` (and `pinned`), with the gait plot's cursor at `cursorPct` % of the
 * cycle (clamped to 0-100) when given.
 */
export function plotOfInputs(
  name: PlotName,
  current: LabelledInput,
  o: PlotOptions,
  pinned?: LabelledInput,
  cursorPct?: number,
): Plot {
  const s = inputSeries(current.input, pinned?.input);
  const plot = buildPlot(
    name,
    {
      current: { label: current.label, series: s.current },
      pinned: pinned && s.pinned && { label: pinned.label, series: s.pinned },
    },
    o,
  );
  if (cursorPct === undefined || !plot.cursor) return plot;
  const pct = Math.min(100, Math.max(0, cursorPct));
  return withOverlay(plot, plot.cursor(pct, sampleGait(buildGait(current.input), pct / 100)));
}
