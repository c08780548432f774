import { describe, expect, it } from 'vitest';
import { sim } from './run.ts';

describe('sim nerve-block', () => {
  it('prints the time course from a level, healthy stance to the palsy, ending at the static drop', () => {
    const r = sim(
      'nerve-block',
      '--preset',
      'sgn-palsy-complete',
      '--duration',
      '4',
      '--samples',
      '9',
    );
    expect(r.code).toBe(0);
    const { samples } = JSON.parse(r.stdout);
    expect(samples).toHaveLength(9);
    expect(samples[0].timeS).toBe(0);
    expect(samples[8].timeS).toBe(4);
    expect(samples[0].pelvicDropDeg).toBe(0);
    const stance = JSON.parse(sim('stance', '--preset', 'sgn-palsy-complete').stdout);
    expect(Math.abs(samples[8].pelvicDropDeg - stance.pelvicDropDeg)).toBeLessThan(0.5);
    for (const key of ['trunkLeanDeg', 'hipContactForceBW', 'abductorMomentNm'])
      expect(typeof samples[8][key]).toBe('number');
  });

  it('writes CSV and refuses options of other commands with one line and exit 2', () => {
    const csv = sim('nerve-block', '--samples', '3', '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(
      /^timeS,pelvicDropDeg,trunkLeanDeg,hipContactForceBW/,
    );
    const bad = sim('nerve-block', '--n', '10');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(sim('nerve-block', '--duration', '0').code).toBe(2);
  });
});

describe('sim population', () => {
  it('is deterministic by seed and reports the share with a positive sign', () => {
    const a = sim('population', '--preset', 'sgn-palsy-partial', '--n', '200', '--seed', '4');
    const b = sim('population', '--preset', 'sgn-palsy-partial', '--n', '200', '--seed', '4');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const p = JSON.parse(a.stdout);
    expect(p.n).toBe(200);
    expect(p.seed).toBe(4);
    expect(p.positiveFraction).toBeGreaterThan(0);
    expect(p.positiveFraction).toBeLessThan(1);
    expect(p.pelvicDropDeg.p95).toBeGreaterThanOrEqual(p.pelvicDropDeg.p50);
    expect(Object.keys(p.hipContactForceBW)).toEqual(['p5', 'p50', 'p95']);
  });

  it('refuses a non-integer count', () => {
    expect(sim('population', '--n', '2.5').code).toBe(2);
  });
});

describe('sim validate', () => {
  it('prints the validation table as JSON and Markdown', () => {
    const rows = JSON.parse(sim('validate').stdout).rows;
    expect(rows.length).toBeGreaterThan(10);
    const md = sim('validate', '--format', 'md').stdout;
    expect(md.split('\n')[0]).toBe('| quantity | model | published | source | holds |');
  });
});
