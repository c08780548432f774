/** The `gait` and `sweep` commands. */
import {
  buildGait,
  checkCombination,
  GAIT_OPTION_LIMITS,
  runSweep,
  sampleCycle,
  SWEEP_PARAMS,
  sweepValues,
} from '../sim/index.ts';
import { gaitSampleReport, sweepRowReport, toCsv } from './report/gait.ts';
import { UsageError, type Args } from './args.ts';
import { json, printed, type Command } from './command.ts';
import { choiceOption, gaitInput, numberOption } from './options.ts';

function allowOnly(args: Args, extra: readonly string[]): void {
  for (const name of ['param', 'from', 'to', 'steps', 'samples'])
    if (args.options.has(name) && !extra.includes(name))
      throw new UsageError(`--${name} belongs to another command (see --help)`);
}

/** `gait`: one cycle sampled at `--samples` points, as JSON or CSV. */
export const gaitCommand: Command = (args) => {
  allowOnly(args, ['samples']);
  const n = numberOption(
    args,
    { name: 'samples', ...GAIT_OPTION_LIMITS.samples, integer: true },
    101,
  );
  const format = choiceOption(args, 'format', ['json', 'csv'] as const, 'json');
  const gait = buildGait(gaitInput(args));
  const samples = sampleCycle(gait, n).map((s) => gaitSampleReport(gait, s));
  if (format === 'csv') return printed(toCsv(samples));
  return printed(json({ strideTimeS: gait.strideTimeS, events: gait.input.events, samples }));
};

/** `sweep`: one row per value of `--param` from `--from` to `--to` in `--steps` steps. */
export const sweepCommand: Command = (args) => {
  allowOnly(args, ['param', 'from', 'to', 'steps']);
  const name = args.options.get('param');
  if (name === undefined) throw new UsageError('sweep needs --param NAME');
  const param = SWEEP_PARAMS.find((p) => p.name === name);
  if (!param)
    throw new UsageError(
      `--param "${name}": must be one of ${SWEEP_PARAMS.map((p) => p.name).join(', ')}`,
    );
  for (const k of ['from', 'to', 'steps'])
    if (!args.options.has(k)) throw new UsageError(`sweep needs --${k}`);
  const range = { min: param.min, max: param.max };
  const from = numberOption(args, { name: 'from', ...range }, 0);
  const to = numberOption(args, { name: 'to', ...range }, 0);
  const steps = numberOption(
    args,
    { name: 'steps', ...GAIT_OPTION_LIMITS.sweepSteps, integer: true },
    0,
  );
  const format = choiceOption(args, 'format', ['csv', 'json'] as const, 'csv');
  const base = gaitInput(args);
  const values = sweepValues(from, to, steps);
  // Every row must be a valid body (e.g. a mass sweep must keep a plausible body-mass index).
  for (const v of values) {
    const bad = checkCombination(param.apply(base.stance, v));
    if (bad) throw new UsageError(`--param ${param.name} at ${v}: ${bad}`);
  }
  const rows = runSweep(base, param, values).map((r) => sweepRowReport(param.name, r));
  if (format === 'json') return printed(json({ param: param.name, unit: param.unit, rows }));
  return printed(toCsv(rows));
};
