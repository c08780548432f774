/** A scenario's values as option texts, named as on the command line and in URLs. */
import { DEFAULT_STANCE, deg, type AffectedSide, type StanceInput } from '../../sim/index.ts';

const n = (v: number) => String(Number(v.toPrecision(6)));

/**
 * Option texts of a scenario.
 * @param all every option (for export headers) rather than only those that differ from normal
 */
export function scenarioOptions(
  i: StanceInput,
  affectedSide: AffectedSide,
  all = false,
): Record<string, string> {
  const d = DEFAULT_STANCE;
  const o: Record<string, string> = {};
  const put = (k: string, v: string, dv: string) => {
    if (all || v !== dv) o[k] = v;
  };
  put('mass', n(i.bodyMassKg), n(d.bodyMassKg));
  put('height', n(i.heightM), n(d.heightM));
  put('sex', i.sex, d.sex);
  put('gmed', n(i.strength.gmed * 100), '100');
  put('gmin', n(i.strength.gmin * 100), '100');
  put('tfl', n(i.strength.tfl * 100), '100');
  put('neck-shaft', n(deg(i.neckShaftRad)), n(deg(d.neckShaftRad)));
  put('cane', n(i.caneFractionBW), '0');
  put('cane-hand', i.caneHand, d.caneHand);
  put('load', n(i.loadKg), '0');
  put('load-hand', i.loadHand, d.loadHand);
  put('compensation', i.compensation, d.compensation);
  put('side', affectedSide, 'right');
  return o;
}
