import { describe, expect, it } from 'vitest';
import { applyPreset, CAPS, DEFAULT_STANCE } from '../../sim/index.ts';
import type { Scenario } from '../../src/lib/scenario.ts';
import { scenarioFileText } from '../../src/lib/scenarioFile.ts';
import { forget, loadRecent, remember } from '../../src/lib/recents.ts';
import {
  LEGACY_RECENT_KEY,
  RECENT_PREFIX,
  setAsideEntries,
  type KeyValueStore,
} from '../../src/lib/storage.ts';
import { memoryStore } from './memoryStore.ts';

const normal: Scenario = { stance: DEFAULT_STANCE, affectedSide: 'right', presetId: undefined };
const palsy: Scenario = {
  stance: { ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-partial')!, bodyMassKg: 81 },
  affectedSide: 'left',
  presetId: undefined,
};
const entry = (name: string, savedAt = '2026-01-01T10:00:00.000Z', scenario = normal) => ({
  name,
  savedAt,
  scenario,
  mode: 'stance' as const,
});
const names = (s: KeyValueStore) => loadRecent(s).recent.map((r) => r.name);
const asideTexts = (s: KeyValueStore) => Object.values(setAsideEntries(s));

/** A stored recent entry as the app writes it, with its file's fields changed by `patch`. */
function storedEntry(name: string, patch: Record<string, unknown> = {}): string {
  const file = JSON.parse(scenarioFileText(normal, 'stance'));
  return JSON.stringify({ ...file, ...patch, name, savedAt: '2026-01-01T00:00:00.000Z' });
}

describe('recent scenarios in storage', () => {
  it('keep each scenario under its own key and read them back newest first', () => {
    const s = memoryStore();
    expect(remember(s, entry('a', '2026-01-01T10:00:00.000Z', palsy)).ok).toBe(true);
    const b = remember(s, entry('b', '2026-01-02T10:00:00.000Z'));
    expect(b.ok && b.recent.map((r) => r.name)).toEqual(['b', 'a']);
    expect(Object.keys(s.data).filter((k) => k.startsWith(RECENT_PREFIX))).toHaveLength(2);
    const back = loadRecent(s);
    expect(back.notes).toEqual([]);
    expect(back.recent.map((r) => r.name)).toEqual(['b', 'a']);
    expect(back.recent[1]!.scenario.stance.bodyMassKg).toBe(81);
    expect(back.recent[1]!.scenario.affectedSide).toBe('left');
    expect(new Set(back.recent.map((r) => r.id)).size).toBe(2);
  });

  it('keep two scenarios of the same name apart, by id', () => {
    const s = memoryStore();
    remember(s, entry('x'));
    remember(s, entry('x'));
    const r = loadRecent(s).recent;
    expect(r.map((e) => e.name)).toEqual(['x', 'x']);
    expect(r[0]!.id).not.toBe(r[1]!.id);
    forget(s, r[0]!.id);
    expect(loadRecent(s).recent.map((e) => e.id)).toEqual([r[1]!.id]);
  });

  // Issue 11, defect 5: two windows remembering at once; the last writer used to win.
  it('lose nothing when two windows remember scenarios, each from its own stale list', () => {
    const s = memoryStore();
    remember(s, entry('from window A', '2026-01-01T10:00:00.000Z'));
    remember(s, entry('from window B', '2026-01-01T10:00:01.000Z'));
    expect(names(s)).toEqual(['from window B', 'from window A']);
  });

  // Issue 11, defect 1: a state the rules refuse was stored, and wiped everything on reload.
  it('refuse a scenario that would not read back, and keep the others', () => {
    const s = memoryStore();
    remember(s, entry('good'));
    const thin = { ...normal, stance: { ...DEFAULT_STANCE, bodyMassKg: 30 } };
    const r = remember(s, entry('thin', 't', thin));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('body-mass index');
    expect(names(s)).toEqual(['good']);
  });

  // Issue 11, defect 4: one bad or newer entry used to delete every recent scenario.
  it('set a damaged entry aside, leave a newer one in place, and keep the good ones', () => {
    const bad = storedEntry('bad', { scenario: { gmed: '101' } });
    const newer = storedEntry('newer', { version: 2 });
    const s = memoryStore({
      [`${RECENT_PREFIX}good`]: storedEntry('good'),
      [`${RECENT_PREFIX}bad`]: bad,
      [`${RECENT_PREFIX}newer`]: newer,
    });
    const r = loadRecent(s);
    expect(r.recent.map((e) => e.name)).toEqual(['good']);
    expect(r.notes.join(' ')).toContain('newer version');
    expect(r.notes.join(' ')).toContain('set aside');
    expect(s.data[`${RECENT_PREFIX}newer`]).toBe(newer);
    expect(s.data[`${RECENT_PREFIX}bad`]).toBeUndefined();
    expect(asideTexts(s)).toEqual([bad]);
    // Reported once: the next load is quiet, and changes nothing.
    const again = loadRecent(s);
    expect(again.notes).toEqual([]);
    expect(again.recent.map((e) => e.name)).toEqual(['good']);
    expect(s.data[`${RECENT_PREFIX}newer`]).toBe(newer);
  });

  it('move the one list of version 0.1 to an entry each, setting the bad ones aside', () => {
    const file = JSON.parse(scenarioFileText(normal, 'stance'));
    const legacy = JSON.stringify([
      { name: 'good', savedAt: 't1', file: JSON.stringify(file) },
      { name: 'newer', savedAt: 't2', file: JSON.stringify({ ...file, version: 2 }) },
      { name: 'bad', savedAt: 't3', file: JSON.stringify({ ...file, scenario: { gmed: '101' } }) },
      'junk',
    ]);
    const s = memoryStore({ [LEGACY_RECENT_KEY]: legacy });
    expect(names(s)).toEqual(['good']);
    expect(s.data[LEGACY_RECENT_KEY]).toBeUndefined();
    expect(Object.values(s.data).join(' ')).toContain('"version":2');
    expect(asideTexts(s)).toHaveLength(2);
  });

  it('set aside a legacy list that is not a list at all, without losing it', () => {
    const s = memoryStore({ [LEGACY_RECENT_KEY]: '{definitely not json' });
    expect(loadRecent(s).notes.join(' ')).toContain('set aside');
    expect(asideTexts(s)).toEqual(['{definitely not json']);
  });

  it(`keep at most ${CAPS.recentScenarios}, the oldest giving way by name`, () => {
    const s = memoryStore();
    for (let i = 0; i < CAPS.recentScenarios; i++)
      remember(s, entry(`s${i}`, `2026-01-01T10:00:${String(i).padStart(2, '0')}.000Z`));
    const r = remember(s, entry('newest', '2026-01-02T00:00:00.000Z'));
    expect(r.ok && r.dropped).toEqual(['s0']);
    expect(names(s)).toHaveLength(CAPS.recentScenarios);
  });
});
