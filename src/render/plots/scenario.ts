/**
 * What the plots read from a scenario: the stance of the affected side (the readouts' stance) and
 * the gait of the whole body.
 */
import {
  affectedStanceInput,
  buildGait,
  DEFAULT_GAIT,
  type Gait,
  type StanceInput,
} from '../../../sim/index.ts';
import type { PlotScenario } from './types.ts';

/** The scenario's single-leg stance on its affected side (right when both are affected). */
export function readoutStance(s: PlotScenario): StanceInput {
  return affectedStanceInput({ ...DEFAULT_GAIT, stance: s.stance, affectedSide: s.affectedSide });
}

/** The scenario's gait at the default cadence and normal timing. */
export function scenarioGait(s: PlotScenario): Gait {
  return buildGait({ ...DEFAULT_GAIT, stance: s.stance, affectedSide: s.affectedSide });
}
