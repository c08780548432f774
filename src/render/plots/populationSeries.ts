/**
 * The series of the population plot: the share of people with a positive Trendelenburg sign, and
 * the spread of their pelvic drop, at each strength of the superior-gluteal muscles
 * (sim/population/population.ts, `signCurve`), the current scenario's own population, and where a
 * published nerve block puts this body on the strength axis. A query over the model like those of
 * sim/queries/, kept beside its plot. It costs about a second (some 10,000 solves), so it comes
 * in steps that a caller can spread over time (src/lib/populationRun.svelte.ts), and the whole is
 * kept for the last few inputs. This module holds the series and what the first screen needs of
 * it; the solving, which brings the population model with it, is in populationSolve.ts, loaded
 * when the population is first asked for.
 */
import {
  solveStance,
  type PopulationSummary,
  type Side,
  type SignPoint,
  type StanceInput,
} from '../../../sim/index.ts';

/** People per strength, the seed of their draw, and the strengths solved (every 5 %). */
export const POPULATION_RUN = {
  n: 500,
  seed: 1,
  strengthsPct: Array.from({ length: 21 }, (_, i) => i * 5),
} as const;

/**
 * Kendall KD et al. (2013) Clin J Sport Med 23:45-51: a superior gluteal nerve block in 9 healthy
 * men left 48 % of their hip abduction strength, and 1 of the 9 showed a positive sign; 95 %
 * Clopper-Pearson interval of 1/9: 0.3-48.2 %.
 */
export const KENDALL_2013 = {
  positive: 1,
  people: 9,
  strengthLeft: 0.48,
  interval95: [0.0028, 0.4825],
} as const;

/**
 * Bird PA et al. (2001) Arthritis Rheum 44:2138-2145: the Trendelenburg sign for a gluteus medius
 * tear on MRI, sensitivity and specificity.
 */
export const BIRD_2001 = { sensitivity: 0.727, specificity: 0.769 } as const;

/** The current scenario's own population. */
export interface PopulationCurrent {
  /** Mean strength of gluteus medius, minimus and TFL, % of normal. */
  readonly strengthPct: number;
  readonly summary: PopulationSummary;
}

/** What the population plot draws of one input; `points` may be fewer than planned while computing. */
export interface PopulationSeries {
  readonly stanceSide: Side;
  readonly n: number;
  readonly seed: number;
  /** Every strength to be solved, %. */
  readonly strengthsPct: readonly number[];
  /** The strengths solved so far, in the order of `strengthsPct`. */
  readonly points: readonly SignPoint[];
  readonly current: PopulationCurrent | undefined;
  /** Strength of the three muscles at which this body keeps Kendall's 48 % of its maximal abduction moment, %. */
  readonly kendallStrengthPct: number;
}

/** The strength of gluteus medius, minimus and TFL at which `input`'s maximal abduction moment is `fraction` of its full one, %. */
function strengthForMomentPct(input: StanceInput, fraction: number): number {
  const at = (k: number) =>
    solveStance({ ...input, strength: { ...input.strength, gmed: k, gmin: k, tfl: k } })
      .maxAbductionMomentNm;
  // The maximal moment at neutral is a sum of strength × force × moment arm: linear in k.
  const m0 = at(0);
  const m1 = at(1);
  return m1 > m0 ? Math.min(100, Math.max(0, ((fraction * m1 - m0) / (m1 - m0)) * 100)) : 0;
}

/** The series of `input` from what has been solved so far. */
export function populationSeriesOf(
  input: StanceInput,
  points: readonly SignPoint[],
  current: PopulationCurrent | undefined,
): PopulationSeries {
  return {
    stanceSide: input.stanceSide,
    n: POPULATION_RUN.n,
    seed: POPULATION_RUN.seed,
    strengthsPct: POPULATION_RUN.strengthsPct,
    points,
    current,
    kendallStrengthPct: strengthForMomentPct(input, KENDALL_2013.strengthLeft),
  };
}

/** `input` without the three strengths the curve sets itself (people are drawn the same at any). */
const curveKey = (input: StanceInput) =>
  JSON.stringify({ ...input, strength: { ...input.strength, gmed: 0, gmin: 0, tfl: 0 } });

/**
 * Whether two inputs have the same curve: they differ at most in the strengths of gluteus medius,
 * minimus and TFL, which the curve sweeps (the people and their strength factors do not depend on
 * them: sim/population/draw.ts).
 */
export function sameCurve(a: StanceInput, b: StanceInput): boolean {
  return curveKey(a) === curveKey(b);
}

/** Inputs whose whole series is kept. */
const KEPT = 4;
const kept = new Map<string, PopulationSeries>();
const keyOf = (input: StanceInput) => JSON.stringify(input);

/** The whole series of `input`, if it was solved lately. */
export function keptPopulation(input: StanceInput): PopulationSeries | undefined {
  return kept.get(keyOf(input));
}

/** Keeps the whole series of `input` (the oldest of more than a few is let go). */
export function keepPopulation(input: StanceInput, series: PopulationSeries): void {
  kept.set(keyOf(input), series);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
}
