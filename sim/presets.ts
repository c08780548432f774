/**
 * Scenarios for lecturers, from data/presets.json: each sets some strengths or the neck-shaft
 * angle and says in one line what it shows.
 */
import data from '../data/presets.json' with { type: 'json' };
import { RAD_PER_DEG } from './constants.ts';
import { REFERENCE_NECK_SHAFT_RAD } from './femur.ts';
import type { StanceInput } from './input.ts';

/** A named scenario. */
export interface Preset {
  readonly id: string;
  readonly name: string;
  /** One line for lecturers. */
  readonly description: string;
  /** Values in display units: strengths in %, angle in degrees. */
  readonly values: {
    readonly gmedPct?: number;
    readonly gminPct?: number;
    readonly tflPct?: number;
    readonly neckShaftDeg?: number;
  };
}

/** All presets, in the order they are offered. */
export const PRESETS: readonly Preset[] = data.presets;

/** Preset ids, in order. */
export function presetIds(): string[] {
  return PRESETS.map((p) => p.id);
}

/**
 * Applies a preset to an input: the strengths and angle it names replace those of `s`; strengths
 * it does not name return to normal. Returns undefined for an unknown id.
 */
export function applyPreset(s: StanceInput, id: string): StanceInput | undefined {
  const p = PRESETS.find((q) => q.id === id);
  if (!p) return undefined;
  const v = p.values;
  return {
    ...s,
    strength: {
      ...s.strength,
      gmed: (v.gmedPct ?? 100) / 100,
      gmin: (v.gminPct ?? 100) / 100,
      tfl: (v.tflPct ?? 100) / 100,
    },
    neckShaftRad:
      v.neckShaftDeg === undefined ? REFERENCE_NECK_SHAFT_RAD : v.neckShaftDeg * RAD_PER_DEG,
  };
}
