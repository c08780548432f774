/**
 * Browser storage of the lecturer's work: its keys, the store (the browser's, or one in memory),
 * the lecture sequence with the one it last replaced (for undo), and the entries set aside; the
 * recent scenarios are in src/lib/recents.ts. Everything read back is checked like a file. An
 * entry that cannot be read is set aside (moved, as its raw text, under a key of its own) and
 * reported once; one written by a newer version of the app is left where it is, for that version,
 * and reported once; the good entries are always kept. Every write is read back; a refused one
 * (full or blocked storage) changes nothing and is reported.
 */
import { newId } from './ids.ts';
import { readFile, sequenceFileText, type Sequence } from './scenarioFile.ts';

export const PREFIX = 'trendelenburg-lab/';
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

export function get(s: KeyValueStore, key: string): string | null {
  try {
    return s.getItem(key);
  } catch {
    return null;
  }
}

/** Writes `text` and reads it back: false when the browser refused or lost it. */
export function put(s: KeyValueStore, key: string, text: string): boolean {
  try {
    s.setItem(key, text);
    return s.getItem(key) === text;
  } catch {
    return false;
  }
}

export function drop(s: KeyValueStore, key: string): void {
  try {
    s.removeItem(key);
  } catch {
    /* it stays: nothing is lost */
  }
}

/** Every key starting with `prefix`, sorted. */
export function keysWith(s: KeyValueStore, prefix: string): string[] {
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
export function setAside(s: KeyValueStore, key: string, raw: string): boolean {
  if (!put(s, `${SET_ASIDE_PREFIX}${key.slice(PREFIX.length)}/${newId()}`, raw)) return false;
  drop(s, key);
  return true;
}

/** True the first time newer-version entry `key` is met (it is then remembered as reported). */
export function firstNotice(s: KeyValueStore, key: string): boolean {
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
