/**
 * The app's scenario, the one check every scenario passes before it becomes the app's state or
 * is kept anywhere ({@link scenarioProblem}), and its URL form with the view's
 * (src/lib/viewFields.ts). Every value read from a URL goes through the field table
 * (sim/fields/); a bad value falls back to its default and leaves a note for the user.
 */
import { scenarioOptions } from './scenarioOptions.ts';
import { DEFAULT_VIEW, VIEW_FIELDS, type ViewState } from './viewFields.ts';
import {
  applyField,
  applyPreset,
  CAPS,
  checkCombination,
  copyField,
  DEFAULT_GAIT,
  fieldByKey,
  FIELDS,
  presetIds,
  presetMatches,
  quoteForMessage,
  RULES,
  valuesFromOptions,
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

/**
 * Why scenario `s` cannot be the app's state, or undefined when it can: its settings, written as
 * a URL, a file or storage writes them, must read back through the field table and keep every
 * rule across fields. Whatever the source (a control, a link, a file, storage, a preset), a
 * scenario passes this before it is shown or kept.
 */
export function scenarioProblem(s: Scenario): string | undefined {
  const written = scenarioOptions(s.stance, s.affectedSide, true);
  const r = valuesFromOptions(DEFAULT_SCENARIO, new Map(Object.entries(written)), fieldByKey);
  return r.ok ? undefined : inWords(r.reason);
}

/**
 * A reason from the field table in the app's words: each `--flag` or `--key` becomes the field's
 * label ("--cane-hand" → "cane hand").
 */
export function inWords(reason: string): string {
  return reason.replace(/--([a-z-]+)/g, (_all, name: string) => {
    const f = fieldByKey(name) ?? FIELDS.find((x) => x.flag === name);
    return f ? f.label.charAt(0).toLowerCase() + f.label.slice(1) : name;
  });
}

/**
 * A field's reason without the command line's context (`--mass "abc": `): the app names the field
 * itself, and the reason quotes the text again where it matters.
 */
export function fieldReason(reason: string): string {
  return reason.replace(/^--\S+ ("(?:[^"\\]|\\.)*": )?/, '');
}

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

/** Settings beside the stance (the affected side) take no part in its rules: read after it. */
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

/** A reason quoted in a note: neutralised, at most 200 characters. */
const quoteReason = (why: string) => quoteForMessage(why, 200);

function readField(v: FieldValues, field: Field, text: string, notes: string[]): FieldValues {
  const r = applyField(v, field, text, field.key);
  if (r.ok) return r.value;
  notes.push(`${field.label}: ${quoteReason(fieldReason(r.reason))} — using the default.`);
  return v;
}

/**
 * The link's keys, each once, with its first value, in the order they first appear; a key given
 * more than once leaves a note saying which value was used (the same rule for every key).
 */
function firstValues(query: string, notes: string[]): Map<string, string> {
  const text = query.startsWith('?') ? query.slice(1) : query;
  if (text.length > CAPS.queryChars)
    notes.push(
      `The link is longer than ${CAPS.queryChars} characters: only its first ${CAPS.queryChars} were read.`,
    );
  const first = new Map<string, string>();
  const times = new Map<string, number>();
  for (const [key, value] of new URLSearchParams(text.slice(0, CAPS.queryChars))) {
    if (!first.has(key)) first.set(key, value);
    times.set(key, (times.get(key) ?? 0) + 1);
  }
  for (const [key, n] of times)
    if (n > 1)
      notes.push(
        `"${quoteForMessage(key)}" is given ${n === 2 ? 'twice' : `${n} times`} in the link: using the first ("${quoteForMessage(first.get(key) ?? '')}").`,
      );
  return first;
}

/** Each note once, and at most {@link CAPS}.linkNotes of them (the rest counted). */
function tidy(notes: readonly string[]): string[] {
  const once = [...new Set(notes)];
  if (once.length <= CAPS.linkNotes) return once;
  const shown = once.slice(0, CAPS.linkNotes - 1);
  return [...shown, `… and ${once.length - shown.length} more notes about the link.`];
}

/** Reads a URL query; never throws. */
export function fromQuery(query: string): FromQuery {
  const notes: string[] = [];
  const q = firstValues(query, notes);
  let v: FieldValues = DEFAULT_SCENARIO;
  const preset = q.get('preset');
  if (preset !== undefined) {
    const p = applyPreset(v.stance, preset);
    if (p) v = { ...v, stance: p };
    else notes.push(`Unknown preset "${quoteForMessage(preset)}" in the link: using Normal.`);
  }
  for (const [key, text] of q) {
    if (NOT_STANCE.has(key)) continue;
    const field = fieldByKey(key);
    if (field) v = readField(v, field, text, notes);
    else notes.push(`Ignored "${quoteForMessage(key)}" in the link: not a setting.`);
  }
  const combo = checkCombination(v.stance);
  if (combo) {
    notes.push(`${quoteReason(combo.replace(/--/g, ''))} — using default body, cane and load.`);
    v = RULE_NUMBERS.reduce((out, f) => copyField(f, DEFAULT_GAIT, out), v);
  }
  // The preset picker names a preset only when the values it governs are the preset's own.
  const presetId = [preset ?? 'normal', ...presetIds()].find((id) => presetMatches(v.stance, id));
  for (const field of BESIDE_STANCE) {
    const text = q.get(field.key);
    if (text !== undefined) v = readField(v, field, text, notes);
  }
  let view = DEFAULT_VIEW;
  for (const f of VIEW_FIELDS) {
    const text = q.get(f.key);
    if (text !== undefined) view = f.read(view, text, (line) => notes.push(line));
  }
  if (view.pin === 'pinned' && view.pinned === undefined) {
    // A pinned scenario the link gives but that was refused has its own note already.
    if (!q.get('pinned'))
      notes.push(
        'Pinned "pinned" needs a pinned scenario, and the link holds none — pinning normal.',
      );
    view = { ...view, pin: 'normal' };
  }
  return {
    scenario: { stance: v.stance, affectedSide: v.affectedSide, presetId },
    view,
    notes: tidy(notes),
  };
}
