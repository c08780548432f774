import { describe, expect, it } from 'vitest';
import { expectRefusal, sim } from './run.ts';

const COLUMNS = [
  'cyclePct',
  'pelvicObliquityDeg',
  'trunkLeanDeg',
  'rightHipAdductionDeg',
  'leftHipAdductionDeg',
  'rightHipAbductorMomentNmPerKg',
  'leftHipAbductorMomentNmPerKg',
  'rightHipContactForceBW',
  'leftHipContactForceBW',
  'phase',
];

describe('sim gait', () => {
  it('prints 101 samples from 0 to 100 % by default, with the contract fields', () => {
    const r = sim('gait');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.samples).toHaveLength(101);
    expect(out.samples[0].cyclePct).toBe(0);
    expect(out.samples[100].cyclePct).toBe(100);
    expect(Object.keys(out.samples[0])).toEqual(COLUMNS);
  });

  it('prints the same columns as CSV with a header row', () => {
    const r = sim('gait', '--samples', '11', '--format', 'csv', '--preset', 'sgn-palsy-complete');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[0]).toBe(COLUMNS.join(','));
    const json = JSON.parse(
      sim('gait', '--samples', '11', '--preset', 'sgn-palsy-complete').stdout,
    );
    const row3 = lines[3]!.split(',');
    expect(Number(row3[1])).toBeCloseTo(json.samples[2].pelvicObliquityDeg, 9);
  });

  it.each([
    [['gait', '--samples', '1'], '--samples "1": must be between 2 and 10001'],
    [['gait', '--samples', '2.5'], 'whole number'],
    [['gait', '--format', 'xml'], 'must be one of json, csv'],
    [['gait', '--affected-side', 'middle'], 'must be one of left, right, both'],
    [['gait', '--stance-side', 'left'], 'use --affected-side'],
    [['gait', '--gmed', '-1'], 'between 0 and 100'],
    [
      ['sweep', '--param', 'wings', '--from', '0', '--to', '1', '--steps', '2'],
      'must be one of gmed',
    ],
    [['sweep', '--param', 'gmed', '--from', '0', '--to', '100'], 'sweep needs --steps'],
    [
      ['sweep', '--param', 'gmed', '--from', '0', '--to', '200', '--steps', '3'],
      'between 0 and 100',
    ],
    [
      [
        'sweep',
        '--param',
        'mass',
        '--from',
        '30',
        '--to',
        '200',
        '--steps',
        '3',
        '--height',
        '1.2',
      ],
      'body-mass index',
    ],
  ])('exits 2 with one line on stderr for %j', (args, why) => {
    expectRefusal(args, why);
  });
});

describe('sim sweep', () => {
  it.each([
    [
      ['sweep', '--param', 'gmed', '--from', '0', '--to', '100', '--steps', '1'],
      '--steps 1 gives one value',
    ],
    [
      ['sweep', '--param', 'gmed', '--from', '0', '--to', '100', '--steps', '3', '--gmed', '50'],
      '--gmed is what --param gmed sweeps',
    ],
    [
      ['sweep', '--param', 'abductors', '--from', '0', '--to', '100', '--steps', '3', '--tfl', '5'],
      '--tfl is what --param abductors sweeps',
    ],
    [
      ['sweep', '--param', 'gmed', '--from', '0', '--to', '1', '--steps', '2', '--samples', '5'],
      '--samples has no meaning for sweep',
    ],
  ])('refuses options it would ignore: %j', (args, why) => {
    expectRefusal(args, why);
  });

  it('takes --steps 1 when --from and --to agree', () => {
    const r = sim('sweep', '--param', 'gmed', '--from', '40', '--to', '40', '--steps', '1');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('prints one CSV row per value whose stance fields agree with single stance calls', () => {
    const r = sim('sweep', '--param', 'gmed', '--from', '0', '--to', '100', '--steps', '3');
    expect(r.code).toBe(0);
    const [header, ...rows] = r.stdout.trim().split('\n');
    const cols = header!.split(',');
    expect(rows).toHaveLength(3);
    for (const key of [
      'param',
      'value',
      'pelvicDropDeg',
      'hipContactForceBW',
      'peakPelvicDropDeg',
      'peakTrunkLeanDeg',
      'peakHipContactForceBW',
    ])
      expect(cols).toContain(key);
    const mid = Object.fromEntries(rows[1]!.split(',').map((v, i) => [cols[i], v]));
    const single = JSON.parse(sim('stance', '--gmed', '50').stdout);
    expect(Number(mid.hipContactForceBW)).toBeCloseTo(single.hipContactForceBW, 9);
  });

  it('prints JSON rows on request', () => {
    const out = JSON.parse(
      sim(
        'sweep',
        '--param',
        'cane',
        '--from',
        '0',
        '--to',
        '0.2',
        '--steps',
        '3',
        '--format',
        'json',
      ).stdout,
    );
    expect(out.rows).toHaveLength(3);
    expect(out.rows[2].hipContactForceBW).toBeLessThan(out.rows[0].hipContactForceBW);
  });
});
