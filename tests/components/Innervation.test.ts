// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_STANCE } from '../../sim/index.ts';
import Innervation from '../../src/components/Innervation.svelte';
import { useMount } from './mountInBody.ts';

const mountInBody = useMount();

const item = (group: string) =>
  document.querySelector(`li[data-group="${group}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

function show(strength = DEFAULT_STANCE.strength, opened: string[] = []) {
  mountInBody(Innervation, { strength, side: 'right', onmuscle: (g: string) => opened.push(g) });
}

describe('Innervation', () => {
  it('lists the superior gluteal nerve’s muscles as paralysed in complete palsy, and what it spares with their own nerves', () => {
    show(applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!.strength);
    expect(document.querySelector('h2')?.textContent).toBe('Superior gluteal nerve (L4, L5, S1)');
    for (const g of ['gmed', 'gmin', 'tfl']) expect(item(g)).toMatch(/paralysed on the right side/);
    expect(item('gmax')).toBe('Gluteus maximus: normal Inferior gluteal nerve (L5, S1, S2)');
    expect(item('piriformis')).toBe('Piriformis: normal Nerve to piriformis (S1, S2)');
    expect(item('adductors')).toBe('Hip adductors: normal Obturator nerve (L2, L3, L4)');
    expect(document.querySelector('section')?.textContent).toContain(
      'A palsy spares gluteus maximus, piriformis and the adductors',
    );
    // The spared muscles sit under their own heading, after the affected ones.
    const spared = document.querySelector('ul.spared');
    expect(spared?.previousElementSibling?.previousElementSibling?.textContent).toBe(
      'Spared by its palsy',
    );
    expect(spared?.querySelectorAll('li')).toHaveLength(3);
  });

  it('shows a partial weakness with its strength, and opens a muscle’s card by name', () => {
    const opened: string[] = [];
    show({ ...DEFAULT_STANCE.strength, gmed: 0.25, gmax: 0.5 }, opened);
    expect(item('gmed')).toBe('Gluteus medius: weak (25 %) on the right side');
    expect(item('gmin')).toBe('Gluteus minimus: normal');
    expect(item('gmax')).toMatch(/^Gluteus maximus: weak \(50 %\) on the right side/);
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'Gluteus maximus',
    );
    button?.click();
    expect(opened).toEqual(['gmax']);
  });
});
