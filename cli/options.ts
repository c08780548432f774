/**
 * The command line's options, read the same way by every command: scenario settings through the
 * field table (sim/fields/), each command's own numbers and choices through the specs here, their
 * ranges from the one table of limits and caps (sim/fields/limits.ts, caps.ts); plot's own in
 * cli/plotOptions.ts. A refusal is a
 * UsageError naming the option, the quoted text and what is allowed.
 */
import {
  applyField,
  DEFAULT_GAIT,
  DEFAULT_STANCE,
  FIELDS,
  GAIT_OPTION_LIMITS,
  parseNumber,
  quoteForMessage as q,
  stanceFieldByFlag,
  stanceFromOptions,
  type GaitInput,
  type StanceInput,
} from '../sim/index.ts';
import { UsageError, type Args } from './args.ts';

/** A number option: its name, range, and whether it must be whole. */
export interface NumberSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** Unit named after the range in messages, e.g. "degrees". */
  readonly unit?: string;
}

/** The number given for `--name` (`fallback` when it is absent). */
export function numberOption(args: Args, spec: NumberSpec, fallback: number): number {
  const text = args.options.get(spec.name);
  if (text === undefined) return fallback;
  const r = parseNumber(text);
  if (!r.ok) throw new UsageError(`--${spec.name} "${q(text)}": ${r.reason}`);
  if (spec.integer && !Number.isInteger(r.value))
    throw new UsageError(`--${spec.name} "${q(text)}": must be a whole number`);
  if (r.value < spec.min || r.value > spec.max)
    throw new UsageError(
      `--${spec.name} "${q(text)}": must be between ${spec.min} and ${spec.max}${spec.unit ? ` ${spec.unit}` : ''}`,
    );
  return r.value;
}

/** The number given for `--name`; a UsageError saying `missing` when it is absent. */
export function requiredNumber(args: Args, spec: NumberSpec, missing: string): number {
  if (!args.options.has(spec.name)) throw new UsageError(missing);
  return numberOption(args, spec, 0);
}

/** The word given for `--name`, one of `values` (`fallback` when it is absent). */
export function choiceOption<T extends string>(
  args: Args,
  name: string,
  values: readonly T[],
  fallback: T,
): T {
  const text = args.options.get(name);
  if (text === undefined) return fallback;
  if (!(values as readonly string[]).includes(text))
    throw new UsageError(`--${name} "${q(text)}": must be one of ${values.join(', ')}`);
  return text as T;
}

/** Settings beside the stance (the affected side): taken only by the commands that run a gait. */
const BESIDE_STANCE = FIELDS.filter((f) => f.scope !== 'stance');

/** Whether `--name` is a setting of the stance (a field of the stance input, or the preset). */
export const isStanceSetting = (name: string): boolean =>
  name === 'preset' || stanceFieldByFlag(name) !== undefined;

/** Whether `--name` is a setting of a gait beside the stance (the affected side). */
export const isGaitSetting = (name: string): boolean => BESIDE_STANCE.some((f) => f.flag === name);

/** Stance input from the stance settings among the options (a command's own are left out). */
export function stanceInput(args: Args): StanceInput {
  const settings = new Map([...args.options].filter(([k]) => isStanceSetting(k)));
  const r = stanceFromOptions(DEFAULT_STANCE, settings);
  if (!r.ok) throw new UsageError(r.reason);
  return args.flags.has('piriformis') ? { ...r.value, includePiriformis: true } : r.value;
}

/** Steps per minute. */
const CADENCE: NumberSpec = { name: 'cadence', ...GAIT_OPTION_LIMITS.cadenceStepsPerMin };

/**
 * The gait input of the options: the stance settings, then the affected side, then the cadence
 * (for the commands that take it). `--stance-side` has no meaning in a gait.
 */
export function gaitInput(args: Args): GaitInput {
  if (args.options.has('stance-side'))
    throw new UsageError(
      `--stance-side has no meaning for a gait (both legs take turns); use ${BESIDE_STANCE.map((f) => `--${f.flag}`).join(', ')}`,
    );
  let v = { stance: stanceInput(args), affectedSide: DEFAULT_GAIT.affectedSide };
  for (const f of BESIDE_STANCE) {
    const text = args.options.get(f.flag);
    if (text === undefined) continue;
    const r = applyField(v, f, text);
    if (!r.ok) throw new UsageError(r.reason);
    v = r.value;
  }
  return {
    ...DEFAULT_GAIT,
    ...v,
    cadenceStepsPerMin: numberOption(args, CADENCE, DEFAULT_GAIT.cadenceStepsPerMin),
  };
}
