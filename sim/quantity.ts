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
/** Two or more unsigned "number unit" terms, as in "5 ft 10 in" (spaces optional). */
const COMPOUND = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)? ?[A-Za-z]+ ?){2,}$/;
/** One term of a compound: its number and its unit. */
const TERM = /((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?) ?([A-Za-z]+)/g;
const MAX_TEXT = 40;

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

/** Whether `text` is a number followed by a unit name: text only the unit parser can read. */
export function hasUnit(text: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  return NUMBER_AND_UNIT.test(t) || COMPOUND.test(t);
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
  if (!m && COMPOUND.test(t)) return compound(t, si);
  if (!m)
    return {
      ok: false,
      reason: `"${quoteForMessage(t)}" is not a number with a unit (e.g. "${EXAMPLE[si]}")`,
    };
  if (!unitReader) return { ok: false, reason: 'cannot be read yet: the unit parser is loading' };
  const r = unitReader(t, m[5] ?? '', si);
  return r.ok ? finite(r.value, m[1] ?? '') : r;
}

/** A compound quantity ("5 ft 10 in", already checked to be one): the sum of its terms, in SI. */
function compound(t: string, si: SiUnit): Parsed<number> {
  if (!unitReader) return { ok: false, reason: 'cannot be read yet: the unit parser is loading' };
  let sum = 0;
  for (const [term, number, unit] of t.matchAll(TERM)) {
    const r = unitReader(term, unit ?? '', si);
    if (!r.ok) return r;
    const v = finite(r.value, number ?? '');
    if (!v.ok) return v;
    sum += v.value;
  }
  return finite(sum, t);
}

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
