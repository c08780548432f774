/**
 * Numbers in the plots' words (titles, descriptions, labels), through d3-format with a
 * hyphen-minus, as the CSV and the command line write them. Units are added by the caller. A
 * negative value that rounds to zero is written without its sign ("0.0", not "-0.0").
 */
import { formatLocale } from 'd3-format';

const locale = formatLocale({
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['', ''],
  minus: '-',
});

/** One decimal, e.g. "12.3" (degrees, centimetres). */
export const oneDecimal: (v: number) => string = locale.format('.1f');

/** A whole number, e.g. "57" (newtons, N·m, percent). */
export const whole: (v: number) => string = locale.format('.0f');
