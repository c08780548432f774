import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCE, musclesOf, RAD_PER_DEG, scaleMuscles } from '../../sim/index.ts';

describe('the muscles of a stance input', () => {
  it('are scaled to its height, mass, neck-shaft angle, piriformis and sex', () => {
    const input = {
      ...DEFAULT_STANCE,
      heightM: 1.6,
      bodyMassKg: 58,
      neckShaftRad: 120 * RAD_PER_DEG,
      includePiriformis: false,
      sex: 'female' as const,
    };
    expect(musclesOf(input)).toEqual(scaleMuscles(1.6, 58, 120 * RAD_PER_DEG, false, 'female'));
    expect(musclesOf(input)).not.toEqual(scaleMuscles(1.6, 58, 120 * RAD_PER_DEG, false, 'male'));
  });
});
