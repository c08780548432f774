// @vitest-environment jsdom
// (jsdom selects Svelte's client runtime, whose $derived values are memoised.)
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { applyPreset, DEFAULT_STANCE, normalBody, solveStance } from '../../sim/index.ts';
import { AppState } from '../../src/lib/app.svelte.ts';
import { loadPopulationSolver } from '../../src/lib/populationRun.svelte.ts';

const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;

describe('the app state’s plot series', () => {
  it('are computed once and kept while the position in the cycle moves', () => {
    const app = new AppState();
    app.setStance(palsy);
    const gait = app.plotSeries['gait-cycle']();
    app.setView({ mode: 'gait', cyclePct: 64 });
    expect(app.plotSeries['gait-cycle']()).toBe(gait);
    expect(app.sample.cycleFraction).toBeCloseTo(0.64, 12);
  });

  it('do not rerun an effect that reads them while the walk moves the cursor', () => {
    const app = new AppState();
    let runs = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        app.plotSeries['gait-cycle']();
        app.normalPlotSeries['gait-cycle']();
        runs++;
      });
    });
    flushSync();
    for (const cyclePct of [10, 20, 30]) {
      app.setView({ mode: 'gait', cyclePct });
      flushSync();
    }
    expect(runs).toBe(1);
    app.setStance(palsy);
    flushSync();
    expect(runs).toBe(2);
    stop();
  });

  it('follow the scenario: a change of strength gives new series', () => {
    const app = new AppState();
    const before = app.plotSeries['strength-sweep']();
    app.setStance(palsy);
    const after = app.plotSeries['strength-sweep']();
    expect(after).not.toBe(before);
    expect(after.current.pelvicDropRad).toBe(solveStance(palsy).pelvicDropRad);
  });

  it('of the pinned normal body change with the body only, not with strengths', () => {
    const app = new AppState();
    const normal = app.normalPlotSeries['moment-arms']();
    const normalGait = app.normalPlotSeries['gait-cycle']();
    app.setStance(palsy);
    expect(app.normalPlotSeries['moment-arms']()).toBe(normal);
    expect(app.normalPlotSeries['gait-cycle']()).toBe(normalGait);
    app.setStance({ ...palsy, bodyMassKg: 95 });
    const heavier = app.normalPlotSeries['moment-arms']();
    expect(heavier).not.toBe(normal);
    const solved = solveStance(normalBody({ ...palsy, bodyMassKg: 95 })).muscles;
    expect(heavier.parts.map((p) => p.muscle)).toEqual(
      solved.filter((m) => heavier.parts.some((p) => p.muscle.id === m.id)),
    );
  });

  it('share one drop range for the demand-capacity plot, wide enough for both equilibria', () => {
    const app = new AppState();
    app.setStance(palsy);
    app.setView({ pin: 'normal' });
    const current = app.plotSeries['demand-capacity']();
    const normal = app.normalPlotSeries['demand-capacity']();
    expect(normal.toRad).toBe(current.toRad);
    expect(current.toRad).toBeGreaterThan(current.result.pelvicDropRad);
  });

  it(
    'solve the population once for a normal body, the pinned normal one after the current, and share the curve when only the swept strengths differ',
    {
      timeout: 60_000,
    },
    async () => {
      // The population's solver is loaded on demand; here it is at hand before the clock is faked.
      await loadPopulationSolver();
      vi.useFakeTimers();
      try {
        const app = new AppState();
        // A weak gluteus maximus too: the normal body's curve differs from this one.
        app.setStance({ ...palsy, bodyMassKg: 77, strength: { ...palsy.strength, gmax: 0.5 } });
        expect(app.plotSeries.population().points).toHaveLength(0);
        expect(app.normalPlotSeries.population().points).toHaveLength(0);
        vi.runAllTimers();
        // The current population is complete; the normal one starts only now.
        const current = app.plotSeries.population();
        expect(current.points).toHaveLength(current.strengthsPct.length);
        expect(app.normalPlotSeries.population().points).toHaveLength(0);
        vi.runAllTimers();
        const normal = app.normalPlotSeries.population().points;
        expect(normal).toHaveLength(current.strengthsPct.length);
        expect(normal[0]!.positiveFraction).toBeGreaterThan(0.5);
        expect(normal[8]!.positiveFraction).toBeLessThan(current.points[8]!.positiveFraction);
        // Only gluteus medius, minimus and TFL weak: the normal body's curve is this one, at once.
        app.setStance({ ...palsy, bodyMassKg: 77 });
        expect(app.normalPlotSeries.population().points).toBe(app.plotSeries.population().points);
        vi.runAllTimers();
        expect(app.normalPlotSeries.population().points).toBe(app.plotSeries.population().points);
        // The normal body itself: one population, shown as both.
        app.setStance(normalBody(app.scenario.stance));
        expect(app.normalPlotSeries.population().points).toBe(app.plotSeries.population().points);
      } finally {
        vi.useRealTimers();
      }
    },
  );
});

describe('the app state’s readouts while walking', () => {
  it('follow the playing walk only when brought up to date, and the drawn instant when still', () => {
    const app = new AppState();
    app.setStance(palsy);
    app.setView({ mode: 'gait', cyclePct: 10 });
    app.playing = true;
    let reads = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        void app.readSample;
        void app.readPct;
        reads++;
      });
    });
    flushSync();
    for (const cyclePct of [11, 12, 13]) {
      app.cyclePct = cyclePct;
      flushSync();
    }
    expect(reads).toBe(1);
    expect(app.readPct).toBe(10);
    expect(app.readSample.cycleFraction).toBeCloseTo(0.1, 12);
    app.showReadouts();
    flushSync();
    expect(reads).toBe(2);
    expect(app.readPct).toBe(13);
    app.cyclePct = 47.5;
    app.playing = false;
    flushSync();
    expect(app.readPct).toBe(47.5);
    expect(app.readSample).toEqual(app.sample);
    app.setView({ cyclePct: 80 });
    expect(app.readSample).toEqual(app.sample);
    expect(app.readSample.cycleFraction).toBeCloseTo(0.8, 12);
    stop();
  });

  it('start from the walk’s position when it starts to play', () => {
    const app = new AppState();
    app.setView({ mode: 'gait', cyclePct: 62 });
    app.playing = true;
    expect(app.readPct).toBe(62);
  });
});
