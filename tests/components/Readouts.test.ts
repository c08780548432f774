// @vitest-environment jsdom
import { flushSync, unmount } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import {
  applyPreset,
  DEFAULT_STANCE,
  solveStance,
  type StanceInput,
  type StanceResult,
} from '../../sim/index.ts';
import Readouts from '../../src/components/Readouts.svelte';
import { stubShowModal, useMount } from './mountInBody.ts';

const mountInBody = useMount();
stubShowModal();

const palsyInput = applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!;
const show = (r: StanceResult, units: 'N' | 'BW' = 'BW') =>
  mountInBody(Readouts, { r, units, onunits: () => {} });
const solved = (over: Partial<StanceInput> = {}, base: StanceInput = palsyInput) =>
  solveStance({ ...base, ...over });

const readout = (label: string) => {
  const dt = [...document.querySelectorAll('dt')].find((d) => d.textContent === label);
  return dt
    ? document
        .querySelector(`[aria-labelledby="${dt.id}"]`)
        ?.textContent?.replace(/\s+/g, ' ')
        .trim()
    : undefined;
};
const DEMAND = 'Demand (pelvis level, trunk upright)';
const HOLDS = 'What holds the pelvis';

describe('Readouts', () => {
  it('say they show where a nerve block settles while one plays in the figure', () => {
    const r = solved();
    const settling = mountInBody(Readouts, { r, units: 'BW', onunits: () => {}, settling: true });
    const h2 = () => document.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(h2()).toBe('Single-leg stance on the right leg, where the block settles');
    unmount(settling);
    show(r);
    expect(h2()).toBe('Single-leg stance on the right leg');
  });

  it('show pelvic drop, trunk lean, forces and the sign for a healthy stance', () => {
    show(solveStance(DEFAULT_STANCE));
    expect(readout('Pelvic drop')).toBe('0.0°');
    expect(readout('Trunk lean')).toBe('0.0°');
    expect(readout('Hip contact force')).toBe('2.69 × BW');
    expect(readout('Trendelenburg sign')).toContain('Negative');
  });

  it('show newtons when asked', () => {
    show(solveStance(DEFAULT_STANCE), 'N');
    expect(readout('Hip contact force')).toMatch(/^\d+ N$/);
  });

  it('say that healthy abductors hold the pelvis with about half of their maximal moment', () => {
    const r = solveStance(DEFAULT_STANCE);
    show(r);
    const share = Math.round((100 * r.level.requiredNm) / r.maxAbductionMomentNm);
    expect(share).toBeGreaterThanOrEqual(45);
    expect(share).toBeLessThanOrEqual(60);
    expect(readout(DEMAND)).toBe(
      `${Math.round(r.level.requiredNm)} N·m: ${share} % of the maximal abduction moment (${Math.round(r.maxAbductionMomentNm)} N·m)`,
    );
    expect(readout(HOLDS)).toMatch(
      /^The abductors hold it: \d+ N·m of the \d+ N·m they can keep up for 30 s \(maximal \d+ N·m\)/,
    );
    expect(readout('Compensation')).toBeUndefined();
    expect(document.body.textContent).not.toMatch(/999|used\)/);
  });

  it('say in complete palsy what the spared muscles give and which tissues hold the rest, with their force', () => {
    const r = solved();
    show(r, 'N');
    expect(readout(DEMAND)).toMatch(/^57 N·m: 2\.8 × the maximal abduction moment \(21 N·m\)$/);
    const tissue = r.passiveMuscleMomentNm + r.iliotibialTractMomentNm + r.ligamentMomentNm;
    const sustained = Math.round(r.abductorMomentCapacityNm - tissue);
    const maximal = Math.round(r.abductorMomentMaximalNm - tissue);
    expect(maximal).toBeGreaterThan(sustained);
    const text = readout(HOLDS)!;
    expect(text).toContain(
      `The spared abductors (piriformis, gluteus maximus) can give ${sustained} N·m for the 30-second test (maximal ${maximal} N·m)`,
    );
    expect(text).toContain(
      `the iliotibial tract, stretched muscle and the capsule hold the rest: ${Math.round(tissue)} N·m`,
    );
    // The force is the tissues' tension: at least the tract's own (≈ 0.9 kN) and a kilonewton in all.
    const forceN = Number(/\((\d+) N\)/.exec(text)?.[1]);
    expect(forceN).toBeGreaterThan(
      r.passiveForces.find((p) => p.id === 'iliotibial-tract')!.forceN,
    );
    expect(forceN).toBeGreaterThan(1000);
    expect(readout('Trendelenburg sign')).toMatch(/^Positive: the left crest drops 4\.\d cm$/);
  });

  it('say how far the trunk leans and how much of the spine’s range it bends, with a trunk-lean compensation', () => {
    const r = solved({ compensation: 'trunk-lean' });
    show(r);
    expect(readout('Trunk lean')).toBe(`${(r.trunkLeanRad / (Math.PI / 180)).toFixed(1)}°`);
    expect(readout('Compensation')).toBe(
      `The trunk leans ${(r.trunkLeanRad / (Math.PI / 180)).toFixed(1)}° over the right hip; the lumbar spine bends 29.0°: all of its 29° range.`,
    );
    // The lean cuts what the hip must hold, and the readout says so.
    expect(readout(DEMAND)).toBe(
      `57 N·m: 2.8 × the maximal abduction moment (21 N·m); as it stands, ${Math.round(r.abductorMomentRequiredNm)} N·m`,
    );
    expect(r.abductorMomentRequiredNm).toBeLessThan(30);
    expect(readout('Trendelenburg sign')).toContain('Compensated');
  });

  it('say that the body leans onto a same-side cane', () => {
    const r = solved({ caneFractionBW: 0.1, caneHand: 'ipsilateral' });
    expect(r.caneLeanRad).toBeGreaterThan(0);
    show(r);
    expect(readout('Compensation')).toBe(
      `Leans ${(r.caneLeanRad / (Math.PI / 180)).toFixed(1)}° onto the cane.`,
    );
    // Leaning onto it asks less of the hip than standing upright with it.
    expect(r.abductorMomentRequiredNm).toBeLessThan(r.level.requiredNm);
    expect(readout(DEMAND)).toMatch(
      new RegExp(`; as it stands, ${Math.round(r.abductorMomentRequiredNm)} N·m$`),
    );
  });

  it('say that the pelvis rests on bone at the end of its range, with the rim’s moment and force', () => {
    const r = solved({ loadKg: 30 });
    expect(r.endStop).toBe('adduction');
    show(r, 'N');
    const rim = r.passiveForces.find((p) => p.id === 'bony-end-stop')!;
    expect(readout(HOLDS)).toContain(
      `The pelvis rests on bone: the femoral neck presses on the acetabular rim and holds ${Math.round(r.rangeLimitMomentNm)} N·m (${Math.round(rim.forceN)} N).`,
    );
    expect(readout('Pelvic drop')).toBe(`${(r.pelvicDropRad / (Math.PI / 180)).toFixed(1)}°`);
    expect(document.querySelector('[role=note]')?.textContent).toContain(
      'end of its adduction range',
    );
  });

  it('say when no muscle is left to abduct, and when a cane more than balances the body', () => {
    const none = { ...DEFAULT_STANCE.strength, gmed: 0, gmin: 0, tfl: 0, gmax: 0, piriformis: 0 };
    const withNone = show(solved({ strength: none }));
    expect(readout(DEMAND)).toBe('57 N·m, and no muscle is left to abduct the hip');
    expect(readout(HOLDS)).toMatch(/^No muscle is left to abduct the hip; .* hold it all: \d+ N·m/);
    unmount(withNone);
    show(
      solved(
        { caneFractionBW: 0.3, strength: { ...DEFAULT_STANCE.strength, adductors: 1 } },
        DEFAULT_STANCE,
      ),
    );
    expect(readout(DEMAND)).toBe('none: the cane more than balances the body');
    expect(readout(HOLDS)).toMatch(/the adductors pull back \d+ N·m/);
  });

  it('open the validation table only when asked (its code loads then)', async () => {
    show(solveStance(DEFAULT_STANCE));
    expect(document.querySelector('dialog.validation')).toBeNull();
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent === 'How do we know?',
    )!;
    button.click();
    await vi.waitFor(() => {
      flushSync();
      expect(document.querySelector('dialog.validation')?.hasAttribute('open')).toBe(true);
    });
    expect(document.querySelectorAll('dialog.validation tbody tr').length).toBeGreaterThan(10);
  });
});
