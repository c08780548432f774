import { describe, expect, it } from 'vitest';
import {
  brokenRules,
  checkCombination,
  DEFAULT_GAIT,
  rulesOf,
  settle,
  type FieldValues,
} from '../../../sim/index.ts';

const withStance = (patch: Partial<FieldValues['stance']>): FieldValues => ({
  ...DEFAULT_GAIT,
  stance: { ...DEFAULT_GAIT.stance, ...patch },
});

describe('the rules across fields', () => {
  it('say which rules each field takes part in', () => {
    expect(rulesOf('mass').map((r) => r.id)).toEqual(['bmi', 'load-half-mass']);
    expect(rulesOf('cane-hand').map((r) => r.id)).toEqual(['one-hand']);
    expect(rulesOf('gmed')).toEqual([]);
  });

  it('report every broken rule with the fields it involves, first one first', () => {
    const v = withStance({
      bodyMassKg: 200,
      heightM: 1.2,
      loadKg: 5,
      caneFractionBW: 0.1,
      caneHand: 'ipsilateral',
      loadHand: 'ipsilateral',
    });
    const broken = brokenRules(v);
    expect(broken.map((b) => b.rule.id)).toEqual(['bmi', 'one-hand']);
    expect(broken[1]!.fields.map((f) => f.key)).toEqual(['cane', 'load', 'cane-hand', 'load-hand']);
    expect(checkCombination(v.stance)).toBe(broken[0]!.reason);
    expect(broken[0]!.reason).toContain('body-mass index 138.889 kg/m² is outside 10-80');
    expect(brokenRules(DEFAULT_GAIT)).toEqual([]);
  });

  it('allow a load of half the body mass, within the 6-digit rounding of URLs', () => {
    expect(
      checkCombination(withStance({ bodyMassKg: 80, loadKg: 40.0003 }).stance),
    ).toBeUndefined();
    expect(checkCombination(withStance({ bodyMassKg: 80, loadKg: 40.01 }).stance)).toContain(
      '--load 40.01 kg: must be at most half the body mass (40 kg)',
    );
  });

  it('lower the load to half the body mass when the mass falls', () => {
    const v = withStance({ bodyMassKg: 80, loadKg: 30 });
    const lighter = settle(withStance({ bodyMassKg: 50, loadKg: 30 }), 'mass');
    expect(lighter.stance.loadKg).toBe(25);
    const heavier = settle(withStance({ bodyMassKg: 100, loadKg: 30 }), 'mass');
    expect(heavier.stance.loadKg).toBe(30);
    expect(settle(v, 'gmed')).toBe(v);
  });
});
