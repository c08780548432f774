import { describe, expect, it } from 'vitest';
import {
  applyPreset,
  buildGait,
  DEFAULT_GAIT,
  DEFAULT_STANCE,
  normativeLimits,
  sampleCycle,
  sampleGait,
  stepGait,
  type GaitInput,
  type GaitSample,
} from '../../../sim/index.ts';

const DEG = Math.PI / 180;
const palsy = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;
const gaitOf = (over: Partial<GaitInput> = {}) => buildGait({ ...DEFAULT_GAIT, ...over });
const cycle = (over: Partial<GaitInput> = {}) => sampleCycle(gaitOf(over), 101);
const inPhase = (s: readonly GaitSample[], phase: GaitSample['phase']) =>
  s.filter((x) => x.phase === phase);
const argmax = (s: readonly GaitSample[], f: (x: GaitSample) => number) =>
  s.reduce((best, x) => (f(x) > f(best) ? x : best));

describe('healthy gait', () => {
  const s = cycle();

  it('keeps pelvic obliquity inside the normative band over (nearly) the whole cycle', () => {
    const inside = s.filter((x) => {
      const band = normativeLimits('pelvic_obliquity_deg', x.cycleFraction);
      const v = x.pelvicObliquityRad / DEG;
      return v >= band.lower - 1e-9 && v <= band.upper + 1e-9;
    });
    expect(inside.length / s.length).toBeGreaterThan(0.9);
  });

  it('has its positive obliquity peak in early right single support and its negative peak in right swing', () => {
    const top = argmax(s, (x) => x.pelvicObliquityRad);
    const bottom = argmax(s, (x) => -x.pelvicObliquityRad);
    expect(top.cycleFraction).toBeGreaterThan(0.1);
    expect(top.cycleFraction).toBeLessThan(0.3);
    expect(bottom.cycleFraction).toBeGreaterThan(0.6);
    expect(bottom.cycleFraction).toBeLessThan(0.8);
    expect(top.pelvicObliquityRad / DEG).toBeGreaterThan(4);
    expect(bottom.pelvicObliquityRad / DEG).toBeLessThan(-4);
  });

  it('has two stance peaks of the internal abductor moment in the normal range and ≈ 0 in swing', () => {
    const early = argmax(
      s.filter((x) => x.cycleFraction < 0.3),
      (x) => x.right.abductorMomentNmPerKg,
    );
    const late = argmax(
      s.filter((x) => x.cycleFraction > 0.35 && x.cycleFraction < 0.6),
      (x) => x.right.abductorMomentNmPerKg,
    );
    for (const peak of [early, late]) {
      expect(peak.right.abductorMomentNmPerKg).toBeGreaterThan(0.5);
      expect(peak.right.abductorMomentNmPerKg).toBeLessThan(1.0);
    }
    expect(early.cycleFraction).toBeGreaterThan(0.1);
    expect(early.cycleFraction).toBeLessThan(0.25);
    expect(late.cycleFraction).toBeGreaterThan(0.4);
    for (const x of s.filter((y) => y.cycleFraction > 0.7 && y.cycleFraction < 0.95))
      expect(Math.abs(x.right.abductorMomentNmPerKg)).toBeLessThan(0.1);
  });

  it('loads each hip with about 2-3 BW at its peaks and little in swing (Bergmann 2001: ≈ 2.4 BW)', () => {
    const g = gaitOf();
    const peak = Math.max(...s.map((x) => x.right.contactForceN)) / g.bodyWeightN;
    expect(peak).toBeGreaterThan(2);
    expect(peak).toBeLessThan(3);
    const swing = s.filter((x) => x.cycleFraction > 0.7 && x.cycleFraction < 0.95);
    for (const x of swing) expect(x.right.contactForceN / g.bodyWeightN).toBeLessThan(0.3);
  });

  it('is symmetric: the left side does half a cycle later what the right side does', () => {
    const g = gaitOf();
    for (const f of [0.05, 0.2, 0.33, 0.45]) {
      const a = sampleGait(g, f);
      const b = sampleGait(g, f + 0.5);
      expect(b.left.contactForceN).toBeCloseTo(a.right.contactForceN, 9);
      expect(b.left.abductorMomentNmPerKg).toBeCloseTo(a.right.abductorMomentNmPerKg, 9);
    }
  });

  it('names the support phases at the DOMAIN.md §7 events', () => {
    const g = gaitOf();
    expect(sampleGait(g, 0.05).phase).toBe('double-support');
    expect(sampleGait(g, 0.3).phase).toBe('right-single-support');
    expect(sampleGait(g, 0.55).phase).toBe('double-support');
    expect(sampleGait(g, 0.8).phase).toBe('left-single-support');
  });
});

