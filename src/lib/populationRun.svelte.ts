/**
 * The population plot's series, solved a strength at a time so that the page stays responsive
 * (the whole costs about a second; one strength some 50 ms): each step runs in its own task, and
 * the series grows as the steps finish. Asking for another input starts over; the whole series of
 * the last few inputs is kept (with those the command line and exports solve at once, in
 * src/render/plots/populationSeries.ts). Nothing runs until the series is first asked for; the
 * population model itself (src/render/plots/populationSolve.ts) is loaded then, not with the
 * first screen.
 */
import type { SignPoint, StanceInput } from '../../sim/index.ts';
import {
  keepPopulation,
  keptPopulation,
  POPULATION_RUN,
  populationSeriesOf,
  type PopulationCurrent,
  type PopulationSeries,
} from '../render/plots/populationSeries.ts';

/** What solves the population: the model's population behind the plot's series. */
export type PopulationSolver = Pick<
  typeof import('../render/plots/populationSolve.ts'),
  'populationCurrent' | 'populationPoint'
>;

let loadedSolver: PopulationSolver | undefined;

/** Loads the population's solver, once: a run started before it is at hand waits for it. */
export async function loadPopulationSolver(): Promise<PopulationSolver> {
  return (loadedSolver ??= await import('../render/plots/populationSolve.ts'));
}

/** Runs `f` in a later task (after the browser has drawn and handled input). */
export type Later = (f: () => void) => void;
const nextTask: Later = (f) => void setTimeout(f, 0);

/** A population series solved in steps. */
export class PopulationRun {
  #shown = $state.raw<{ key: string; series: PopulationSeries } | undefined>();
  #wanted: string | undefined;
  readonly #later: Later;

  /** @param later runs a step in a later task */
  constructor(later: Later = nextTask) {
    this.#later = later;
  }

  /**
   * The series of `input` as far as it is solved (reactive: it grows); starts solving it, in later
   * tasks, when it is neither kept nor under way.
   */
  series(input: StanceInput): PopulationSeries {
    const kept = keptPopulation(input);
    if (kept) return kept;
    const key = JSON.stringify(input);
    const shown = this.#shown;
    if (shown?.key === key) return shown.series;
    if (this.#wanted !== key) {
      this.#wanted = key;
      this.#later(() => this.#start(key, input));
    }
    return populationSeriesOf(input, [], undefined);
  }

  /** Starts solving `key`'s series, once the solver is loaded. */
  #start(key: string, input: StanceInput): void {
    if (loadedSolver) return this.#step(loadedSolver, key, input, [], undefined);
    void loadPopulationSolver().then((s) => this.#step(s, key, input, [], undefined));
  }

  /** Solves the next piece of `key`'s series, shows what there is, and schedules the rest. */
  #step(
    solver: PopulationSolver,
    key: string,
    input: StanceInput,
    points: readonly SignPoint[],
    current: PopulationCurrent | undefined,
  ): void {
    if (this.#wanted !== key) return;
    const now = current ?? solver.populationCurrent(input);
    const next = current
      ? [...points, solver.populationPoint(input, POPULATION_RUN.strengthsPct[points.length]!)]
      : points;
    const series = populationSeriesOf(input, next, now);
    if (next.length < POPULATION_RUN.strengthsPct.length) {
      this.#shown = { key, series };
      this.#later(() => this.#step(solver, key, input, next, now));
      return;
    }
    keepPopulation(input, series);
    this.#wanted = undefined;
    this.#shown = { key, series };
  }
}
