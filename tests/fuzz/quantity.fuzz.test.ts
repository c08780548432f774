/**
 * Fuzz tests of the text → number parsers every entry point uses (sim/quantity.ts): they never
 * throw, they refuse with a one-line reason or accept a finite number, they read plain numbers and
 * known units exactly, and they never evaluate an expression.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, parseQuantity, type Parsed, type SiUnit } from '../../sim/index.ts';
import { HOSTILE_TEXTS, hostileText, isOneLine, numberAndUnit, unitWord } from './arbitraries.ts';

const si = fc.constantFrom<SiUnit>('kg', 'm');

/** Units of each dimension, with their SI factor (exact by definition). */
const MASS_UNITS = [
  ['kg', 1],
  ['g', 1e-3],
  ['lb', 0.45359237],
  ['lbs', 0.45359237],
  ['stone', 6.35029318],
] as const;
const LENGTH_UNITS = [
  ['m', 1],
  ['cm', 1e-2],
  ['mm', 1e-3],
  ['ft', 0.3048],
  ['inch', 0.0254],
] as const;
const UNITS = { kg: MASS_UNITS, m: LENGTH_UNITS } as const;

/**
 * A decimal as people and programs write it, kept short enough to be a quantity, and far enough
 * from 0 to be read in any unit (tiny values are refused: see their own test).
 */
const decimal = fc
  .oneof(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
    fc.double({ min: 1e-9, max: 1e12, noNaN: true }).map(String),
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
    fc
      .tuple(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.integer({ min: 0, max: 10 }))
      .map(([v, d]) => v.toFixed(d)),
    fc
      .tuple(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 12 }))
      .map(([v, p]) => v.toExponential(p)),
    fc.constantFrom('0', '-0', '+70', '.5', '5.', '1e3', '1E3', '1e+3', '1e-3'),
  )
  .filter((t) => Number(t) === 0 || Math.abs(Number(t)) >= 1e-290);

/** Anything at all, with extra weight on hostile texts and on the very long. */
const anyText = fc.oneof(
  { arbitrary: hostileText, weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 60 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 1 },
);

const closeTo = (actual: number, expected: number) =>
  Math.abs(actual - expected) <= 1e-12 * Math.max(Math.abs(actual), Math.abs(expected));

function checkShape(r: Parsed<number>): void {
  if (r.ok) {
    expect(typeof r.value).toBe('number');
    expect(Number.isFinite(r.value), `value ${r.value}`).toBe(true);
  } else {
    expect(typeof r.reason).toBe('string');
    expect(r.reason.trim().length).toBeGreaterThan(0);
  }
}

