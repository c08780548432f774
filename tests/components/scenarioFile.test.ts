import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_STANCE } from '../../sim/index.ts';
import {
  FILE_VERSION,
  readFile,
  scenarioFileText,
  sequenceFileText,
} from '../../src/lib/scenarioFile.ts';
import { DEFAULT_SEQUENCE } from '../../src/lib/sequence.ts';
import {
  loadRecent,
  loadSequence,
  remember,
  RECENT_KEY,
  SEQUENCE_KEY,
  saveSequence,
  type KeyValueStore,
} from '../../src/lib/storage.ts';
import { memoryStore } from './memoryStore.ts';

const palsy = {
  stance: { ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-partial')!, bodyMassKg: 81 },
  affectedSide: 'left' as const,
  presetId: undefined,
};

describe('scenario files', () => {
  it('round-trip a scenario with its version and format', () => {
    const text = scenarioFileText(palsy, 'gait');
    expect(JSON.parse(text)).toMatchObject({
      format: 'trendelenburg-lab/scenario',
      version: FILE_VERSION,
      mode: 'gait',
    });
    const r = readFile(text);
    expect(r).toMatchObject({ ok: true, kind: 'scenario', mode: 'gait' });
    if (r.ok && r.kind === 'scenario') {
      expect(r.scenario.stance.bodyMassKg).toBe(81);
      expect(r.scenario.stance.strength.gmed).toBe(0.25);
      expect(r.scenario.affectedSide).toBe('left');
    }
  });

  it('round-trip the built-in sequence', () => {
    const r = readFile(sequenceFileText(DEFAULT_SEQUENCE));
    expect(r.ok && r.kind === 'sequence' && r.sequence.steps.length).toBe(4);
  });

  it.each([
    ['{ "format": "trendelenburg-lab/scenario", "version": 1, "scen', 'not valid JSON'],
    ['{"format":"something-else","version":1}', 'not a Trendelenburg Lab'],
    ['[1,2,3]', 'not a Trendelenburg Lab'],
    ['{"format":"trendelenburg-lab/scenario","version":2,"scenario":{}}', 'newer version'],
    ['{"format":"trendelenburg-lab/scenario","version":"1","scenario":{}}', 'no valid version'],
    [
      '{"format":"trendelenburg-lab/scenario","version":1,"scenario":{"gmed":"150"}}',
      'between 0 and 100',
    ],
    [
      '{"format":"trendelenburg-lab/scenario","version":1,"scenario":{"mass":"70 parsecs"}}',
      'not a known unit',
    ],
    [
      '{"format":"trendelenburg-lab/scenario","version":1,"scenario":{"wings":"2"}}',
      'unknown option',
    ],
    [
      '{"format":"trendelenburg-lab/scenario","version":1,"scenario":{"gmed":{"$gt":1}}}',
      'must be a number or text',
    ],
    ['{"format":"trendelenburg-lab/sequence","version":1,"steps":[]}', 'no steps'],
    [
      '{"format":"trendelenburg-lab/sequence","version":1,"steps":[{"caption":3,"scenario":{}}]}',
      'Step 1',
    ],
  ])('refuse %s with a clear message', (text, why) => {
    const r = readFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });

  it('refuse a huge file without parsing it', () => {
    const r = readFile(' '.repeat(2_000_000));
    expect(r.ok).toBe(false);
  });
});

describe('storage', () => {
  it('remembers recent scenarios newest first and reads them back', () => {
    const s = memoryStore();
    const list = remember(
      { name: 'a', savedAt: 't1', scenario: palsy, mode: 'stance' },
      [],
      s,
    ).recent;
    const after = remember(
      { name: 'b', savedAt: 't2', scenario: palsy, mode: 'gait' },
      list,
      s,
    ).recent;
    expect(after.map((r) => r.name)).toEqual(['b', 'a']);
    const back = loadRecent(s);
    expect(back.note).toBeUndefined();
    expect(back.recent.map((r) => r.name)).toEqual(['b', 'a']);
  });

  it('detects damaged storage, clears it and says so', () => {
    for (const junk of [
      '{not json',
      '"a string"',
      '[{"name":1}]',
      '[{"name":"x","savedAt":"t","file":"{}"}]',
    ]) {
      const s = memoryStore({ [RECENT_KEY]: junk });
      const r = loadRecent(s);
      expect(r.recent).toEqual([]);
      expect(r.note).toContain('damaged');
      expect(s.data[RECENT_KEY]).toBeUndefined();
    }
  });

  it('keeps what it had when the browser refuses to store', () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const r = remember({ name: 'a', savedAt: 't', scenario: palsy, mode: 'stance' }, [], full);
    expect(r.recent).toEqual([]);
    expect(r.note).toContain('not remembered');
    expect(saveSequence(DEFAULT_SEQUENCE, full)).toContain('not saved');
  });

  it('stores and reloads a sequence, and resets a damaged one', () => {
    const s = memoryStore();
    expect(saveSequence(DEFAULT_SEQUENCE, s)).toBeUndefined();
    expect(loadSequence(s).sequence?.steps).toHaveLength(4);
    s.data[SEQUENCE_KEY] = '{"format":"trendelenburg-lab/sequence","version":99}';
    expect(loadSequence(s).note).toContain('damaged');
  });
});
