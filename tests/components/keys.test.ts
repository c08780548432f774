// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../../sim/index.ts';
import { AppState } from '../../src/lib/app.svelte.ts';
import { onShortcutKey, SHORTCUTS } from '../../src/lib/keys.ts';
import { Lecture } from '../../src/lib/lecture.svelte.ts';
import { DEFAULT_SEQUENCE } from '../../src/lib/sequence.ts';

let app: AppState;
let lecture: Lecture;
let listOpened: number;

beforeEach(() => {
  localStorage.clear();
  app = new AppState();
  lecture = new Lecture(app, DEFAULT_SEQUENCE);
  listOpened = 0;
});

/** Presses `key` on `on` (the page by default); returns whether the browser's action was cancelled. */
function press(key: string, on: Element = document.body, init: KeyboardEventInit = {}): boolean {
  const e = new KeyboardEvent('keydown', { key, cancelable: true, bubbles: true, ...init });
  on.dispatchEvent(e);
  onShortcutKey(e, { app, lecture, showShortcuts: () => listOpened++ });
  return e.defaultPrevented;
}

function focusable(tag: string, attrs: Record<string, string> = {}): Element {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

describe('the keyboard shortcuts', () => {
  it('play and pause the walk with Space, switching from stance to walking', () => {
    expect(press(' ')).toBe(true);
    expect(app.playing).toBe(true);
    expect(app.view.mode).toBe('gait');
    press(' ');
    expect(app.playing).toBe(false);
  });

  it('leave Space to a focused button', () => {
    expect(press(' ', focusable('button'))).toBe(false);
    expect(press(' ', focusable('path', { role: 'button' }))).toBe(false);
    expect(app.playing).toBe(false);
  });

  it('step the gait cycle by 1 % with the arrows, wrapping round and pausing', () => {
    app.setView({ cyclePct: 0.5 });
    app.playing = true;
    expect(press('ArrowLeft')).toBe(true);
    expect(app.playing).toBe(false);
    expect(app.view.mode).toBe('gait');
    expect(app.view.cyclePct).toBeCloseTo(99.5, 9);
    press('ArrowRight');
    expect(app.view.cyclePct).toBeCloseTo(0.5, 9);
  });

  it('choose presets by number, views by S and W, and reset by R', () => {
    press('2');
    expect(app.scenario.presetId).toBe(PRESETS[1]!.id);
    press('W');
    expect(app.view.mode).toBe('gait');
    app.playing = true;
    press('s');
    expect(app.view.mode).toBe('stance');
    expect(app.playing).toBe(false);
    press('r');
    expect(app.scenario.presetId).toBe('normal');
    press(String(PRESETS.length + 1));
    expect(app.scenario.presetId).toBe('normal');
  });

  it('step the lecture sequence with PageDown, PageUp and the arrows in lecture mode', () => {
    press('L');
    expect(app.view.lecture).toBe(true);
    expect(app.view.step).toBe(0);
    expect(press('PageDown')).toBe(true);
    expect(app.view.step).toBe(1);
    expect(lecture.revealed).toBe(false);
    press('ArrowRight');
    expect(lecture.revealed).toBe(true);
    expect(app.scenario.presetId).toBe('sgn-palsy-complete');
    press('ArrowLeft');
    expect(app.view.step).toBe(0);
    expect(app.view.cyclePct).toBe(30);
    press('l');
    expect(app.view.lecture).toBe(false);
    press('PageDown');
    expect(app.view.step).toBe(0);
  });

  it('do nothing while typing in a text field, "?" included (a question ends in one)', () => {
    for (const [tag, attrs] of [
      ['input', {}],
      ['input', { type: 'number' }],
      ['textarea', {}],
    ] as const) {
      const field = focusable(tag, attrs);
      for (const key of [' ', 'ArrowRight', '2', 's', 'w', 'r', 'l', '?'])
        expect(press(key, field)).toBe(false);
    }
    app.setView({ lecture: true });
    for (const key of ['PageDown', 'b', '.', 'Escape'])
      expect(press(key, focusable('input', { type: 'text' }))).toBe(false);
    expect(app.view.step).toBe(0);
    expect(lecture.blank).toBe(false);
    expect(app.view.lecture).toBe(true);
    expect(app.scenario.presetId).toBe('normal');
    expect(app.view.mode).toBe('stance');
    expect(listOpened).toBe(0);
  });

  it('leave a control the keys it uses, and take the others', () => {
    const slider = focusable('input', { type: 'range' });
    expect(press('ArrowRight', slider)).toBe(false);
    expect(press('Home', slider)).toBe(false);
    expect(app.view.cyclePct).toBe(30);
    expect(press('2', slider)).toBe(true);
    expect(app.scenario.presetId).toBe(PRESETS[1]!.id);
    const checkbox = focusable('input', { type: 'checkbox' });
    expect(press(' ', checkbox)).toBe(false);
    expect(press('ArrowRight', checkbox)).toBe(true);
    expect(app.view.cyclePct).toBe(31);
    const radio = focusable('input', { type: 'radio' });
    expect(press('ArrowLeft', radio)).toBe(false);
    expect(press(' ', focusable('select'))).toBe(false);
    app.setView({ mode: 'stance' });
    expect(press('w', focusable('select'))).toBe(true);
    expect(app.view.mode).toBe('gait');
  });

  it('give a clicker its keys in lecture mode whatever control has the focus', () => {
    press('L');
    for (const control of [
      focusable('input', { type: 'checkbox' }),
      focusable('input', { type: 'radio' }),
      focusable('input', { type: 'range' }),
      focusable('select'),
      focusable('button'),
    ]) {
      app.setView({ step: 0 });
      lecture.predict = false;
      expect(press('PageDown', control)).toBe(true);
      expect(app.view.step).toBe(1);
      expect(press('PageUp', control)).toBe(true);
      expect(app.view.step).toBe(0);
      expect(press('.', control)).toBe(true);
      expect(lecture.blank).toBe(true);
      expect(press('b', control)).toBe(true);
      expect(lecture.blank).toBe(false);
    }
    const slider = focusable('input', { type: 'range' });
    expect(press('ArrowRight', slider)).toBe(false);
    expect(app.view.step).toBe(0);
    expect(press('ArrowRight', focusable('input', { type: 'checkbox' }))).toBe(true);
    expect(app.view.step).toBe(1);
  });

  it('show a blanked screen again with Escape, and leave lecture mode with the next', () => {
    press('L');
    press('B');
    expect(lecture.blank).toBe(true);
    press('PageDown');
    expect(lecture.blank).toBe(false);
    expect(app.view.step).toBe(0);
    press('b');
    press('Escape');
    expect(lecture.blank).toBe(false);
    expect(app.view.lecture).toBe(true);
    press('Escape');
    expect(app.view.lecture).toBe(false);
    expect(press('b')).toBe(false);
    expect(lecture.blank).toBe(false);
  });

  it('do nothing with Ctrl, Alt or Meta held, or when the press was already handled', () => {
    for (const init of [{ ctrlKey: true }, { altKey: true }, { metaKey: true }])
      expect(press('2', document.body, init)).toBe(false);
    const e = new KeyboardEvent('keydown', { key: '2', cancelable: true });
    e.preventDefault();
    onShortcutKey(e, { app, lecture, showShortcuts: () => listOpened++ });
    expect(app.scenario.presetId).toBe('normal');
  });

  it('list every key they answer to, one row per preset', () => {
    expect(SHORTCUTS.filter((s) => s.description.startsWith('Preset:'))).toHaveLength(
      PRESETS.length,
    );
    for (const s of SHORTCUTS) expect(s.shown.length).toBeGreaterThan(0);
    expect(SHORTCUTS.filter((s) => !s.run).map((s) => s.shown)).toEqual([['Tab']]);
  });
});
