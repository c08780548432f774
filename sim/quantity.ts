/**
 * Unit-aware input ("154 lb", "175 cm", "1.75", "5 ft 10 in"). A plain number is read here; a
 * number followed by a unit name goes to the unit parser (./unitParser.ts, mathjs), which is
 * loaded on demand by {@link loadUnitParser}, and so does each term of a compound quantity, the
 * way heights and weights are spoken ("5 ft 10 in", "11 st 4 lb", "1 m 76 cm": the terms are
 * added). Text is never evaluated as an expression.
 */
import { quoteForMessage, type Parsed, type SiUnit } from './parsed.ts';

export { quoteForMessage, type Parsed, type SiUnit } from './parsed.ts';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const NUMBER_AND_UNIT = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)\s*([A-Za-z]+)$/;
/**
 * One term of a compound quantity, read where the last one ended (sticky): an unsigned number, a
 * unit, a space between terms. Terms are read one after another and never re-read, so the time
 * is linear in the text (a single pattern for the whole, "(number unit)+", could split "5e5e5…"
 * in exponentially many ways).
 */
const TERM = /((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?) ?([A-Za-z]+) ?/y;
const MAX_TEXT = 40;
/**
 * The units written together in a compound, larger first, by their size in SI: feet and inches,
 * metres and centimetres; stones and pounds, pounds and ounces, kilograms and grams (the
 * international yard and pound, 1959: 1 ft = 0.3048 m, 1 lb = 0.45359237 kg). "5 ft 10 cm" is a
 * slip, not a height.
 */
const PAIRS: Readonly<Record<SiUnit, readonly (readonly [number, number])[]>> = {
  m: [
    [0.3048, 0.0254],
    [1, 0.01],
  ],
  kg: [
    [6.35029318, 0.45359237],
    [0.45359237, 0.028349523125],
    [1, 0.001],
  ],
};
/** Compounds as a message gives them for an example. */
const COMPOUND_EXAMPLE: Readonly<Record<SiUnit, string>> = {
  m: '"5 ft 10 in" or "1 m 76 cm"',
  kg: '"11 st 4 lb" or "150 lb 8 oz"',
};

/** One term of a compound quantity: as written (number, space, unit), its number and its unit. */
interface Term {
  readonly text: string;
  readonly number: string;
  readonly unit: string;
}

/** The terms of `t` when it is a compound quantity (two or more terms, nothing else), or undefined. */
function compoundTerms(t: string): Term[] | undefined {
  if (t.length > MAX_TEXT) return undefined;
  const terms: Term[] = [];
  for (let at = 0; at < t.length;) {
    TERM.lastIndex = at;
    const m = TERM.exec(t);
    if (!m) return undefined;
    terms.push({ text: `${m[1]} ${m[2]}`, number: m[1] ?? '', unit: m[2] ?? '' });
    at = TERM.lastIndex;
  }
  return terms.length >= 2 ? terms : undefined;
}

/**
 * Reads "number unit" text (a number and one unit name, `unitName`) as SI: the value, or why not.
 * ./unitParser.ts's `readUnit`, loaded by {@link loadUnitParser}.
 */
export type UnitReader = (text: string, unitName: string, si: SiUnit) => Parsed<number>;

let unitReader: UnitReader | undefined;

/**
 * Loads the unit parser (mathjs) once; {@link parseQuantity} reads text with a unit only after
 * this has resolved. Callers that may meet such text await it first (the command line, a file
 * being opened, a link with "154 lb" in it); a plain number never needs it.
 */
export async function loadUnitParser(): Promise<void> {
  unitReader ??= (await import('./unitParser.ts')).readUnit;
}

/** Whether the unit parser is loaded. */
export function unitParserLoaded(): boolean {
  return unitReader !== undefined;
}

/**
 * Whether `text` is a number followed by a unit name, or a compound of such terms ("5 ft 10 in"):
 * text only the unit parser can read. Text far longer than a quantity is not (and is not scanned).
 */
export function hasUnit(text: string): boolean {
  if (text.length > 4 * MAX_TEXT) return false;
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= MAX_TEXT && (NUMBER_AND_UNIT.test(t) || compoundTerms(t) !== undefined);
}

/** A quantity of each dimension as a message gives it for an example. */
const EXAMPLE: Readonly<Record<SiUnit, string>> = { kg: '70 kg', m: '1.76 m' };

/**
 * Parses a quantity to its SI value.
 * @param text user text, e.g. "154 lb" or "70" (a bare number is taken in `si`)
 * @param si the SI unit (and so the dimension) required
 */
export function parseQuantity(text: string, si: SiUnit): Parsed<number> {
  // Any run of white space (a pasted no-break space, a tab, a line break) counts as one space.
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length === 0) return { ok: false, reason: 'is empty' };
  if (t.length > MAX_TEXT) return { ok: false, reason: 'is too long to be a quantity' };
  if (NUMBER.test(t)) return finite(Number(t), t);
  const m = NUMBER_AND_UNIT.exec(t);
  const terms = m ? undefined : compoundTerms(t);
  if (terms) return compound(t, terms, si);
  if (!m)
    return {
      ok: false,
      reason: `"${quoteForMessage(t)}" is not a number with a unit (e.g. "${EXAMPLE[si]}")`,
    };
  if (!unitReader) return { ok: false, reason: 'cannot be read yet: the unit parser is loading' };
  const r = unitReader(t, m[5] ?? '', si);
  return r.ok ? finite(r.value, m[1] ?? '') : r;
}

