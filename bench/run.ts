/**
 * The benchmark: `npm run bench` (`-- --no-browser` to leave the browser out, `-- --runs N` for
 * the number of runs of each figure, default 5). Prints one JSON line per figure (name, value,
 * unit, budget, runs and range), writes them all to bench/results/latest.json with the machine,
 * and the results section of doc/performance.md. Budgets are the goals of issue 14 and are checked
 * here, never in unit tests; the exit code is 1 when a figure misses its budget.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
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
import { browserFigures, chromiumVersion } from './browser.ts';
import { cliStartFigures } from './cliStart.ts';
import { dynamicsFigures } from './dynamics.ts';
import { exportFigures } from './exports.ts';
import { medianMs, ratePerSecond, spread, type Figure } from './measure.ts';
import { solverGrid, timeGrid } from './solverGrid.ts';

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
const withBrowser = !argv.includes('--no-browser');
/** Solves per CPU second that every case of the grid must reach. */
const SOLVES_BUDGET = 100_000;

/** The solver grid: every case timed once, the slowest few again `runs` times. */
function solverFigures(): { figures: Figure[]; cases: { name: string; solvesPerS: number }[] } {
  const cases = timeGrid(0.1);
  const inputs = new Map(solverGrid().map((c) => [c.name, c.input]));
  const slowest = cases.slice(0, 5).map((c) => {
    const input = inputs.get(c.name)!;
    const rates = Array.from({ length: runs }, () => ratePerSecond(() => solveStance(input), 0.3));
    return { name: c.name, ...spread(rates) };
  });
  const worst = slowest.reduce((a, b) => (b.value < a.value ? b : a));
  const median = spread(cases.map((c) => c.solvesPerS)).value;
  return {
    cases,
    figures: [
      {
        name: `stance solves per CPU second, slowest case of the ${cases.length}-case grid`,
        value: worst.value,
        runs: worst.runs,
        min: worst.min,
        max: worst.max,
        unit: '1/s',
        budget: { min: SOLVES_BUDGET },
        note: worst.name,
      },
      { name: 'stance solves per CPU second, median case of the grid', value: median, unit: '1/s' },
      {
        name: `grid cases under ${SOLVES_BUDGET.toLocaleString('en')} solves per CPU second`,
        value: cases.filter((c) => c.solvesPerS < SOLVES_BUDGET).length,
        unit: `of ${cases.length}`,
      },
    ],
  };
}

const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;
const solver = solverFigures();
const figures: Figure[] = [
  ...solver.figures,
  {
    name: 'one gait cycle, 101 samples (complete palsy, gait built and sampled)',
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
      runs,
    ),
    unit: 'ms',
  },
  ...dynamicsFigures(runs),
  ...(await exportFigures()),
  ...cliStartFigures(Math.max(10, 2 * runs)),
  ...(withBrowser ? await browserFigures(runs) : []),
];

const meets = (f: Figure) =>
  !f.budget ||
  ((f.budget.min === undefined || f.value >= f.budget.min) &&
    (f.budget.max === undefined || f.value <= f.budget.max));
const round = (v: number | undefined) => (v === undefined ? undefined : Number(v.toPrecision(4)));
for (const f of figures)
  console.log(
    JSON.stringify({
      ...f,
      value: round(f.value),
      min: round(f.min),
      max: round(f.max),
      ok: meets(f),
    }),
  );

const machine = {
  cpus: os.availableParallelism(),
  model: os.cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  chromium: withBrowser ? await chromiumVersion() : undefined,
  loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
};
const date = new Date().toISOString();
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('results/latest.json', import.meta.url),
  `${JSON.stringify({ date, machine, runs, figures, solverGrid: solver.cases }, null, 2)}\n`,
);

/** A number for the table: 4 significant digits, thousands grouped. */
const num = (v: number | undefined) =>
  v === undefined
    ? ''
    : Number(v.toPrecision(4)).toLocaleString('en', { maximumFractionDigits: 3 });
const budgetText = (f: Figure) =>
  !f.budget ? '' : f.budget.min !== undefined ? `≥ ${num(f.budget.min)}` : `≤ ${num(f.budget.max)}`;
const rows = figures.map(
  (f) =>
    `| ${f.name}${f.note ? ` (${f.note})` : ''} | ${num(f.value)} ${f.unit} | ${
      f.runs ? `${f.runs}: ${num(f.min)}-${num(f.max)}` : ''
    } | ${budgetText(f)} | ${f.budget ? (meets(f) ? 'met' : '**missed**') : ''} |`,
);
const results = [
  '<!-- bench:start (written by `npm run bench`) -->',
  '',
  `Measured on ${date.slice(0, 16).replace('T', ' ')} UTC: ${machine.cpus} cores (${machine.model}),`,
  `${machine.memoryGiB} GiB, Node.js ${machine.node}${machine.chromium ? `, Chromium ${machine.chromium} headless` : ''};`,
  `load average at the end ${machine.loadAverage.join(', ')}. Medians of the runs given (runs: smallest-largest).`,
  '',
  '| figure | median | runs: range | budget | result |',
  '| --- | --- | --- | --- | --- |',
  ...rows,
  '',
  '<!-- bench:end -->',
].join('\n');
const docUrl = new URL('../doc/performance.md', import.meta.url);
const doc = readFileSync(docUrl, 'utf8');
const updated = doc.replace(/<!-- bench:start[\s\S]*?<!-- bench:end -->/, results);
const docPath = fileURLToPath(docUrl);
const style = (await resolveConfig(docPath)) ?? {};
writeFileSync(docUrl, await format(updated, { ...style, filepath: docPath }));
process.exitCode = figures.every(meets) ? 0 : 1;
