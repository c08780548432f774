/**
 * Lecture mode's state: the guided sequence, the step shown and "predict, then reveal" (a step
 * with a question first asks it; the next press shows its scenario). The step itself lives in the
 * view state (so a link can open at it); this class moves it.
 */
import type { AppState } from './app.svelte.ts';
import type { Sequence, SequenceStep } from './scenarioFile.ts';
import { saveSequence } from './storage.ts';

export class Lecture {
  /** The sequence stepped through (kept in the browser's storage). */
  sequence: Sequence;
  /** Whether a step with a question asks it before showing its scenario. */
  predict = $state(true);
  /** Whether the step's scenario is shown (false while its question waits for an answer). */
  revealed = $state(true);
  readonly #app: AppState;

  /** A lecture link (view.lecture on) opens at its step, showing that step's scenario. */
  constructor(app: AppState, sequence: Sequence) {
    this.#app = app;
    this.sequence = $state.raw(sequence);
    if (app.view.lecture) this.apply(Math.min(app.view.step, sequence.steps.length - 1));
  }

  /** The step shown, if the sequence has it. */
  get step(): SequenceStep | undefined {
    return this.sequence.steps[this.#app.view.step];
  }

  /** Replaces and saves the sequence; returns why it could not be saved, if it could not. */
  setSequence(sequence: Sequence): string | undefined {
    this.sequence = sequence;
    const why = saveSequence(sequence);
    if (this.#app.view.step >= sequence.steps.length)
      this.#app.setView({ step: sequence.steps.length - 1 });
    return why;
  }

  /** Shows step `i`: its scenario and mode (the walk stops). */
  apply(i: number): void {
    const st = this.sequence.steps[i];
    if (!st) return;
    this.#app.playing = false;
    this.#app.scenario = st.scenario;
    this.#app.setView({ mode: st.mode, step: i });
  }

  /** Reveals the waiting answer, or moves to the next step (asking its question first). */
  next(): void {
    const app = this.#app;
    if (!this.revealed) {
      this.revealed = true;
      this.apply(app.view.step);
      return;
    }
    const i = app.view.step + 1;
    const st = this.sequence.steps[i];
    if (!st) return;
    if (this.predict && st.question) {
      this.revealed = false;
      app.setView({ step: i });
    } else this.apply(i);
  }

  /** Back one step, shown at once. */
  previous(): void {
    this.revealed = true;
    this.apply(Math.max(0, this.#app.view.step - 1));
  }

  /** Lecture mode on (full screen where the browser allows, at the current step) or off. */
  toggle(): void {
    const on = !this.#app.view.lecture;
    this.#app.setView({ lecture: on });
    if (on) {
      this.revealed = true;
      this.apply(Math.min(this.#app.view.step, this.sequence.steps.length - 1));
      document.documentElement.requestFullscreen?.().catch(() => undefined);
    } else if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
  }
}
