/**
 * The unit parser: one small mathjs instance that knows only units. mathjs is the largest library
 * the model uses, so it is loaded only where text with a unit has to be read: `loadUnitParser()`
 * (./quantity.ts) imports this module on demand and takes its `readUnit`; a plain number never
 * needs it.
 */
import { create, unitDependencies } from 'mathjs';
import { quoteForMessage, type Parsed, type SiUnit } from './parsed.ts';

if (!unitDependencies) throw new Error('mathjs: unit dependencies missing');
const math = create({ unitDependencies });
// The stone as people in Britain and Ireland write it ("11 st 4 lb"); mathjs knows only "stone"
// (14 lb = 6.35029318 kg exactly, Weights and Measures Act 1985, Schedule 1).
math.Unit.createUnitSingle('st', '1 stone');

/**
 * Reads "number unit" text (already checked to be exactly that, or one term of a compound
 * quantity, ./quantity.ts) as SI.
 * @param text the whole text, e.g. "154 lb"
 * @param unitName the unit as written, e.g. "lb" (quoted when unknown)
 * @param si the SI unit (and so the dimension) required
 */
export function readUnit(text: string, unitName: string, si: SiUnit): Parsed<number> {
  let u;
  try {
    u = math.unit(text);
  } catch {
    return { ok: false, reason: `"${quoteForMessage(unitName)}" is not a known unit` };
  }
  if (!u.equalBase(math.unit(1, si))) {
    const want = si === 'kg' ? 'a mass' : 'a length';
    return { ok: false, reason: `"${quoteForMessage(text)}" is not ${want}` };
  }
  return { ok: true, value: u.toNumber(si) };
}
