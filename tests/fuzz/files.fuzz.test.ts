/**
 * Fuzzing scenario and sequence files and the browser storage that keeps them: random JSON,
 * truncated and mutated valid files, deeply nested and huge input. Each gets a clear refusal or a
 * valid result; nothing throws; damaged storage is set aside, never half-read and never lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPreset, checkCombination, DEFAULT_STANCE } from '../../sim/index.ts';
import {
  readFile,
  scenarioFileText,
  sequenceFileText,
  sequenceProblem,
} from '../../src/lib/scenarioFile.ts';
import { DEFAULT_SEQUENCE } from '../../src/lib/sequence.ts';
import { loadRecent } from '../../src/lib/recents.ts';
import {
  LEGACY_RECENT_KEY,
  loadSequence,
  RECENT_PREFIX,
  SEQUENCE_KEY,
  type KeyValueStore,
} from '../../src/lib/storage.ts';
import { memoryStore } from '../components/memoryStore.ts';

const valid = [
  scenarioFileText(
    {
      stance: applyPreset(DEFAULT_STANCE, 'sgn-palsy-partial')!,
      affectedSide: 'left',
      presetId: undefined,
    },
    'gait',
  ),
  sequenceFileText(DEFAULT_SEQUENCE),
];

function expectSane(text: string): void {
  const r = readFile(text);
  if (r.ok) {
    const scenarios =
      r.kind === 'scenario' ? [r.scenario] : r.sequence.steps.map((s) => s.scenario);
    for (const s of scenarios) expect(checkCombination(s.stance)).toBeUndefined();
  } else {
    expect(r.reason.length).toBeGreaterThan(0);
    expect(r.reason.length).toBeLessThan(400);
    expect(r.reason).not.toContain('\n');
  }
}

describe('scenario files under fuzzing', () => {
  it('give a valid result or a one-line refusal for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => expectSane(JSON.stringify(v))),
      { numRuns: 1500 },
    );
  });

  it('give a valid result or a one-line refusal for files with the right format but random content', () => {
    const header = fc.record(
      {
        format: fc.constantFrom('trendelenburg-lab/scenario', 'trendelenburg-lab/sequence'),
        version: fc.oneof(fc.constant(1), fc.integer(), fc.double(), fc.string()),
        mode: fc.oneof(fc.constantFrom('stance', 'gait'), fc.string()),
        title: fc.string(),
        scenario: fc.dictionary(
          fc.oneof(
            fc.constantFrom(
              'gmed',
              'gmin',
              'tfl',
              'mass',
              'height',
              'side',
              'cane',
              'load',
              'sex',
              'neck-shaft',
            ),
            fc.string(),
          ),
          fc.oneof(
            fc.string(),
            fc.double(),
            fc.integer(),
            fc.constant(null),
            fc.array(fc.integer()),
          ),
        ),
        steps: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }),
      },
      { requiredKeys: ['format'] },
    );
    fc.assert(
      fc.property(header, (h) => expectSane(JSON.stringify(h))),
      { numRuns: 1500 },
    );
  });

  it('refuse every truncation of a valid file cleanly', () => {
    for (const text of valid)
      for (let n = 0; n < text.length; n += Math.max(1, Math.floor(text.length / 200)))
        expectSane(text.slice(0, n));
  });

  it('survive random byte mutations of a valid file', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        fc.array(fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3 })), { maxLength: 6 }),
        (text, edits) => {
          let t = text;
          for (const [pos, s] of edits) {
            const i = pos % Math.max(1, t.length);
            t = t.slice(0, i) + s + t.slice(i + 1);
          }
          expectSane(t);
        },
      ),
      { numRuns: 800 },
    );
  });

  it('refuse deeply nested and huge input without crashing', () => {
    expectSane(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expectSane(
      `{"format":"trendelenburg-lab/scenario","version":1,"scenario":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`,
    );
    expectSane(
      `{"format":"trendelenburg-lab/sequence","version":1,"steps":[${Array(5000).fill('{}').join(',')}]}`,
    );
    expect(readFile(`"${'x'.repeat(2_000_000)}"`).ok).toBe(false);
  });
});

describe('browser storage under fuzzing', () => {
  const raw = fc.oneof(
    fc.string(),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.constantFrom(...valid),
    fc.constantFrom(...valid).map((t) => t.replace('"version": 1', '"version": 2')),
  );

  it('reads anything back as valid entries, and loses no stored text', () => {
    fc.assert(
      fc.property(raw, raw, raw, (a, b, legacy) => {
        const s = memoryStore({
          [`${RECENT_PREFIX}a`]: a,
          [SEQUENCE_KEY]: b,
          [LEGACY_RECENT_KEY]: legacy,
        });
        const r = loadRecent(s);
        for (const e of r.recent) expect(checkCombination(e.scenario.stance)).toBeUndefined();
        const q = loadSequence(s);
        if (q.sequence) expect(sequenceProblem(q.sequence)).toBeUndefined();
        // Every text stored under a key the app owns is still there, where it was or set aside.
        const kept = Object.values(s.data);
        expect(kept).toContain(a);
        expect(kept).toContain(b);
        for (const n of [...r.notes, ...q.notes]) expect(n).not.toContain('\n');
      }),
      { numRuns: 1000 },
    );
  });

  it('copes with storage that throws on every access', () => {
    const refuse = () => {
      throw new Error('SecurityError');
    };
    const hostile: KeyValueStore = {
      get length(): number {
        return refuse();
      },
      key: refuse,
      getItem: refuse,
      setItem: refuse,
      removeItem: refuse,
    };
    expect(loadRecent(hostile).recent).toEqual([]);
    expect(() => loadSequence(hostile)).not.toThrow();
  });
});
