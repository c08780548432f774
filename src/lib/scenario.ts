/**
 * The app's scenario and view state, and their URL form. Every value read from a URL goes through
 * the model's option schema (sim/schema.ts); a bad value falls back to its default and leaves a
 * note for the user.
 */
import { scenarioOptions } from './scenarioOptions.ts';
import {
  applyField,
  checkCombination,
  parseNumber,
  DEFAULT_STANCE,
  presetIds,
  applyPreset,
  stanceField,
  STANCE_FIELDS,
  type AffectedSide,
  type StanceInput,
} from '../../sim/index.ts';

/** What is simulated: the body, its hips and its aids. */
export interface Scenario {
  readonly stance: StanceInput;
  readonly affectedSide: AffectedSide;
  /** Preset last chosen (for the picker); cleared when a value is changed by hand. */
  readonly presetId: string | undefined;
}

export type Mode = 'stance' | 'gait';
export type Compare = 'off' | 'ghost' | 'side-by-side';
/** What the second panel shows: the hip close-up or one of the plots. */
export type Detail = 'hip' | 'demand-capacity' | 'gait-cycle' | 'strength-sweep' | 'moment-arms';
export const DETAILS: readonly Detail[] = [
  'hip',
  'demand-capacity',
  'gait-cycle',
  'strength-sweep',
  'moment-arms',
];
/** Which scenario the plots overlay for comparison. */
export type Pin = 'none' | 'normal';

/** How it is shown. */
export interface ViewState {
  readonly mode: Mode;
  /** Position in the gait cycle, 0-100 %. */
  readonly cyclePct: number;
  readonly speed: number;
  readonly units: 'N' | 'BW';
  readonly compare: Compare;
  readonly forces: boolean;
  readonly momentArms: boolean;
  readonly dropAngle: boolean;
  readonly muscles: boolean;
  readonly detail: Detail;
  readonly pin: Pin;
  /** Lecture mode: projector profile, large type, advanced controls hidden. */
  readonly lecture: boolean;
  /** Step of the lecture sequence shown (0-based). */
  readonly step: number;
}

export const DEFAULT_SCENARIO: Scenario = {
  stance: DEFAULT_STANCE,
  affectedSide: 'right',
  presetId: 'normal',
};

export const DEFAULT_VIEW: ViewState = {
  mode: 'stance',
  cyclePct: 30,
  speed: 1,
  units: 'BW',
  compare: 'off',
  forces: true,
  momentArms: true,
  dropAngle: true,
  muscles: true,
  detail: 'hip',
  pin: 'normal',
  lecture: false,
  step: 0,
};

export const SPEEDS = [0.25, 0.5, 1] as const;

/** URL query of a scenario and view. */
export function toQuery(s: Scenario, v: ViewState): string {
  const q = new URLSearchParams();
  if (s.presetId) q.set('preset', s.presetId);
  for (const [k, val] of Object.entries(scenarioOptions(s.stance, s.affectedSide))) q.set(k, val);
  if (v.mode !== DEFAULT_VIEW.mode) q.set('mode', v.mode);
  if (v.mode === 'gait') q.set('t', String(Math.round(v.cyclePct * 10) / 10));
  if (v.speed !== DEFAULT_VIEW.speed) q.set('speed', String(v.speed));
  if (v.units !== DEFAULT_VIEW.units) q.set('units', v.units);
  if (v.compare !== DEFAULT_VIEW.compare) q.set('compare', v.compare);
  if (v.detail !== DEFAULT_VIEW.detail) q.set('detail', v.detail);
  if (v.pin !== DEFAULT_VIEW.pin) q.set('pin', v.pin);
  if (v.lecture) q.set('lecture', '1');
  if (v.lecture && v.step) q.set('step', String(v.step + 1));
  const hidden = (['forces', 'momentArms', 'dropAngle', 'muscles'] as const).filter((k) => !v[k]);
  if (hidden.length) q.set('hide', hidden.join(','));
  return q.toString();
}

/** A scenario and view read from a URL query, with a note for every value that was refused. */
export interface FromQuery {
  readonly scenario: Scenario;
  readonly view: ViewState;
  readonly notes: string[];
}

const VIEW_KEYS = new Set([
  'mode',
  't',
  'speed',
  'units',
  'compare',
  'hide',
  'preset',
  'side',
  'detail',
  'pin',
  'lecture',
  'step',
]);

