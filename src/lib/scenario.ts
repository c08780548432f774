/**
 * The app's scenario and its URL form, with the view's (src/lib/viewFields.ts). Every value read
 * from a URL goes through the field table (sim/fields/); a bad value falls back to its default
 * and leaves a note for the user.
 */
import { scenarioOptions } from './scenarioOptions.ts';
import { DEFAULT_VIEW, short, VIEW_FIELDS, type ViewState } from './viewFields.ts';
import {
  applyField,
  applyPreset,
  checkCombination,
  copyField,
  DEFAULT_GAIT,
  fieldByKey,
  FIELDS,
  presetIds,
  presetMatches,
  RULES,
  type AffectedSide,
  type Field,
  type FieldValues,
  type StanceInput,
} from '../../sim/index.ts';

export {
  DEFAULT_VIEW,
  DETAILS,
  OVERLAYS,
  SPEEDS,
  type Compare,
  type Detail,
  type Mode,
  type Overlay,
  type Pin,
  type ViewState,
} from './viewFields.ts';

/** What is simulated: the body, its hips and its aids. */
export interface Scenario {
  readonly stance: StanceInput;
  readonly affectedSide: AffectedSide;
  /** Preset last chosen (for the picker); cleared when a value is changed by hand. */
  readonly presetId: string | undefined;
}

export const DEFAULT_SCENARIO: Scenario = {
  stance: DEFAULT_GAIT.stance,
  affectedSide: DEFAULT_GAIT.affectedSide,
  presetId: 'normal',
};

/** URL query of a scenario and view. */
export function toQuery(s: Scenario, v: ViewState): string {
  const q = new URLSearchParams();
  if (s.presetId) q.set('preset', s.presetId);
  for (const [k, val] of Object.entries(scenarioOptions(s.stance, s.affectedSide))) q.set(k, val);
  for (const f of VIEW_FIELDS) {
    const text = f.write(v);
    if (text !== undefined) q.set(f.key, text);
  }
  return q.toString();
}

/** A scenario and view read from a URL query, with a note for every value that was refused. */
export interface FromQuery {
  readonly scenario: Scenario;
  readonly view: ViewState;
  readonly notes: string[];
}

/**
 * Settings beside the stance (the affected side) take no part in its rules: they are read once,
 * from their first occurrence, after the stance.
 */
const BESIDE_STANCE = FIELDS.filter((f) => f.scope !== 'stance');
const NOT_STANCE = new Set([
  'preset',
  ...VIEW_FIELDS.map((f) => f.key),
  ...BESIDE_STANCE.map((f) => f.key),
]);
/** The numbers the rules across fields involve: reset to normal when the link breaks a rule. */
const RULE_NUMBERS = FIELDS.filter(
  (f) => f.kind === 'number' && RULES.some((r) => r.keys.includes(f.key)),
);

function readField(v: FieldValues, field: Field, text: string, notes: string[]): FieldValues {
  const r = applyField(v, field, text, field.key);
  if (r.ok) return r.value;
  notes.push(`${field.label}: ${short(r.reason.replace(/^--\S+ /, ''), 200)} — using the default.`);
  return v;
}

/** Reads a URL query; never throws. */
export function fromQuery(query: string): FromQuery {
  const q = new URLSearchParams(query);
  const notes: string[] = [];
  let v: FieldValues = DEFAULT_SCENARIO;
  const preset = q.get('preset');
  if (preset !== null) {
    const p = applyPreset(v.stance, preset);
    if (p) v = { ...v, stance: p };
    else notes.push(`Unknown preset "${short(preset)}" in the link: using Normal.`);
  }
  for (const [key, text] of q) {
    if (NOT_STANCE.has(key)) continue;
    const field = fieldByKey(key);
    if (field) v = readField(v, field, text, notes);
    else notes.push(`Ignored "${short(key)}" in the link: not a setting.`);
  }
  const combo = checkCombination(v.stance);
  if (combo) {
    notes.push(`${short(combo.replace(/--/g, ''), 200)} — using default body, cane and load.`);
    v = RULE_NUMBERS.reduce((out, f) => copyField(f, DEFAULT_GAIT, out), v);
  }
  // The preset picker names a preset only when the values it governs are the preset's own.
  const presetId = [preset ?? 'normal', ...presetIds()].find((id) => presetMatches(v.stance, id));
  for (const field of BESIDE_STANCE) {
    const text = q.get(field.key);
    if (text !== null) v = readField(v, field, text, notes);
  }
  let view = DEFAULT_VIEW;
  for (const f of VIEW_FIELDS) {
    const text = q.get(f.key);
    if (text !== null) view = f.read(view, text, (line) => notes.push(line));
  }
  return {
    scenario: { stance: v.stance, affectedSide: v.affectedSide, presetId },
    view,
    notes,
  };
}
