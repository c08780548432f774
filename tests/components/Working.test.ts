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

  // The sums shown in step 5 add up: the lever arm is the resultant's (Σ Fᵢrᵢ / |Σ F⃗ᵢ|), and the
  // contact force includes the tract, capsule and bony stop, whose pull presses the joint too.
  it.each([
    ['healthy', DEFAULT_STANCE],
    ['complete palsy', applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!],
    [
      'complete palsy on the bony stop',
      { ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!, loadKg: 30 },
    ],
    [
      'a cane in the same-side hand',
      { ...DEFAULT_STANCE, caneFractionBW: 0.2, caneHand: 'ipsilateral' as const },
    ],
    ['an over-balancing cane', { ...DEFAULT_STANCE, caneFractionBW: 0.5 }],
  ])('shows sums that add up in step 5 (%s)', (_, input) => {
    const r = solveStance(input);
    const panel = show(r);
    /** The numbers of an equation's text, in order (thousands written without separators). */
    const numbers = (term: string) =>
      [...text(panel.querySelector(`[data-term="${term}"]`)).matchAll(/-?\d+(\.\d+)?/g)].map((m) =>
        Number(m[0]),
      );
    const lever = text(panel.querySelector('[data-term="abductor-lever"]'));
    // Σ Fᵢ is over the same parts as the resultant: no less than |Σ F⃗ᵢ|.
    const [, sum, resultant] = /Σ Fi = (\d+) N.*\/ (\d+) N =/.exec(lever)!;
    expect(Number(sum), lever).toBeGreaterThanOrEqual(Number(resultant));
    const [, moment, force, arm] = /= ([\d.]+) N·m \/ ([\d.]+) N = ([\d.]+) cm$/.exec(lever)!;
    // Within what the rounding of the moment (0.05 N·m), the force (0.5 N) and the arm allows.
    const [m, f] = [Number(moment), Number(force)];
    const slack = 100 * (0.05 / f + (0.5 * m) / (f * f)) + 0.05;
    expect(Math.abs(Number(arm) - (100 * m) / f), lever).toBeLessThanOrEqual(slack);
    expect(Number(arm)).toBeCloseTo(r.abductorMomentArmM * 100, 1);
    const contact = text(panel.querySelector('[data-term="contact-force"]'));
    const rx = /Rx = (-?\d+) ([+-]) (\d+) = (-?\d+) N/.exec(contact)!;
    const otherX = Number(rx[3]) * (rx[2] === '-' ? -1 : 1);
    expect(Math.abs(Number(rx[1]) + otherX - Number(rx[4])), contact).toBeLessThanOrEqual(1);
    const ry = /Ry = (.*) = (-?\d+) N/.exec(contact)!;
    const terms = ry[1]!
      .replace(/ /g, '')
      .match(/[+-]?\d+/g)!
      .map(Number);
    expect(Math.abs(terms.reduce((a, b) => a + b, 0) - Number(ry[2])), contact).toBeLessThanOrEqual(
      2,
    );
    expect(Number(ry[2])).toBeCloseTo(r.hipContactForce.y, -1);
    expect(numbers('contact-force').length).toBeGreaterThan(4);
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
