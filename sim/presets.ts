/**
 * Scenarios for lecturers, from data/presets.json: each is a map of settings, as in a URL, read by
 * the field table's parser, and says in one line what it shows.
 */
import data from '../data/presets.json' with { type: 'json' };
import { applyField, copyField, type Field, type FieldValues } from './fields/field.ts';
import { fieldByKey } from './fields/fields.ts';
import { DEFAULT_STANCE, type StanceInput } from './input.ts';

/** A named scenario. */
export interface Preset {
  readonly id: string;
  readonly name: string;
  /** One line for lecturers. */
  readonly description: string;
  /** Settings by URL key, as text: e.g. { gmed: "0", "neck-shaft": "115" }. */
  readonly options: Readonly<Record<string, string>>;
}

/** All presets, in the order they are offered. */
export const PRESETS: readonly Preset[] = data.presets;

function stanceField(key: string, preset: string): Field {
  const f = fieldByKey(key);
  if (!f || f.scope !== 'stance')
    throw new Error(`data/presets.json: preset ${preset} names "${key}", not a stance setting`);
  return f;
}

/**
 * The fields presets govern: every field some preset names (the strengths and the neck-shaft
 * angle). A preset sets those it names and returns the others to normal.
 */
export const PRESET_FIELDS: readonly Field[] = [
  ...new Set(PRESETS.flatMap((p) => Object.keys(p.options).map((k) => stanceField(k, p.id)))),
];

/** Preset ids, in order. */
export function presetIds(): string[] {
  return PRESETS.map((p) => p.id);
}

/** A stance as field values (the affected side plays no part in presets). */
const values = (stance: StanceInput): FieldValues => ({ stance, affectedSide: 'right' });

/**
 * Applies a preset to an input: the fields it names take its values; the other fields presets
 * govern return to normal; everything else keeps its value. Undefined for an unknown id.
 */
export function applyPreset(s: StanceInput, id: string): StanceInput | undefined {
  const p = PRESETS.find((q) => q.id === id);
  if (!p) return undefined;
  let v = values(s);
  for (const f of PRESET_FIELDS) v = copyField(f, values(DEFAULT_STANCE), v);
  for (const [key, text] of Object.entries(p.options)) {
    const r = applyField(v, stanceField(key, id), text, key);
    if (!r.ok) throw new Error(`data/presets.json: preset ${id}: ${r.reason}`);
    v = r.value;
  }
  return v.stance;
}

/** Whether the fields presets govern have, in `s`, the values of preset `id` (within 1e-6 SI). */
export function presetMatches(s: StanceInput, id: string): boolean {
  const p = applyPreset(s, id);
  if (!p) return false;
  const [a, b] = [values(p), values(s)];
  return PRESET_FIELDS.every((f) =>
    f.kind === 'number' ? Math.abs(f.get(a) - f.get(b)) < 1e-6 : f.get(a) === f.get(b),
  );
}
