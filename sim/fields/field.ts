/**
 * A row of the field table: one setting of a scenario, written down once. It knows how it is named
 * (URL and file key, command-line flag, label), how text becomes a value and the value text again,
 * its limits, and how the app's controls show it. The rows are in sim/fields/stance.ts; URLs,
 * scenario files, presets, the command line, `--help`, sweeps and the app's controls all read them.
 *
 * Values are SI inside (kg, m, rad, fractions); a number field's text and limits are in its display
 * unit (%, °, × BW, kg, m), converted by `toDisplay` / `fromDisplay`.
 */
import type { AffectedSide } from '../gait/gait.ts';
import type { StanceInput } from '../input.ts';
import {
  parseNumber,
  parseQuantity,
  quoteForMessage,
  TINY,
  type Parsed,
  type SiUnit,
} from '../quantity.ts';
import { formatNumber } from '../units.ts';

/** What the fields describe: the body with its aids, and which hip(s) are affected. */
export interface FieldValues {
  readonly stance: StanceInput;
  readonly affectedSide: AffectedSide;
}

/** How the app's controls show a number field. */
export type NumberControl =
  /** A strength slider over the field's range, whole percent, with the MRC grade beside it. */
  | { readonly kind: 'strength' }
  /** A slider with the value and unit beside it, shown to `digits` decimals. */
  | { readonly kind: 'range'; readonly step: number; readonly digits: number }
  /** A slider beside unit-aware text ("154 lb"), shown to `digits` decimals. */
  | { readonly kind: 'quantity'; readonly step: number; readonly digits: number };

/** One radio button of a choice control. */
export interface ChoiceOption {
  readonly value: string;
  /** The words beside the button, e.g. "opposite hand" for "contralateral". */
  readonly label: string;
}

interface FieldBase {
  /** Name in URLs and scenario files, e.g. "gmed". */
  readonly key: string;
  /** Command-line flag without "--" (the key, except where a row says otherwise). */
  readonly flag: string;
  /** What a person calls it; also the control's accessible name. */
  readonly label: string;
  /** What `--help` says about it (lines joined by "\n"). */
  readonly help: string;
  /**
   * 'stance': part of the stance input, taken by every command; 'scenario': beside it (the
   * affected side), taken by the commands that run a gait.
   */
  readonly scope: 'stance' | 'scenario';
  /** Written to URLs, files and exports (false: read only, e.g. the stance side the app derives). */
  readonly written: boolean;
}

/** A choice among named values. */
export interface ChoiceField extends FieldBase {
  readonly kind: 'choice';
  /** Allowed values, in the order messages and `--help` list them. */
  readonly values: readonly string[];
  readonly get: (v: FieldValues) => string;
  /** Sets a value (one of `values`: {@link applyField} checks). */
  readonly set: (v: FieldValues, value: string) => FieldValues;
  /** The control's radio buttons in order; absent for a setting without a control. */
  readonly control?: readonly ChoiceOption[];
}

/** A number with a display unit and limits; a quantity (mass, length) may carry its own unit. */
export interface NumberField extends FieldBase {
  readonly kind: 'number';
  /** Display unit: "%", "°", "× BW", "kg", "m". */
  readonly unit: string;
  /** For a quantity, the SI unit of its dimension (text may say "154 lb"); the display unit then. */
  readonly quantity?: SiUnit;
  /** Smallest value accepted, display unit. */
  readonly min: number;
  /** Largest value accepted, display unit. */
  readonly max: number;
  /** The value, SI. */
  readonly get: (v: FieldValues) => number;
  /** Sets the value, SI. */
  readonly set: (v: FieldValues, si: number) => FieldValues;
  /** SI → display unit. */
  readonly toDisplay: (si: number) => number;
  /** Display unit → SI. */
  readonly fromDisplay: (display: number) => number;
  /** Whether `sweep --param` can vary it (over min-max, in the display unit). */
  readonly sweepable: boolean;
  /** How the app's controls show it; absent for a setting without a control. */
  readonly control?: NumberControl;
}

/** A row of the field table. */
export type Field = ChoiceField | NumberField;

/** A field's value as people read it: the value word, or the number in the display unit. */
export function displayValue(f: Field, v: FieldValues): string | number {
  return f.kind === 'choice' ? f.get(v) : f.toDisplay(f.get(v));
}

/** `to` with field `f` set to its value in `from`. */
export function copyField(f: Field, from: FieldValues, to: FieldValues): FieldValues {
  return f.kind === 'choice' ? f.set(to, f.get(from)) : f.set(to, f.get(from));
}

/**
 * A field's value as text, the exact inverse of {@link applyField} (numbers to 6 digits; a
 * magnitude under {@link TINY}, which would not read back, as 0).
 */
export function formatField(f: Field, v: FieldValues): string {
  const d = displayValue(f, v);
  return typeof d === 'string' ? d : formatNumber(Math.abs(d) < TINY ? 0 : d);
}

/**
 * Parses one field's text and applies it.
 * @param name the option as the user named it (flag or key), quoted in the reason as `--name`
 * @returns the new values, or a one-line reason naming the option, the text and what is allowed
 */
export function applyField(
  v: FieldValues,
  f: Field,
  text: string,
  name: string = f.flag,
): Parsed<FieldValues> {
  const refuse = (why: string): Parsed<FieldValues> => ({
    ok: false,
    reason: `--${name} "${quoteForMessage(text)}": ${why}`,
  });
  if (f.kind === 'choice')
    return f.values.includes(text)
      ? { ok: true, value: f.set(v, text) }
      : refuse(`must be one of ${f.values.join(', ')}`);
  const parsed = f.quantity ? parseQuantity(text, f.quantity) : parseNumber(text);
  if (!parsed.ok) return refuse(parsed.reason);
  const d = parsed.value;
  if (d < f.min || d > f.max) {
    const readAs = f.quantity ? ` (read as ${formatNumber(d)} ${f.unit})` : '';
    return refuse(
      `must be between ${formatNumber(f.min)} and ${formatNumber(f.max)} ${f.unit}${readAs}`,
    );
  }
  return { ok: true, value: f.set(v, f.fromDisplay(d)) };
}
