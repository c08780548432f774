/** The `gait` and `sweep` commands. */
import {
  buildGait,
  checkCombination,
  DEFAULT_GAIT,
  GAIT_OPTION_LIMITS,
  parseNumber,
  runSweep,
  sampleCycle,
  SWEEP_PARAMS,
  sweepValues,
  type AffectedSide,
  type GaitInput,
} from '../sim/index.ts';
import {
  GAIT_COLUMNS,
  gaitSampleReport,
  sweepRowReport,
  toCsv,
  type SweepRowReport,
} from './report/gait.ts';
import { UsageError, type Args } from './args.ts';
import { stanceInput } from './commands.ts';

const GAIT_ONLY = ['affected-side', 'cadence', 'samples', 'format', 'param', 'from', 'to', 'steps'];

function number(
  args: Args,
  name: string,
  fallback: number,
  min: number,
  max: number,
  integer = false,
): number {
  const text = args.options.get(name);
  if (text === undefined) return fallback;
  const r = parseNumber(text);
  if (!r.ok) throw new UsageError(`--${name} "${text}": ${r.reason}`);
  if (integer && !Number.isInteger(r.value))
    throw new UsageError(`--${name} "${text}": must be a whole number`);
  if (r.value < min || r.value > max)
    throw new UsageError(`--${name} "${text}": must be between ${min} and ${max}`);
  return r.value;
}

function choice<T extends string>(args: Args, name: string, values: readonly T[], fallback: T): T {
  const text = args.options.get(name);
  if (text === undefined) return fallback;
  if (!(values as readonly string[]).includes(text))
    throw new UsageError(`--${name} "${text}": must be one of ${values.join(', ')}`);
  return text as T;
}

/** The gait input of the options; `--stance-side` has no meaning in gait. */
export function gaitInput(args: Args): GaitInput {
  if (args.options.has('stance-side'))
    throw new UsageError(
      '--stance-side has no meaning for gait (both legs take turns); use --affected-side',
    );
  const L = GAIT_OPTION_LIMITS.cadenceStepsPerMin;
  return {
    ...DEFAULT_GAIT,
    stance: stanceInput(args, GAIT_ONLY),
    affectedSide: choice<AffectedSide>(args, 'affected-side', ['left', 'right', 'both'], 'right'),
    cadenceStepsPerMin: number(args, 'cadence', DEFAULT_GAIT.cadenceStepsPerMin, L.min, L.max),
  };
}

function allowOnly(args: Args, extra: readonly string[]): void {
  for (const name of ['param', 'from', 'to', 'steps', 'samples'])
    if (args.options.has(name) && !extra.includes(name))
      throw new UsageError(`--${name} belongs to another command (see --help)`);
}

/** `gait`: one cycle sampled at `--samples` points, as JSON or CSV. */
export function gaitCommand(args: Args): string {
  allowOnly(args, ['samples']);
  const L = GAIT_OPTION_LIMITS.samples;
  const n = number(args, 'samples', 101, L.min, L.max, true);
  const format = choice(args, 'format', ['json', 'csv'] as const, 'json');
  const gait = buildGait(gaitInput(args));
  const samples = sampleCycle(gait, n).map((s) => gaitSampleReport(gait, s));
  if (format === 'csv') return toCsv(samples, GAIT_COLUMNS);
  return `${JSON.stringify({ strideTimeS: gait.strideTimeS, events: gait.input.events, samples }, null, 2)}\n`;
}

/** `sweep`: one row per value of `--param` from `--from` to `--to` in `--steps` steps. */
export function sweepCommand(args: Args): string {
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
  const from = number(args, 'from', 0, param.min, param.max);
  const to = number(args, 'to', 0, param.min, param.max);
  const S = GAIT_OPTION_LIMITS.sweepSteps;
  const steps = number(args, 'steps', 0, S.min, S.max, true);
  const format = choice(args, 'format', ['csv', 'json'] as const, 'csv');
  const base = gaitInput(args);
  const values = sweepValues(from, to, steps);
  // Every row must be a valid body (e.g. a mass sweep must keep a plausible body-mass index).
  for (const v of values) {
    const bad = checkCombination(param.apply(base.stance, v));
    if (bad) throw new UsageError(`--param ${param.name} at ${v}: ${bad}`);
  }
  const rows = runSweep(base, param, values).map((r) => sweepRowReport(param.name, r));
  if (format === 'json')
    return `${JSON.stringify({ param: param.name, unit: param.unit, rows }, null, 2)}\n`;
  const columns = Object.keys(rows[0] ?? {}) as (keyof SweepRowReport)[];
  return toCsv(rows, columns);
}
