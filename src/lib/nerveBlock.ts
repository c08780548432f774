/**
 * "Block the nerve" as actions on the app state, for its bar (src/components/NerveBlockBar.svelte)
 * and the clock that plays it: the body stands healthy, the superior gluteal nerve is blocked at
 * t = 0, and the figure follows the time course (src/render/plots/nerveBlockSeries.ts).
 */
import { presetIds, presetMatches } from '../../sim/index.ts';
import type { AppState } from './app.svelte.ts';

/** Playback speeds: real time and slow motion. */
export const BLOCK_SPEEDS = [1, 0.5, 0.25, 0.1] as const;

/** Whether the scenario leaves anything to block: all three muscles are at full strength. */
export function nothingToBlock(app: AppState): boolean {
  const s = app.scenario.stance.strength;
  return s.gmed >= 1 && s.gmin >= 1 && s.tfl >= 1;
}

/**
 * Blocks the nerve: shows the stance view, the block's time plot and its first instant, and plays
 * it (or, with reduced motion, shows where it ends). When gluteus medius, minimus and TFL are at
 * full strength, the block is complete: the scenario's three strengths become 0 (named by the
 * preset that matches, if one does).
 */
export function blockNerve(app: AppState, reducedMotion: boolean): void {
  if (nothingToBlock(app)) {
    const stance = app.scenario.stance;
    const blocked = { ...stance, strength: { ...stance.strength, gmed: 0, gmin: 0, tfl: 0 } };
    // Named by its preset where one matches (a healthy body blocked is the complete palsy).
    const preset = presetIds().find((id) => presetMatches(blocked, id));
    if (preset) app.choosePreset(preset);
    else app.setStance(blocked);
  }
  app.playing = false;
  app.setView({ mode: 'stance', detail: 'nerve-block' });
  // Solved here (about 0.1 s), before the clock starts, so the first frame does not skip the fall.
  const { durationS } = app.nerveBlockSeries;
  app.blockInput = app.stanceInput;
  app.blockTimeS = reducedMotion ? durationS : 0;
  app.blockPlaying = !reducedMotion;
}

/** Plays or pauses the block; playing from its end starts it again. */
export function toggleBlock(app: AppState): void {
  if (!app.blockShown) return;
  if (!app.blockPlaying && app.blockTimeS >= app.nerveBlockSeries.durationS) app.blockTimeS = 0;
  app.blockPlaying = !app.blockPlaying;
}

/** Pauses the block at `timeS` (clamped to its course). */
export function scrubBlock(app: AppState, timeS: number): void {
  app.blockPlaying = false;
  app.blockTimeS = Math.min(app.nerveBlockSeries.durationS, Math.max(0, timeS));
}

/** Longest step of the clock taken at once, s: a stalled frame must not skip the fall. */
const MAX_FRAME_S = 0.1;

/** Moves the block on by `dtS` seconds of the clock (at most 0.1 s) at its speed; it stops at the end. */
export function advanceBlock(app: AppState, dtS: number): void {
  const end = app.nerveBlockSeries.durationS;
  const t = app.blockTimeS + Math.min(dtS, MAX_FRAME_S) * app.blockSpeed;
  app.blockTimeS = Math.min(end, t);
  if (t >= end) app.blockPlaying = false;
}

/** Leaves the block: the figure shows the stance again. */
export function endBlock(app: AppState): void {
  app.blockPlaying = false;
  app.blockInput = undefined;
}
