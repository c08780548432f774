/**
 * What reading a user's text gives (a value, or the reason it was refused), the physical dimension
 * a quantity must have, and how user text is quoted in a message: shared by the number and
 * quantity readers (./quantity.ts) and the unit parser (./unitParser.ts).
 */
import { CAPS } from './fields/caps.ts';

/** Physical dimension a quantity must have, named by its SI unit. */
export type SiUnit = 'kg' | 'm';

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
 * Smallest non-zero magnitude read as a number: below it a value is lost to underflow (or
 * nearly); option texts write such a value as 0.
 */
export const TINY = 1e-300;

/**
 * `v` if it is a number that can be worked with: finite, and not a non-zero `text` that has
 * underflowed to (almost) 0, which a message would otherwise report as "0".
 */
export function finite(v: number, text: string): Parsed<number> {
  if (!Number.isFinite(v)) return { ok: false, reason: 'is not a finite number' };
  const mantissa = text.split(/[eE]/)[0] ?? '';
  if (/[1-9]/.test(mantissa) && Math.abs(v) < TINY)
    return { ok: false, reason: `is too close to 0 to be read (under ${TINY})` };
  return { ok: true, value: v };
}

/** One term of a compound quantity: as written (number, space, unit), its number and its unit. */
export interface Term {
  readonly text: string;
  readonly number: string;
  readonly unit: string;
}
