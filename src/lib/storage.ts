/**
 * Browser storage of the lecturer's work: the recent scenarios, one entry per key, each with its
 * own id (so two windows adding at once both keep theirs), and the lecture sequence, with the one
 * it last replaced (for undo). Everything read back is checked like a file. An entry that cannot
 * be read is set aside (moved, as its raw text, under a key of its own) and reported once; one
 * written by a newer version of the app is left where it is, for that version, and reported once;
 * the good entries are always kept. Every write is read back; a refused one (full or blocked
 * storage) changes nothing and is reported.
 */
import { CAPS } from '../../sim/index.ts';
import { newId } from './ids.ts';
import { readFile, scenarioFileText, sequenceFileText, type Sequence } from './scenarioFile.ts';
import { scenarioProblem, type Mode, type Scenario } from './scenario.ts';

const PREFIX = 'trendelenburg-lab/';
/** A recent scenario is kept under this prefix and its id. */
export const RECENT_PREFIX = `${PREFIX}recent/`;
/** Where version 0.1 kept all recent scenarios in one list (moved entry by entry when read). */
export const LEGACY_RECENT_KEY = `${PREFIX}recent`;
export const SEQUENCE_KEY = `${PREFIX}sequence`;
/** The sequence the last opened file replaced. */
export const SEQUENCE_BEFORE_KEY = `${PREFIX}sequence-before`;
/** Entries that could not be read, each as its raw text under this prefix. */
export const SET_ASIDE_PREFIX = `${PREFIX}set-aside/`;
/** Keys of newer-version entries already reported. */
export const NOTICED_KEY = `${PREFIX}noticed`;

/** A remembered scenario. */
export interface Recent {
  readonly id: string;
  readonly name: string;
  /** When it was remembered, ISO 8601. */
  readonly savedAt: string;
  readonly scenario: Scenario;
  readonly mode: Mode;
}

/** The time now as a recent scenario records it (ISO 8601, UTC). */
export const timestamp = (): string => new Date().toISOString();

/** The storage the app uses (window.localStorage, or a stand-in). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The browser's storage, or undefined where the page may not use it. */
export function browserStore(): KeyValueStore | undefined {
  try {
    const s = globalThis.localStorage;
    // Blocked storage may throw on first use rather than on access.
    s.getItem(NOTICED_KEY);
    return s;
  } catch {
    return undefined;
  }
}

/** A store in memory: what the app keeps while the browser refuses storage, and tests use. */
export function memoryStore(
  initial: Record<string, string> = {},
): KeyValueStore & { readonly data: Record<string, string> } {
  const data: Record<string, string> = { ...initial };
  return {
    data,
    get length() {
      return Object.keys(data).length;
    },
    key: (i) => Object.keys(data)[i] ?? null,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = String(v);
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

function get(s: KeyValueStore, key: string): string | null {
  try {
    return s.getItem(key);
  } catch {
    return null;
  }
}

/** Writes `text` and reads it back: false when the browser refused or lost it. */
function put(s: KeyValueStore, key: string, text: string): boolean {
  try {
    s.setItem(key, text);
    return s.getItem(key) === text;
  } catch {
    return false;
  }
}

function drop(s: KeyValueStore, key: string): void {
  try {
    s.removeItem(key);
  } catch {
    /* it stays: nothing is lost */
  }
}

/** Every key starting with `prefix`, sorted. */
function keysWith(s: KeyValueStore, prefix: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(prefix)) keys.push(k);
    }
  } catch {
    /* storage went away while listing: what was found is what there is */
  }
  return keys.sort();
}

/**
 * Moves the unreadable `raw` found under `key` aside: written under a set-aside key first, removed
 * only once that write is read back. False when it could not be kept (it then stays where it is).
 */
function setAside(s: KeyValueStore, key: string, raw: string): boolean {
  if (!put(s, `${SET_ASIDE_PREFIX}${key.slice(PREFIX.length)}/${newId()}`, raw)) return false;
  drop(s, key);
  return true;
}

