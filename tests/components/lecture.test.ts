// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { AppState } from '../../src/lib/app.svelte.ts';
import { Lecture } from '../../src/lib/lecture.svelte.ts';
import { DEFAULT_SEQUENCE } from '../../src/lib/sequence.ts';

let app: AppState;

beforeEach(() => {
  localStorage.clear();
  app = new AppState();
});

describe('Lecture', () => {
  it('opens a lecture link at its step, showing that step, within the sequence', () => {
    app.setView({ lecture: true, step: 99, mode: 'gait' });
    app.playing = true;
    const lecture = new Lecture(app, DEFAULT_SEQUENCE);
    const last = DEFAULT_SEQUENCE.steps.length - 1;
    expect(app.view.step).toBe(last);
    expect(app.scenario).toBe(DEFAULT_SEQUENCE.steps[last]!.scenario);
    expect(app.view.mode).toBe('stance');
    expect(app.playing).toBe(false);
    expect(lecture.step).toBe(DEFAULT_SEQUENCE.steps[last]);
  });

  it('keeps a lecture link’s own scenario, counting the step that shows it', () => {
    app.choosePreset('sgn-palsy-complete');
    app.setView({ lecture: true });
    const palsy = app.scenario;
    const lecture = new Lecture(app, DEFAULT_SEQUENCE);
    expect(app.scenario).toBe(palsy);
    expect(app.view.step).toBe(1);
    expect(lecture.onStep).toBe(true);
  });

  it('keeps the scenario on screen when lecture mode is turned on (L)', () => {
    const lecture = new Lecture(app, DEFAULT_SEQUENCE);
    app.choosePreset('coxa-vara');
    app.setView({ mode: 'gait', cyclePct: 62 });
    const vara = app.scenario;
    lecture.toggle();
    expect(app.view.lecture).toBe(true);
    expect(app.scenario).toBe(vara);
    expect(app.view).toMatchObject({ mode: 'gait', cyclePct: 62, step: 0 });
    expect(lecture.onStep).toBe(false);
    lecture.next();
    expect(app.scenario).toBe(DEFAULT_SEQUENCE.steps[0]!.scenario);
    expect(lecture.onStep).toBe(true);
    lecture.next();
    expect(app.view.step).toBe(1);
    expect(lecture.revealed).toBe(false);
  });

  it('goes back to the step counted after the scenario was changed by hand', () => {
    const lecture = new Lecture(app, DEFAULT_SEQUENCE);
    lecture.toggle();
    lecture.predict = false;
    lecture.next();
    lecture.next();
    expect(app.view.step).toBe(2);
    app.setStance({ ...app.scenario.stance, caneFractionBW: 0.1 });
    expect(lecture.onStep).toBe(false);
    lecture.previous();
    expect(app.view.step).toBe(2);
    expect(app.scenario).toBe(DEFAULT_SEQUENCE.steps[2]!.scenario);
    lecture.previous();
    expect(app.view.step).toBe(1);
  });

  it('leaves the scenario alone when opened outside lecture mode', () => {
    const before = app.scenario;
    new Lecture(app, DEFAULT_SEQUENCE);
    expect(app.scenario).toBe(before);
  });

  it('asks a step’s question first, then reveals its scenario', () => {
    const lecture = new Lecture(app, DEFAULT_SEQUENCE);
    lecture.toggle();
    const first = app.scenario;
    lecture.next();
    expect(app.view.step).toBe(1);
    expect(lecture.revealed).toBe(false);
    expect(app.scenario).toBe(first);
    lecture.next();
    expect(lecture.revealed).toBe(true);
    expect(app.scenario).toBe(DEFAULT_SEQUENCE.steps[1]!.scenario);
  });

  it('shows each step at once when "predict, then reveal" is off, and stops at both ends', () => {
    const lecture = new Lecture(app, DEFAULT_SEQUENCE);
    lecture.predict = false;
    lecture.previous();
    expect(app.view.step).toBe(0);
    for (let i = 0; i < DEFAULT_SEQUENCE.steps.length + 2; i++) lecture.next();
    expect(app.view.step).toBe(DEFAULT_SEQUENCE.steps.length - 1);
    expect(lecture.revealed).toBe(true);
    expect(app.scenario).toBe(DEFAULT_SEQUENCE.steps.at(-1)!.scenario);
  });

  it('shows a new sequence and keeps the step inside it', () => {
    const lecture = new Lecture(app, DEFAULT_SEQUENCE);
    app.setView({ step: 3 });
    const short = { title: 'Two steps', steps: DEFAULT_SEQUENCE.steps.slice(0, 2) };
    lecture.setSequence(short);
    expect(lecture.sequence).toBe(short);
    expect(app.view.step).toBe(1);
  });

  it('keeps the step on screen when another window removes or adds steps before it', () => {
    const lecture = new Lecture(app, DEFAULT_SEQUENCE);
    app.setView({ step: 2 });
    const shown = DEFAULT_SEQUENCE.steps[2]!;
    const steps = DEFAULT_SEQUENCE.steps;
    // Copies, as another window's sequence read from storage would be.
    const copy = (s: typeof steps) => structuredClone([...s]);
    lecture.setSequence({ ...DEFAULT_SEQUENCE, steps: copy(steps.slice(1)) });
    expect(app.view.step).toBe(1);
    expect(lecture.step).toEqual(shown);
    lecture.setSequence({ ...DEFAULT_SEQUENCE, steps: copy([steps[3]!, ...steps]) });
    expect(app.view.step).toBe(3);
    expect(lecture.step).toEqual(shown);
  });
});
