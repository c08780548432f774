/**
 * The time-dependent and population figures of the benchmark: a sudden complete superior gluteal
 * nerve block over 2 s, a population of 10,000 people, and building the gait of a complete palsy
 * (its single-support course by the dynamics). Medians of CPU time over several runs.
 */
import { applyPreset, buildGait, DEFAULT_GAIT, DEFAULT_STANCE, nerveBlock } from '../sim/index.ts';
import { population } from '../sim/onDemand.ts';
import { medianMsWithSpread, type Figure } from './measure.ts';

export function dynamicsFigures(runs: number): Figure[] {
  const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;
  return [
    {
      name: 'nerve block, complete, 2 s simulated (1-ms steps, 201 samples)',
      ...medianMsWithSpread(() => nerveBlock(palsy, 2, 201), runs),
      unit: 'ms',
    },
    {
      name: 'population of 10,000 people (solved stances)',
      ...medianMsWithSpread(() => population(DEFAULT_STANCE, 10_000, 1), Math.min(runs, 3)),
      unit: 'ms',
    },
    {
      name: 'build the gait of a complete palsy (stances and single-support course)',
      ...medianMsWithSpread(() => buildGait({ ...DEFAULT_GAIT, stance: palsy }), runs * 4),
      unit: 'ms',
    },
  ];
}
