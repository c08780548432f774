/**
 * Combination rules: limits that involve more than one field (doc/model.md §8). Each names its
 * fields, says in one line why a stance breaks it (fields named by their flags, as on the command
 * line), and, where a change to another field lowers one field to keep it, the cap.
 */
import type { StanceInput } from '../input.ts';
import { formatNumber as fmt } from '../units.ts';
import type { Field, FieldValues } from './field.ts';
import { fieldByKey } from './fields.ts';
import { LIMITS } from './limits.ts';

/** A limit across fields. */
export interface Rule {
  readonly id: 'bmi' | 'load-half-mass' | 'one-hand';
  /** Keys of the fields it involves. */
  readonly keys: readonly string[];
  /** Why `s` breaks the rule, in one line; undefined when it keeps it. */
  readonly broken: (s: StanceInput) => string | undefined;
  /**
   * A field lowered to its cap when another field of the rule changes (a lighter body carries at
   * most half its mass), and its largest value (SI) given the others.
   */
  readonly cap?: {
    readonly key: string;
    readonly maxSi: (s: StanceInput) => number;
    /** The cap in words, e.g. "at most half the body mass". */
    readonly words: string;
  };
}

/** Every rule, in the order they are checked. */
export const RULES: readonly Rule[] = [
  {
    id: 'bmi',
    keys: ['mass', 'height'],
    broken: (s) => {
      const bmi = s.bodyMassKg / (s.heightM * s.heightM);
      return bmi < LIMITS.bmi.min || bmi > LIMITS.bmi.max
        ? `--mass ${fmt(s.bodyMassKg)} kg with --height ${fmt(s.heightM)} m: body-mass index ${fmt(bmi)} kg/m² is outside ${LIMITS.bmi.min}-${LIMITS.bmi.max}`
        : undefined;
    },
  },
  {
    id: 'load-half-mass',
    keys: ['load', 'mass'],
    broken: (s) =>
      s.loadKg >
      LIMITS.loadFractionOfMass.max * s.bodyMassKg * (1 + LIMITS.loadFractionOfMass.tolerance)
        ? `--load ${fmt(s.loadKg)} kg: must be at most half the body mass (${fmt(s.bodyMassKg / 2)} kg)`
        : undefined,
    cap: {
      key: 'load',
      maxSi: (s) => LIMITS.loadFractionOfMass.max * s.bodyMassKg,
      words: 'at most half the body mass',
    },
  },
  {
    id: 'one-hand',
    keys: ['cane', 'load', 'cane-hand', 'load-hand'],
    broken: (s) =>
      s.caneFractionBW > 0 && s.loadKg > 0 && s.caneHand === s.loadHand
        ? `--cane-hand and --load-hand are both ${s.caneHand}: one hand cannot hold a cane and carry a load`
        : undefined,
  },
];

/** Checks the limits that involve more than one field: the first broken rule's reason. */
export function checkCombination(s: StanceInput): string | undefined {
  for (const rule of RULES) {
    const why = rule.broken(s);
    if (why !== undefined) return why;
  }
  return undefined;
}

/** A broken rule, its reason and the fields it involves (e.g. to show the reason beside them). */
export interface BrokenRule {
  readonly rule: Rule;
  readonly reason: string;
  readonly fields: readonly Field[];
}

/** Every rule `v` breaks, in order. */
export function brokenRules(v: FieldValues): BrokenRule[] {
  return RULES.flatMap((rule) => {
    const reason = rule.broken(v.stance);
    if (reason === undefined) return [];
    const fields = rule.keys.flatMap((k) => fieldByKey(k) ?? []);
    return [{ rule, reason, fields }];
  });
}

/** The rules field `key` takes part in. */
export function rulesOf(key: string): Rule[] {
  return RULES.filter((r) => r.keys.includes(key));
}

/**
 * The values after a control changed field `key`: every field that a rule `key` takes part in
 * caps is lowered to its cap (e.g. a lighter body carries at most half its mass).
 */
export function settle(v: FieldValues, key: string): FieldValues {
  let out = v;
  for (const { cap } of rulesOf(key)) {
    if (!cap || cap.key === key) continue;
    const f = fieldByKey(cap.key);
    if (f?.kind === 'number') out = f.set(out, Math.min(f.get(out), cap.maxSi(out.stance)));
  }
  return out;
}
