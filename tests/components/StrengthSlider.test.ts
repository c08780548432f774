// @vitest-environment jsdom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import StrengthSlider from '../../src/components/StrengthSlider.svelte';

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
  document.body.innerHTML = '';
});

describe('StrengthSlider', () => {
  it('is a range input named after the muscle, with the percentage and MRC grade beside it', () => {
    component = mount(StrengthSlider, {
      target: document.body,
      props: { id: 'gmed', label: 'Gluteus medius strength', value: 0.4, onchange: () => {} },
    });
    const input = document.querySelector('input[type=range]') as HTMLInputElement;
    const label = document.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toBe('Gluteus medius strength');
    expect(input.value).toBe('40');
    expect(document.querySelector('output')?.textContent).toContain('40 %');
    expect(document.querySelector('output')?.textContent).toContain('MRC 3');
    expect(input.getAttribute('aria-valuetext')).toBe('40 %, MRC grade 3');
  });

  it('reports the new percentage when moved', () => {
    const seen: number[] = [];
    component = mount(StrengthSlider, {
      target: document.body,
      props: {
        id: 'tfl',
        label: 'Tensor fasciae latae strength',
        value: 1,
        onchange: (v: number) => seen.push(v),
      },
    });
    const input = document.querySelector('input') as HTMLInputElement;
    input.value = '0';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(seen).toEqual([0]);
  });
});
