/**
 * The lecturer's saved work in this window: the recent scenarios and the lecture sequence as kept
 * in browser storage (src/lib/storage.ts), how they change, and how changes from another window
 * are taken in. Nothing saved is lost silently: every sequence edit is applied to the stored
 * sequence as it is now (so edits from two windows merge), opening a sequence file keeps the one
 * it replaces for undo, and a change from another window is shown and reported. Where the browser
 * refuses storage, the same work is kept in memory for the visit, and the user is told.
 */
import { CAPS, quoteForMessage } from '../../sim/index.ts';
import type { AppState } from './app.svelte.ts';
import { newId } from './ids.ts';
import { Lecture } from './lecture.svelte.ts';
import type { MessageAction, Messages } from './messages.svelte.ts';
import { DEFAULT_SEQUENCE } from './sequence.ts';
import type { Mode, Scenario } from './scenario.ts';
import {
  sequenceFileText,
  sequenceProblem,
  type Sequence,
  type SequenceStep,
} from './scenarioFile.ts';
import { forget, loadRecent, remember, timestamp, type Recent } from './recents.ts';
import {
  discardSetAside,
  loadSequence,
  memoryStore,
  RECENT_PREFIX,
  saveSequence,
  SEQUENCE_BEFORE_KEY,
  SEQUENCE_KEY,
  SET_ASIDE_PREFIX,
  setAsideEntries,
  storedSequence,
  type KeyValueStore,
} from './storage.ts';

/** What saved work needs from the page. */
export interface SavedWorkHost {
  /** Shows a message, with an optional action. */
  readonly say: (text: string, action?: MessageAction) => void;
  /** The sequence shown now. */
  readonly sequence: () => Sequence;
  /** Shows a sequence (edited, opened, restored or changed in another window). */
  readonly show: (q: Sequence) => void;
}

const BLOCKED =
  'The browser does not let this page use its storage: recent scenarios and changes to the sequence last only until the page is closed (export them to files to keep them).';

const same = (a: Sequence, b: Sequence) => sequenceFileText(a) === sequenceFileText(b);

/** A sequence's title and length, for messages. */
const called = (q: Sequence) => `"${quoteForMessage(q.title, 80)}" (${q.steps.length} steps)`;

export class SavedWork {
  /** The recent scenarios, newest first. */
  recent = $state.raw<Recent[]>([]);
  /** How many stored entries are set aside because they could not be read. */
  setAside = $state(0);
  /** The sequence the last opened file replaced, kept for undo. */
  before = $state.raw<Sequence | undefined>();
  /** The stored sequence found at the start, if any (shown instead of the built-in one). */
  readonly loaded: Sequence | undefined;
  /** Whether the browser keeps what is saved (false: kept for this visit only). */
  readonly persistent: boolean;
  readonly #s: KeyValueStore;
  readonly #host: SavedWorkHost;

