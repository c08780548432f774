/**
 * The field table: every setting of a scenario, one row each, in the order URLs, files and
 * `--help` list them. Adding a setting is one row here plus the physics that reads it (and its
 * place on screen in src/components/Controls.svelte).
 */
import type { AffectedSide } from '../gait/gait.ts';
import type { Field } from './field.ts';
import { LIMITS } from './limits.ts';
import { DEGREES, options, PLAIN, QUANTITY, stanceChoice, stanceNumber, strength } from './rows.ts';

const HANDS = options({ contralateral: 'opposite hand', ipsilateral: 'same-side hand' });

/** Every setting, in the order URLs, files and `--help` list them. */
export const FIELDS: readonly Field[] = [
  stanceChoice({
    key: 'stance-side',
    prop: 'stanceSide',
    label: 'Stance side',
    help: 'leg that carries the body',
    values: ['left', 'right'],
    // The app derives the stance side from the affected side: read, never written.
    written: false,
  }),
  stanceNumber({
    key: 'mass',
    prop: 'bodyMassKg',
    label: 'Body mass',
    help: 'body mass: kg, or a quantity such as "154 lb"',
    ...QUANTITY('kg'),
    ...LIMITS.bodyMassKg,
    control: { kind: 'quantity', step: 1, digits: 1 },
  }),
  stanceNumber({
    key: 'height',
    prop: 'heightM',
    label: 'Height',
    help: 'standing height: m, or a quantity such as "175 cm" or "5.9 ft"',
    ...QUANTITY('m'),
    ...LIMITS.heightM,
    control: { kind: 'quantity', step: 0.01, digits: 2 },
  }),
  stanceChoice({
    key: 'sex',
    prop: 'sex',
    label: 'Sex',
    help: "selects de Leva's segment parameters",
    values: ['male', 'female'],
    control: options({ male: 'male', female: 'female' }),
  }),
  strength('gmed', 'Gluteus medius strength'),
  strength('gmin', 'Gluteus minimus strength'),
  strength('tfl', 'Tensor fasciae latae strength'),
  strength('gmax', 'Gluteus maximus strength'),
  stanceNumber({
    key: 'neck-shaft',
    prop: 'neckShaftRad',
    label: 'Neck-shaft angle',
    help: 'neck-shaft angle of the stance femur, degrees (normal 125-135)',
    unit: '°',
    ...DEGREES,
    ...LIMITS.neckShaftDeg,
    control: { kind: 'range', step: 1, digits: 0 },
  }),
  stanceNumber({
    key: 'cane',
    prop: 'caneFractionBW',
    label: 'Cane force',
    help: 'cane force as a fraction of body weight, upward on the hand (patients rarely exceed 0.2)',
    ...PLAIN('× BW'),
    ...LIMITS.caneFractionBW,
    control: { kind: 'range', step: 0.01, digits: 2 },
  }),
  stanceChoice({
    key: 'cane-hand',
    prop: 'caneHand',
    label: 'Cane hand',
    help: 'hand holding the cane, relative to the stance leg',
    values: ['contralateral', 'ipsilateral'],
    control: HANDS,
  }),
  stanceNumber({
    key: 'load',
    prop: 'loadKg',
    label: 'Carried load',
    help: 'mass carried in one hand: kg, or a quantity such as "10 lb" (at most half the body mass)',
    ...QUANTITY('kg'),
    min: 0,
    max: LIMITS.bodyMassKg.max * LIMITS.loadFractionOfMass.max,
    control: { kind: 'range', step: 0.5, digits: 1 },
  }),
  stanceChoice({
    key: 'load-hand',
    prop: 'loadHand',
    label: 'Load hand',
    help: 'hand carrying the load, relative to the stance leg',
    values: ['contralateral', 'ipsilateral'],
    control: HANDS,
  }),
  stanceChoice({
    key: 'compensation',
    prop: 'compensation',
    label: 'Compensation',
    help: 'none: the pelvis drops; trunk-lean: Duchenne lean just enough to level the pelvis, within the spine’s range; auto: what a person would choose',
    values: ['none', 'trunk-lean', 'auto'],
    control: options({ none: 'none', 'trunk-lean': 'trunk lean', auto: 'auto' }),
  }),
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