/** True the first time newer-version entry `key` is met (it is then remembered as reported). */
function firstNotice(s: KeyValueStore, key: string): boolean {
  let seen: string[] = [];
  try {
    const v: unknown = JSON.parse(get(s, NOTICED_KEY) ?? '[]');
    if (Array.isArray(v)) seen = v.filter((k): k is string => typeof k === 'string');
  } catch {
    /* a damaged list of reported keys only means reporting again */
  }
  if (seen.includes(key)) return false;
  put(s, NOTICED_KEY, JSON.stringify([...seen, key].slice(-100)));
  return true;
}

/** "1 recent scenario was", "2 recent scenarios were". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------
// Recent scenarios

/** A recent scenario's stored text: its scenario file with its name and time. */
function recentText(r: Recent): string {
  const file: unknown = JSON.parse(scenarioFileText(r.scenario, r.mode));
  return JSON.stringify({ ...(file as object), name: r.name, savedAt: r.savedAt });
}

type Read<T> = { ok: true; value: T } | { ok: false; newer?: true };

function readRecent(id: string, raw: string): Read<Recent> {
  const r = readFile(raw);
  if (!r.ok) return r.newer ? { ok: false, newer: true } : { ok: false };
  if (r.kind !== 'scenario') return { ok: false };
  const { name, savedAt } = JSON.parse(raw) as Record<string, unknown>;
  if (typeof name !== 'string' || name.length > CAPS.nameChars) return { ok: false };
  if (typeof savedAt !== 'string' || savedAt.length > 40) return { ok: false };
  return { ok: true, value: { id, name, savedAt, scenario: r.scenario, mode: r.mode } };
}

/** Moves version 0.1's one list of recent scenarios to one key per entry, then removes it. */
function moveLegacy(s: KeyValueStore, notes: string[]): void {
  const raw = get(s, LEGACY_RECENT_KEY);
  if (raw === null) return;
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list)) {
    if (setAside(s, LEGACY_RECENT_KEY, raw))
      notes.push('The stored list of recent scenarios could not be read and was set aside.');
    return;
  }
  let moved = true;
  for (const e of list as unknown[]) {
    const { name, savedAt, file } = (typeof e === 'object' && e !== null ? e : {}) as Record<
      string,
      unknown
    >;
    let entry: string;
    try {
      if (typeof file !== 'string') throw new Error('no file');
      entry = JSON.stringify({ ...(JSON.parse(file) as object), name, savedAt });
    } catch {
      entry = JSON.stringify(e);
    }
    // Read like any other entry next: a good one is kept, a bad one set aside, a newer one left.
    moved = put(s, `${RECENT_PREFIX}${newId()}`, entry) && moved;
  }
  if (moved) drop(s, LEGACY_RECENT_KEY);
}

/**
 * Reads the recent scenarios, newest first. A damaged entry is set aside and a newer-version one
 * left in place, each reported once in `notes`; the good ones are always returned.
 */
export function loadRecent(s: KeyValueStore): { recent: Recent[]; notes: string[] } {
  const notes: string[] = [];
  moveLegacy(s, notes);
  const recent: Recent[] = [];
  let [newer, aside, stuck] = [0, 0, 0];
  for (const key of keysWith(s, RECENT_PREFIX)) {
    const raw = get(s, key);
    if (raw === null) continue;
    const r = readRecent(key.slice(RECENT_PREFIX.length), raw);
    if (r.ok) recent.push(r.value);
    else if (r.newer) newer += firstNotice(s, key) ? 1 : 0;
    else if (setAside(s, key, raw)) aside++;
    else stuck++;
  }
  if (newer)
    notes.push(
      `${count(newer, 'recent scenario', 'recent scenarios')} saved by a newer version of Trendelenburg Lab ${newer === 1 ? 'is' : 'are'} kept for it (not shown here).`,
    );
  if (aside)
    notes.push(
      `${count(aside, 'stored recent scenario', 'stored recent scenarios')} could not be read and ${aside === 1 ? 'was' : 'were'} set aside (see "Set-aside data"); the others are kept.`,
    );
  if (stuck)
    notes.push(
      `${count(stuck, 'stored recent scenario', 'stored recent scenarios')} could not be read and ${stuck === 1 ? 'is' : 'are'} left as stored.`,
    );
  recent.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
  return { recent, notes };
}

