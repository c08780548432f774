import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyField,
  DEFAULT_GAIT,
  displayValue,
  fieldByFlag,
  fieldByKey,
  FIELDS,
  formatField,
  type Field,
  type FieldValues,
} from '../../../sim/index.ts';

const field = (key: string): Field => fieldByKey(key)!;

/** Some value of a field, within its limits, applied to the default scenario. */
const valuesOf = (f: Field): fc.Arbitrary<FieldValues> =>
  f.kind === 'choice'
    ? fc.constantFrom(...f.values).map((w) => f.set(DEFAULT_GAIT, w))
    : fc
        .double({ min: f.min, max: f.max, noNaN: true })
        .map((d) => f.set(DEFAULT_GAIT, f.fromDisplay(d)));

describe('the field table', () => {
  it('names every field once by key and once by flag', () => {
    expect(new Set(FIELDS.map((f) => f.key)).size).toBe(FIELDS.length);
    expect(new Set(FIELDS.map((f) => f.flag)).size).toBe(FIELDS.length);
    for (const f of FIELDS) {
      expect(fieldByKey(f.key)).toBe(f);
      expect(fieldByFlag(f.flag)).toBe(f);
    }
    expect(fieldByKey('side')?.flag).toBe('affected-side');
  });

  it('reads back the text it writes, to 6 significant digits', () => {
    for (const f of FIELDS)
      fc.assert(
        fc.property(valuesOf(f), (v) => {
          const text = formatField(f, v);
          const r = applyField(DEFAULT_GAIT, f, text);
          if (!r.ok) throw new Error(r.reason);
          expect(formatField(f, r.value), f.key).toBe(text);
          const [a, b] = [displayValue(f, v), displayValue(f, r.value)];
          if (typeof a === 'number')
            expect(Math.abs(a - (b as number))).toBeLessThan(1e-5 * Math.max(1, Math.abs(a)));
          else expect(b).toBe(a);
        }),
        { numRuns: 50 },
      );
  });

  it('writes numbers in their display unit', () => {
    const v = DEFAULT_GAIT;
    expect(formatField(field('gmed'), v)).toBe('100');
    expect(formatField(field('neck-shaft'), v)).toBe('130');
    expect(formatField(field('mass'), v)).toBe('73');
    expect(formatField(field('side'), v)).toBe('right');
  });

  it.each([
    ['neck-shaft', '90', '--neck-shaft "90": must be between 110 and 150 °'],
    ['cane', '0.9', '--cane "0.9": must be between 0 and 0.5 × BW'],
    ['mass', '500 kg', '--mass "500 kg": must be between 30 and 200 kg (read as 500 kg)'],
    ['height', '3 kg', '--height "3 kg": "3 kg" is not a length'],
    // Issue 11, defect 9: a tiny mass was reported "read as 0".
    ['mass', '1e-320 mg', '--mass "1e-320 mg": is too close to 0 to be read (under 1e-300)'],
    ['mass', '1e-320', '--mass "1e-320": is too close to 0 to be read (under 1e-300)'],
  ])(
    'refuses %s "%s" with a reason that names the option, the text and the limits',
    (key, text, why) => {
      const r = applyField(DEFAULT_GAIT, field(key), text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toBe(why);
    },
  );

  it('names the option as the caller does (a key in files, a flag on the command line)', () => {
    const side = field('side');
    const r = applyField(DEFAULT_GAIT, side, 'middle', side.key);
    expect(!r.ok && r.reason).toMatch(/^--side "middle"/);
  });

  it('gives every field a label, and every number field a range with min below max', () => {
    for (const f of FIELDS) {
      expect(f.label.length, f.key).toBeGreaterThan(2);
      if (f.kind === 'number') expect(f.min, f.key).toBeLessThan(f.max);
    }
  });
});