describe('the quantity parser under fuzzing', () => {
  it('never throws on the named hostile texts, and refuses or accepts each cleanly', () => {
    for (const text of HOSTILE_TEXTS) {
      for (const unit of ['kg', 'm'] as const) checkShape(parseQuantity(text, unit));
      checkShape(parseNumber(text));
    }
  });

  it('never throws and returns a finite value or a non-empty reason for any text', () => {
    fc.assert(
      fc.property(anyText, si, (text, unit) => {
        checkShape(parseQuantity(text, unit));
        checkShape(parseNumber(text));
      }),
      { numRuns: 2000 },
    );
  });

  // BUG: a text with a line break inside it (e.g. "a\nb", or "\n" between a number and junk)
  // is quoted verbatim in the reason, so the reason spans two lines.
  it('gives a reason that fits on one line for any refused text', () => {
    fc.assert(
      fc.property(anyText, si, (text, unit) => {
        for (const r of [parseQuantity(text, unit), parseNumber(text)])
          if (!r.ok) expect(isOneLine(r.reason), JSON.stringify(r.reason)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads a plain decimal exactly, as a number and as a quantity of either dimension', () => {
    fc.assert(
      fc.property(decimal, si, fc.constantFrom('', ' ', '\t', '\n '), (text, unit, pad) => {
        const padded = `${pad}${text}${pad}`;
        const expected = Number(text);
        expect(parseNumber(padded)).toEqual({ ok: true, value: expected });
        expect(parseQuantity(padded, unit)).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a non-zero number too close to 0 to be read, rather than calling it 0', () => {
    const tiny = fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 301, max: 400 }))
      .map(([m, e]) => `${m}e-${e}`);
    fc.assert(
      fc.property(tiny, si, fc.constantFrom('', ' mg', ' g', ' mm'), (text, dim, unit) => {
        const r = unit
          ? parseQuantity(`${text}${unit}`, unit === ' mm' ? 'm' : 'kg')
          : parseNumber(text);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason).toContain('too close to 0');
        expect(parseQuantity(text, dim).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a decimal with a known unit of the right dimension as its SI value', () => {
    fc.assert(
      fc.property(decimal, si, fc.nat(4), fc.constantFrom('', ' ', '  '), (text, dim, i, sep) => {
        const [unit, factor] = UNITS[dim][i]!;
        const r = parseQuantity(`${text}${sep}${unit}`, dim);
        if (!r.ok) throw new Error(`"${text}${sep}${unit}" refused: ${r.reason}`);
        expect(closeTo(r.value, Number(text) * factor), `${r.value}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  // BUG: the parser's pattern allows any whitespace (\s) between the number and the unit, but
  // mathjs only understands spaces and tabs: "70\u00a0kg" (no-break space, as pasted from a
  // formatted document) and "70\nkg" are refused with the false reason '"kg" is not a known unit'.
  it('never calls a known unit unknown, whatever whitespace stands before it', () => {
    fc.assert(
      fc.property(
        decimal,
        si,
        fc.nat(4),
        fc.constantFrom(' ', '\t', '\u00a0', '\n', '\u2003', '\u3000', '\u202f'),
        (text, dim, i, sep) => {
          const [unit] = UNITS[dim][i]!;
          const r = parseQuantity(`${text}${sep}${unit}`, dim);
          if (!r.ok) expect(r.reason).not.toContain('is not a known unit');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a quantity of the other dimension, and a unit of any other dimension', () => {
    const other = fc.constantFrom('s', 'N', 'J', 'rad', 'deg', 'K', 'degC', 'L', 'Hz', 'A', 'W');
    fc.assert(
      fc.property(decimal, si, fc.nat(4), other, (text, dim, i, foreign) => {
        const [unit] = UNITS[dim === 'kg' ? 'm' : 'kg'][i]!;
        const wrong = parseQuantity(`${text} ${unit}`, dim);
        expect(wrong.ok, `"${text} ${unit}" as ${dim}`).toBe(false);
        if (!wrong.ok) expect(wrong.reason).toMatch(dim === 'kg' ? /not a mass/ : /not a length/);
        expect(parseQuantity(`${text} ${foreign}`, dim).ok, `"${text} ${foreign}"`).toBe(false);
        expect(parseNumber(`${text} ${unit}`).ok).toBe(false);
      }),
      { numRuns: 800 },
    );
  });

  it('refuses every expression: sums, products, quotients, powers, brackets and functions', () => {
    const operand = fc.oneof(decimal, numberAndUnit, unitWord, fc.constantFrom('e', 'pi', 'x'));
    const expression = fc.oneof(
      fc
        .tuple(
          operand,
          fc.constantFrom('', ' '),
          fc.constantFrom('+', '-', '*', '/', '^', '%', 'mod', 'to', 'in'),
          fc.constantFrom('', ' '),
          operand,
        )
        .map((p) => p.join('')),
      fc
        .tuple(fc.constantFrom('sqrt', 'abs', 'exp', 'log', 'max', '', 'unit', 'eval'), operand)
        .map(([f, a]) => `${f}(${a})`),
      fc
        .tuple(operand, fc.constantFrom('', ' kg', ' m', 'kg', '^2', '!'))
        .map(([a, u]) => `(${a})${u}`),
      fc.constantFrom(
        '2*35 kg',
        'sqrt(4900) kg',
        '70 kg + 1 kg',
        '70 kg+1',
        '1+1',
        '1 + 1 kg',
        '140/2 kg',
        '70kg/1',
        '8.3666^2 kg',
        '70 kg * 1',
        '(70) kg',
        '70 (kg)',
        '70e0+0 kg',
        '1e1*7 kg',
      ),
    );
    fc.assert(
      fc.property(expression, si, (text, unit) => {
        expect(parseQuantity(text, unit).ok, `"${text}" as ${unit}`).toBe(false);
        expect(parseNumber(text).ok, `"${text}"`).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('accepts no text with an operator or bracket in it, whatever else it holds', () => {
    fc.assert(
      fc.property(anyText, si, (text, unit) => {
        fc.pre(/[*/^()]/.test(text));
        expect(parseQuantity(text, unit).ok, JSON.stringify(text)).toBe(false);
        expect(parseNumber(text).ok, JSON.stringify(text)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
