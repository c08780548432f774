/**
 * One schema for the stance options, shared by every entry point (command line, URL, scenario
 * files, app text fields): names, allowed values and ranges, units, and how each option changes a
 * {@link StanceInput}. Errors name the field, the value and what is allowed.
 */
import { RAD_PER_DEG } from './constants.ts';
import type { StanceInput } from './input.ts';
import { applyPreset, presetIds } from './presets.ts';
import { parseNumber, parseQuantity, quoteForMessage, type Parsed } from './quantity.ts';

interface FieldBase {
  /** Option name as on the command line (without "--") and in URLs. */
  readonly name: string;
  /** What a person calls it. */
  readonly label: string;
  readonly help: string;
}

/** A choice among named values. */
export interface EnumField extends FieldBase {
  readonly kind: 'enum';
  readonly values: readonly string[];
  readonly apply: (s: StanceInput, v: string) => StanceInput;
}

/** A number in display units (percent, degrees, fraction), with a range. */
export interface NumberField extends FieldBase {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  /** Display unit, e.g. "%", "°", "× BW". */
  readonly unit: string;
  readonly apply: (s: StanceInput, v: number) => StanceInput;
}

/** A physical quantity (mass or length), with or without a unit; range in SI. */
export interface QuantityField extends FieldBase {
  readonly kind: 'quantity';
  readonly si: 'kg' | 'm';
  readonly min: number;
  readonly max: number;
  readonly apply: (s: StanceInput, v: number) => StanceInput;
}

export type Field = EnumField | NumberField | QuantityField;

const pct = (name: string, label: string, group: 'gmed' | 'gmin' | 'tfl'): NumberField => ({
  name,
  label,
  kind: 'number',
  min: 0,
  max: 100,
  unit: '%',
  help: `${label}, % of normal active force (passive force is unaffected)`,
  apply: (s, v) => ({ ...s, strength: { ...s.strength, [group]: v / 100 } }),
});

/** Limits of validity of the model's inputs (doc/model.md §8). */
export const LIMITS = {
  bodyMassKg: { min: 30, max: 200 },
  heightM: { min: 1.2, max: 2.1 },
  neckShaftDeg: { min: 110, max: 150 },
  caneFractionBW: { min: 0, max: 0.5 },
  /** Carried load as a fraction of body mass. */
  loadFractionOfMass: { max: 0.5 },
  /** Body-mass index, kg/m². */
  bmi: { min: 10, max: 80 },
} as const;

/** The stance options, in the order `--help` lists them. */
export const STANCE_FIELDS: readonly Field[] = [
  {
    name: 'stance-side',
    label: 'Stance side',
    kind: 'enum',
    values: ['left', 'right'],
    help: 'leg that carries the body',
    apply: (s, v) => ({ ...s, stanceSide: v as StanceInput['stanceSide'] }),
  },
  {
    name: 'mass',
    label: 'Body mass',
    kind: 'quantity',
    si: 'kg',
    ...LIMITS.bodyMassKg,
    help: 'body mass: kg, or a quantity such as "154 lb"',
    apply: (s, v) => ({ ...s, bodyMassKg: v }),
  },
  {
    name: 'height',
    label: 'Height',
    kind: 'quantity',
    si: 'm',
    ...LIMITS.heightM,
    help: 'standing height: m, or a quantity such as "175 cm" or "5.9 ft"',
    apply: (s, v) => ({ ...s, heightM: v }),
  },
  {
    name: 'sex',
    label: 'Sex',
    kind: 'enum',
    values: ['male', 'female'],
    help: "selects de Leva's segment parameters",
    apply: (s, v) => ({ ...s, sex: v as StanceInput['sex'] }),
  },
  pct('gmed', 'Gluteus medius strength', 'gmed'),
  pct('gmin', 'Gluteus minimus strength', 'gmin'),
  pct('tfl', 'Tensor fasciae latae strength', 'tfl'),
  {
    name: 'neck-shaft',
    label: 'Neck-shaft angle',
    kind: 'number',
    min: LIMITS.neckShaftDeg.min,
    max: LIMITS.neckShaftDeg.max,
    unit: '°',
    help: 'neck-shaft angle of the stance femur, degrees (normal 125-135)',
    apply: (s, v) => ({ ...s, neckShaftRad: v * RAD_PER_DEG }),
  },
  {
    name: 'cane',
    label: 'Cane force',
    kind: 'number',
    min: LIMITS.caneFractionBW.min,
    max: LIMITS.caneFractionBW.max,
    unit: '× BW',
    help: 'cane force as a fraction of body weight, upward on the hand (patients rarely exceed 0.2)',
    apply: (s, v) => ({ ...s, caneFractionBW: v }),
  },
  {
    name: 'cane-hand',
    label: 'Cane hand',
    kind: 'enum',
    values: ['contralateral', 'ipsilateral'],
    help: 'hand holding the cane, relative to the stance leg',
    apply: (s, v) => ({ ...s, caneHand: v as StanceInput['caneHand'] }),
  },
  {
    name: 'load',
    label: 'Carried load',
    kind: 'quantity',
    si: 'kg',
    min: 0,
    max: LIMITS.bodyMassKg.max * LIMITS.loadFractionOfMass.max,
    help: 'mass carried in one hand: kg, or a quantity such as "10 lb" (at most half the body mass)',
    apply: (s, v) => ({ ...s, loadKg: v }),
  },
  {
    name: 'load-hand',
    label: 'Load hand',
    kind: 'enum',
    values: ['contralateral', 'ipsilateral'],
    help: 'hand carrying the load, relative to the stance leg',
    apply: (s, v) => ({ ...s, loadHand: v as StanceInput['loadHand'] }),
  },
  {
    name: 'compensation',
    label: 'Compensation',
    kind: 'enum',
    values: ['none', 'trunk-lean', 'auto'],
    help: 'none: the pelvis drops; trunk-lean: Duchenne lean just enough; auto: what a person would choose',
    apply: (s, v) => ({ ...s, compensation: v as StanceInput['compensation'] }),
  },
];

