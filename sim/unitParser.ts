/**
 * The unit parser: one small mathjs instance that knows only units. mathjs is the largest library
 * the model uses, so it is loaded only where text with a unit has to be read: `loadUnitParser()`
 * (./quantity.ts) imports this module on demand and takes its `readUnit` and `readCompound`; a
 * plain number never needs it.
 */
import { create, unitDependencies } from 'mathjs';
import { finite, quoteForMessage, type Parsed, type SiUnit, type Term } from './parsed.ts';

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

/**
 * The units written together in a compound, larger first, by their size in SI: feet and inches,
 * metres and centimetres; stones and pounds, pounds and ounces, kilograms and grams (the
 * international yard and pound, 1959: 1 ft = 0.3048 m, 1 lb = 0.45359237 kg). "5 ft 10 cm" is a
 * slip, not a height.
 */
const PAIRS: Readonly<Record<SiUnit, readonly (readonly [number, number])[]>> = {
  m: [
    [0.3048, 0.0254],
    [1, 0.01],
  ],
  kg: [
    [6.35029318, 0.45359237],
    [0.45359237, 0.028349523125],
    [1, 0.001],
  ],
};
/** Compounds as a message gives them for an example. */
const COMPOUND_EXAMPLE: Readonly<Record<SiUnit, string>> = {
  m: '"5 ft 10 in" or "1 m 76 cm"',
  kg: '"11 st 4 lb" or "150 lb 8 oz"',
};

/**
 * Reads a compound quantity ("5 ft 10 in", its `terms` as ./quantity.ts found them) as SI: the
 * sum of its terms, when its units are ones written together, larger first.
 */
export function readCompound(t: string, terms: readonly Term[], si: SiUnit): Parsed<number> {
  let sum = 0;
  let size = Number.NaN;
  for (const term of terms) {
    const r = readUnit(term.text, term.unit, si);
    if (!r.ok) return r;
    const v = finite(r.value, term.number);
    if (!v.ok) return v;
    const unit = readUnit(`1 ${term.unit}`, term.unit, si);
    const next = unit.ok ? unit.value : Number.NaN;
    if (!Number.isNaN(size) && !PAIRS[si].some(([a, b]) => near(a, size) && near(b, next)))
      return {
        ok: false,
        reason: `"${quoteForMessage(t)}" mixes units that are not written together (e.g. ${COMPOUND_EXAMPLE[si]})`,
      };
    size = next;
    sum += v.value;
  }
  return finite(sum, t);
}

/** Whether two sizes of a unit are the same (mathjs computes some through other units). */
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.abs(a);
