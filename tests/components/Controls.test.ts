// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../sim/index.ts';
import Controls from '../../src/components/Controls.svelte';
import { AppState } from '../../src/lib/app.svelte.ts';
import { useMount } from './mountInBody.ts';
import { slide, typeInto } from './userInput.ts';

const mountInBody = useMount();

function setup(): AppState {
  const app = new AppState();
  mountInBody(Controls, { app });
  return app;
}

describe('Controls', () => {
  it('show every field that has a control, once each, in groups', () => {
    setup();
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Superior gluteal nerve (L4-S1)',
      'Inferior gluteal nerve (L5-S2)',
      'Side and compensation',
      'Body',
      'Aids and loads',
    ]);
    const names = [...document.querySelectorAll('.field > label, legend')].map(
      (l) => l.textContent,
    );
    expect(names).toEqual([
      'Gluteus medius strength',
      'Gluteus minimus strength',
      'Tensor fasciae latae strength',
      'Gluteus maximus strength',
      'Side affected',
      'Compensation',
      'Body mass',
      'Height',
      'Sex',
      'Neck-shaft angle',
      'Cane force',
      'Cane hand',
      'Carried load',
      'Load hand',
    ]);
    expect(names.sort()).toEqual(
      FIELDS.filter((f) => f.control)
        .map((f) => f.label)
        .sort(),
    );
  });

  it('clear the preset when a stance value changes but not when the affected side does', () => {
    const app = setup();
    app.choosePreset('sgn-palsy-complete');
    flushSync();
    (document.querySelector('input[name="side"][value="left"]') as HTMLInputElement).click();
    flushSync();
    expect(app.scenario.affectedSide).toBe('left');
    expect(app.scenario.presetId).toBe('sgn-palsy-complete');
    const gmed = document.getElementById('gmed') as HTMLInputElement;
    slide(gmed, 30);
    expect(app.scenario.stance.strength.gmed).toBeCloseTo(0.3, 12);
    expect(app.scenario.presetId).toBeUndefined();
  });

  // Issue 11, defect 1: the controls checked each field's range but never the rules across fields.
  it('refuse a typed body mass whose body-mass index with the height is under 10, beside it', () => {
    const app = setup();
    typeInto(document.getElementById('mass-text') as HTMLInputElement, '30');
    expect(app.scenario.stance.bodyMassKg).toBe(73);
    expect(document.getElementById('mass-error')?.textContent).toBe(
      'Body mass: body mass 30 kg with height 1.76 m: body-mass index 9.68492 kg/m² is outside 10-80; kept 73.0 kg.',
    );
  });

  it('refuse 200 kg at a height of 1.2 m, and stop the height slider where the index reaches 80', () => {
    const app = setup();
    typeInto(document.getElementById('height-text') as HTMLInputElement, '1.2');
    expect(app.scenario.stance.heightM).toBe(1.2);
    typeInto(document.getElementById('mass-text') as HTMLInputElement, '200');
    expect(app.scenario.stance.bodyMassKg).toBe(73);
    expect(document.getElementById('mass-error')?.textContent).toContain('body-mass index');
    typeInto(document.getElementById('height-text') as HTMLInputElement, '1.76');
    typeInto(document.getElementById('mass-text') as HTMLInputElement, '150');
    expect(app.scenario.stance.bodyMassKg).toBe(150);
    const height = document.getElementById('height-range') as HTMLInputElement;
    slide(height, 1.2);
    // √(150 kg / 80 kg/m²) = 1.3693 m: the slider stops at 1.37 m.
    expect(app.scenario.stance.heightM).toBeCloseTo(1.37, 9);
    expect(document.getElementById('height-error')?.textContent).toContain('stops at 1.37 m');
  });

  it('refuse a cane in the hand that carries the load, beside the control', () => {
    const app = setup();
    app.setStance({
      ...app.scenario.stance,
      loadKg: 5,
      loadHand: 'ipsilateral',
      caneFractionBW: 0.1,
    });
    flushSync();
    const same = document.querySelector('input[name="cane-hand"][value="ipsilateral"]');
    (same as HTMLInputElement).click();
    flushSync();
    expect(app.scenario.stance.caneHand).toBe('contralateral');
    expect((same as HTMLInputElement).checked).toBe(false);
    expect(document.getElementById('cane-hand-error')?.textContent).toContain(
      'one hand cannot hold a cane and carry a load',
    );
  });
});
