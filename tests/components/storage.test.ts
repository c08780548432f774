import { describe, expect, it } from 'vitest';
import { remember } from '../../src/lib/recents.ts';
import type { Scenario } from '../../src/lib/scenario.ts';
import { sequenceFileText } from '../../src/lib/scenarioFile.ts';
import { DEFAULT_SEQUENCE } from '../../src/lib/sequence.ts';
import {
  browserStore,
  loadSequence,
  NOTICED_KEY,
  saveSequence,
  SEQUENCE_KEY,
  SET_ASIDE_PREFIX,
  setAsideEntries,
  type KeyValueStore,
} from '../../src/lib/storage.ts';
import { DEFAULT_STANCE } from '../../sim/index.ts';
import { memoryStore } from './memoryStore.ts';

const normal: Scenario = { stance: DEFAULT_STANCE, affectedSide: 'right', presetId: undefined };
const asideTexts = (s: KeyValueStore) => Object.values(setAsideEntries(s));

describe('the sequence in storage', () => {
  it('is stored and read back with its step ids', () => {
    const s = memoryStore();
    expect(saveSequence(s, DEFAULT_SEQUENCE)).toBeUndefined();
    const back = loadSequence(s).sequence!;
    expect(back.steps.map((st) => st.id)).toEqual(DEFAULT_SEQUENCE.steps.map((st) => st.id));
    expect(sequenceFileText(back)).toBe(sequenceFileText(DEFAULT_SEQUENCE));
  });

  // Issue 11, defect 4: a newer-version sequence used to be deleted.
  it('leaves one from a newer version untouched, says so once, and does not write over it', () => {
    const newer = sequenceFileText(DEFAULT_SEQUENCE).replace('"version": 1', '"version": 2');
    const s = memoryStore({ [SEQUENCE_KEY]: newer });
    const first = loadSequence(s);
    expect(first.sequence).toBeUndefined();
    expect(first.notes.join(' ')).toContain('newer version');
    expect(loadSequence(s).notes).toEqual([]);
    expect(saveSequence(s, DEFAULT_SEQUENCE)).toContain('newer version');
    expect(s.data[SEQUENCE_KEY]).toBe(newer);
    expect(s.data[NOTICED_KEY]).toContain(SEQUENCE_KEY);
  });

  it('sets a damaged one aside as its raw text and says why', () => {
    const s = memoryStore({ [SEQUENCE_KEY]: '[1,2' });
    const r = loadSequence(s);
    expect(r.sequence).toBeUndefined();
    expect(r.notes.join(' ')).toContain('not valid JSON');
    expect(s.data[SEQUENCE_KEY]).toBeUndefined();
    expect(asideTexts(s)).toEqual(['[1,2']);
    expect(Object.keys(setAsideEntries(s))[0]).toMatch(new RegExp(`^${SET_ASIDE_PREFIX}sequence/`));
  });
});

describe('storage the browser refuses', () => {
  it('keeps what it had when a write is refused, and says so', () => {
    const quota: KeyValueStore = {
      ...memoryStore(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const r = remember(quota, { name: 'a', savedAt: 't', scenario: normal, mode: 'stance' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('full or blocked');
    expect(saveSequence(quota, DEFAULT_SEQUENCE)).toContain('not saved');
  });

  // Issue 11, defect 7: reading blocked storage failed silently.
  it('is reported as blocked when the page may not use it', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(browserStore()).toBeUndefined();
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});
