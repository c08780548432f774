/**
 * Unit-aware input ("154 lb", "175 cm", "1.75", "5 ft 10 in"). A plain number is read here; a
 * number followed by a unit name goes to the unit parser (./unitParser.ts, mathjs), which is
 * loaded on demand by {@link loadUnitParser}, and so does each term of a compound quantity, the
 * way heights and weights are spoken ("5 ft 10 in", "11 st 4 lb", "1 m 76 cm": the terms are
 * added). Text is never evaluated as an expression.
 */
import { finite, quoteForMessage, type Parsed, type SiUnit, type Term } from './parsed.ts';

export { quoteForMessage, TINY, type Parsed, type SiUnit } from './parsed.ts';

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
 * The unit parser's readers (./unitParser.ts, loaded by {@link loadUnitParser}): "number unit"
 * text, and a compound quantity's terms, as SI.
 */
let unitReader: typeof import('./unitParser.ts') | undefined;

/**
 * Loads the unit parser (mathjs) once; {@link parseQuantity} reads text with a unit only after
 * this has resolved. Callers that may meet such text await it first (the command line, a file
 * being opened, a link with "154 lb" in it); a plain number never needs it.
 */
export async function loadUnitParser(): Promise<void> {
  unitReader ??= await import('./unitParser.ts');
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
  if (terms)
    return unitReader
      ? unitReader.readCompound(t, terms, si)
      : { ok: false, reason: 'cannot be read yet: the unit parser is loading' };
  if (!m)
    return {
      ok: false,
      reason: `"${quoteForMessage(t)}" is not a number with a unit (e.g. "${EXAMPLE[si]}")`,
    };
  if (!unitReader) return { ok: false, reason: 'cannot be read yet: the unit parser is loading' };
  const r = unitReader.readUnit(t, m[5] ?? '', si);
  return r.ok ? finite(r.value, m[1] ?? '') : r;
}

/** Parses a plain decimal number (no units, no expressions). */
export function parseNumber(text: string): Parsed<number> {
  const t = text.trim();
  if (!NUMBER.test(t) || t.length > MAX_TEXT)
    return { ok: false, reason: `"${quoteForMessage(t)}" is not a number` };
  return finite(Number(t), t);
}
