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
  /** Acts on a press of `key`. */
  readonly run?: (target: ShortcutTarget, key: string) => void;
  /** Only in lecture mode, where it comes before another shortcut on the same key. */
  readonly lectureOnly?: boolean;
  /** Also while typing in a field (text, number or list). */
  readonly whileTyping?: boolean;
  /** Not while a button has the focus (the key presses the button). */
  readonly notOnButton?: boolean;
  /** Cancels the browser's own action for the key (scrolling, for instance). */
  readonly preventDefault?: boolean;
}

/** Every shortcut, in the order of the list. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    shown: ['Space'],
    description: 'Play or pause the walk',
    keys: [' '],
    notOnButton: true,
    preventDefault: true,
    run: ({ app }) => togglePlay(app),
  },
  {
    shown: ['←', '→'],
    description: 'Step the gait cycle by 1 %',
    keys: ['ArrowLeft', 'ArrowRight'],
    preventDefault: true,
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
    description: 'In lecture mode: next or previous step of the sequence (arrows too)',
    keys: ['PageDown', 'ArrowRight', 'PageUp', 'ArrowLeft'],
    lectureOnly: true,
    preventDefault: true,
    run: ({ lecture }, key) =>
      key === 'PageDown' || key === 'ArrowRight' ? lecture.next() : lecture.previous(),
  },
  {
    shown: ['?'],
    description: 'This list',
    keys: ['?'],
    whileTyping: true,
    preventDefault: true,
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

/** Runs the shortcut a key press asks for, if any (none with Ctrl, Alt or Meta held). */
export function onShortcutKey(e: KeyboardEvent, target: ShortcutTarget): void {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  const el = e.target as HTMLElement | null;
  const tag = el?.tagName ?? '';
  const typing = tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA';
  const onButton = tag === 'BUTTON' || el?.getAttribute('role') === 'button';
  const lecture = target.app.view.lecture;
  const s = BY_PRECEDENCE.find(
    (s) =>
      s.keys.includes(e.key) &&
      (lecture || !s.lectureOnly) &&
      (!typing || s.whileTyping) &&
      (!onButton || !s.notOnButton),
  );
  if (!s?.run) return;
  if (s.preventDefault) e.preventDefault();
  s.run(target, e.key);
}
