// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_STANCE } from '../../sim/index.ts';
import { AppState } from '../../src/lib/app.svelte.ts';
import {
  advanceBlock,
  blockNerve,
  endBlock,
  scrubBlock,
  toggleBlock,
} from '../../src/lib/nerveBlock.ts';

describe('Block the nerve', () => {
  it('blocks a healthy body completely and plays from a level pelvis, on the time plot', () => {
    const app = new AppState();
    app.setView({ mode: 'gait', detail: 'hip' });
    app.playing = true;
    blockNerve(app, false);
    const s = app.scenario.stance.strength;
    expect([s.gmed, s.gmin, s.tfl]).toEqual([0, 0, 0]);
    expect(s.gmax).toBe(1);
    expect(app.scenario.presetId).toBe('sgn-palsy-complete');
    expect(app.playing).toBe(false);
    expect(app.view).toMatchObject({ mode: 'stance', detail: 'nerve-block' });
    expect(app.blockShown).toBe(true);
    expect(app.blockPlaying).toBe(true);
    expect(app.blockSample?.pelvicDropRad).toBe(0);
    expect(app.blockFig).toBeDefined();
  });

  it('keeps the strengths a palsy has, and shows where the block ends under reduced motion', () => {
    const app = new AppState();
    app.choosePreset('sgn-palsy-partial');
    blockNerve(app, true);
    expect(app.scenario.stance.strength.gmed).toBe(0.25);
    expect(app.blockPlaying).toBe(false);
    expect(app.blockTimeS).toBe(app.nerveBlockSeries.durationS);
    expect(app.blockSample?.pelvicDropRad).toBeGreaterThan(0);
  });

  it('moves with the clock at its speed, stops at the end, and plays again from the start', () => {
    const app = new AppState();
    app.setStance(applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!);
    blockNerve(app, false);
    app.blockSpeed = 0.25;
    advanceBlock(app, 0.08);
    expect(app.blockTimeS).toBeCloseTo(0.02, 12);
    // A stalled frame moves the clock on by 0.1 s at most.
    advanceBlock(app, 5);
    expect(app.blockTimeS).toBeCloseTo(0.045, 12);
    app.blockSpeed = 1;
    const at = app.blockSample!.pelvicDropRad;
    advanceBlock(app, 0.1);
    expect(app.blockSample!.pelvicDropRad).toBeGreaterThan(at);
    for (let i = 0; i < 30; i++) advanceBlock(app, 0.1);
    expect(app.blockTimeS).toBe(2);
    expect(app.blockPlaying).toBe(false);
    toggleBlock(app);
    expect(app.blockTimeS).toBe(0);
    expect(app.blockPlaying).toBe(true);
    scrubBlock(app, 0.7);
    expect(app.blockPlaying).toBe(false);
    expect(app.blockSample!.timeS).toBeCloseTo(0.7, 12);
  });

  it('ends when asked, when the scenario changes or when the walk is shown', () => {
    const app = new AppState();
    blockNerve(app, false);
    app.setView({ mode: 'gait' });
    expect(app.blockShown).toBe(false);
    app.setView({ mode: 'stance' });
    expect(app.blockShown).toBe(true);
    app.setStance({ ...app.scenario.stance, bodyMassKg: 80 });
    expect(app.blockShown).toBe(false);
    expect(app.blockFig).toBeUndefined();
    blockNerve(app, false);
    endBlock(app);
    expect(app.blockShown).toBe(false);
    expect(app.blockPlaying).toBe(false);
  });
});
