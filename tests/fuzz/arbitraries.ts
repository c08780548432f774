/**
 * Shared generators and checks for the fuzz tests: hostile texts, valid option texts drawn from
 * the schema, and the range check of a stance input against the schema.
 */
import fc from 'fast-check';
import {
  checkCombination,
  displayValue,
  LIMITS,
  presetIds,
  STANCE_FIELDS,
  type Field,
  type StanceInput,
} from '../../sim/index.ts';

/**
 * Characters that must never reach a terminal or a page from an echoed value: controls, format
 * characters (bidirectional overrides and isolates, zero widths), line and paragraph separators.
 */
export const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Texts that have broken parsers elsewhere, or look like they should. */
export const HOSTILE_TEXTS: readonly string[] = [
  '',
  ' ',
  '\n',
  '\t',
  '1e308 kg',
  '1e308 stone',
  '1e-320',
  '1e-320 kg',
  '1e309',
  '-1e309',
  '1e-400',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '+0',
  '0x46',
  '0b101',
  '1_000',
  '70,5',
  '70.5.1',
  '--70',
  '1e',
  'e5',
  '.',
  '70 parsecs',
  '70 kg/s',
  '70 kg kg',
  '70 KG',
  '70 m',
  '1.75 kg',
  '70 kg; rm -rf /',
  '$(rm -rf /)',
  '`id`',
  '<script>alert(1)</script>',
  '${x}',
  '{{7*7}}',
  "'; DROP TABLE scenario; --",
  '70 kg\u0000',
  '\u0000',
  '\u0661\u0660',
  '\u0667\u0660 kg',
  '\uff17\uff10 kg',
  '\u202e07 kg',
  '70\u00a0kg',
  '70\nkg',
  '70 kg\n--mass 80',
  '70\r\n',
  '2*35 kg',
  'sqrt(4900) kg',
  '70 kg + 1 kg',
  '70 kg - 1 kg',
  '(70) kg',
  '70^1 kg',
  '140/2 kg',
  'e',
  'pi',
  'pi kg',
  'e kg',
  'i',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '%00',
  '%E0%A4%A',
  '%',
  '&',
  '=',
  '?',
  '#',
  '+',
  '\ud800',
  '\udfff kg',
  '\ud83e\uddb4 kg',
  '70 \ud83d\ude00',
  'x'.repeat(41),
  '7'.repeat(41),
  `${'9'.repeat(38)} kg`,
  '1'.repeat(400),
];

/** Characters from which numbers, units and expressions are made. */
const NUMBERISH_CHARS = [...'0123456789.eE+-*/^() kgmlbsftincho\t\n%$;,_x'];

/** A unit-like word, known or not, of either dimension. */
export const unitWord = fc.constantFrom(
  'kg',
  'g',
  'lb',
  'lbs',
  'stone',
  'oz',
  't',
  'm',
  'cm',
  'mm',
  'ft',
  'inch',
  'in',
  'yd',
  'mi',
  's',
  'N',
  'J',
  'rad',
  'deg',
  'K',
  'degC',
  'L',
  'Hz',
  'parsecs',
  'KG',
  'Kg',
  'kgs',
  'stones',
  'e',
  'pi',
  'i',
  'x',
  'kg/s',
  'kg m',
  'm^2',
  'kg2',
);

/** A number as someone might type it, or as a program might print it. */
export const numberWord = fc.oneof(
  fc.double({ noNaN: true }).map(String),
  fc.double({ min: -1e4, max: 1e4, noNaN: true }).map(String),
  fc.integer().map(String),
  fc.nat(1000).map(String),
  fc
    .tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 12 }))
    .map(([v, d]) => v.toFixed(d)),
  fc
    .tuple(fc.double({ min: 0.001, max: 1000, noNaN: true }), fc.integer({ min: 1, max: 17 }))
    .map(([v, p]) => v.toExponential(p)),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e308', '1e309', '1e-320', '-0', '.5', '5.'),
);

const separator = fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2028');

/** A number followed by a unit-like word, with padding and trailing junk. */
export const numberAndUnit = fc
  .tuple(
    fc.constantFrom('', ' ', '\n', '\t'),
    numberWord,
    separator,
    unitWord,
    fc.constantFrom('', '', '', ' ', '\n', ';', '\u0000', ' kg', '.', '!', ' rm -rf /'),
  )
  .map((parts) => parts.join(''));

