/**
 * Lecture mode's state: the guided sequence, the step shown, "predict, then reveal" (a step with a
 * question first asks it; the next press shows its scenario) and the blanked screen. The step
 * itself lives in the view state (so a link can open at it); this class moves it.
 *
 * Turning lecture mode on keeps the scenario on screen. When that scenario is not the step's
 * (the lecturer's own, or a step changed by hand), the sequence is "left": Next and Previous
 * both go back to the step the counter shows, and from there on step as usual.
 */
import type { AppState } from './app.svelte.ts';
import { DEFAULT_SCENARIO, toQuery, type Scenario } from './scenario.ts';
import type { Sequence, SequenceStep } from './scenarioFile.ts';
import { DEFAULT_VIEW } from './viewFields.ts';

/** A scenario as comparable text (its URL form, which names every change from normal). */
const shownKey = (s: Scenario) => toQuery({ ...s, presetId: undefined }, DEFAULT_VIEW);

/** What the two title bars (Header.svelte, LectureBar.svelte) are given. */
export interface TitleBarProps {
  readonly app: AppState;
  readonly lecture: Lecture;
  /** Opens the shortcut list. */
  readonly onshortcuts: () => void;
  /** Opens the share panel. */
  readonly onshare: () => void;
}

export class Lecture {
  /** The sequence stepped through (kept in the browser's storage by src/lib/savedWork.svelte.ts). */
  sequence: Sequence;
  /** Whether a step with a question asks it before showing its scenario. */
  predict = $state(true);
  /** Whether the step's scenario is shown (false while its question waits for an answer). */
  revealed = $state(true);
  /** Whether the screen is blanked (a clicker's B or . key), as a slide show does. */
  blank = $state(false);
  readonly #app: AppState;

  /**
   * A lecture link (view.lecture on) opens at its step. A link that carries a scenario of its own
   * keeps it; a bare link (`?lecture=1&step=3`) shows that step's scenario.
   */
  constructor(app: AppState, sequence: Sequence) {
    this.#app = app;
    this.sequence = $state.raw(sequence);
    if (!app.view.lecture) return;
    const i = Math.min(app.view.step, sequence.steps.length - 1);
    if (shownKey(app.scenario) === shownKey(DEFAULT_SCENARIO)) this.apply(i);
    else this.#find(i);
  }

  /** The step shown, if the sequence has it. */
  get step(): SequenceStep | undefined {
    return this.sequence.steps[this.#app.view.step];
  }

  /**
   * Whether the screen shows the step's scenario (or waits with its question), in whichever view
   * (walking or standing); false once the scenario was changed by hand or lecture mode was
   * entered with a scenario of one's own.
   */
  get onStep(): boolean {
    const st = this.step;
    if (!st) return false;
    return !this.revealed || shownKey(this.#app.scenario) === shownKey(st.scenario);
  }

  /** Shows another sequence, keeping the step within it. */
  setSequence(sequence: Sequence): void {
    const at = this.#app.view.step;
    const shown = this.sequence.steps[at];
    this.sequence = sequence;
    // The step on screen stays on screen where it now stands (another window added or removed
    // steps before it), the nearest copy if it stands twice; else the place, within the sequence.
    const key = shown && JSON.stringify(shown);
    let moved = -1;
    sequence.steps.forEach((st, i) => {
      if (JSON.stringify(st) === key && (moved < 0 || Math.abs(i - at) < Math.abs(moved - at)))
        moved = i;
    });
    if (moved >= 0 && moved !== at) this.#app.setView({ step: moved });
    else if (at >= sequence.steps.length) this.#app.setView({ step: sequence.steps.length - 1 });
  }

  /** Shows step `i`: its scenario and mode (the walk stops). */
  apply(i: number): void {
    const st = this.sequence.steps[i];
    if (!st) return;
    this.revealed = true;
    this.#app.playing = false;
    // A step read from a file or storage has passed the same check: this cannot be refused.
    this.#app.setScenario(st.scenario);
    this.#app.setView({ mode: st.mode, step: i });
  }

  /** Goes to step `i`, asking its question first when "predict, then reveal" is on. */
  #goTo(i: number): void {
    const st = this.sequence.steps[i];
    if (!st) return;
    if (this.predict && st.question) {
      this.revealed = false;
      this.#app.setView({ step: i });
    } else this.apply(i);
  }

  /** Counts the step whose scenario is on screen, searching from `from` (none: the count stays). */
  #find(from: number): void {
    const steps = this.sequence.steps;
    const shown = shownKey(this.#app.scenario);
    const at = [from, ...steps.keys()].find(
      (i) => steps[i] && shownKey(steps[i].scenario) === shown,
    );
    this.#app.setView({ step: at ?? from });
  }

  /** Shows a blanked screen again; true when it was blanked (the key press did only that). */
  #unblank(): boolean {
    if (!this.blank) return false;
    this.blank = false;
    return true;
  }

  /**
   * Reveals the waiting answer, or moves to the next step (asking its question first); off the
   * sequence, goes back to the step the counter shows.
   */
  next(): void {
    if (this.#unblank()) return;
    const step = this.#app.view.step;
    if (!this.revealed) this.apply(step);
    else if (!this.onStep) this.#goTo(step);
    else this.#goTo(step + 1);
  }

  /** Back one step, shown at once; off the sequence, back to the step the counter shows. */
  previous(): void {
    if (this.#unblank()) return;
    const step = this.#app.view.step;
    this.apply(this.onStep ? Math.max(0, step - 1) : step);
  }

  /** Blanks the screen, or shows it again. */
  toggleBlank(): void {
    this.blank = !this.blank;
  }

  /** Escape: shows a blanked screen again, or leaves lecture mode. */
  escape(): void {
    if (!this.#unblank()) this.toggle();
  }

  /**
   * Lecture mode on (full screen where the browser allows) or off. The scenario on screen stays;
   * the counter moves to the step that shows it, if one does.
   */
  toggle(): void {
    const on = !this.#app.view.lecture;
    this.blank = false;
    this.revealed = true;
    this.#app.setView({ lecture: on });
    if (on) {
      this.#find(Math.min(this.#app.view.step, this.sequence.steps.length - 1));
      document.documentElement.requestFullscreen?.().catch(() => undefined);
    } else if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
  }
}
