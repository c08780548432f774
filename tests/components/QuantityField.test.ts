// @vitest-environment jsdom
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import QuantityField from '../../src/components/QuantityField.svelte';

let component: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (component) unmount(component);
  document.body.innerHTML = '';
});

function setup(seen: number[]) {
  component = mount(QuantityField, {
    target: document.body,
    props: {
      id: 'mass',
      label: 'Body mass',
      si: 'kg',
      value: 73,
      min: 30,
      max: 200,
      step: 1,
      digits: 1,
      onchange: (v: number) => seen.push(v),
    },
  });
  return document.getElementById('mass-text') as HTMLInputElement;
}

function type(input: HTMLInputElement, text: string) {
  input.dispatchEvent(new Event('focus'));
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  flushSync();
}

describe('QuantityField', () => {
  it('accepts a quantity with a unit and reports it in SI', () => {
    const seen: number[] = [];
    type(setup(seen), '154 lb');
    expect(seen[0]).toBeCloseTo(69.853, 3);
    expect(document.querySelector('.error')).toBeNull();
  });

  it('refuses nonsense with the reason next to the field and keeps the last good value', () => {
    const seen: number[] = [];
    const input = setup(seen);
    type(input, '70 parsecs');
    expect(seen).toEqual([]);
    const error = document.querySelector('[role=alert]');
    expect(error?.textContent).toContain('"parsecs" is not a known unit');
    expect(error?.textContent).toContain('kept 73.0 kg');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a value out of range', () => {
    const seen: number[] = [];
    type(setup(seen), '500 kg');
    expect(seen).toEqual([]);
    expect(document.querySelector('[role=alert]')?.textContent).toContain('between 30 and 200 kg');
  });

  it('shows the current value with its unit', () => {
    expect(setup([]).value).toBe('73.0 kg');
  });
});
