import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_STANCE } from '../../sim/index.ts';
import { DEFAULT_SCENARIO, DEFAULT_VIEW, fromQuery, toQuery } from '../../src/lib/scenario.ts';

describe('the URL state', () => {
  it('round-trips a scenario and view', () => {
    const scenario = {
      stance: {
        ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-partial')!,
        bodyMassKg: 82.5,
        compensation: 'auto' as const,
        caneFractionBW: 0.15,
      },
      affectedSide: 'left' as const,
      presetId: undefined,
    };
    const view = {
      ...DEFAULT_VIEW,
      mode: 'gait' as const,
      cyclePct: 42,
      units: 'N' as const,
      compare: 'ghost' as const,
      forces: false,
    };
    const back = fromQuery(toQuery(scenario, view));
    expect(back.notes).toEqual([]);
    expect(back.scenario.stance).toEqual({ ...scenario.stance });
    expect(back.scenario.affectedSide).toBe('left');
    expect(back.view).toEqual(view);
  });

  it('gives the default for an empty query', () => {
    const r = fromQuery('');
    expect(r.scenario).toEqual(DEFAULT_SCENARIO);
    expect(r.view).toEqual(DEFAULT_VIEW);
  });

  it('replaces invalid values by defaults and says so', () => {
    const r = fromQuery('?gmed=abc&mass=9000&preset=flu&mode=dance&t=300&side=middle&wings=2');
    expect(r.scenario.stance.strength.gmed).toBe(1);
    expect(r.scenario.stance.bodyMassKg).toBe(73);
    expect(r.view.mode).toBe('stance');
    expect(r.notes).toHaveLength(7);
    expect(r.notes.join(' ')).toContain('Gluteus medius strength');
  });
});
