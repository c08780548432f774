/**
 * Where a slider stops when the rules across fields refuse the value it was moved to: the
 * furthest value toward it that keeps every rule, on the control's step, with the reason. Each
 * rule is monotone along one field (a body-mass index grows with mass, a cane either fits the free
 * hand or not), so bisection between the last good value and the refused one finds the edge.
 */
import { applyField, formatField, type FieldValues, type NumberField } from './field.ts';
import { fieldByKey } from './fields.ts';
import { brokenRules, rulesOf, settle } from './rules.ts';

/** Bisection steps: the edge to 2⁻⁴⁰ of the distance moved, far below any control's step. */
const BISECTIONS = 40;

/**
 * The values with each number field of the rules `key` takes part in as its written text reads
 * back (6 significant digits): what a URL, a file or storage would hold.
 */
function asWritten(v: FieldValues, key: string): FieldValues {
  let out = v;
  for (const f of rulesOf(key).flatMap((r) => r.keys)) {
    const field = fieldByKey(f);
    if (!field) continue;
    const r = applyField(out, field, formatField(field, out), field.key);
    if (r.ok) out = r.value;
  }
  return out;
}

/** Why `v` breaks a rule, as it is or as written, or undefined. */
function broken(v: FieldValues, key: string): string | undefined {
  return brokenRules(v)[0]?.reason ?? brokenRules(asWritten(v, key))[0]?.reason;
}

/** Where a control's move ended. */
export interface Held {
  /** The values to use: `good` with the field as near the request as the rules allow. */
  readonly values: FieldValues;
  /** Why the field was held short of the request; undefined when it went all the way. */
  readonly reason?: string;
}

/**
 * Moves number field `f` of `good` (which keeps every rule) toward `requestedSi`, lowering fields
 * the rules cap (see {@link settle}), and stops where a rule would break.
 * @param stepDisplay the control's step, display unit: a held value is a whole number of steps
 *   from the field's minimum, on the side of `good`
 */
export function holdToRules(
  good: FieldValues,
  f: NumberField,
  requestedSi: number,
  stepDisplay: number,
): Held {
  const at = (si: number) => settle(f.set(good, si), f.key);
  const reason = broken(at(requestedSi), f.key);
  if (reason === undefined) return { values: at(requestedSi) };
  let ok = f.get(good);
  let bad = requestedSi;
  if (broken(at(ok), f.key) !== undefined) return { values: good, reason };
  for (let i = 0; i < BISECTIONS; i++) {
    const mid = (ok + bad) / 2;
    if (broken(at(mid), f.key) === undefined) ok = mid;
    else bad = mid;
  }
  // On the step grid, rounded toward the good value (so still inside the rules), never past it.
  const goodDisplay = f.toDisplay(f.get(good));
  const toward = Math.sign(goodDisplay - f.toDisplay(ok));
  const steps = (f.toDisplay(ok) - f.min) / stepDisplay;
  const onGrid = Number(
    (f.min + (toward >= 0 ? Math.ceil(steps) : Math.floor(steps)) * stepDisplay).toPrecision(12),
  );
  const past = toward * (onGrid - goodDisplay) > 0;
  const si = past ? f.get(good) : f.fromDisplay(onGrid);
  return { values: at(broken(at(si), f.key) === undefined ? si : ok), reason };
}
