/**
 * Named option texts → field values, the way every entry point reads them: the preset (if any)
 * first, then every other option in order, then the rules across fields. Errors name the option,
 * the text and what is allowed, in one line.
 */
import type { StanceInput } from '../input.ts';
import { applyPreset, presetIds } from '../presets.ts';
import { quoteForMessage, type Parsed } from '../quantity.ts';
import { applyField, formatField, type Field, type FieldValues } from './field.ts';
import { FIELDS, fieldByFlag } from './fields.ts';
import { checkCombination } from './rules.ts';

/**
 * Reads option texts onto `base`.
 * @param options option name → text, e.g. { mass: "154 lb", preset: "coxa-vara" }
 * @param lookup the field an option name stands for (by flag on the command line, by key in files)
 */
export function valuesFromOptions(
  base: FieldValues,
  options: ReadonlyMap<string, string>,
  lookup: (name: string) => Field | undefined,
): Parsed<FieldValues> {
  let v = base;
  const preset = options.get('preset');
  if (preset !== undefined) {
    const stance = applyPreset(v.stance, preset);
    if (!stance)
      return {
        ok: false,
        reason: `--preset "${quoteForMessage(preset)}": must be one of ${presetIds().join(', ')}`,
      };
    v = { ...v, stance };
  }
  for (const [name, text] of options) {
    if (name === 'preset') continue;
    const field = lookup(name);
    if (!field) return { ok: false, reason: `unknown option --${quoteForMessage(name)}` };
    const r = applyField(v, field, text, name);
    if (!r.ok) return r;
    v = r.value;
  }
  const bad = checkCombination(v.stance);
  return bad ? { ok: false, reason: bad } : { ok: true, value: v };
}

/** The stance field with command-line flag `--flag` (the affected side is not one). */
export function stanceFieldByFlag(flag: string): Field | undefined {
  const f = fieldByFlag(flag);
  return f?.scope === 'stance' ? f : undefined;
}

/**
 * Builds a stance input from named option texts (command-line flags): the preset first, then
 * every other option in order, then the checks across options.
 * @param options option name → text, e.g. { mass: "154 lb", preset: "coxa-vara" }
 */
export function stanceFromOptions(
  base: StanceInput,
  options: ReadonlyMap<string, string>,
): Parsed<StanceInput> {
  const r = valuesFromOptions({ stance: base, affectedSide: 'right' }, options, stanceFieldByFlag);
  return r.ok ? { ok: true, value: r.value.stance } : r;
}

/**
 * The written fields of `v` as option texts by key, in table order: those that differ from
 * `normal`, or every one.
 */
export function optionsOf(
  v: FieldValues,
  normal: FieldValues,
  all = false,
): Record<string, string> {
  const o: Record<string, string> = {};
  for (const f of FIELDS) {
    if (!f.written) continue;
    const text = formatField(f, v);
    if (all || text !== formatField(f, normal)) o[f.key] = text;
  }
  return o;
}
