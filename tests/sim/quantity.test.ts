import { describe, expect, it } from 'vitest';
import { hasUnit, parseNumber, parseQuantity, quoteForMessage } from '../../sim/index.ts';

describe('unit-aware quantities', () => {
  const ok = (text: string, si: 'kg' | 'm') => {
    const r = parseQuantity(text, si);
    if (!r.ok) throw new Error(r.reason);
    return r.value;
  };
  const reason = (text: string, si: 'kg' | 'm') => {
    const r = parseQuantity(text, si);
    return r.ok ? undefined : r.reason;
  };

  it.each([
    ['70', 'kg', 70],
    ['154 lb', 'kg', 69.8532],
    ['70kg', 'kg', 70],
    ['11 stone', 'kg', 69.853],
    ['175 cm', 'm', 1.75],
    ['5.9 ft', 'm', 1.79832],
    ['69 inch', 'm', 1.7526],
    ['1.75', 'm', 1.75],
    // Compound quantities, as heights and weights are spoken: the terms are added.
    ['5 ft 10 in', 'm', 1.778],
    ['5ft10in', 'm', 1.778],
    ['1 m 76 cm', 'm', 1.76],
    ['11 st 4 lb', 'kg', 71.668],
    ['11 stone 4 lbs', 'kg', 71.668],
    ['150 lb 8 oz', 'kg', 68.266],
    ['11 st 4 lb 8 oz', 'kg', 71.894],
    ['70 kg 500 g', 'kg', 70.5],
  ] as const)('reads "%s" as a %s quantity', (text, si, value) => {
    expect(ok(text, si)).toBeCloseTo(value, 3);
  });

  it.each([
    ['70 parsecs', 'kg', 'not a known unit'],
    ['175 cm', 'kg', 'not a mass'],
    ['70 kg', 'm', 'not a length'],
    ['2+3 kg', 'kg', 'not a number with a unit'],
    ['', 'kg', 'empty'],
    ['NaN', 'kg', 'not a number with a unit'],
    ['Infinity', 'kg', 'not a number with a unit'],
    ['1e400', 'kg', 'not a finite number'],
    ['70 kg m', 'kg', 'not a number with a unit'],
    ['sqrt(4900) kg', 'kg', 'not a number with a unit'],
    ['5 ft 10', 'm', 'not a number with a unit'],
    ['5 ft -10 in', 'm', 'not a number with a unit'],
    ['5 ft 10 parsecs', 'm', '"parsecs" is not a known unit'],
    ['5 ft 10 kg', 'm', '"10 kg" is not a length'],
    ['1e400 ft 2 in', 'm', 'not a finite number'],
    ['5 ft 10 cm', 'm', '"5 ft 10 cm" mixes units that are not written together'],
    ['10 in 5 ft', 'm', 'mixes units'],
    ['5 ft 5 ft', 'm', 'mixes units'],
    ['11 st 4 kg', 'kg', 'mixes units'],
    ['5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e!', 'kg', 'not a number with a unit'],
  ] as const)('refuses "%s" as a %s quantity', (text, si, why) => {
    expect(reason(text, si)).toContain(why);
  });

  it('knows which text needs the unit parser: a unit, or a compound of them', () => {
    expect(['154 lb', '5 ft 10 in', ' 11 st  4 lb ', '1m76cm'].map(hasUnit)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['70', '1.76', '5 ft 10', 'tall', ''].map(hasUnit)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  // Text that a single pattern for "(number unit)+" splits in exponentially many ways ("5e5" is a
  // number, or 5 and the unit "e"): read term by term, it is answered at once, however long.
  it('answers at once for text built to make a pattern backtrack', () => {
    const evil = `${'5e'.repeat(5_000)}!`;
    expect(hasUnit(evil)).toBe(false);
    expect(hasUnit(evil.slice(-39))).toBe(false);
    expect(parseQuantity(evil, 'kg').ok).toBe(false);
    expect(parseQuantity(evil.slice(-39), 'kg').ok).toBe(false);
  });

  it('reads plain numbers and refuses anything else', () => {
    expect(parseNumber(' 12.5 ')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('12 %').ok).toBe(false);
    expect(parseNumber('0x10').ok).toBe(false);
  });
});

describe('quoting user text in a message', () => {
  // Issue 11, defect 6: U+202E and escape codes passed through, and length was cut mid-character.
  it.each([
    ['\u202eevil', '?evil'],
    ['a\u2066b\u2069c\u200fd\ufeffe', 'a?b?c?d?e'],
    ['\u001b[31mred\u001b[0m', '?[31mred?[0m'],
    ['line\nbreak\u2028x', 'line?break?x'],
    ['😀'.repeat(45), `${'😀'.repeat(37)}...`],
  ])('makes %j safe and short: %j', (text, quoted) => {
    expect(quoteForMessage(text)).toBe(quoted);
  });

  it('costs no more for a 100,000-character text than for a short one', () => {
    expect(quoteForMessage('x'.repeat(100_000))).toBe(`${'x'.repeat(37)}...`);
  });
});
