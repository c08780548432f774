/** The `gait` and `sweep` commands. */
import {
  buildGait,
  checkCombination,
  fieldByKey,
  GAIT_OPTION_LIMITS,
  quoteForMessage as q,
  runSweep,
  sampleCycle,
  SWEEP_PARAMS,
  sweepValues,
} from '../sim/index.ts';
import { gaitSampleReport, sweepRowReport, toCsv } from './report/gait.ts';
import { UsageError } from './args.ts';
import { json, printed, type CommandSpec } from './command.ts';
import { choiceOption, gaitInput, numberOption } from './options.ts';

/** `gait`: one cycle sampled at `--samples` points, as JSON or CSV. */
export const gait: CommandSpec = {
  settings: 'gait',
  options: ['cadence', 'samples', 'format'],
  run: (args) => {
    const n = numberOption(
      args,
      { name: 'samples', ...GAIT_OPTION_LIMITS.samples, integer: true },
      101,
    );
    const format = choiceOption(args, 'format', ['json', 'csv'] as const, 'json');
    const g = buildGait(gaitInput(args));
    const samples = sampleCycle(g, n).map((s) => gaitSampleReport(g, s));
    if (format === 'csv') return printed(toCsv(samples));
    return printed(json({ strideTimeS: g.strideTimeS, events: g.input.events, samples }));
  },
};

/** `sweep`: one row per value of `--param` from `--from` to `--to` in `--steps` steps. */
export const sweep: CommandSpec = {
  settings: 'gait',
  options: ['cadence', 'param', 'from', 'to', 'steps', 'format'],
  run: (args) => {
    const name = args.options.get('param');
    if (name === undefined) throw new UsageError('sweep needs --param NAME');
    const param = SWEEP_PARAMS.find((p) => p.name === name);
    if (!param)
      throw new UsageError(
        `--param "${q(name)}": must be one of ${SWEEP_PARAMS.map((p) => p.name).join(', ')}`,
      );
    for (const k of ['from', 'to', 'steps'])
      if (!args.options.has(k)) throw new UsageError(`sweep needs --${k}`);
    // A setting the sweep varies would be overwritten on every row: refuse it rather than drop it.
    for (const key of param.keys) {
      const flag = fieldByKey(key)?.flag ?? key;
      if (args.options.has(flag))
        throw new UsageError(
          `--${flag} is what --param ${param.name} sweeps: leave it out and give the range with --from and --to`,
        );
    }
    const range = { min: param.min, max: param.max };
    const from = numberOption(args, { name: 'from', ...range }, 0);
    const to = numberOption(args, { name: 'to', ...range }, 0);
    const steps = numberOption(
      args,
      { name: 'steps', ...GAIT_OPTION_LIMITS.sweepSteps, integer: true },
      0,
    );
    if (steps === 1 && from !== to)
      throw new UsageError(
        `--steps 1 gives one value: --from ${from} and --to ${to} must then be equal (or give --steps 2 or more)`,
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
  },
};