/** What remembering gave: the new list, and the names of the oldest that gave way to the cap. */
export type Remembered =
  | { readonly ok: true; readonly recent: Recent[]; readonly dropped: string[]; notes: string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Keeps a scenario under a new id, then lets the oldest beyond {@link CAPS}.recentScenarios give
 * way (only entries this version reads). A scenario that would not read back is refused.
 */
export function remember(s: KeyValueStore, entry: Omit<Recent, 'id'>): Remembered {
  const problem = scenarioProblem(entry.scenario);
  if (problem) return { ok: false, reason: `it could not be read back (${problem})` };
  const r: Recent = { ...entry, id: newId(), name: entry.name.slice(0, CAPS.nameChars) };
  if (!put(s, `${RECENT_PREFIX}${r.id}`, recentText(r)))
    return { ok: false, reason: 'the browser storage is full or blocked' };
  const { recent, notes } = loadRecent(s);
  const old = recent.slice(CAPS.recentScenarios);
  for (const o of old) drop(s, `${RECENT_PREFIX}${o.id}`);
  return {
    ok: true,
    recent: recent.slice(0, CAPS.recentScenarios),
    dropped: old.map((o) => o.name),
    notes,
  };
}

/** Forgets a recent scenario. */
export function forget(s: KeyValueStore, id: string): void {
  drop(s, `${RECENT_PREFIX}${id}`);
}

// ---------------------------------------------------------------------------------------------
// The sequence

/** The sequence stored under `key` if it reads; undefined otherwise. */
export function storedSequence(s: KeyValueStore, key = SEQUENCE_KEY): Sequence | undefined {
  const raw = get(s, key);
  const r = raw === null ? undefined : readFile(raw);
  return r?.ok && r.kind === 'sequence' ? r.sequence : undefined;
}

/**
 * Reads the stored sequence. A damaged one is set aside, one from a newer version left in place
 * (each reported once in `notes`); the app then shows the built-in one.
 */
export function loadSequence(s: KeyValueStore): { sequence?: Sequence; notes: string[] } {
  const raw = get(s, SEQUENCE_KEY);
  if (raw === null) return { notes: [] };
  const r = readFile(raw);
  if (r.ok && r.kind === 'sequence') return { sequence: r.sequence, notes: [] };
  if (!r.ok && r.newer)
    return {
      notes: firstNotice(s, SEQUENCE_KEY)
        ? [
            'The stored lecture sequence comes from a newer version of Trendelenburg Lab and is kept for it; this version shows the built-in one.',
          ]
        : [],
    };
  const why = r.ok ? 'it is not a sequence' : r.reason.replace(/\.$/, '');
  return {
    notes: [
      setAside(s, SEQUENCE_KEY, raw)
        ? `The stored lecture sequence could not be read (${why}) and was set aside; showing the built-in one.`
        : `The stored lecture sequence could not be read (${why}); showing the built-in one.`,
    ],
  };
}

/**
 * Stores a sequence (which must read back: see `sequenceProblem`). Returns why not when the
 * browser refuses, or when the stored one belongs to a newer version (left for it).
 */
export function saveSequence(
  s: KeyValueStore,
  q: Sequence,
  key = SEQUENCE_KEY,
): string | undefined {
  const raw = get(s, key);
  if (raw !== null) {
    const r = readFile(raw);
    if (!r.ok && r.newer)
      return 'The stored sequence belongs to a newer version of Trendelenburg Lab and is kept for it: this change is not saved (export the sequence to a file to keep it).';
    if (!r.ok) setAside(s, key, raw);
  }
  return put(s, key, sequenceFileText(q))
    ? undefined
    : 'The browser storage is full or blocked: the sequence was not saved (export it to a file instead).';
}

// ---------------------------------------------------------------------------------------------
// Set-aside entries

/** Every set-aside entry, by key. */
export function setAsideEntries(s: KeyValueStore): Record<string, string> {
  return Object.fromEntries(keysWith(s, SET_ASIDE_PREFIX).map((k) => [k, get(s, k) ?? '']));
}

/** Deletes every set-aside entry (after the user has chosen to). */
export function discardSetAside(s: KeyValueStore): void {
  for (const k of keysWith(s, SET_ASIDE_PREFIX)) drop(s, k);
}
