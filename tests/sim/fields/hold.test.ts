import { describe, expect, it } from 'vitest';
import {
  brokenRules,
  DEFAULT_GAIT,
  fieldByKey,
  holdToRules,
  type FieldValues,
  type NumberField,
} from '../../../sim/index.ts';

const withStance = (patch: Partial<FieldValues['stance']>): FieldValues => ({
  ...DEFAULT_GAIT,
  stance: { ...DEFAULT_GAIT.stance, ...patch },
});
const field = (key: string) => fieldByKey(key) as NumberField;

describe('a control held by the rules across fields', () => {
  it('goes all the way when the rules allow it', () => {
    const r = holdToRules(DEFAULT_GAIT, field('mass'), 60, 1);
    expect(r.reason).toBeUndefined();
    expect(r.values.stance.bodyMassKg).toBe(60);
  });

  it('stops a lighter body at the whole kilogram where the body-mass index reaches 10', () => {
    // 10 kg/m² × 1.76² m² = 30.976 kg: held at 31 kg.
    const r = holdToRules(DEFAULT_GAIT, field('mass'), 30, 1);
    expect(r.reason).toContain('body-mass index');
    expect(r.values.stance.bodyMassKg).toBe(31);
    expect(brokenRules(r.values)).toEqual([]);
  });

  it('stops a shorter body at the centimetre where the index reaches 80', () => {
    // √(200 kg / 80 kg/m²) = 1.5811 m: held at 1.59 m.
    const heavy = withStance({ bodyMassKg: 200 });
    const r = holdToRules(heavy, field('height'), 1.2, 0.01);
    expect(r.reason).toContain('body-mass index');
    expect(r.values.stance.heightM).toBeCloseTo(1.59, 9);
  });

  it('keeps the cane at 0 while the same hand carries a load', () => {
    const v = withStance({ loadKg: 5, caneHand: 'ipsilateral', loadHand: 'ipsilateral' });
    const r = holdToRules(v, field('cane'), 0.2, 0.01);
    expect(r.reason).toContain('one hand cannot hold a cane and carry a load');
    expect(r.values.stance.caneFractionBW).toBe(0);
  });

  it('stops a load at half the body mass, and lowers a load a lighter body cannot carry', () => {
    const r = holdToRules(DEFAULT_GAIT, field('load'), 60, 0.5);
    expect(r.values.stance.loadKg).toBe(36.5);
    const lighter = holdToRules(withStance({ loadKg: 30 }), field('mass'), 50, 1);
    expect(lighter.reason).toBeUndefined();
    expect(lighter.values.stance.loadKg).toBe(25);
  });
});
