// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import anatomy from '../../data/anatomy.json';
import MuscleCard from '../../src/components/MuscleCard.svelte';
import { stubShowModal, useMount } from './mountInBody.ts';

const mountInBody = useMount();
stubShowModal();

const field = (label: string) => {
  const dt = [...document.querySelectorAll('dt')].find((d) => d.textContent === label);
  return dt?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();
};

describe('MuscleCard', () => {
  for (const card of anatomy.muscles)
    it(`shows the card of ${card.name} as a modal dialog with its nerve and roots`, () => {
      mountInBody(MuscleCard, { group: card.group, onclose: () => {} });
      flushSync();
      expect(document.querySelector('dialog')?.open).toBe(true);
      expect(document.querySelector('#card-title')?.textContent).toBe(card.name);
      expect(field('Nerve (roots)')).toBe(`${card.nerve} (${card.roots.join(', ')})`);
      expect(field('Origin')).toBe(card.origin);
      expect(document.querySelectorAll('dialog li')).toHaveLength(card.actions.length);
    });

  it('says gluteus maximus is spared by a superior gluteal nerve palsy', () => {
    mountInBody(MuscleCard, { group: 'gmax', onclose: () => {} });
    expect(field('Nerve (roots)')).toBe('Inferior gluteal nerve (L5, S1, S2)');
    expect(field('Clinical note')).toContain('superior gluteal nerve palsy spares it');
  });
});
