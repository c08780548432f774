/**
 * Local storage of recent scenarios and of the lecturer's sequence. Everything read back is
 * validated like a file; corrupted storage is detected, reset, and reported in a note — never a
 * blank page. A failed write (full or blocked storage) changes nothing and is reported.
 */
import { readFile, scenarioFileText, sequenceFileText, type Sequence } from './scenarioFile.ts';
import type { Mode, Scenario } from './scenario.ts';

export const RECENT_KEY = 'trendelenburg-lab/recent';
export const SEQUENCE_KEY = 'trendelenburg-lab/sequence';
const MAX_RECENT = 8;

/** A remembered scenario. */
export interface Recent {
  readonly name: string;
  readonly savedAt: string;
  readonly scenario: Scenario;
  readonly mode: Mode;
}

/** The storage the app uses (window.localStorage, or a stand-in in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function store(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads the recent scenarios; a corrupted list is removed and reported in `note`. */
export function loadRecent(s: KeyValueStore | undefined = store()): {
  recent: Recent[];
  note?: string;
} {
  let raw: string | null;
  try {
    raw = s?.getItem(RECENT_KEY) ?? null;
  } catch {
    return {
      recent: [],
      note: 'The browser does not let this page use its storage: recent scenarios are not kept.',
    };
  }
  if (raw === null) return { recent: [] };
  try {
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) throw new Error('not a list');
    const recent = list.slice(0, MAX_RECENT).map((e): Recent => {
      if (typeof e !== 'object' || e === null) throw new Error('bad entry');
      const { name, savedAt, file } = e as Record<string, unknown>;
      if (typeof name !== 'string' || typeof savedAt !== 'string' || typeof file !== 'string')
        throw new Error('bad entry');
      const r = readFile(file);
      if (!r.ok || r.kind !== 'scenario') throw new Error('bad scenario');
      return { name: name.slice(0, 80), savedAt, scenario: r.scenario, mode: r.mode };
    });
    return { recent };
  } catch {
    try {
      s?.removeItem(RECENT_KEY);
    } catch {
      /* nothing more to do */
    }
    return { recent: [], note: 'The stored recent scenarios were damaged and have been cleared.' };
  }
}

/** Adds a scenario to the recent list (newest first); returns the new list or a reason. */
export function remember(
  entry: Recent,
  current: readonly Recent[],
  s: KeyValueStore | undefined = store(),
): { recent: Recent[]; note?: string } {
  const recent = [entry, ...current.filter((r) => r.name !== entry.name)].slice(0, MAX_RECENT);
  try {
    s?.setItem(
      RECENT_KEY,
      JSON.stringify(
        recent.map((r) => ({
          name: r.name,
          savedAt: r.savedAt,
          file: scenarioFileText(r.scenario, r.mode),
        })),
      ),
    );
    return { recent };
  } catch {
    return {
      recent: [...current],
      note: 'The browser storage is full or blocked: the scenario was not remembered.',
    };
  }
}

/** Reads the stored sequence; a corrupted one is removed and reported. */
export function loadSequence(s: KeyValueStore | undefined = store()): {
  sequence?: Sequence;
  note?: string;
} {
  let raw: string | null;
  try {
    raw = s?.getItem(SEQUENCE_KEY) ?? null;
  } catch {
    return {};
  }
  if (raw === null) return {};
  const r = readFile(raw);
  if (r.ok && r.kind === 'sequence') return { sequence: r.sequence };
  try {
    s?.removeItem(SEQUENCE_KEY);
  } catch {
    /* nothing more to do */
  }
  return {
    note: 'The stored lecture sequence was damaged and has been reset to the built-in one.',
  };
}

/** Stores a sequence; returns a note when the browser refuses. */
export function saveSequence(
  q: Sequence,
  s: KeyValueStore | undefined = store(),
): string | undefined {
  try {
    s?.setItem(SEQUENCE_KEY, sequenceFileText(q));
    return undefined;
  } catch {
    return 'The browser storage is full or blocked: the sequence was not saved (export it to a file instead).';
  }
}
