/**
 * How the app shows a scenario (the view state), and the view's settings in the URL: one row per
 * URL key that knows how to read its text (a refused text leaves a note and the default) and
 * whether and how to write it.
 */
import { parseNumber, quoteForMessage } from '../../sim/index.ts';
import { PLOT_NAMES, type PlotName } from '../render/plots/types.ts';

export type Mode = 'stance' | 'gait';
export type Compare = 'off' | 'ghost' | 'side-by-side';
/** What the second panel shows: the hip close-up or one of the plots. */
export type Detail = 'hip' | PlotName;
export const DETAILS: readonly Detail[] = ['hip', ...PLOT_NAMES];
/**
 * What everything is compared with: nothing, the normal body (the scenario's body with normal
 * hips), or the pinned scenario (`ViewState.pinned`).
 */
export type Pin = 'none' | 'normal' | 'pinned';
export const PINS: readonly Pin[] = ['none', 'normal', 'pinned'];
/** Extra controls an embedded figure shows (`controls=strength`: the strength sliders). */
export type EmbedControls = 'none' | 'strength';
/** The ground of lecture mode's projector: dark (a darkened hall) or light. */
export type Projector = 'dark' | 'light';
/** The figure's overlays, each shown or hidden. */
export type Overlay = 'forces' | 'momentArms' | 'dropAngle' | 'muscles';
export const OVERLAYS: readonly Overlay[] = ['forces', 'momentArms', 'dropAngle', 'muscles'];

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
  /** The pinned scenario as URL query text (src/lib/compare.ts reads it), if one is pinned. */
  readonly pinned: string | undefined;
  /** Lecture mode: projector profile, large type, advanced controls hidden. */
  readonly lecture: boolean;
  /** Step of the lecture sequence shown (0-based). */
  readonly step: number;
  /** Lecture mode's projector ground. */
  readonly projector: Projector;
  /** Embedded in another page: the figure alone, filling its frame. */
  readonly embed: boolean;
  /** Controls the embedded figure shows beside it. */
  readonly controls: EmbedControls;
}

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
  pinned: undefined,
  lecture: false,
  step: 0,
  projector: 'dark',
  embed: false,
  controls: 'none',
};

/** Longest pinned scenario accepted from a link, characters (every setting fits in far less). */
const PINNED_MAX_CHARS = 2000;

export const SPEEDS = [0.25, 0.5, 1] as const;

/** A view setting in the URL. */
export interface ViewField {
  readonly key: string;
  /** The view with `text` read in; `note` receives one line for anything refused. */
  readonly read: (v: ViewState, text: string, note: (line: string) => void) => ViewState;
  /** The text to write, or undefined to leave the key out (the default, or meaningless now). */
  readonly write: (v: ViewState) => string | undefined;
}

type Flags = { [K in keyof ViewState]: ViewState[K] extends boolean ? K : never }[keyof ViewState];
type Words = { [K in keyof ViewState]: ViewState[K] extends string ? K : never }[keyof ViewState];

/** One of a few words; written when not the default. */
function oneOf<K extends Words>(
  key: string,
  prop: K,
  values: readonly ViewState[K][],
  refused: (shown: string) => string,
): ViewField {
  return {
    key,
    read: (v, text, note) => {
      if ((values as readonly string[]).includes(text)) return { ...v, [prop]: text };
      note(refused(quoteForMessage(text)));
      return v;
    },
    write: (v) => (v[prop] === DEFAULT_VIEW[prop] ? undefined : v[prop]),
  };
}

/** A number, accepted when `accept` says so and read into the view by `apply`. */
function number(
  key: string,
  accept: (n: number) => boolean,
  apply: (v: ViewState, n: number) => ViewState,
  write: ViewField['write'],
  refused: (shown: string) => string,
): ViewField {
  return {
    key,
    read: (v, text, note) => {
      const r = parseNumber(text);
      if (r.ok && accept(r.value)) return apply(v, r.value);
      note(refused(quoteForMessage(text)));
      return v;
    },
    write,
  };
}

/** A yes-or-no setting, read from 1 or 0 and written as 1 when set; `name` starts its note. */
function flag(key: Flags, name: string): ViewField {
  return {
    key,
    read: (v, text, note) => {
      if (text === '1' || text === '0') return { ...v, [key]: text === '1' };
      note(`${name} "${quoteForMessage(text)}" is not 1 or 0 — ignored.`);
      return v;
    },
    write: (v) => (v[key] ? '1' : undefined),
  };
}

/** The view's settings in the order they are read, written, and noted. */
export const VIEW_FIELDS: readonly ViewField[] = [
  oneOf(
    'mode',
    'mode',
    ['stance', 'gait'],
    (t) => `View "${t}" is not stance or gait — using stance.`,
  ),
  number(
    't',
    (n) => n >= 0 && n <= 100,
    (v, n) => ({ ...v, cyclePct: n }),
    (v) => (v.mode === 'gait' ? String(Math.round(v.cyclePct * 10) / 10) : undefined),
    (t) => `Gait position "${t}" is not 0-100 % — using ${DEFAULT_VIEW.cyclePct} %.`,
  ),
  number(
    'speed',
    (n) => (SPEEDS as readonly number[]).includes(n),
    (v, n) => ({ ...v, speed: n }),
    (v) => (v.speed === DEFAULT_VIEW.speed ? undefined : String(v.speed)),
    (t) => `Speed "${t}" is not one of ${SPEEDS.join(', ')} — using 1×.`,
  ),
  oneOf('units', 'units', ['N', 'BW'], (t) => `Units "${t}" are not N or BW — using BW.`),
  oneOf(
    'compare',
    'compare',
    ['off', 'ghost', 'side-by-side'],
    (t) => `Compare "${t}" is not off, ghost or side-by-side — using off.`,
  ),
  oneOf(
    'detail',
    'detail',
    DETAILS,
    (t) => `Panel "${t}" is not one of ${DETAILS.join(', ')} — showing the hip.`,
  ),
  oneOf('pin', 'pin', PINS, (t) => `Pinned "${t}" is not none, normal or pinned — pinning normal.`),
  {
    key: 'pinned',
    read: (v, text, note) => {
      if (text === '') return { ...v, pinned: undefined };
      if (text.length <= PINNED_MAX_CHARS) return { ...v, pinned: text };
      note(
        `The pinned scenario in the link is longer than ${PINNED_MAX_CHARS} characters — ignored.`,
      );
      return v;
    },
    write: (v) => v.pinned,
  },
  flag('lecture', 'Lecture'),
  number(
    'step',
    (n) => Number.isInteger(n) && n >= 1 && n <= 100,
    (v, n) => ({ ...v, step: n - 1 }),
    (v) => (v.lecture && v.step ? String(v.step + 1) : undefined),
    (t) => `Step "${t}" is not a step number — starting at step 1.`,
  ),
  oneOf(
    'projector',
    'projector',
    ['dark', 'light'],
    (t) => `Projector "${t}" is not dark or light — using dark.`,
  ),
  flag('embed', 'Embed'),
  oneOf(
    'controls',
    'controls',
    ['none', 'strength'],
    (t) => `Controls "${t}" are not none or strength — showing none.`,
  ),
  {
    key: 'hide',
    read: (v, text, note) => {
      let out = v;
      for (const k of text.split(',')) {
        if ((OVERLAYS as readonly string[]).includes(k)) out = { ...out, [k]: false };
        else if (k !== '') note(`Cannot hide "${quoteForMessage(k)}": ignored.`);
      }
      return out;
    },
    write: (v) => OVERLAYS.filter((k) => !v[k]).join(',') || undefined,
  },
];
