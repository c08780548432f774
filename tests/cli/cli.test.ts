import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_STANCE, solveStance } from '../../sim/index.ts';
import { stanceReport } from '../../cli/report/stance.ts';
import { expectRefusal, sim } from './run.ts';

describe('sim stance', () => {
  it('prints one JSON object with the contract fields for a healthy adult', () => {
    const r = sim('stance');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    for (const key of [
      'bodyMassKg',
      'pelvicDropDeg',
      'trunkLeanDeg',
      'abductorMomentRequiredNm',
      'abductorMomentCapacityNm',
      'abductorForceN',
      'abductorForceBW',
      'hipContactForceN',
      'hipContactForceBW',
      'hipContactAngleDeg',
      'bodyWeightMomentArmM',
      'abductorMomentArmM',
      'trendelenburg',
      'muscles',
    ])
      expect(out, key).toHaveProperty(key);
    for (const m of out.muscles)
      for (const key of [
        'id',
        'name',
        'nerve',
        'strengthPct',
        'activation',
        'forceN',
        'momentArmM',
      ])
        expect(m, key).toHaveProperty(key);
    expect(out.trendelenburg).toBe('negative');
  });

  it('agrees with the model for a preset with explicit overrides and units', () => {
    const r = sim(
      'stance',
      '--preset',
      'sgn-palsy-complete',
      '--tfl',
      '50',
      '--mass',
      '154 lb',
      '--stance-side',
      'left',
    );
    expect(r.code).toBe(0);
    const input = {
      ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!,
      stanceSide: 'left' as const,
      bodyMassKg: 154 * 0.45359237,
    };
    const expected = stanceReport(
      solveStance({ ...input, strength: { ...input.strength, tfl: 0.5 } }),
    );
    const out = JSON.parse(r.stdout);
    expect(out.pelvicDropDeg).toBeCloseTo(expected.pelvicDropDeg, 9);
    expect(out.hipContactForceN).toBeCloseTo(expected.hipContactForceN, 6);
    expect(out.bodyMassKg).toBeCloseTo(69.853, 3);
  });

  it.each([
    [['stance', '--mass', '-70'], 'must be between 30 and 200 kg'],
    [['stance', '--mass', 'heavy'], '--mass "heavy"'],
    [['stance', '--gmed', '150'], 'must be between 0 and 100 %'],
    [['stance', '--wings', '2'], 'unknown option --wings'],
    [['stance', '--preset', 'flu'], 'must be one of'],
    [['stance', '--mass'], '--mass needs a value'],
    [
      [
        'stance',
        '--cane',
        '0.2',
        '--load',
        '5',
        '--cane-hand',
        'ipsilateral',
        '--load-hand',
        'ipsilateral',
      ],
      'one hand',
    ],
    [['fly'], 'unknown command "fly"'],
    [[], 'no command given'],
    [['muscles'], 'needs --adduction'],
    [['muscles', '--adduction', '90'], 'between -45 and 45'],
  ])('exits 2 with one line on stderr and nothing on stdout for %j', (args, why) => {
    expectRefusal(args, why);
  });

  it('documents every option in --help', () => {
    const r = sim('--help');
    expect(r.code).toBe(0);
    for (const opt of [
      '--stance-side',
      '--mass',
      '--height',
      '--sex',
      '--gmed',
      '--gmin',
      '--tfl',
      '--preset',
      '--neck-shaft',
      '--cane',
      '--cane-hand',
      '--load',
      '--load-hand',
      '--compensation',
      '--adduction',
      '--affected-side',
      '--cadence',
      '--samples',
      '--format',
      '--param',
      '--steps',
    ])
      expect(r.stdout).toContain(opt);
  });
});

describe('sim muscles', () => {
  it('prints moment arm, length and maximum force of every part at an adduction angle', () => {
    const r = sim('muscles', '--adduction', '10');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    // The abductors, piriformis, gluteus maximus in three parts and the five adductor parts.
    expect(out.muscles).toHaveLength(16);
    for (const m of out.muscles.filter(
      (p: { nerve: string }) => p.nerve === 'superior gluteal nerve',
    )) {
      expect(m.momentArmM).toBeGreaterThan(0.02);
      expect(m.lengthM).toBeGreaterThan(0.05);
      expect(m.maxForceN).toBeGreaterThan(0);
    }
  });

  it('shows paralysed muscles with no active force', () => {
    const out = JSON.parse(
      sim('muscles', '--adduction', '0', '--preset', 'sgn-palsy-complete').stdout,
    );
    const blocked = out.muscles.filter(
      (p: { nerve: string }) => p.nerve === 'superior gluteal nerve',
    );
    expect(blocked).toHaveLength(7);
    for (const m of blocked) expect(m.maxForceN).toBe(0);
    for (const m of out.muscles.filter(
      (p: { nerve: string }) => p.nerve !== 'superior gluteal nerve',
    ))
      expect(m.maxForceN).toBeGreaterThan(0);
  });
});