/** Reads a URL query; never throws. */
export function fromQuery(query: string): FromQuery {
  const q = new URLSearchParams(query);
  const notes: string[] = [];
  let stance = DEFAULT_STANCE;
  const preset = q.get('preset');
  if (preset !== null) {
    const p = applyPreset(stance, preset);
    if (p) stance = p;
    else notes.push(`Unknown preset "${short(preset)}" in the link: using Normal.`);
  }
  for (const [key, text] of q) {
    if (VIEW_KEYS.has(key)) continue;
    const field = stanceField(key);
    if (!field) {
      notes.push(`Ignored "${short(key)}" in the link: not a setting.`);
      continue;
    }
    const r = applyField(stance, field, text);
    if (r.ok) stance = r.value;
    else
      notes.push(
        `${field.label}: ${short(r.reason.replace(/^--\S+ /, ''), 200)} — using the default.`,
      );
  }
  const combo = checkCombination(stance);
  if (combo) {
    notes.push(`${short(combo.replace(/--/g, ''), 200)} — using default body, cane and load.`);
    stance = {
      ...stance,
      bodyMassKg: DEFAULT_STANCE.bodyMassKg,
      heightM: DEFAULT_STANCE.heightM,
      caneFractionBW: 0,
      loadKg: 0,
    };
  }
  // The preset picker names a preset only when the values it governs are the preset's own.
  const presetId = [preset ?? 'normal', ...presetIds()].find((id) => matchesPreset(stance, id));
  const side = q.get('side');
  let affectedSide: AffectedSide = 'right';
  if (side !== null) {
    if (side === 'left' || side === 'right' || side === 'both') affectedSide = side;
    else notes.push(`Side affected "${short(side)}" is not left, right or both — using right.`);
  }
  const view = readView(q, notes);
  return { scenario: { stance, affectedSide, presetId }, view, notes };
}

function readView(q: URLSearchParams, notes: string[]): ViewState {
  let v: ViewState = DEFAULT_VIEW;
  const mode = q.get('mode');
  if (mode !== null) {
    if (mode === 'stance' || mode === 'gait') v = { ...v, mode };
    else notes.push(`View "${short(mode)}" is not stance or gait — using stance.`);
  }
  const t = q.get('t');
  if (t !== null) {
    const r = parseNumber(t);
    if (r.ok && r.value >= 0 && r.value <= 100) v = { ...v, cyclePct: r.value };
    else
      notes.push(`Gait position "${short(t)}" is not 0-100 % — using ${DEFAULT_VIEW.cyclePct} %.`);
  }
  const speed = q.get('speed');
  if (speed !== null) {
    const r = parseNumber(speed);
    if (r.ok && (SPEEDS as readonly number[]).includes(r.value)) v = { ...v, speed: r.value };
    else notes.push(`Speed "${short(speed)}" is not one of ${SPEEDS.join(', ')} — using 1×.`);
  }
  const units = q.get('units');
  if (units !== null) {
    if (units === 'N' || units === 'BW') v = { ...v, units };
    else notes.push(`Units "${short(units)}" are not N or BW — using BW.`);
  }
  const compare = q.get('compare');
  if (compare !== null) {
    if (compare === 'off' || compare === 'ghost' || compare === 'side-by-side')
      v = { ...v, compare };
    else notes.push(`Compare "${short(compare)}" is not off, ghost or side-by-side — using off.`);
  }
  const detail = q.get('detail');
  if (detail !== null) {
    if ((DETAILS as readonly string[]).includes(detail)) v = { ...v, detail: detail as Detail };
    else
      notes.push(`Panel "${short(detail)}" is not one of ${DETAILS.join(', ')} — showing the hip.`);
  }
  const pin = q.get('pin');
  if (pin !== null) {
    if (pin === 'none' || pin === 'normal') v = { ...v, pin };
    else notes.push(`Pinned "${short(pin)}" is not none or normal — pinning normal.`);
  }
  const lecture = q.get('lecture');
  if (lecture !== null) {
    if (lecture === '1' || lecture === '0') v = { ...v, lecture: lecture === '1' };
    else notes.push(`Lecture "${short(lecture)}" is not 1 or 0 — ignored.`);
  }
  const step = q.get('step');
  if (step !== null) {
    const r = parseNumber(step);
    if (r.ok && Number.isInteger(r.value) && r.value >= 1 && r.value <= 100)
      v = { ...v, step: r.value - 1 };
    else notes.push(`Step "${short(step)}" is not a step number — starting at step 1.`);
  }
  const hide = q.get('hide');
  if (hide !== null) {
    for (const k of hide.split(',')) {
      if (k === 'forces' || k === 'momentArms' || k === 'dropAngle' || k === 'muscles')
        v = { ...v, [k]: false };
      else if (k !== '') notes.push(`Cannot hide "${short(k)}": ignored.`);
    }
  }
  return v;
}

/** Whether the strengths and neck-shaft angle of `s` are those of preset `id`. */
function matchesPreset(s: StanceInput, id: string): boolean {
  const p = applyPreset(s, id);
  if (!p) return false;
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  return (
    same(p.strength.gmed, s.strength.gmed) &&
    same(p.strength.gmin, s.strength.gmin) &&
    same(p.strength.tfl, s.strength.tfl) &&
    same(p.neckShaftRad, s.neckShaftRad)
  );
}

function short(s: string, max = 24): string {
  const t = s.replace(/[^\x20-\x7e\u00a0-\u024f°·×−–—]/g, '?');
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}

/** Names of the option fields shown as controls (for keyboard order and tests). */
export const CONTROL_FIELDS = STANCE_FIELDS.map((f) => f.name);
export { presetIds };
