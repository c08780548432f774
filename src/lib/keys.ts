/**
 * The keyboard: one table of shortcuts, each a key → app action with the words the "?" list
 * shows. App.svelte sends key presses through {@link onShortcutKey}; Shortcuts.svelte lists
 * {@link SHORTCUTS}; the playback bar's buttons run the same actions (src/lib/playback.ts).
 */
import { PRESETS } from '../../sim/index.ts';
import type { AppState } from './app.svelte.ts';
import type { Lecture } from './lecture.svelte.ts';
import { showStance, showWalking, stepCycle, togglePlay } from './playback.ts';

/** What a shortcut acts on. */
export interface ShortcutTarget {
  readonly app: AppState;
  readonly lecture: Lecture;
  /** Opens the list of shortcuts. */
  readonly showShortcuts: () => void;
}

/** One row of the shortcut list, and the keys it answers to. */
export interface Shortcut {
  /** The keys as the list shows them. */
  readonly shown: readonly string[];
  readonly description: string;
  /** `KeyboardEvent.key` values it answers to (none for a key the browser handles, Tab). */
  readonly keys: readonly string[];
  /** Acts on a press of `key`; the browser's own action for the key is cancelled. */
  readonly run?: (target: ShortcutTarget, key: string) => void;
  /** Only in lecture mode, where it comes before another shortcut on the same key. */
  readonly lectureOnly?: boolean;
  /**
   * Keys that reach the app even when the focused control uses them itself (a presentation
   * clicker's keys must work after a slider was touched); never in a text field.
   */
  readonly overControls?: readonly string[];
}

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];
const ACTIVATE = [' ', 'Enter'];
/** Input types that take no text: every other type (text, number, search, …) is a text field. */
const NOT_TEXT = new Set([
  'range',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'color',
]);

/**
 * The keys the focused element acts on itself: every key in a text field, the arrows, Home and
 * End on a slider (not PageUp and PageDown, which a clicker sends), the arrows and Space on a
 * radio button or a list, Space and Enter on a button, a checkbox or a summary.
 */
export function keysUsedBy(el: Element | null): 'all' | readonly string[] {
  if (!el) return [];
  if (el instanceof HTMLElement && el.isContentEditable) return 'all';
  const role = el.getAttribute('role');
  switch (el.tagName) {
    case 'TEXTAREA':
      return 'all';
    case 'INPUT': {
      const type = (el as HTMLInputElement).type;
      if (!NOT_TEXT.has(type)) return 'all';
      if (type === 'range') return [...ARROWS, 'Home', 'End'];
      return type === 'radio' ? [...ARROWS, ' '] : ACTIVATE;
    }
    case 'SELECT':
      return [...ARROWS, 'Home', 'End', ...ACTIVATE];
    case 'BUTTON':
    case 'SUMMARY':
    case 'A':
      return role === 'tab' ? [...ARROWS, ...ACTIVATE] : ACTIVATE;
    default:
      return role === 'button' ? ACTIVATE : role === 'tab' ? [...ARROWS, ...ACTIVATE] : [];
  }
}

/** Every shortcut, in the order of the list. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    shown: ['Space'],
    description: 'Play or pause the walk',
    keys: [' '],
    run: ({ app }) => togglePlay(app),
  },
  {
    shown: ['←', '→'],
    description: 'Step the gait cycle by 1 %',
    keys: ['ArrowLeft', 'ArrowRight'],
    run: ({ app }, key) => stepCycle(app, key === 'ArrowRight' ? 1 : -1),
  },
  ...PRESETS.map((p, i): Shortcut => ({
    shown: [String(i + 1)],
    description: `Preset: ${p.name}`,
    keys: [String(i + 1)],
    run: ({ app }) => app.choosePreset(p.id),
  })),
  {
    shown: ['S'],
    description: 'Single-leg stance view',
    keys: ['s', 'S'],
    run: ({ app }) => showStance(app),
  },
  {
    shown: ['W'],
    description: 'Walking view',
    keys: ['w', 'W'],
    run: ({ app }) => showWalking(app),
  },
  { shown: ['R'], description: 'Reset all', keys: ['r', 'R'], run: ({ app }) => app.reset() },
  {
    shown: ['L'],
    description: 'Lecture mode on or off',
    keys: ['l', 'L'],
    run: ({ lecture }) => lecture.toggle(),
  },
  {
    shown: ['PageDown', 'PageUp'],
    description:
      'In lecture mode: next or previous step of the sequence (→ and ← too, unless a slider has the focus)',
    keys: ['PageDown', 'ArrowRight', 'PageUp', 'ArrowLeft'],
    lectureOnly: true,
    overControls: ['PageDown', 'PageUp'],
    run: ({ lecture }, key) =>
      key === 'PageDown' || key === 'ArrowRight' ? lecture.next() : lecture.previous(),
  },
  {
    shown: ['B', '.'],
    description: 'In lecture mode: blank the screen, or show it again',
    keys: ['b', 'B', '.'],
    lectureOnly: true,
    run: ({ lecture }) => lecture.toggleBlank(),
  },
  {
    shown: ['Esc'],
    description: 'In lecture mode: show a blanked screen again, or leave lecture mode',
    keys: ['Escape'],
    lectureOnly: true,
    run: ({ lecture }) => lecture.escape(),
  },
  {
    shown: ['?'],
    description: 'This list',
    keys: ['?'],
    run: (t) => t.showShortcuts(),
  },
  {
    shown: ['Tab'],
    description: 'Move between controls; muscles in the figure are buttons too',
    keys: [],
  },
];

/** The lecture-only shortcuts first, so that they win on a key they share. */
const BY_PRECEDENCE = [
  ...SHORTCUTS.filter((s) => s.lectureOnly),
  ...SHORTCUTS.filter((s) => !s.lectureOnly),
];

/**
 * Runs the shortcut a key press asks for, if any (none with Ctrl, Alt or Meta held). A key the
 * focused element uses itself stays with it, unless the shortcut claims it over controls; in a
 * text field every key types (a lecture's question ends in "?").
 */
export function onShortcutKey(e: KeyboardEvent, target: ShortcutTarget): void {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  const used = keysUsedBy(e.target instanceof Element ? e.target : null);
  const lecture = target.app.view.lecture;
  const s = BY_PRECEDENCE.find(
    (s) =>
      s.keys.includes(e.key) &&
      (lecture || !s.lectureOnly) &&
      used !== 'all' &&
      (!used.includes(e.key) || s.overControls?.includes(e.key)),
  );
  if (!s?.run) return;
  e.preventDefault();
  s.run(target, e.key);
}
