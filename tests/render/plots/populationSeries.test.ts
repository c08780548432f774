import { describe, expect, it } from 'vitest';
import { solveStance, type StanceInput } from '../../../sim/index.ts';
import { signCurve } from '../../../sim/onDemand.ts';
import {
  KENDALL_2013,
  POPULATION_RUN,
  populationSeriesOf,
  sameCurve,
} from '../../../src/render/plots/populationSeries.ts';
import {
  populationCurrent,
  populationPoint,
  populationSeries,
} from '../../../src/render/plots/populationSolve.ts';
import { preset } from '../fixtures.ts';

const partial = preset('sgn-palsy-partial');

// The whole series solves some 10,000 stances: about a second alone, more on a busy machine.
describe('the population series', { timeout: 60_000 }, () => {
  it('solves the same people a strength at a time as all at once', () => {
    const whole = signCurve(partial, POPULATION_RUN.n, POPULATION_RUN.seed, [20, 60]);
    expect([populationPoint(partial, 20), populationPoint(partial, 60)]).toEqual(whole);
  });

  it('puts Kendall’s block where this body keeps 48 % of its maximal abduction moment', () => {
    const s = populationSeriesOf(partial, [], undefined);
    const k = s.kendallStrengthPct / 100;
    const at = (x: number): StanceInput => ({
      ...partial,
      strength: { ...partial.strength, gmed: x, gmin: x, tfl: x },
    });
    const ratio = solveStance(at(k)).maxAbductionMomentNm / solveStance(at(1)).maxAbductionMomentNm;
    expect(ratio).toBeCloseTo(KENDALL_2013.strengthLeft, 6);
    expect(s.kendallStrengthPct).toBeGreaterThan(20);
    expect(s.kendallStrengthPct).toBeLessThan(48);
  });

  it('has every strength, a share that never falls as strength falls, and the scenario’s own population', () => {
    const s = populationSeries(partial);
    expect(s.points.map((p) => p.strengthPct)).toEqual(POPULATION_RUN.strengthsPct);
    for (let i = 1; i < s.points.length; i++)
      expect(s.points[i]!.positiveFraction).toBeLessThanOrEqual(s.points[i - 1]!.positiveFraction);
    expect(s.points[0]!.positiveFraction).toBeGreaterThan(0.8);
    expect(s.points.at(-1)!.positiveFraction).toBeLessThan(0.05);
    expect(s.current).toEqual(populationCurrent(partial));
    expect(s.current!.strengthPct).toBeCloseTo(25, 12);
    expect(populationSeries(partial)).toBe(s);
  });

  it('shares a curve between inputs that differ only in the strengths it sweeps', () => {
    const weak = (k: number) => ({ ...partial.strength, gmed: k, gmin: k, tfl: k });
    expect(sameCurve(partial, { ...partial, strength: weak(1) })).toBe(true);
    expect(sameCurve(partial, { ...partial, strength: { ...weak(1), gmax: 0.5 } })).toBe(false);
    expect(sameCurve(partial, { ...partial, bodyMassKg: partial.bodyMassKg + 1 })).toBe(false);
    const other = { ...partial, strength: weak(0.8) };
    expect(signCurve(other, 60, 3, [40])).toEqual(signCurve(partial, 60, 3, [40]));
  });
});
