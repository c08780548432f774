/**
 * Numbers as the "Show the working" equations print them, from SI values: fixed decimals with a
 * true minus sign and no negative zero (d3-format); forces to 1 N, moments to 0.1 N·m, lengths
 * to 0.1 cm, angles to 0.1°.
 */
import { format } from 'd3-format';
import { deg } from '../../sim/index.ts';

const formats = new Map<number, (x: number) => string>();

/** `x` with `digits` decimals, "−" for a minus sign, never "−0.0". */
export function num(x: number, digits: number): string {
  let f = formats.get(digits);
  if (!f) formats.set(digits, (f = format(`.${digits}f`)));
  return f(x);
}

/** A force, N: "716 N". */
export const newton = (n: number): string => `${num(n, 0)} N`;
/** A moment, N·m: "71.4 N·m". */
export const nm = (m: number): string => `${num(m, 1)} N·m`;
/** A length in metres shown in centimetres: "12.4 cm". */
export const cm = (m: number): string => `${num(m * 100, 1)} cm`;
/** A length in metres: "0.1244 m". */
export const metres = (m: number): string => `${num(m, 4)} m`;
/** An angle in radians shown in degrees: "17.8°". */
export const degrees = (rad: number): string => `${num(deg(rad), 1)}°`;
/** A force as a multiple of body weight: "0.80 × BW". */
export const bodyWeights = (n: number, bodyWeightN: number): string =>
  `${num(n / bodyWeightN, 2)} × BW`;
/** A moment as a signed term after an operator: "+ 5.0 N·m" or "− 5.0 N·m". */
export const signed = (m: number): string =>
  `${m < 0 && num(m, 1) !== '0.0' ? '−' : '+'} ${nm(Math.abs(m))}`;
/** A term added in a sum of whole numbers, its sign written as the operator: "+ 112", "− 1044". */
export const term = (v: number): string =>
  `${v < 0 && num(v, 0) !== '0' ? '−' : '+'} ${num(Math.abs(v), 0)}`;
/** A factor in a product, bracketed when negative. */
export const factor = (text: string): string => (text.startsWith('\u2212') ? `(${text})` : text);
