/** Numbers in the plots' words (titles, descriptions, labels). Units are added by the caller. */

/** One decimal, e.g. "12.3" (degrees, centimetres). */
export const oneDecimal = (v: number): string => v.toFixed(1);

/** A whole number, e.g. "57" (newtons, N·m, percent). */
export const whole = (v: number): string => v.toFixed(0);
