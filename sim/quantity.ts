/**
 * Unit-aware input ("154 lb", "175 cm", "1.75"), through one small mathjs instance that knows
 * only units. Text is never evaluated as an expression: it must be a plain number, or a number
 * followed by a single unit name, before mathjs sees it.
 */
import { create, unitDependencies } from 'mathjs';
import { CAPS } from './fields/caps.ts';

if (!unitDependencies) throw new Error('mathjs: unit dependencies missing');
const math = create({ unitDependencies });

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
  let u;
  try {
    u = math.unit(t);
  } catch {
    return { ok: false, reason: `"${quoteForMessage(m[5] ?? '')}" is not a known unit` };
  }
  if (!u.equalBase(math.unit(1, si))) {
    const want = si === 'kg' ? 'a mass' : 'a length';
    return { ok: false, reason: `"${quoteForMessage(t)}" is not ${want}` };
  }
  return finite(u.toNumber(si), m[1] ?? '');
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