/** A compound quantity ("5 ft 10 in", its `terms`): the sum of its terms, in SI. */
function compound(t: string, terms: readonly Term[], si: SiUnit): Parsed<number> {
  const read = unitReader;
  if (!read) return { ok: false, reason: 'cannot be read yet: the unit parser is loading' };
  let sum = 0;
  let size = Number.NaN;
  for (const term of terms) {
    const r = read(term.text, term.unit, si);
    if (!r.ok) return r;
    const v = finite(r.value, term.number);
    if (!v.ok) return v;
    const unit = read(`1 ${term.unit}`, term.unit, si);
    const next = unit.ok ? unit.value : Number.NaN;
    if (!Number.isNaN(size) && !PAIRS[si].some(([a, b]) => near(a, size) && near(b, next)))
      return {
        ok: false,
        reason: `"${quoteForMessage(t)}" mixes units that are not written together (e.g. ${COMPOUND_EXAMPLE[si]})`,
      };
    size = next;
    sum += v.value;
  }
  return finite(sum, t);
}

/** Whether two sizes of a unit are the same (mathjs computes some through other units). */
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.abs(a);

/**
 * Smallest non-zero magnitude read as a number: below it a value is lost to underflow (or
 * nearly); option texts write such a value as 0.
 */
export const TINY = 1e-300;

/**
 * `v` if it is a number that can be worked with: finite, and not a non-zero `text` that has
 * underflowed to (almost) 0, which a message would otherwise report as "0".
 */
function finite(v: number, text: string): Parsed<number> {
  if (!Number.isFinite(v)) return { ok: false, reason: 'is not a finite number' };
  const mantissa = text.split(/[eE]/)[0] ?? '';
  if (/[1-9]/.test(mantissa) && Math.abs(v) < TINY)
    return { ok: false, reason: `is too close to 0 to be read (under ${TINY})` };
  return { ok: true, value: v };
}

/** Parses a plain decimal number (no units, no expressions). */
export function parseNumber(text: string): Parsed<number> {
  const t = text.trim();
  if (!NUMBER.test(t) || t.length > MAX_TEXT)
    return { ok: false, reason: `"${quoteForMessage(t)}" is not a number` };
  return finite(Number(t), t);
}
