import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../data/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('every data file', () => {
  it('exists', () => expect(files.length).toBeGreaterThanOrEqual(5));

  for (const f of files) {
    it(`${f} names its source, licence and units`, () => {
      const doc = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      expect(typeof doc.source).toBe('string');
      expect(doc.source.length).toBeGreaterThan(20);
      expect(typeof doc.licence).toBe('string');
      expect(typeof doc.units).toBe('object');
    });
  }

  it('muscles.json gives every part positive force and lengths, a nerve and roots', () => {
    const doc = JSON.parse(readFileSync(new URL('muscles.json', dir), 'utf8'));
    expect(doc.muscles).toHaveLength(16);
    for (const m of doc.muscles) {
      expect(m.maxIsometricForceN).toBeGreaterThan(0);
      expect(m.optimalFibreLengthM).toBeGreaterThan(0);
      expect(m.tendonSlackLengthM).toBeGreaterThan(0);
      expect(m.pennationAtOptimalDeg).toBeGreaterThanOrEqual(0);
      expect(m.path.length).toBeGreaterThanOrEqual(2);
      expect(m.nerve).toMatch(/nerve/);
      expect(m.roots.length).toBeGreaterThan(0);
    }
  });

  it('the normative gait curves have lower ≤ upper bands over 0-100 %', () => {
    const doc = JSON.parse(readFileSync(new URL('normative-gait-cgm23.json', dir), 'utf8'));
    const pct: number[] = doc.curves.gaitCyclePct;
    expect(pct[0]).toBe(0);
    expect(pct.at(-1)).toBe(100);
    for (const [name, band] of Object.entries(doc.curves)) {
      if (name === 'gaitCyclePct') continue;
      const { lower, upper } = band as { lower: number[]; upper: number[] };
      expect(lower).toHaveLength(pct.length);
      lower.forEach((v, i) => expect(v).toBeLessThanOrEqual(upper[i]!));
    }
  });

  it('presets.json describes every preset in one line', () => {
    const doc = JSON.parse(readFileSync(new URL('presets.json', dir), 'utf8'));
    for (const p of doc.presets) {
      expect(p.description.length).toBeGreaterThan(20);
      expect(p.description).not.toContain('\n');
    }
  });
});