/** Very long texts (up to 10 kB), digits or junk, sometimes with a unit. */
export const longText = fc
  .tuple(
    fc.constantFrom('7', '0', 'x', ' ', '\n', '1.', 'kg', '\u00e9', '%41'),
    fc.integer({ min: 41, max: 10_240 }),
    fc.constantFrom('', ' kg', ' m', '\n'),
  )
  .map(([unit, n, end]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + end);

/** Anything a hostile or careless user could type into one field. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_TEXTS), weight: 4 },
  { arbitrary: numberAndUnit, weight: 4 },
  { arbitrary: numberWord, weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...NUMBERISH_CHARS), maxLength: 30 }), weight: 3 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }), weight: 1 },
  { arbitrary: longText, weight: 1 },
);

/** An option name that is not a stance option. */
export const junkName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '-',
    '--mass',
    'Mass',
    'MASS',
    'mass ',
    'gmed\n',
    'wings',
    'adduction',
    'cadence',
    'samples',
    'format',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '\u0000',
    'x'.repeat(500),
    'a\nb',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const fmt = (v: number) => String(Number(v.toPrecision(9)));

/** Units a quantity field understands, with their SI factor. */
const UNITS: Readonly<Record<'kg' | 'm', readonly (readonly [string, number])[]>> = {
  kg: [
    ['kg', 1],
    ['g', 1e-3],
    ['lb', 0.45359237],
    ['lbs', 0.45359237],
    ['stone', 6.35029318],
  ],
  m: [
    ['m', 1],
    ['cm', 1e-2],
    ['mm', 1e-3],
    ['ft', 0.3048],
    ['inch', 0.0254],
  ],
};

/** A text the field may well accept: mostly in range, sometimes just outside. */
export function plausibleText(field: Field): fc.Arbitrary<string> {
  if (field.kind === 'choice') return fc.constantFrom(...field.values);
  const span = field.max - field.min;
  const value = fc.oneof(
    { arbitrary: fc.double({ min: field.min, max: field.max, noNaN: true }), weight: 8 },
    { arbitrary: fc.constantFrom(field.min, field.max), weight: 2 },
    {
      arbitrary: fc.double({ min: field.min - span, max: field.max + span, noNaN: true }),
      weight: 1,
    },
  );
  const si = field.quantity;
  if (!si) return value.map(fmt);
  const units = UNITS[si];
  return fc
    .tuple(value, fc.constantFrom(...units), fc.constantFrom('', ' ', ' '))
    .map(([v, [unit, factor], sep]) =>
      unit === si && sep === '' && v > 0 ? fmt(v) : `${fmt(v / factor)}${sep}${unit}`,
    );
}

/** A text for a stance option: usually plausible, sometimes hostile. */
export function optionText(field: Field): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: plausibleText(field), weight: 6 },
    { arbitrary: hostileText, weight: 1 },
  );
}

/** A text for `preset`: usually a known id, sometimes hostile. */
export const presetText = fc.oneof(
  { arbitrary: fc.constantFrom(...presetIds()), weight: 6 },
  { arbitrary: hostileText, weight: 1 },
);

/** True when a message fits on one line. */
export function isOneLine(s: string): boolean {
  return !/[\r\n\u2028\u2029]/.test(s);
}

/**
 * Every way a stance input can lie outside the schema: each option's range or values, the
 * limits across options, and the parts no option sets. Empty when the input is valid.
 */
export function outOfRange(s: StanceInput): string[] {
  const bad: string[] = [];
  for (const field of STANCE_FIELDS) {
    const v = displayValue(field, { stance: s, affectedSide: 'right' });
    if (field.kind === 'choice') {
      if (typeof v !== 'string' || !field.values.includes(v))
        bad.push(`${field.key} = ${String(v)}`);
    } else {
      // Degrees come back through radians: allow rounding in the last bits.
      const tol = 1e-9 * Math.max(1, Math.abs(field.max));
      if (
        typeof v !== 'number' ||
        !Number.isFinite(v) ||
        v < field.min - tol ||
        v > field.max + tol
      )
        bad.push(`${field.key} = ${String(v)} not in [${field.min}, ${field.max}]`);
    }
  }
  const bmi = s.bodyMassKg / s.heightM ** 2;
  if (!(bmi >= LIMITS.bmi.min && bmi <= LIMITS.bmi.max)) bad.push(`BMI ${bmi}`);
  const half = LIMITS.loadFractionOfMass;
  if (!(s.loadKg <= half.max * s.bodyMassKg * (1 + half.tolerance)))
    bad.push(`load ${s.loadKg} kg > half of ${s.bodyMassKg} kg`);
  const p = s.strength.piriformis;
  if (!(p >= 0 && p <= 1)) bad.push(`piriformis strength ${p}`);
  if (typeof s.includePiriformis !== 'boolean') bad.push('includePiriformis is not a boolean');
  const combo = checkCombination(s);
  if (combo !== undefined) bad.push(combo);
  return bad;
}

/** Paths of every number in a value (objects and arrays walked) that is not finite. */
export function nonFiniteNumbers(value: unknown, path = '$', seen = new Set<object>()): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  for (const [k, v] of Object.entries(value))
    out.push(...nonFiniteNumbers(v, `${path}.${k}`, seen));
  return out;
}
