/**
 * Unit-aware input ("154 lb", "175 cm", "1.75"). A plain number is read here; a number followed by
 * a single unit name goes to the unit parser (./unitParser.ts, mathjs), which is loaded on demand
 * by {@link loadUnitParser}. Text is never evaluated as an expression.
 */
import { CAPS } from './fields/caps.ts';

/** Physical dimension a quantity must have, named by its SI unit. */
export type SiUnit = 'kg' | 'm';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const NUMBER_AND_UNIT = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)\s*([A-Za-z]+)$/;
const MAX_TEXT = 40;

/**
 * Characters that must not reach a terminal or a page from user text: controls (escape codes, bell,
 * line breaks), format characters (the bidirectional overrides and isolates such as U+202E, zero
 * widths, the byte-order mark), line and paragraph separators, and lone surrogates.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/**
 * User text made safe to quote in a one-line message: every unsafe character becomes "?", and
 * anything past `max` characters (whole code points) is cut, ending in "...". The one quoting
 * function of the app and the command line.
 */
export function quoteForMessage(text: string, max: number = CAPS.quotedChars): string {
  // Look at no more than needed: a 100,000-character argument costs no more than a short one.
  const head = Array.from(text.slice(0, 2 * max + 2));
  const cut = head.length > max || text.length > 2 * max + 2;
  const kept = cut ? `${head.slice(0, Math.max(0, max - 3)).join('')}...` : head.join('');
  return kept.replace(UNSAFE, '?');
}

/** Outcome of parsing one text field. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/**
 * Reads "number unit" text (a number and one unit name, `unitName`) as SI: the value, or why not.
 * Installed by ./unitParser.ts.
 */
export type UnitReader = (text: string, unitName: string, si: SiUnit) => Parsed<number>;

let unitReader: UnitReader | undefined;

/** Installs the unit parser (./unitParser.ts does, when it is imported). */
export function useUnitReader(reader: UnitReader): void {
  unitReader = reader;
}

/**
 * Loads the unit parser (mathjs) once; {@link parseQuantity} reads text with a unit only after
 * this has resolved. Callers that may meet such text await it first (the command line, a file
 * being opened, a link with "154 lb" in it); a plain number never needs it.
 */
export async function loadUnitParser(): Promise<void> {
  if (!unitReader) await import('./unitParser.ts');
}

/** Whether the unit parser is loaded. */
export function unitParserLoaded(): boolean {
  return unitReader !== undefined;
}

/** Whether `text` is a number followed by a unit name: text only the unit parser can read. */
export function hasUnit(text: string): boolean {
  return NUMBER_AND_UNIT.test(text.trim().replace(/\s+/g, ' '));
}

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
  if (!m)
    return {
      ok: false,
      reason: `"${quoteForMessage(t)}" is not a number with a unit (e.g. "70 kg")`,
    };
  if (!unitReader) return { ok: false, reason: 'cannot be read yet: the unit parser is loading' };
  const r = unitReader(t, m[5] ?? '', si);
  return r.ok ? finite(r.value, m[1] ?? '') : r;
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
