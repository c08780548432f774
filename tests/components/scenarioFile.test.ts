import { describe, expect, it } from 'vitest';
import { applyPreset, CAPS, DEFAULT_STANCE } from '../../sim/index.ts';
import {
  FILE_VERSION,
  readFile,
  scenarioFileText,
  sequenceFileText,
  sequenceProblem,
} from '../../src/lib/scenarioFile.ts';
import { DEFAULT_SEQUENCE } from '../../src/lib/sequence.ts';

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

describe('sequence files', () => {
  const step = DEFAULT_SEQUENCE.steps[0]!;
  const withSteps = (n: number) => ({
    title: 'Long',
    steps: Array.from({ length: n }, (_, i) => ({ ...step, id: `s${i}` })),
  });

  it('keep each step’s id, and give a step without one, or with a taken one, a new id', () => {
    const data = JSON.parse(sequenceFileText(withSteps(3)));
    delete data.steps[0].id;
    data.steps[2].id = 's1';
    const r = readFile(JSON.stringify(data));
    expect(r.ok && r.kind === 'sequence').toBe(true);
    if (!r.ok || r.kind !== 'sequence') return;
    const ids = r.sequence.steps.map((st) => st.id);
    expect(ids[1]).toBe('s1');
    expect(new Set(ids).size).toBe(3);
  });

  it(`hold at most ${CAPS.sequenceSteps} steps, the same cap as the editor`, () => {
    expect(sequenceProblem(withSteps(CAPS.sequenceSteps))).toBeUndefined();
    expect(sequenceProblem(withSteps(CAPS.sequenceSteps + 1))).toContain(
      `more than ${CAPS.sequenceSteps} steps`,
    );
  });

  it('say a file from a newer version is newer, to leave it alone in storage', () => {
    const r = readFile(sequenceFileText(DEFAULT_SEQUENCE).replace('"version": 1', '"version": 3'));
    expect(!r.ok && r.newer).toBe(true);
  });

  it(`count the file cap in bytes of UTF-8 (${CAPS.fileBytes / 1e6} MB)`, () => {
    // 400,000 characters of three bytes each: 1.2 MB.
    const caption = '€'.repeat(400_000);
    const r = readFile(
      JSON.stringify({ ...JSON.parse(sequenceFileText(DEFAULT_SEQUENCE)), caption }),
    );
    expect(!r.ok && r.reason).toContain('larger than 1 MB');
  });
});
