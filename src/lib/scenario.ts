/**
 * The app's scenario and view state, and their URL form. Every value read from a URL goes through
 * the model's option schema (sim/schema.ts); a bad value falls back to its default and leaves a
 * note for the user.
 */
import {
  applyField,
  checkCombination,
  DEFAULT_STANCE,
  deg,
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
};

export const SPEEDS = [0.25, 0.5, 1] as const;

/** The scenario's values as option texts (the same names as the command line). */
export function scenarioOptions(s: Scenario): Record<string, string> {
  const i = s.stance;
  const d = DEFAULT_STANCE;
  const o: Record<string, string> = {};
  const put = (k: string, v: string, dv: string) => {
    if (v !== dv) o[k] = v;
  };
  const n = (v: number) => String(Number(v.toPrecision(6)));
  put('mass', n(i.bodyMassKg), n(d.bodyMassKg));
  put('height', n(i.heightM), n(d.heightM));
  put('sex', i.sex, d.sex);
  put('gmed', n(i.strength.gmed * 100), '100');
  put('gmin', n(i.strength.gmin * 100), '100');
  put('tfl', n(i.strength.tfl * 100), '100');
  put('neck-shaft', n(deg(i.neckShaftRad)), n(deg(d.neckShaftRad)));
  put('cane', n(i.caneFractionBW), '0');
  put('cane-hand', i.caneHand, d.caneHand);
  put('load', n(i.loadKg), '0');
  put('load-hand', i.loadHand, d.loadHand);
  put('compensation', i.compensation, d.compensation);
  put('side', s.affectedSide, 'right');
  return o;
}

/** URL query of a scenario and view. */
export function toQuery(s: Scenario, v: ViewState): string {
  const q = new URLSearchParams();
  if (s.presetId) q.set('preset', s.presetId);
  for (const [k, val] of Object.entries(scenarioOptions(s))) q.set(k, val);
  if (v.mode !== DEFAULT_VIEW.mode) q.set('mode', v.mode);
  if (v.mode === 'gait') q.set('t', String(Math.round(v.cyclePct * 10) / 10));
  if (v.speed !== DEFAULT_VIEW.speed) q.set('speed', String(v.speed));
  if (v.units !== DEFAULT_VIEW.units) q.set('units', v.units);
  if (v.compare !== DEFAULT_VIEW.compare) q.set('compare', v.compare);
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

const VIEW_KEYS = new Set(['mode', 't', 'speed', 'units', 'compare', 'hide', 'preset', 'side']);

/** Reads a URL query; never throws. */
export function fromQuery(query: string): FromQuery {
  const q = new URLSearchParams(query);
  const notes: string[] = [];
  let stance = DEFAULT_STANCE;
  let presetId: string | undefined = 'normal';
  const preset = q.get('preset');
  if (preset !== null) {
    const p = applyPreset(stance, preset);
    if (p) {
      stance = p;
      presetId = preset;
    } else notes.push(`Unknown preset "${short(preset)}" in the link: using Normal.`);
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
    else notes.push(`${field.label}: ${r.reason.replace(/^--\S+ /, '')} — using the default.`);
  }
  const combo = checkCombination(stance);
  if (combo) {
    notes.push(`${combo.replace(/--/g, '')} — using default body, cane and load.`);
    stance = {
      ...stance,
      bodyMassKg: DEFAULT_STANCE.bodyMassKg,
      heightM: DEFAULT_STANCE.heightM,
      caneFractionBW: 0,
      loadKg: 0,
    };
  }
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
    const n = Number(t);
    if (t.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100) v = { ...v, cyclePct: n };
    else
      notes.push(`Gait position "${short(t)}" is not 0-100 % — using ${DEFAULT_VIEW.cyclePct} %.`);
  }
  const speed = q.get('speed');
  if (speed !== null) {
    const n = Number(speed);
    if ((SPEEDS as readonly number[]).includes(n)) v = { ...v, speed: n };
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

function short(s: string): string {
  const t = s.replace(/[^\x20-\x7e]/g, '?');
  return t.length > 24 ? `${t.slice(0, 21)}...` : t;
}

/** Names of the option fields shown as controls (for keyboard order and tests). */
export const CONTROL_FIELDS = STANCE_FIELDS.map((f) => f.name);
export { presetIds };
