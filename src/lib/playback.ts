/**
 * The walk's controls as actions on the app state, shared by the playback bar and the keyboard
 * (src/lib/keys.ts), so a button and its key cannot drift apart.
 */
import type { AppState } from './app.svelte.ts';

/**
 * How often the numbers a person reads follow the playing walk (`AppState.showReadouts`), s:
 * about four times a second, which a reader can follow; the figure moves in every frame.
 */
export const READOUT_INTERVAL_S = 0.25;

/** Plays or pauses the walk; playing from the stance view switches to walking. */
export function togglePlay(app: AppState): void {
  if (!app.playing && app.view.mode === 'stance') app.setView({ mode: 'gait' });
  app.playing = !app.playing;
}

/** Pauses the walk at `cyclePct` % of the gait cycle (shows walking). */
export function scrubCycle(app: AppState, cyclePct: number): void {
  app.playing = false;
  app.setView({ mode: 'gait', cyclePct });
}

/** Pauses and moves the gait cycle by `dPct` %, wrapping round at 100 %. */
export function stepCycle(app: AppState, dPct: number): void {
  scrubCycle(app, (((app.cyclePct + dPct) % 100) + 100) % 100);
}

/** The single-leg stance view (the walk stops). */
export function showStance(app: AppState): void {
  app.playing = false;
  app.setView({ mode: 'stance' });
}

/** The walking view (playing or not, as it was). */
export function showWalking(app: AppState): void {
  app.setView({ mode: 'gait' });
}
