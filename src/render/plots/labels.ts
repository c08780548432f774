/**
 * The names scenarios go by in plot titles, legends and tables: words, never ids. A preset is
 * called by its name ("Superior gluteal nerve palsy (complete)"), anything else "Current".
 */
import { PRESETS } from '../../../sim/index.ts';

/** The label of the current scenario in plots: its preset's name, or "Current". */
export function scenarioLabel(presetId: string | undefined): string {
  return PRESETS.find((p) => p.id === presetId)?.name ?? 'Current';
}
