import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  DEFAULT_STANCE,
  PRESET_FIELDS,
  presetIds,
  presetMatches,
  PRESETS,
  RAD_PER_DEG,
} from '../../sim/index.ts';

describe('presets', () => {
  it('govern the fields some preset names: the three strengths and the neck-shaft angle', () => {
    expect(PRESET_FIELDS.map((f) => f.key)).toEqual(['gmed', 'gmin', 'tfl', 'neck-shaft']);
  });

  it('all apply through the field parser', () => {
    for (const id of presetIds()) expect(applyPreset(DEFAULT_STANCE, id), id).toBeDefined();
    expect(PRESETS.map((p) => p.id)).toEqual(presetIds());
  });

  it('set what they name, return the other governed fields to normal, and keep the rest', () => {
    const start = {
      ...DEFAULT_STANCE,
      bodyMassKg: 90,
      compensation: 'auto' as const,
      strength: { ...DEFAULT_STANCE.strength, gmin: 0.3 },
      neckShaftRad: 140 * RAD_PER_DEG,
    };
    const s = applyPreset(start, 'gmed-weakness')!;
    expect(s.strength).toEqual({ ...DEFAULT_STANCE.strength, gmed: 0.2 });
    expect(s.neckShaftRad).toBe(DEFAULT_STANCE.neckShaftRad);
    expect(s.bodyMassKg).toBe(90);
    expect(s.compensation).toBe('auto');
    expect(applyPreset(start, 'coxa-vara')!.neckShaftRad).toBe(115 * RAD_PER_DEG);
    expect(applyPreset(start, 'flu')).toBeUndefined();
  });

  it('match a stance whose governed fields are those of the preset, whatever the rest', () => {
    const palsy = { ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!, bodyMassKg: 60 };
    expect(presetMatches(palsy, 'sgn-palsy-complete')).toBe(true);
    expect(presetMatches(palsy, 'normal')).toBe(false);
    expect(presetMatches({ ...palsy, neckShaftRad: 1 }, 'sgn-palsy-complete')).toBe(false);
  });
});
