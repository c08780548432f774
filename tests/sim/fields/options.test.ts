import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GAIT,
  DEFAULT_STANCE,
  fieldByKey,
  optionsOf,
  stanceFromOptions,
  valuesFromOptions,
} from '../../../sim/index.ts';

const parse = (o: Record<string, string>) =>
  stanceFromOptions(DEFAULT_STANCE, new Map(Object.entries(o)));

describe('stance options', () => {
  it('apply a preset first and explicit options after it', () => {
    const r = parse({ gmed: '80', preset: 'sgn-palsy-complete' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.strength.gmed).toBe(0.8);
    expect(r.value.strength.gmin).toBe(0);
  });

  it('convert display units to SI', () => {
    const r = parse({ mass: '154 lb', height: '175 cm', 'neck-shaft': '140', cane: '0.1' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.bodyMassKg).toBeCloseTo(69.853, 3);
    expect(r.value.heightM).toBe(1.75);
    expect(r.value.neckShaftRad).toBeCloseTo((140 * Math.PI) / 180, 12);
    expect(r.value.caneFractionBW).toBe(0.1);
  });

  it.each([
    [{ mass: '-3' }, '--mass "-3": must be between 30 and 200 kg'],
    [{ gmed: '101' }, '--gmed "101": must be between 0 and 100 %'],
    [{ gmin: 'lots' }, '--gmin "lots"'],
    [{ sex: 'other' }, '--sex "other": must be one of male, female'],
    [{ preset: 'flu' }, '--preset "flu": must be one of'],
    [{ wings: '2' }, 'unknown option --wings'],
    [{ 'neck-shaft': '90' }, '--neck-shaft "90": must be between 110 and 150'],
    [{ cane: '0.9' }, '--cane "0.9": must be between 0 and 0.5'],
    [{ load: '60', mass: '80' }, '--load 60 kg: must be at most half the body mass'],
    [{ mass: '200', height: '1.2' }, 'body-mass index'],
    [
      { cane: '0.1', load: '5', 'cane-hand': 'ipsilateral', 'load-hand': 'ipsilateral' },
      'one hand cannot hold a cane and carry a load',
    ],
  ])('refuse %j with a reason that names the field and the allowed values', (o, why) => {
    const r = parse(o);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain(why);
      expect(r.reason).not.toContain('\n');
    }
  });
});

describe('scenario options by key', () => {
  const read = (o: Record<string, string>) =>
    valuesFromOptions(DEFAULT_GAIT, new Map(Object.entries(o)), fieldByKey);

  it('read the affected side beside the stance, named as in the option map', () => {
    const r = read({ side: 'both', gmed: '30' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.affectedSide).toBe('both');
    expect(r.value.stance.strength.gmed).toBeCloseTo(0.3, 12);
    const bad = read({ side: 'middle' });
    expect(!bad.ok && bad.reason).toBe('--side "middle": must be one of left, right, both');
  });

  it('write only what differs from normal, in table order, unless asked for all', () => {
    const r = read({ side: 'left', compensation: 'auto', mass: '80' });
    if (!r.ok) throw new Error(r.reason);
    expect(optionsOf(r.value, DEFAULT_GAIT)).toEqual({
      mass: '80',
      compensation: 'auto',
      side: 'left',
    });
    expect(Object.keys(optionsOf(r.value, DEFAULT_GAIT))).toEqual(['mass', 'compensation', 'side']);
    expect(Object.keys(optionsOf(DEFAULT_GAIT, DEFAULT_GAIT, true))).toEqual([
      'mass',
      'height',
      'sex',
      'gmed',
      'gmin',
      'tfl',
      'gmax',
      'neck-shaft',
      'cane',
      'cane-hand',
      'load',
      'load-hand',
      'compensation',
      'side',
    ]);
  });
});
