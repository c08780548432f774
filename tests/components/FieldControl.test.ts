// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GAIT, fieldByKey, type FieldValues } from '../../sim/index.ts';
import FieldControl from '../../src/components/FieldControl.svelte';
import { useMount } from './mountInBody.ts';
import { slide, typeInto } from './userInput.ts';

const mountInBody = useMount();

/** Mounts the control of field `key`; `onchange` sees what it offers, `door` may refuse it. */
function setup(
  key: string,
  values: FieldValues,
  onchange: (next: FieldValues) => void,
  door: (next: FieldValues) => string | undefined = () => undefined,
) {
  mountInBody(FieldControl, {
    field: fieldByKey(key)!,
    values,
    onchange: (next: FieldValues) => {
      onchange(next);
      return door(next);
    },
  });
}

/** Mounts the control of field `key` on the default walk; the app refuses every value, saying `why`. */
const setupRefused = (key: string, why: string) =>
  setup(
    key,
    DEFAULT_GAIT,
    () => {},
    () => why,
  );

const withStance = (patch: Partial<FieldValues['stance']>): FieldValues => ({
  ...DEFAULT_GAIT,
  stance: { ...DEFAULT_GAIT.stance, ...patch },
});

describe('FieldControl for a strength', () => {
  it('is a range input named after the muscle, with the percentage and MRC grade beside it', () => {
    const strength = { ...DEFAULT_GAIT.stance.strength, gmed: 0.4 };
    setup('gmed', withStance({ strength }), () => {});
    const input = document.querySelector('input[type=range]') as HTMLInputElement;
    const label = document.querySelector(`label[for="${input.id}"]`);
    expect(input.id).toBe('gmed');
    expect(label?.textContent).toBe('Gluteus medius strength');
    expect(input.value).toBe('40');
    expect(document.querySelector('output')?.textContent).toContain('40 %');
    expect(document.querySelector('output')?.textContent).toContain('MRC 3');
    expect(input.getAttribute('aria-valuetext')).toBe('40 %, MRC grade 3');
  });

  it('reports the new percentage when moved', () => {
    const seen: number[] = [];
    setup('tfl', DEFAULT_GAIT, (v) => seen.push(v.stance.strength.tfl * 100));
    const input = document.querySelector('input') as HTMLInputElement;
    slide(input, 0);
    expect(seen).toEqual([0]);
  });
});

function typeMass(seen: number[]): HTMLInputElement {
  setup('mass', DEFAULT_GAIT, (v) => seen.push(v.stance.bodyMassKg));
  return document.getElementById('mass-text') as HTMLInputElement;
}

describe('FieldControl for a quantity', () => {
  it('accepts a quantity with a unit and reports it in SI', () => {
    const seen: number[] = [];
    typeInto(typeMass(seen), '154 lb');
    expect(seen[0]).toBeCloseTo(69.853, 3);
    expect(document.querySelector('.error')).toBeNull();
  });

  it('accepts a height as people say it, "5 ft 10 in"', () => {
    const seen: number[] = [];
    setup('height', DEFAULT_GAIT, (v) => seen.push(v.stance.heightM));
    typeInto(document.getElementById('height-text') as HTMLInputElement, '5 ft 10 in');
    expect(seen[0]).toBeCloseTo(1.778, 6);
    expect(document.querySelector('[role=alert]')).toBeNull();
  });

  it('refuses nonsense with the reason next to the field and keeps the last good value', () => {
    const seen: number[] = [];
    const input = typeMass(seen);
    typeInto(input, '70 parsecs');
    expect(seen).toEqual([]);
    const error = document.querySelector('[role=alert]');
    expect(error?.textContent).toContain('"parsecs" is not a known unit');
    expect(error?.textContent).toContain('kept 73.0 kg');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a value out of range', () => {
    const seen: number[] = [];
    typeInto(typeMass(seen), '500 kg');
    expect(seen).toEqual([]);
    expect(document.querySelector('[role=alert]')?.textContent).toContain('between 30 and 200 kg');
  });

  it('shows the current value with its unit', () => {
    expect(typeMass([]).value).toBe('73.0 kg');
  });

  it('lowers a carried load that a lighter body could no longer carry, and says so', () => {
    const seen: FieldValues[] = [];
    setup('mass', withStance({ loadKg: 30 }), (v) => seen.push(v));
    typeInto(document.getElementById('mass-text') as HTMLInputElement, '50');
    expect(seen[0]?.stance.bodyMassKg).toBe(50);
    expect(seen[0]?.stance.loadKg).toBe(25);
    expect(document.getElementById('mass-error')?.textContent).toBe(
      'Carried load lowered to 25 kg: at most half the body mass.',
    );
  });

  it('refuses a typed mass the app refuses, keeping the last good value', () => {
    setupRefused('mass', 'body-mass index 9.7 is outside 10-80');
    typeInto(document.getElementById('mass-text') as HTMLInputElement, '30');
    expect(document.getElementById('mass-error')?.textContent).toBe(
      'Body mass: body-mass index 9.7 is outside 10-80; kept 73.0 kg.',
    );
  });
});

describe('FieldControl for other fields', () => {
  it('shows a range with its unit to the row digits', () => {
    setup('load', withStance({ bodyMassKg: 73, loadKg: 10 }), () => {});
    const input = document.getElementById('load') as HTMLInputElement;
    expect(input.max).toBe('100');
    expect(input.getAttribute('aria-valuetext')).toBe('10.0 kg');
    expect(document.querySelector('output')?.textContent).toBe('10.0 kg');
  });

  it('stops a load slider at half the body mass, and says why beside it', () => {
    const seen: number[] = [];
    setup('load', withStance({ bodyMassKg: 73, loadKg: 10 }), (v) => seen.push(v.stance.loadKg));
    const input = document.getElementById('load') as HTMLInputElement;
    slide(input, 60);
    expect(seen).toEqual([36.5]);
    expect(input.value).toBe('36.5');
    expect(document.getElementById('load-error')?.textContent).toBe(
      'Carried load stops at 36.5 kg: carried load 60 kg: must be at most half the body mass (36.5 kg).',
    );
  });

  it('puts a slider back and says why when the app refuses the value', () => {
    setupRefused('gmed', 'not today');
    const input = document.getElementById('gmed') as HTMLInputElement;
    slide(input, 40);
    expect(input.value).toBe('100');
    expect(document.getElementById('gmed-error')?.textContent).toBe(
      'Gluteus medius strength: not today; kept 100 %.',
    );
  });

  it('puts a refused choice back and says why beside the group', () => {
    setupRefused('cane-hand', 'one hand cannot hold a cane and carry a load');
    const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="cane-hand"]')];
    radios[1]!.click();
    flushSync();
    expect(radios.map((r) => r.checked)).toEqual([true, false]);
    expect(document.getElementById('cane-hand-error')?.textContent).toBe(
      'Cane hand: one hand cannot hold a cane and carry a load; kept opposite hand.',
    );
  });

  it('is a radio group named after the field, with words for its values', () => {
    const seen: FieldValues[] = [];
    setup('cane-hand', DEFAULT_GAIT, (v) => seen.push(v));
    expect(document.querySelector('legend')?.textContent).toBe('Cane hand');
    const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="cane-hand"]')];
    expect(radios.map((r) => r.parentElement?.textContent?.trim())).toEqual([
      'opposite hand',
      'same-side hand',
    ]);
    expect(radios[0]!.checked).toBe(true);
    radios[1]!.click();
    flushSync();
    expect(seen[0]?.stance.caneHand).toBe('ipsilateral');
  });
});