const FIELD_BY_NAME = new Map(STANCE_FIELDS.map((f) => [f.name, f]));

/** Looks up a stance option by name. */
export function stanceField(name: string): Field | undefined {
  return FIELD_BY_NAME.get(name);
}

function fmt(v: number): string {
  return String(Number(v.toPrecision(6)));
}

/**
 * Parses one option's text and applies it.
 * @returns the new input, or a one-line reason naming the field, the value and the allowed range
 */
export function applyField(s: StanceInput, field: Field, text: string): Parsed<StanceInput> {
  const shown = quoteForMessage(text);
  if (field.kind === 'enum') {
    if (!field.values.includes(text))
      return {
        ok: false,
        reason: `--${field.name} "${shown}": must be one of ${field.values.join(', ')}`,
      };
    return { ok: true, value: field.apply(s, text) };
  }
  const parsed = field.kind === 'quantity' ? parseQuantity(text, field.si) : parseNumber(text);
  if (!parsed.ok) return { ok: false, reason: `--${field.name} "${shown}": ${parsed.reason}` };
  const v = parsed.value;
  if (v < field.min || v > field.max) {
    const unit =
      field.kind === 'quantity' ? ` ${field.si}` : field.unit === '%' ? ' %' : ` ${field.unit}`;
    return {
      ok: false,
      reason: `--${field.name} "${shown}": must be between ${fmt(field.min)} and ${fmt(field.max)}${unit}${field.kind === 'quantity' ? ` (read as ${fmt(v)} ${field.si})` : ''}`,
    };
  }
  return { ok: true, value: field.apply(s, v) };
}

/** Checks limits that involve more than one option. */
export function checkCombination(s: StanceInput): string | undefined {
  const bmi = s.bodyMassKg / (s.heightM * s.heightM);
  if (bmi < LIMITS.bmi.min || bmi > LIMITS.bmi.max)
    return `--mass ${fmt(s.bodyMassKg)} kg with --height ${fmt(s.heightM)} m: body-mass index ${fmt(bmi)} kg/m² is outside ${LIMITS.bmi.min}-${LIMITS.bmi.max}`;
  // Tolerance: values travel through URLs and files at 6 significant digits.
  if (s.loadKg > LIMITS.loadFractionOfMass.max * s.bodyMassKg * (1 + 1e-5))
    return `--load ${fmt(s.loadKg)} kg: must be at most half the body mass (${fmt(s.bodyMassKg / 2)} kg)`;
  if (s.caneFractionBW > 0 && s.loadKg > 0 && s.caneHand === s.loadHand)
    return `--cane-hand and --load-hand are both ${s.caneHand}: one hand cannot hold a cane and carry a load`;
  return undefined;
}

/**
 * Builds a stance input from named option texts: the preset (if any) first, then every other
 * option in order, then the checks across options.
 * @param options option name → text, e.g. { mass: "154 lb", preset: "coxa-vara" }
 */
export function stanceFromOptions(
  base: StanceInput,
  options: ReadonlyMap<string, string>,
): Parsed<StanceInput> {
  let s = base;
  const preset = options.get('preset');
  if (preset !== undefined) {
    const p = applyPreset(s, preset);
    if (!p)
      return {
        ok: false,
        reason: `--preset "${quoteForMessage(preset)}": must be one of ${presetIds().join(', ')}`,
      };
    s = p;
  }
  for (const [name, text] of options) {
    if (name === 'preset') continue;
    const field = stanceField(name);
    if (!field) return { ok: false, reason: `unknown option --${quoteForMessage(name)}` };
    const r = applyField(s, field, text);
    if (!r.ok) return r;
    s = r.value;
  }
  const bad = checkCombination(s);
  return bad ? { ok: false, reason: bad } : { ok: true, value: s };
}

/** Options of the gait and sweep commands beyond the stance options. */
export const GAIT_OPTION_LIMITS = {
  cadenceStepsPerMin: { min: 40, max: 180 },
  samples: { min: 2, max: 10_001 },
  sweepSteps: { min: 1, max: 1_001 },
} as const;
