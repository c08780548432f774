/** Stances and gaits that the render tests draw. */
import {
  applyPreset,
  buildGait,
  DEFAULT_GAIT,
  DEFAULT_STANCE,
  type StanceInput,
} from '../../sim/index.ts';

/** A preset's stance with some of its fields changed. */
export const preset = (id: string, over: Partial<StanceInput> = {}): StanceInput => ({
  ...applyPreset(DEFAULT_STANCE, id)!,
  ...over,
});

/** The default walk with `stance`'s body and hips. */
export const gaitOf = (stance: StanceInput) => buildGait({ ...DEFAULT_GAIT, stance });
