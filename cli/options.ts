/**
 * The command line's options, read the same way by every command: scenario settings through the
 * field table (sim/fields/), each command's own numbers and choices through the specs here. A
 * refusal is a UsageError naming the option, the text and what is allowed.
 */
import {
  applyField,
  DEFAULT_GAIT,
  DEFAULT_STANCE,
  FIELDS,
  GAIT_OPTION_LIMITS,
  parseNumber,
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
  if (!r.ok) throw new UsageError(`--${spec.name} "${text}": ${r.reason}`);
  if (spec.integer && !Number.isInteger(r.value))
    throw new UsageError(`--${spec.name} "${text}": must be a whole number`);
  if (r.value < spec.min || r.value > spec.max)
    throw new UsageError(
      `--${spec.name} "${text}": must be between ${spec.min} and ${spec.max}${spec.unit ? ` ${spec.unit}` : ''}`,
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
    throw new UsageError(`--${name} "${text}": must be one of ${values.join(', ')}`);
  return text as T;
}

/** Stance input from the stance settings among the options (all but `omit`). */
export function stanceInput(args: Args, omit: readonly string[] = []): StanceInput {
  const options = new Map([...args.options].filter(([k]) => !omit.includes(k)));
  const r = stanceFromOptions(DEFAULT_STANCE, options);
  if (!r.ok) throw new UsageError(r.reason);
  return args.flags.has('piriformis') ? { ...r.value, includePiriformis: true } : r.value;
}

/** Settings beside the stance (the affected side): taken only by the commands that run a gait. */
const BESIDE_STANCE = FIELDS.filter((f) => f.scope !== 'stance');

/** Options of the gait and sweep commands that are not stance settings. */
const GAIT_OPTIONS = ['cadence', 'samples', 'format', 'param', 'from', 'to', 'steps'];
const GAIT_ONLY = [...BESIDE_STANCE.map((f) => f.flag), ...GAIT_OPTIONS];

/** Steps per minute. */
const CADENCE: NumberSpec = { name: 'cadence', ...GAIT_OPTION_LIMITS.cadenceStepsPerMin };

/**
 * The gait input of the options: the stance settings, then the affected side, then the cadence.
 * `--stance-side` has no meaning in a gait.
 */
export function gaitInput(args: Args): GaitInput {
  if (args.options.has('stance-side'))
    throw new UsageError(
      `--stance-side has no meaning for gait (both legs take turns); use ${BESIDE_STANCE.map((f) => `--${f.flag}`).join(', ')}`,
    );
  let v = { stance: stanceInput(args, GAIT_ONLY), affectedSide: DEFAULT_GAIT.affectedSide };
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

/** The ratio given for `--name` as "W:H" or one number (W/H), within [min, max]; `undefined` when absent. */
export function ratioOption(
  args: Args,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const text = args.options.get(name);
  if (text === undefined) return undefined;
  const parts = text.split(':').map((p) => (p.trim() === '' ? NaN : Number(p)));
  const [w, h = 1] = parts;
  const value = parts.length <= 2 && w !== undefined ? w / h : NaN;
  if (!Number.isFinite(value) || value <= 0)
    throw new UsageError(`--${name} "${text}": must be width:height such as 16:9, or one number`);
  if (value < min || value > max)
    throw new UsageError(`--${name} "${text}": width per height must be between ${min} and ${max}`);
  return value;
}

/** Sizes on paper: width and height in mm (or width per height), type in pt, a panel letter. */
export interface PaperOptions {
  /** Width on paper, mm; undefined: the plot is sized in pixels. */
  readonly widthMm: number | undefined;
  /** Height on paper, mm, when given. */
  readonly heightMm: number | undefined;
  /** Width per height, when given. */
  readonly aspect: number | undefined;
  /** Base type size, pt, when given. */
  readonly fontPt: number | undefined;
  /** A panel letter (one or two letters or digits). */
  readonly panel: string | undefined;
}

/** Names of the paper options (so commands can keep them apart from scenario settings). */
export const PAPER_OPTION_NAMES = ['width-mm', 'height-mm', 'aspect', 'font-pt', 'panel'];

/** `--width-mm`, `--height-mm` or `--aspect`, `--font-pt` and `--panel`. */
export function paperOptions(args: Args): PaperOptions {
  if (args.options.has('height-mm') && args.options.has('aspect'))
    throw new UsageError('--height-mm and --aspect both set the height: give one of them');
  const panel = args.options.get('panel');
  if (panel !== undefined && !/^[A-Za-z0-9]{1,2}$/.test(panel))
    throw new UsageError(`--panel "${panel}": must be one or two letters or digits, e.g. A`);
  const mm = (name: string, min: number) =>
    args.options.has(name)
      ? numberOption(args, { name, min, max: 1000, unit: 'mm' }, 0)
      : undefined;
  return {
    widthMm: mm('width-mm', 30),
    heightMm: mm('height-mm', 20),
    aspect: ratioOption(args, 'aspect', 0.2, 5),
    fontPt: args.options.has('font-pt')
      ? numberOption(args, { name: 'font-pt', min: 4, max: 48, unit: 'pt' }, 0)
      : undefined,
    panel,
  };
}
