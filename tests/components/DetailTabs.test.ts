// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import DetailTabs from '../../src/components/DetailTabs.svelte';
import type { Detail } from '../../src/lib/scenario.ts';
import { useMount } from './mountInBody.ts';

const mountInBody = useMount();
const tabs = () => [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
/** A tab's name as a screen reader takes it: its text, less what is hidden from it. */
const accessibleName = (b: HTMLElement) =>
  [...b.childNodes]
    .filter((n) => !(n instanceof HTMLElement && n.getAttribute('aria-hidden') === 'true'))
    .map((n) => n.textContent)
    .join('')
    .trim();

describe('DetailTabs', () => {
  it('names each tab in full for a screen reader and its tooltip, with a short name to show', () => {
    mountInBody(DetailTabs, { detail: 'hip', side: false, onselect: () => {} });
    expect(tabs()).toHaveLength(7);
    expect(accessibleName(tabs()[0]!)).toBe('Hip close-up');
    expect(accessibleName(tabs()[1]!)).toBe('Demand vs capacity');
    expect(accessibleName(tabs()[3]!)).toBe('Strength sweep');
    for (const t of tabs()) expect(t.title).toBe(accessibleName(t));
    expect(tabs().map((t) => t.querySelector('.short')?.textContent)).toEqual([
      'Hip',
      'Demand',
      'Gait',
      'Sweep',
      'Moment arms',
      'Nerve block',
      'Population',
    ]);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1]);
  });

  it('names the first tab "Side by side" when the figures are compared so', () => {
    mountInBody(DetailTabs, { detail: 'hip', side: true, onselect: () => {} });
    expect(accessibleName(tabs()[0]!)).toBe('Side by side');
  });

  it('moves with the arrow keys, round the ends, and takes the focus along', () => {
    const chosen: Detail[] = [];
    mountInBody(DetailTabs, {
      detail: 'hip',
      side: false,
      onselect: (d: Detail) => chosen.push(d),
    });
    const press = (el: HTMLElement, key: string) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    press(tabs()[0]!, 'ArrowLeft');
    flushSync();
    expect(chosen).toEqual(['population']);
    expect(document.activeElement).toBe(tabs()[6]);
    press(tabs()[6]!, 'ArrowRight');
    expect(chosen).toEqual(['population', 'hip']);
    expect(document.activeElement).toBe(tabs()[0]);
    tabs()[3]!.click();
    expect(chosen.at(-1)).toBe('strength-sweep');
  });
});
