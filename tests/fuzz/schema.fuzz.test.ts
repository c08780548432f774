/**
 * Fuzz tests of the field table's option parser (sim/fields/): random maps of option names to
 * texts, valid and hostile, through `stanceFromOptions`. A valid result lies in the table's ranges
 * and solves to finite numbers; a refusal is one short line that names an option.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STANCE,
  presetIds,
  solveStance,
  STANCE_FIELDS,
  quoteForMessage,
  stanceFromOptions,
  type StanceInput,
} from '../../sim/index.ts';
import {
  hostileText,
  isOneLine,
  junkName,
  nonFiniteNumbers,
  optionText,
  outOfRange,
  presetText,
} from './arbitraries.ts';

/** One option: a stance option with a text for it, the preset, or a name the schema lacks. */
const entry: fc.Arbitrary<[string, string]> = fc.oneof(
  {
    arbitrary: fc.oneof(
      ...STANCE_FIELDS.map((f) => optionText(f).map((t): [string, string] => [f.flag, t])),
    ),
    weight: 12,
  },
  { arbitrary: presetText.map((t): [string, string] => ['preset', t]), weight: 2 },
  { arbitrary: fc.tuple(junkName, hostileText), weight: 1 },
);

/** Option maps in random order; a repeated name keeps its first place and its last text. */
const optionMap = fc.array(entry, { maxLength: 10 }).map((es) => new Map(es));

const NAMES = [...STANCE_FIELDS.map((f) => f.flag), 'preset'];

function solveChecked(input: StanceInput): void {
  const r = solveStance(input);
  expect(nonFiniteNumbers(r)).toEqual([]);
  for (const m of r.muscles) {
    expect(m.activation, `${m.id} activation`).toBeGreaterThanOrEqual(0);
    expect(m.activation, `${m.id} activation`).toBeLessThanOrEqual(1);
  }
}

describe('the option schema under fuzzing', () => {
  it('never throws, and a stance it accepts is in range and solves to finite numbers', () => {
    let accepted = 0;
    fc.assert(
      fc.property(optionMap, (options) => {
        const r = stanceFromOptions(DEFAULT_STANCE, options);
        if (!r.ok) return;
        accepted++;
        expect(outOfRange(r.value)).toEqual([]);
        solveChecked(r.value);
      }),
      { numRuns: 700 },
    );
    // The generator must reach the solver often enough for the property to mean something.
    expect(accepted).toBeGreaterThan(100);
  });

  it('solves the extreme corners of the ranges to finite numbers with activations in 0-1', () => {
    const corner = fc.record({
      stanceSide: fc.constantFrom('left', 'right'),
      bodyMassKg: fc.constantFrom(30, 45, 200),
      heightM: fc.constantFrom(1.2, 1.5, 2.1),
      sex: fc.constantFrom('male', 'female'),
      gmed: fc.constantFrom(0, 0.01, 1),
      gmin: fc.constantFrom(0, 1),
      tfl: fc.constantFrom(0, 1),
      neckShaftDeg: fc.constantFrom(110, 150),
      caneFractionBW: fc.constantFrom(0, 0.5),
      caneHand: fc.constantFrom('contralateral', 'ipsilateral'),
      loadHalf: fc.constantFrom(0, 1),
      compensation: fc.constantFrom('none', 'trunk-lean', 'auto'),
    });
    fc.assert(
      fc.property(corner, (c) => {
        const options = new Map([
          ['stance-side', c.stanceSide],
          ['mass', String(c.bodyMassKg)],
          ['height', String(c.heightM)],
          ['sex', c.sex],
          ['gmed', String(c.gmed * 100)],
          ['gmin', String(c.gmin * 100)],
          ['tfl', String(c.tfl * 100)],
          ['neck-shaft', String(c.neckShaftDeg)],
          ['cane', String(c.caneFractionBW)],
          ['cane-hand', c.caneHand],
          ['load', String(Math.min(100, c.bodyMassKg / 2) * c.loadHalf)],
          ['load-hand', c.caneHand === 'contralateral' ? 'ipsilateral' : 'contralateral'],
          ['compensation', c.compensation],
        ]);
        const r = stanceFromOptions(DEFAULT_STANCE, options);
        fc.pre(r.ok); // some corners have a body-mass index outside the limits
        if (r.ok) solveChecked(r.value);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses with a reason that names an option with "--"', () => {
    fc.assert(
      fc.property(optionMap, (options) => {
        const r = stanceFromOptions(DEFAULT_STANCE, options);
        if (r.ok) return;
        // Names are quoted cleaned (control characters shown as "?"), as users see them.
        const named = [...NAMES, ...[...options.keys()].map((k) => quoteForMessage(k))].some((n) =>
          r.reason.includes(`--${n}`),
        );
        expect(named, r.reason).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  // BUG: the reason quotes the text, or the unknown option name, verbatim, so a text with a
  // line break in it gives a reason on two lines, e.g. --sex "a\nb", --preset "\n", an option
  // named "a\nb", or --gmed "0\n0".
  it('refuses with a reason on one line', () => {
    fc.assert(
      fc.property(optionMap, (options) => {
        const r = stanceFromOptions(DEFAULT_STANCE, options);
        if (!r.ok) expect(isOneLine(r.reason), JSON.stringify(r.reason)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  // BUG: applyField shortens the text it shows to 40 characters, but parseNumber's reason
  // repeats the whole text, so a long text for a number option (--gmed, --gmin, --tfl,
  // --neck-shaft, --cane) gives a reason as long as the text (10 kB text, 10 kB reason).
  // A long --preset text and a long unknown option name are not shortened either.
  it('refuses with a reason under 300 characters, however long the text', () => {
    fc.assert(
      fc.property(optionMap, (options) => {
        const r = stanceFromOptions(DEFAULT_STANCE, options);
        if (!r.ok) expect(r.reason.length, r.reason.slice(0, 120)).toBeLessThan(300);
      }),
      { numRuns: 800 },
    );
  });

  it('accepts every preset, and any single valid option on top of it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...presetIds()), fc.nat(STANCE_FIELDS.length - 1), (id, i) => {
        const field = STANCE_FIELDS[i]!;
        // The lightest body at the default height would be below the body-mass index limit.
        const text =
          field.kind === 'choice'
            ? field.values[0]!
            : String(field.flag === 'mass' ? field.max : field.min);
        const r = stanceFromOptions(
          DEFAULT_STANCE,
          new Map([
            [field.flag, text],
            ['preset', id],
          ]),
        );
        if (!r.ok) throw new Error(r.reason);
        expect(outOfRange(r.value)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts a load of half the body mass given in another unit (found by fuzzing, seed 1955729695)', () => {
    // 440.924524 lb is 199.9999998 kg, so a 100 kg load is over half by one part in 10⁹.
    const r = stanceFromOptions(
      DEFAULT_STANCE,
      new Map([
        ['load', '100'],
        ['mass', '440.924524lb'],
      ]),
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.loadKg).toBe(100);
    expect(outOfRange(r.value)).toEqual([]);
    solveChecked(r.value);
  });
});
