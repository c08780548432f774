// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_STANCE, solveStance } from '../../sim/index.ts';
import KeyReadouts from '../../src/components/KeyReadouts.svelte';
import { useMount } from './mountInBody.ts';

const mountInBody = useMount();
const sign = () => document.querySelector('[data-readout=trendelenburg]')?.textContent?.trim();

describe('KeyReadouts (lecture mode)', () => {
  it('says why the sign is what it is, and never "level" beside a drop', () => {
    mountInBody(KeyReadouts, { r: solveStance(DEFAULT_STANCE) });
    expect(sign()).toBe('Negative the pelvis stays level');
  });

  it('names the small drop of a negative sign (gluteus medius paralysed alone: 3.9°)', () => {
    const r = solveStance({ ...DEFAULT_STANCE, strength: { ...DEFAULT_STANCE.strength, gmed: 0 } });
    mountInBody(KeyReadouts, { r });
    expect(document.querySelector('[data-readout=pelvic-drop]')?.textContent).toBe('3.9°');
    expect(sign()).toBe('Negative the crest drops under 2 cm');
  });

  it('says the pelvis drops with a positive sign', () => {
    mountInBody(KeyReadouts, {
      r: solveStance(applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!),
    });
    expect(sign()).toBe('Positive the pelvis drops');
  });
});
