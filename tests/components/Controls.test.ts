// @vitest-environment jsdom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { FIELDS } from '../../sim/index.ts';
import Controls from '../../src/components/Controls.svelte';
import { AppState } from '../../src/lib/app.svelte.ts';

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
  document.body.innerHTML = '';
});

function setup(): AppState {
  const app = new AppState();
  component = mount(Controls, { target: document.body, props: { app } });
  return app;
}

describe('Controls', () => {
  it('show every field that has a control, once each, in three groups', () => {
    setup();
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Muscles',
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
    gmed.value = '30';
    gmed.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(app.scenario.stance.strength.gmed).toBeCloseTo(0.3, 12);
    expect(app.scenario.presetId).toBeUndefined();
  });

  it('warn while one hand holds the cane and carries the load', () => {
    const app = setup();
    expect(document.querySelector('.warn')).toBeNull();
    app.setStance({
      ...app.scenario.stance,
      caneFractionBW: 0.1,
      loadKg: 5,
      caneHand: 'ipsilateral',
      loadHand: 'ipsilateral',
    });
    flushSync();
    expect(document.querySelector('[role=alert]')?.textContent).toContain(
      'One hand cannot hold a cane and carry a load',
    );
  });
});
