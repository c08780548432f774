// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  deg,
  DEFAULT_STANCE,
  solveStance,
  type StanceResult,
} from '../../sim/index.ts';
import Working from '../../src/components/Working.svelte';
import { useMount } from './mountInBody.ts';

const mountInBody = useMount();

function show(r: StanceResult): HTMLElement {
  mountInBody(Working, { r });
  flushSync();
  const panel = document.querySelector<HTMLElement>('section[aria-label]');
  if (!panel) throw new Error('no panel');
  return panel;
}

/** Whitespace collapsed, true minus signs turned into hyphens. */
const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\u2212/g, '-')
    .trim();
const number = (el: Element | null | undefined) => Number(text(el));

describe('Working', () => {
  it('substitutes the numbers of the healthy stance', () => {
    const r = solveStance(DEFAULT_STANCE);
    const panel = show(r);
    expect(panel.querySelector('h2')?.textContent).toBe('Show the working');
    expect(panel.getAttribute('aria-label')).toMatch(/working/i);
    expect(panel.querySelectorAll('ol > li')).toHaveLength(6);

    const all = text(panel);
    expect(all).toContain(`${Math.round(r.partialWeightN)} N`);
    expect(all).toContain(`${(r.partialWeightN / r.bodyWeightN).toFixed(2)} × BW`);
    expect(text(panel.querySelector('[data-term="lever-arm"]'))).toBe(
      `d = ${(r.bodyWeightMomentArmM * 100).toFixed(1)} cm`,
    );
    expect(text(panel.querySelector('[data-term="required"]'))).toContain(
      `≈ ${r.abductorMomentRequiredNm.toFixed(1)} N·m`,
    );
    expect(text(panel.querySelector('[data-term="residual"]'))).toMatch(/= 0\.0 N·m ≈ 0$/);
    expect(all).toContain(`${Math.round(r.hipContactForceN)} N`);

    // No aids, no end stop, no adductors in the healthy default.
    expect(panel.querySelector('[data-term="aids-note"]')).toBeNull();
    expect(panel.querySelector('[data-term="end-stop"]')).toBeNull();
    expect(panel.querySelector('[data-term="adductors"]')).toBeNull();
    expect(all).not.toContain('end stop');

    // The table: one row per muscle part; the total moment is the muscle term of the balance.
    const rows = [...panel.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(r.muscles.length);
    const rowSum = rows.reduce((s, row) => s + number(row.querySelector('[data-col="moment"]')), 0);
    const total = number(panel.querySelector('tfoot [data-col="moment"]'));
    // Each row is rounded to 0.1 N·m on its own.
    expect(Math.abs(total - rowSum)).toBeLessThanOrEqual(0.1 + 1e-9);
    const muscleMoment = r.activeMomentNm - r.adductorMomentNm + r.passiveMuscleMomentNm;
    expect(total).toBeCloseTo(muscleMoment, 1);
    expect(all).toContain(`= ${muscleMoment.toFixed(1)} N·m`);
  });

  it('shows the end-stop term when the pelvis rests on bone (complete palsy, heavy load)', () => {
    const r = solveStance({ ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!, loadKg: 30 });
    expect(r.rangeLimitMomentNm).toBeGreaterThan(0);
    const panel = show(r);
    expect(text(panel.querySelector('[data-term="end-stop"]'))).toBe(
      `+ ${r.rangeLimitMomentNm.toFixed(1)} N·m (end stop)`,
    );
    expect(text(panel.querySelector('[data-term="residual"]'))).toContain('Mstop');
    expect(text(panel.querySelector('[data-term="residual"]'))).toMatch(/= 0\.0 N·m ≈ 0$/);
    expect(text(panel)).toContain(`${deg(r.pelvicDropRad).toFixed(1)}°`);
  });

  it('notes that a cane makes W·d differ from M', () => {
    const r = solveStance({ ...DEFAULT_STANCE, caneFractionBW: 0.1 });
    const panel = show(r);
    const note = text(panel.querySelector('[data-term="aids-note"]'));
    expect(note).toContain('The cane');
    expect(note).toContain('W·d ≠ M');
    expect(text(panel.querySelector('[data-term="required"]'))).toMatch(
      new RegExp(`= ${r.abductorMomentRequiredNm.toFixed(1)} N·m$`),
    );
    expect(text(panel.querySelector('[data-term="residual"]'))).toMatch(/= 0\.0 N·m ≈ 0$/);
  });

  it('shows the adductor term when a heavy cane over-balances', () => {
    const r = solveStance({ ...DEFAULT_STANCE, caneFractionBW: 0.5 });
    expect(r.adductorMomentNm).toBeGreaterThan(0);
    const panel = show(r);
    expect(text(panel.querySelector('[data-term="adductors"]'))).toBe(
      `- ${r.adductorMomentNm.toFixed(1)} N·m adductors`,
    );
    expect(text(panel.querySelector('[data-term="residual"]'))).toMatch(/= 0\.0 N·m ≈ 0$/);
  });
});