  /** Reads what is stored (see {@link browserStore}; undefined: storage blocked). */
  constructor(store: KeyValueStore | undefined, host: SavedWorkHost) {
    this.persistent = store !== undefined;
    this.#s = store ?? memoryStore();
    this.#host = host;
    const q = loadSequence(this.#s);
    const r = loadRecent(this.#s);
    this.loaded = q.sequence;
    this.recent = r.recent;
    this.#refresh();
    for (const note of [...(this.persistent ? [] : [BLOCKED]), ...q.notes, ...r.notes])
      host.say(note);
  }

  #refresh(): void {
    this.before = storedSequence(this.#s, SEQUENCE_BEFORE_KEY);
    this.setAside = Object.keys(setAsideEntries(this.#s)).length;
  }

  // -------------------------------------------------------------------------------------------
  // Recent scenarios

  /** Remembers the scenario shown under `name`. */
  remember(name: string, scenario: Scenario, mode: Mode): void {
    const r = remember(this.#s, { name, savedAt: timestamp(), scenario, mode });
    if (!r.ok) {
      this.#host.say(`"${quoteForMessage(name)}" was not remembered: ${r.reason}.`);
      return;
    }
    this.recent = r.recent;
    const dropped = r.dropped.length
      ? ` The oldest, ${r.dropped.map((d) => `"${quoteForMessage(d)}"`).join(', ')}, gave way (at most ${CAPS.recentScenarios} are kept).`
      : '';
    const where = this.persistent
      ? ''
      : ' for this visit only (the browser does not let this page keep it)';
    this.#host.say(`Remembered "${quoteForMessage(name)}"${where}.${dropped}`);
    for (const note of r.notes) this.#host.say(note);
  }

  /** Forgets a recent scenario. */
  forget(id: string): void {
    forget(this.#s, id);
    this.recent = this.recent.filter((r) => r.id !== id);
  }

  // -------------------------------------------------------------------------------------------
  // The sequence

  /**
   * Applies an edit to the sequence as stored now (or as shown, when nothing readable is stored),
   * so that an edit made in another window is kept; saves and shows the result. An edit whose
   * result could not be read back (too many steps, text too long) is refused with the reason.
   * @returns whether the edit was made
   */
  #edit(edit: (q: Sequence) => Sequence, done?: string): boolean {
    const next = edit(this.#current());
    const problem = sequenceProblem(next);
    if (problem) {
      this.#host.say(`The sequence was not changed: ${problem}`);
      return false;
    }
    this.#save(next, done);
    return true;
  }

  /**
   * The sequence as it is now: as stored (another window may have changed it since this one
   * showed it), or as shown when nothing readable is stored.
   */
  #current(): Sequence {
    return storedSequence(this.#s) ?? this.#host.sequence();
  }

  /** Saves and shows `q`; says `done`, or why it was not saved. */
  #save(q: Sequence, done?: string): void {
    const why = saveSequence(this.#s, q);
    this.#host.show(q);
    if (why) this.#host.say(why);
    else if (done) this.#host.say(done);
  }

  /** Adds a step at the end (at most {@link CAPS}.sequenceSteps). */
  addStep(step: Omit<SequenceStep, 'id'>): boolean {
    return this.#edit((q) => ({ ...q, steps: [...q.steps, { ...step, id: newId() }] }));
  }

  /** Moves step `id` by `by` places (clamped to the ends). */
  moveStep(id: string, by: number): void {
    this.#edit((q) => {
      const steps = [...q.steps];
      const i = steps.findIndex((s) => s.id === id);
      const [s] = i >= 0 ? steps.splice(i, 1) : [];
      if (s) steps.splice(Math.max(0, Math.min(steps.length, i + by)), 0, s);
      return { ...q, steps };
    });
  }

  /** Removes step `id` (a sequence keeps at least one step). */
  removeStep(id: string): void {
    this.#edit((q) =>
      q.steps.length > 1 ? { ...q, steps: q.steps.filter((s) => s.id !== id) } : q,
    );
  }

  /**
   * Replaces the sequence by one opened from a file; the one shown before is kept (in storage
   * too) and the message offers to undo.
   * @returns whether it was replaced
   */
  replaceSequence(q: Sequence, fileName: string): boolean {
    const problem = sequenceProblem(q);
    if (problem) {
      this.#host.say(
        `"${quoteForMessage(fileName)}" was not opened: ${problem} Nothing was changed.`,
      );
      return false;
    }
    const old = this.#current();
    saveSequence(this.#s, old, SEQUENCE_BEFORE_KEY);
    this.before = old;
    this.#save(q);
    this.#host.say(
      `Opened the sequence ${called(q)} from "${quoteForMessage(fileName)}", replacing ${called(old)}.`,
      { label: 'Undo', run: () => this.undoReplace() },
    );
    return true;
  }

  /**
   * Swaps the sequence with the one the last opened file replaced (so undo can be undone): as
   * stored, since another window may have opened a file since this one did.
   */
  undoReplace(): void {
    const back = storedSequence(this.#s, SEQUENCE_BEFORE_KEY) ?? this.before;
    if (!back) return;
    const now = this.#current();
    saveSequence(this.#s, now, SEQUENCE_BEFORE_KEY);
    this.before = now;
    this.#save(back, `Back to the sequence ${called(back)}.`);
  }

  // -------------------------------------------------------------------------------------------
  // Another window

  /**
   * Takes in a change another window made to storage (the `storage` event's key; null when the
   * storage was cleared): recent scenarios are read again (so both windows' entries show); a
   * changed sequence is shown and reported, with a way to keep this window's version.
   */
  fromOtherWindow(key: string | null): void {
    if (key === null || key.startsWith(RECENT_PREFIX)) {
      const r = loadRecent(this.#s);
      this.recent = r.recent;
      for (const note of r.notes) this.#host.say(note);
    }
    if (key === null || key === SEQUENCE_KEY) {
      const stored = storedSequence(this.#s);
      const mine = this.#host.sequence();
      if (stored && !same(stored, mine)) {
        this.#host.show(stored);
        this.#host.say(
          `The lecture sequence was changed in another window: this one now shows it too, ${called(stored)}.`,
          { label: 'Keep this window’s version', run: () => this.#save(mine) },
        );
      }
    }
    if (key === null || key === SEQUENCE_BEFORE_KEY || key.startsWith(SET_ASIDE_PREFIX))
      this.#refresh();
  }

  // -------------------------------------------------------------------------------------------
  // Set-aside data

  /** The set-aside entries as one JSON text, by key (to download before deciding). */
  setAsideText(): string {
    return `${JSON.stringify(setAsideEntries(this.#s), null, 2)}\n`;
  }

  /** Deletes the set-aside entries. */
  discardSetAside(): void {
    discardSetAside(this.#s);
    this.#refresh();
  }
}

/**
 * The page's saved work and lecture, wired together: the stored sequence (or the built-in one) is
 * the lecture's; messages go to `messages`.
 * @param store the browser's storage ({@link browserStore}); undefined where it is blocked
 */
export function openWork(
  app: AppState,
  store: KeyValueStore | undefined,
  messages: Messages,
): { lecture: Lecture; saved: SavedWork } {
  const saved: SavedWork = new SavedWork(store, {
    say: (text, action) => messages.say(text, action),
    sequence: (): Sequence => lecture.sequence,
    show: (q) => lecture.setSequence(q),
  });
  const lecture: Lecture = new Lecture(app, saved.loaded ?? DEFAULT_SEQUENCE);
  return { lecture, saved };
}