describe('right superior gluteal nerve palsy', () => {
  it('without compensation drops the pelvis through right single support, beyond the normal band by its end', () => {
    // The weak hip's pelvis falls in time (the dynamics), from the normal pattern at opposite foot
    // off toward the static drop of the palsy: a time course, not a plateau.
    const s = inPhase(cycle({ stance: palsy }), 'right-single-support');
    const extra = s.map(
      (x) =>
        x.pelvicObliquityRad / DEG - normativeLimits('pelvic_obliquity_deg', x.cycleFraction).upper,
    );
    const half = Math.floor(s.length / 2);
    expect(Math.max(...extra.slice(half))).toBeGreaterThan(2);
    expect(extra.at(-1)!).toBeGreaterThan(extra[0]! + 2);
  });

  it('varies its single-support obliquity in time (no plateau)', () => {
    const s = inPhase(cycle({ stance: palsy }), 'right-single-support').map(
      (x) => x.pelvicObliquityRad / DEG,
    );
    expect(Math.max(...s) - Math.min(...s)).toBeGreaterThan(2);
  });

  it('leaves left single support normal', () => {
    const sick = inPhase(cycle({ stance: palsy }), 'left-single-support');
    const well = inPhase(cycle(), 'left-single-support');
    sick.forEach((x, i) =>
      expect(x.pelvicObliquityRad).toBeCloseTo(well[i]!.pelvicObliquityRad, 9),
    );
  });

  it('with trunk-lean compensation leans the trunk to the right in right stance instead', () => {
    const s = cycle({ stance: { ...palsy, compensation: 'trunk-lean' } });
    for (const x of inPhase(s, 'right-single-support')) {
      expect(x.trunkLeanRad / DEG).toBeGreaterThan(20);
      const band = normativeLimits('pelvic_obliquity_deg', x.cycleFraction);
      expect(x.pelvicObliquityRad / DEG).toBeLessThanOrEqual(band.upper + 1e-9);
    }
    for (const x of inPhase(s, 'left-single-support')) expect(x.trunkLeanRad).toBe(0);
  });

  it('on the left side shows the mirror-image deviation half a cycle later', () => {
    // Normal data are not exactly antisymmetric; the mirror holds to within their own asymmetry.
    const normal = cycle();
    const right = cycle({ stance: palsy, affectedSide: 'right' });
    const left = cycle({ stance: palsy, affectedSide: 'left' });
    let asymmetry = 0;
    for (let i = 0; i < 50; i++)
      asymmetry = Math.max(
        asymmetry,
        Math.abs(normal[i]!.pelvicObliquityRad + normal[i + 50]!.pelvicObliquityRad),
      );
    for (let i = 0; i < 50; i++) {
      const a = right[i]!.pelvicObliquityRad - normal[i]!.pelvicObliquityRad;
      const b = left[i + 50]!.pelvicObliquityRad - normal[i + 50]!.pelvicObliquityRad;
      expect(Math.abs(b + a)).toBeLessThanOrEqual(asymmetry);
    }
    expect(asymmetry).toBeLessThan(0.5 * DEG);
  });

  it('affects both sides when both are affected', () => {
    const s = cycle({ stance: palsy, affectedSide: 'both' });
    const r = Math.max(...inPhase(s, 'right-single-support').map((x) => x.pelvicObliquityRad));
    const l = Math.max(...inPhase(s, 'left-single-support').map((x) => -x.pelvicObliquityRad));
    expect(r / DEG).toBeGreaterThan(8);
    expect(l / DEG).toBeGreaterThan(8);
  });
});

describe('time', () => {
  it('samples the same state at any resolution (a pure function of cycle fraction)', () => {
    const g = gaitOf({ stance: palsy });
    const coarse = sampleCycle(g, 11);
    const fine = sampleCycle(g, 101);
    coarse.forEach((x, i) => expect(fine[i * 10]!.pelvicObliquityRad).toBe(x.pelvicObliquityRad));
  });

  it('advances by real time, independent of frame rate', () => {
    const g = gaitOf();
    let a = { cycles: 0 };
    for (let i = 0; i < 60; i++) a = stepGait(g, a, 1 / 60);
    let b = { cycles: 0 };
    for (let i = 0; i < 144; i++) b = stepGait(g, b, 1 / 144);
    expect(a.cycles).toBeCloseTo(b.cycles, 12);
    expect(a.cycles).toBeCloseTo(1 / g.strideTimeS, 12);
    expect(stepGait(g, { cycles: 0 }, 1, 0.25).cycles).toBeCloseTo(0.25 / g.strideTimeS, 12);
  });

  it('sets stride time from cadence (two steps a stride)', () => {
    expect(gaitOf({ cadenceStepsPerMin: 120 }).strideTimeS).toBeCloseTo(1, 12);
  });
});
