/** A scenario's settings as option texts, named as in URLs and files (from the field table). */
import { DEFAULT_GAIT, optionsOf, type AffectedSide, type StanceInput } from '../../sim/index.ts';

/**
 * Option texts of a scenario, in table order.
 * @param all every written setting (for export headers and files) rather than only those that
 *   differ from normal
 */
export function scenarioOptions(
  stance: StanceInput,
  affectedSide: AffectedSide,
  all = false,
): Record<string, string> {
  return optionsOf({ stance, affectedSide }, DEFAULT_GAIT, all);
}
