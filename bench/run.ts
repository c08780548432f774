/**
 * The benchmark: `npm run bench`. Prints one JSON line per figure (name, value, unit, budget)
 * and writes them all to bench/results/latest.json. Budgets are checked here, not in unit tests;
 * the exit code is 1 when a figure misses its budget.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import {
  applyPreset,
  buildGait,
  DEFAULT_GAIT,
  DEFAULT_STANCE,
  runSweep,
  sampleCycle,
  solveStance,
  SWEEP_PARAMS,
  sweepValues,
} from '../sim/index.ts';
import { medianMs, ratePerSecond, type Figure } from './measure.ts';
import { exportFigures } from './exports.ts';
import { browserFigures } from './browser.ts';

const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;
const partial = applyPreset(DEFAULT_STANCE, 'sgn-palsy-partial')!;

const figures: Figure[] = [
  {
    name: 'stance solves per second (healthy)',
    value: ratePerSecond(() => solveStance(DEFAULT_STANCE)),
    unit: '1/s',
    budget: { min: 100_000 },
  },
  {
    name: 'stance solves per second (complete palsy, no compensation)',
    value: ratePerSecond(() => solveStance(palsy)),
    unit: '1/s',
  },
  {
    name: 'stance solves per second (partial palsy, auto compensation)',
    value: ratePerSecond(() => solveStance({ ...partial, compensation: 'auto' })),
    unit: '1/s',
  },
  {
    name: 'one gait cycle, 101 samples (complete palsy)',
    value: medianMs(() => sampleCycle(buildGait({ ...DEFAULT_GAIT, stance: palsy }), 101)),
    unit: 'ms',
  },
  {
    name: 'sweep of all abductors 0-100 %, 101 steps (stance and gait peaks)',
    value: medianMs(
      () =>
        runSweep(
          DEFAULT_GAIT,
          SWEEP_PARAMS.find((p) => p.name === 'abductors')!,
          sweepValues(0, 100, 101),
        ),
      7,
    ),
    unit: 'ms',
  },
];

figures.push(...(await exportFigures()));
if (!process.argv.includes('--no-browser')) figures.push(...(await browserFigures()));

let failed = false;
for (const f of figures) {
  const ok =
    !f.budget ||
    ((f.budget.min === undefined || f.value >= f.budget.min) &&
      (f.budget.max === undefined || f.value <= f.budget.max));
  if (!ok) failed = true;
  console.log(JSON.stringify({ ...f, value: Number(f.value.toPrecision(4)), ok }));
}
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('results/latest.json', import.meta.url),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model ?? 'unknown',
        node: process.version,
      },
      figures,
    },
    null,
    2,
  )}\n`,
);
process.exitCode = failed ? 1 : 0;
