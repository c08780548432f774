/**
 * Solving the population plot's series (populationSeries.ts): the current scenario's own
 * population, one strength of the curve, or the whole series at once. Kept apart from the series
 * so that the population model (sim/onDemand.ts) is loaded only when the population is asked for.
 */
import type { StanceInput, SignPoint } from '../../../sim/index.ts';
import { population, signCurve } from '../../../sim/onDemand.ts';
import {
  keepPopulation,
  keptPopulation,
  POPULATION_RUN,
  populationSeriesOf,
  type PopulationCurrent,
  type PopulationSeries,
} from './populationSeries.ts';

/** The current scenario's own population. */
export function populationCurrent(input: StanceInput): PopulationCurrent {
  const s = input.strength;
  return {
    strengthPct: ((s.gmed + s.gmin + s.tfl) / 3) * 100,
    summary: population(input, POPULATION_RUN.n, POPULATION_RUN.seed),
  };
}

/** The population at one strength of the three muscles (the same people at every strength). */
export function populationPoint(input: StanceInput, strengthPct: number): SignPoint {
  return signCurve(input, POPULATION_RUN.n, POPULATION_RUN.seed, [strengthPct])[0]!;
}

/** The whole series of `input`, solved at once (about a second), or kept from an earlier call. */
export function populationSeries(input: StanceInput): PopulationSeries {
  const hit = keptPopulation(input);
  if (hit) return hit;
  const s = populationSeriesOf(
    input,
    signCurve(input, POPULATION_RUN.n, POPULATION_RUN.seed, POPULATION_RUN.strengthsPct),
    populationCurrent(input),
  );
  keepPopulation(input, s);
  return s;
}
