/**
 * The recent scenarios in browser storage: one entry per key, each with its own id (so two
 * windows remembering at once both keep theirs), stored as its scenario file with a name and a
 * time. A damaged entry is set aside and a newer-version one left for that version, each
 * reported once; version 0.1's single list is moved to one entry each.
 */
import { CAPS } from '../../sim/index.ts';
import { newId } from './ids.ts';
import { readFile, scenarioFileText } from './scenarioFile.ts';
import { scenarioProblem, type Mode, type Scenario } from './scenario.ts';
import {
  drop,
  firstNotice,
  get,
  keysWith,
  LEGACY_RECENT_KEY,
  put,
  RECENT_PREFIX,
  setAside,
  type KeyValueStore,
} from './storage.ts';

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

/** "1 recent scenario", "2 recent scenarios". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
