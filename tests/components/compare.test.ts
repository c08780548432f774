import { describe, expect, it } from 'vitest';
import { normalBody } from '../../sim/index.ts';
import { AppState } from '../../src/lib/app.svelte.ts';
import {
  comparisonOf,
  pinnedScenario,
  pinScenario,
  readPinned,
  scenarioLabel,
} from '../../src/lib/compare.ts';
import { DEFAULT_VIEW, fromQuery, toQuery } from '../../src/lib/scenario.ts';

describe('the comparison', () => {
  it('is the body with normal hips unless a pinned scenario is chosen', () => {
    const app = new AppState();
    app.choosePreset('coxa-vara');
    const c = comparisonOf(app.scenario, app.view);
    expect(c.label).toBe('Normal');
    expect(c.stance).toEqual(normalBody(app.scenario.stance));
    app.view = pinScenario(app.view, app.scenario);
    app.choosePreset('sgn-palsy-complete');
    const pinned = comparisonOf(app.scenario, app.view);
    expect(pinned.label).toBe('Coxa vara (pinned)');
    expect(scenarioLabel(pinnedScenario(app.view)!)).toBe('Coxa vara');
    expect(app.normalStance.input.neckShaftRad).toBeCloseTo(pinned.stance.neckShaftRad, 12);
    expect(comparisonOf(app.scenario, { ...app.view, pin: 'normal' }).label).toBe('Normal');
  });

  it('travels in the link, and a damaged pinned scenario is noted and read as normal', () => {
    const app = new AppState();
    const strength = { ...app.scenario.stance.strength, gmed: 0.4 };
    app.setStance({ ...app.scenario.stance, strength });
    const view = pinScenario(DEFAULT_VIEW, app.scenario);
    const back = fromQuery(toQuery(app.scenario, view)).view;
    expect(comparisonOf(app.scenario, back).stance.strength.gmed).toBeCloseTo(0.4, 12);
    expect(comparisonOf(app.scenario, back).label).toBe('Custom settings (pinned)');
    const bad = readPinned('gmed=abc&wings=2');
    expect(bad.notes).toHaveLength(2);
    expect(bad.notes[0]).toMatch(/^Pinned scenario: /);
    expect(bad.scenario.presetId).toBe('normal');
  });
});
