/**
 * Builders for the rows of the field table (sim/fields/fields.ts): a number of the stance input
 * set in SI, a muscle group's strength, a choice of the stance input. Each fills in what rows of
 * its kind share: flag = key, how to get and set the value, and the display-unit conversion.
 */
import { RAD_PER_DEG } from '../constants.ts';
import type { StanceInput, Strengths } from '../input.ts';
import type { SiUnit } from '../quantity.ts';
import { deg } from '../units.ts';
import type { ChoiceField, ChoiceOption, FieldValues, NumberField } from './field.ts';

/** What every row says about itself. */
interface Named {
  readonly key: string;
  readonly label: string;
  readonly help: string;
}

/** `v` with some of the stance input replaced. */
export const setStance = (v: FieldValues, patch: Partial<StanceInput>): FieldValues => ({
  ...v,
  stance: { ...v.stance, ...patch },
});

const SAME = { toDisplay: (si: number) => si, fromDisplay: (d: number) => d };
const PERCENT = { toDisplay: (f: number) => f * 100, fromDisplay: (pct: number) => pct / 100 };

/** Shown in degrees, held in radians. */
export const DEGREES = { toDisplay: deg, fromDisplay: (d: number) => d * RAD_PER_DEG };

/** Shown in its own unit, e.g. × BW. */
export const PLAIN = (unit: string) => ({ unit, ...SAME });

/** A mass or length: text may carry its own unit; shown in SI. */
export const QUANTITY = (si: SiUnit) => ({ unit: si, quantity: si, ...SAME });

/** The number properties of the stance input. */
type NumberProp = {
  [K in keyof StanceInput]-?: StanceInput[K] extends number ? K : never;
}[keyof StanceInput];

/** A number of the stance input: its unit and conversion, limits and control. */
export function stanceNumber(
  spec: Named &
    Pick<NumberField, 'unit' | 'min' | 'max' | 'toDisplay' | 'fromDisplay' | 'control'> & {
      readonly prop: NumberProp;
      readonly quantity?: SiUnit;
    },
): NumberField {
  const { prop, ...row } = spec;
  return {
    kind: 'number',
    flag: spec.key,
    scope: 'stance',
    written: true,
    sweepable: true,
    get: (v) => v.stance[prop],
    set: (v, si) => setStance(v, { [prop]: si }),
    ...row,
  };
}

/** A muscle group's strength: 0-100 % of normal active force, a slider with the MRC grade. */
export function strength(key: keyof Omit<Strengths, 'piriformis'>, label: string): NumberField {
  return {
    kind: 'number',
    key,
    flag: key,
    label,
    help: `${label}, % of normal active force (passive force is unaffected)`,
    scope: 'stance',
    written: true,
    unit: '%',
    min: 0,
    max: 100,
    ...PERCENT,
    get: (v) => v.stance.strength[key],
    set: (v, f) => setStance(v, { strength: { ...v.stance.strength, [key]: f } }),
    sweepable: true,
    control: { kind: 'strength' },
  };
}

/** Radio buttons from value → the words beside it, in order. */
export const options = (words: Readonly<Record<string, string>>): ChoiceOption[] =>
  Object.entries(words).map(([value, label]) => ({ value, label }));

/** A choice of the stance input; without `control` it has none, without `written` it is read only. */
export function stanceChoice<K extends keyof StanceInput>(
  spec: Named & {
    readonly prop: K;
    readonly values: readonly StanceInput[K][];
    readonly control?: readonly ChoiceOption[];
    readonly written?: boolean;
  },
): ChoiceField {
  const { prop, values, written = true, ...row } = spec;
  return {
    kind: 'choice',
    flag: spec.key,
    scope: 'stance',
    written,
    values: values as readonly string[],
    get: (v) => String(v.stance[prop]),
    set: (v, value) => setStance(v, { [prop]: value }),
    ...row,
  };
}
