// @vitest-environment jsdom
import { mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_STANCE, solveStance } from '../../sim/index.ts';
import Readouts from '../../src/components/Readouts.svelte';

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
  document.body.innerHTML = '';
});

const readout = (label: string) => {
  const dt = [...document.querySelectorAll('dt')].find((d) => d.textContent === label);
  return dt
    ? document.querySelector(`[aria-labelledby="${dt.id}"]`)?.textContent?.trim()
    : undefined;
};

describe('Readouts', () => {
  it('show pelvic drop, trunk lean, forces and the sign for a healthy stance', () => {
    component = mount(Readouts, {
      target: document.body,
      props: { r: solveStance(DEFAULT_STANCE), units: 'BW', onunits: () => {} },
    });
    expect(readout('Pelvic drop')).toBe('0.0°');
    expect(readout('Trunk lean')).toBe('0.0°');
    expect(readout('Hip contact force')).toBe('2.69 × BW');
    expect(readout('Trendelenburg sign')).toContain('Negative');
  });

  it('show newtons when asked', () => {
    component = mount(Readouts, {
      target: document.body,
      props: { r: solveStance(DEFAULT_STANCE), units: 'N', onunits: () => {} },
    });
    expect(readout('Hip contact force')).toMatch(/^\d+ N$/);
  });

  it('show a positive sign in complete palsy, and the end of range when the pelvis rests on bone', () => {
    const palsy = solveStance(applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!);
    expect(palsy.pelvicDropRad / (Math.PI / 180)).toBeCloseTo(11.2, 1);
    expect(palsy.trendelenburg).toBe('positive');
    const r = solveStance({ ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!, loadKg: 30 });
    component = mount(Readouts, {
      target: document.body,
      props: { r, units: 'BW', onunits: () => {} },
    });
    expect(readout('Pelvic drop')).toBe(`${(r.pelvicDropRad / (Math.PI / 180)).toFixed(1)}°`);
    expect(readout('Trendelenburg sign')).toContain('Positive');
    expect(document.querySelector('[role=note]')?.textContent).toContain(
      'end of its adduction range',
    );
  });
});
