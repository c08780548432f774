/**
 * The field table: every setting of a scenario, one row each, in the order URLs, files and
 * `--help` list them. Adding a setting is one row here plus the physics that reads it (and its
 * place on screen in src/components/Controls.svelte).
 */
import { RAD_PER_DEG } from '../constants.ts';
import type { AffectedSide } from '../gait/gait.ts';
import type { StanceInput, Strengths } from '../input.ts';
import { deg } from '../units.ts';
import type { ChoiceField, ChoiceOption, Field, FieldValues, NumberField } from './field.ts';
import { LIMITS } from './limits.ts';

type Stance = StanceInput;
const setStance = (v: FieldValues, patch: Partial<Stance>): FieldValues => ({
  ...v,
  stance: { ...v.stance, ...patch },
});

const SAME = { toDisplay: (si: number) => si, fromDisplay: (d: number) => d };
const PERCENT = { toDisplay: (f: number) => f * 100, fromDisplay: (pct: number) => pct / 100 };
const DEGREES = { toDisplay: deg, fromDisplay: (d: number) => d * RAD_PER_DEG };

const strength = (key: keyof Omit<Strengths, 'piriformis'>, label: string): NumberField => ({
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
});

/** The words for each value, for a control whose buttons say what the values mean. */
const options = (words: Readonly<Record<string, string>>): ChoiceOption[] =>
  Object.entries(words).map(([value, label]) => ({ value, label }));

const choice = <K extends keyof Stance>(
  key: string,
  prop: K,
  label: string,
  values: readonly Stance[K][],
  help: string,
  control?: readonly ChoiceOption[],
): ChoiceField => ({
  kind: 'choice',
  key,
  flag: key,
  label,
  help,
  scope: 'stance',
  written: key !== 'stance-side',
  values: values as readonly string[],
  get: (v) => String(v.stance[prop]),
  set: (v, value) => setStance(v, { [prop]: value }),
  ...(control ? { control } : {}),
});

const HANDS = options({ contralateral: 'opposite hand', ipsilateral: 'same-side hand' });

/** Every setting, in the order URLs, files and `--help` list them. */
export const FIELDS: readonly Field[] = [
  choice(
    'stance-side',
    'stanceSide',
    'Stance side',
    ['left', 'right'],
    'leg that carries the body',
  ),
  {
    kind: 'number',
    key: 'mass',
    flag: 'mass',
    label: 'Body mass',
    help: 'body mass: kg, or a quantity such as "154 lb"',
    scope: 'stance',
    written: true,
    unit: 'kg',
    quantity: 'kg',
    ...LIMITS.bodyMassKg,
    ...SAME,
    get: (v) => v.stance.bodyMassKg,
    set: (v, kg) => setStance(v, { bodyMassKg: kg }),
    sweepable: true,
    control: { kind: 'quantity', step: 1, digits: 1 },
  },
  {
    kind: 'number',
    key: 'height',
    flag: 'height',
    label: 'Height',
    help: 'standing height: m, or a quantity such as "175 cm" or "5.9 ft"',
    scope: 'stance',
    written: true,
    unit: 'm',
    quantity: 'm',
    ...LIMITS.heightM,
    ...SAME,
    get: (v) => v.stance.heightM,
    set: (v, m) => setStance(v, { heightM: m }),
    sweepable: true,
    control: { kind: 'quantity', step: 0.01, digits: 2 },
  },
  choice(
    'sex',
    'sex',
    'Sex',
    ['male', 'female'],
    "selects de Leva's segment parameters",
    options({ male: 'male', female: 'female' }),
  ),
  strength('gmed', 'Gluteus medius strength'),
  strength('gmin', 'Gluteus minimus strength'),
  strength('tfl', 'Tensor fasciae latae strength'),
  {
    kind: 'number',
    key: 'neck-shaft',
    flag: 'neck-shaft',
    label: 'Neck-shaft angle',
    help: 'neck-shaft angle of the stance femur, degrees (normal 125-135)',
    scope: 'stance',
    written: true,
    unit: '°',
    ...LIMITS.neckShaftDeg,
    ...DEGREES,
    get: (v) => v.stance.neckShaftRad,
    set: (v, rad) => setStance(v, { neckShaftRad: rad }),
    sweepable: true,
    control: { kind: 'range', step: 1, digits: 0 },
  },
  {
    kind: 'number',
    key: 'cane',
    flag: 'cane',
    label: 'Cane force',
    help: 'cane force as a fraction of body weight, upward on the hand (patients rarely exceed 0.2)',
    scope: 'stance',
    written: true,
    unit: '× BW',
    ...LIMITS.caneFractionBW,
    ...SAME,
    get: (v) => v.stance.caneFractionBW,
    set: (v, f) => setStance(v, { caneFractionBW: f }),
    sweepable: true,
    control: { kind: 'range', step: 0.01, digits: 2 },
  },
  choice(
    'cane-hand',
    'caneHand',
    'Cane hand',
    ['contralateral', 'ipsilateral'],
    'hand holding the cane, relative to the stance leg',
    HANDS,
  ),
  {
    kind: 'number',
    key: 'load',
    flag: 'load',
    label: 'Carried load',
    help: 'mass carried in one hand: kg, or a quantity such as "10 lb" (at most half the body mass)',
    scope: 'stance',
    written: true,
    unit: 'kg',
    quantity: 'kg',
    min: 0,
    max: LIMITS.bodyMassKg.max * LIMITS.loadFractionOfMass.max,
    ...SAME,
    get: (v) => v.stance.loadKg,
    set: (v, kg) => setStance(v, { loadKg: kg }),
    sweepable: true,
    control: { kind: 'range', step: 0.5, digits: 1 },
  },
  choice(
    'load-hand',
    'loadHand',
    'Load hand',
    ['contralateral', 'ipsilateral'],
    'hand carrying the load, relative to the stance leg',
    HANDS,
  ),
  choice(
    'compensation',
    'compensation',
    'Compensation',
    ['none', 'trunk-lean', 'auto'],
    'none: the pelvis drops; trunk-lean: Duchenne lean just enough; auto: what a person would choose',
    options({ none: 'none', 'trunk-lean': 'trunk lean', auto: 'auto' }),
  ),
  {
    kind: 'choice',
    key: 'side',
    flag: 'affected-side',
    label: 'Side affected',
    help:
      'hip(s) that --gmed, --gmin, --tfl and --neck-shaft describe (default right); cane and load\n' +
      'hands are relative to it; the other hip stays normal unless both',
    scope: 'scenario',
    written: true,
    values: ['left', 'right', 'both'],
    get: (v) => v.affectedSide,
    set: (v, side) => ({ ...v, affectedSide: side as AffectedSide }),
    control: options({ right: 'right', left: 'left', both: 'both' }),
  },
];

/** The fields of the stance input, which every command takes (all but the affected side). */
export const STANCE_FIELDS: readonly Field[] = FIELDS.filter((f) => f.scope === 'stance');

const BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));
const BY_FLAG = new Map(FIELDS.map((f) => [f.flag, f]));

/** The field named `key` in URLs and files. */
export function fieldByKey(key: string): Field | undefined {
  return BY_KEY.get(key);
}

/** The field whose command-line flag is `--flag`. */
export function fieldByFlag(flag: string): Field | undefined {
  return BY_FLAG.get(flag);
}
