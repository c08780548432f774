// @vitest-environment jsdom
// (jsdom selects Svelte's client runtime, whose $state and $derived are live.)
import { flushSync } from 'svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_STANCE } from '../../sim/index.ts';
import { loadPopulationSolver, PopulationRun } from '../../src/lib/populationRun.svelte.ts';
import { POPULATION_RUN } from '../../src/render/plots/populationSeries.ts';
import { populationSeries } from '../../src/render/plots/populationSolve.ts';

/** A queue of later tasks, run by hand. */
function queue() {
  const tasks: (() => void)[] = [];
  return {
    later: (f: () => void) => void tasks.push(f),
    size: () => tasks.length,
    runOne: () => tasks.shift()?.(),
  };
}

describe('a population solved in steps', { timeout: 60_000 }, () => {
  // The solver is loaded on demand; here it is at hand before the first step is run by hand.
  beforeAll(() => loadPopulationSolver());

  it('starts only when asked, grows a strength per task, and ends with the whole series', () => {
    const input = { ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-partial')!, bodyMassKg: 81 };
    const q = queue();
    const run = new PopulationRun(q.later);
    expect(q.size()).toBe(0);
    const first = run.series(input);
    expect(first.points).toEqual([]);
    expect(first.current).toBeUndefined();
    expect(q.size()).toBe(1);
    // Asking again while it runs does not start it twice.
    run.series(input);
    expect(q.size()).toBe(1);
    q.runOne(); // the scenario's own population
    expect(run.series(input).current).toBeDefined();
    expect(run.series(input).points).toHaveLength(0);
    q.runOne();
    expect(run.series(input).points).toHaveLength(1);
    while (q.size()) q.runOne();
    const whole = run.series(input);
    expect(whole.points).toHaveLength(POPULATION_RUN.strengthsPct.length);
    expect(whole).toEqual({ ...populationSeries(input) });
  });

  it('leaves an input it no longer shows, and tells an effect each time the series grows', () => {
    const a = { ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!, bodyMassKg: 79 };
    const b = { ...a, bodyMassKg: 80 };
    const q = queue();
    const run = new PopulationRun(q.later);
    let seen = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        run.series(b);
        seen++;
      });
    });
    run.series(a);
    flushSync();
    expect(seen).toBe(1);
    // The effect asked for b after a: a's first task finds it is no longer wanted and stops.
    q.runOne();
    q.runOne();
    flushSync();
    expect(seen).toBe(2);
    expect(run.series(b).current?.summary.n).toBe(POPULATION_RUN.n);
    expect(q.size()).toBe(1);
    stop();
  });
});
