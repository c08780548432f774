/** Degrees for people, radians for the model: the one conversion, used by the formatting layers. */
import { RAD_PER_DEG } from './constants.ts';

/** Degrees from radians (formatting only). */
export function deg(rad: number): number {
  return rad / RAD_PER_DEG;
}

/**
 * A number as option text (URLs, files, messages): at most 6 significant digits, trailing zeros
 * dropped, e.g. 73 → "73", 1.7600000001 → "1.76", 0.15 → "0.15".
 *
 * Written by hand rather than with d3-format's `.6~g`: that gives the same text below 1e6, but
 * switches to exponent notation from 1e6 up ("5e+6" where this gives "5000000", e.g. in the
 * message for "5000000 kg"), prints a Unicode minus unless given a locale, and option texts must
 * stay as they are.
 */
export function formatNumber(v: number): string {
  return String(Number(v.toPrecision(6)));
}
