import { describe, expect, it } from 'vitest';
import { applyPreset, DEFAULT_STANCE, solveStance } from '../../sim/index.ts';
import { describeBlockInstant, describeStance, signWords } from '../../src/lib/describe.ts';

const rad = Math.PI / 180;

describe('the state in words', () => {
  it('says what a stance shows in a few sentences', () => {
    const palsy = {
      ...applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!,
      stanceSide: 'left' as const,
    };
    const words = describeStance(solveStance({ ...palsy, compensation: 'trunk-lean' }));
    expect(words).toMatch(
      /^Standing on the left leg\. The pelvis drops \d+\.\d° on the right side\. The trunk leans 26\.\d° over the left hip\. Abductor force \d\.\d\d and hip contact force \d\.\d\d times body weight\. Trendelenburg sign compensated\.$/,
    );
    expect(describeStance(solveStance(DEFAULT_STANCE))).toContain(
      'The pelvis is level. The trunk is upright.',
    );
  });

  // A negative sign says the pelvis stays level only when it does: with gluteus medius
  // paralysed alone the pelvis drops 3.9°, its crest 1.5 cm, under a positive sign's 2 cm.
  it('names the crest drop of a negative sign when the pelvis drops at all', () => {
    expect(signWords(solveStance(DEFAULT_STANCE))).toBe('Negative: the pelvis stays level');
    const gmed = solveStance({
      ...DEFAULT_STANCE,
      strength: { ...DEFAULT_STANCE.strength, gmed: 0 },
    });
    expect(gmed.trendelenburg).toBe('negative');
    expect(signWords(gmed)).toBe(
      'Negative: the left crest drops 1.5 cm, under the 2 cm of a positive sign',
    );
    const palsy = solveStance(applyPreset(DEFAULT_STANCE, 'sgn-palsy-complete')!);
    expect(signWords(palsy)).toBe('Positive: the left crest drops 4.5 cm');
    // A drop of a twentieth of a degree moves the crest 0.02 cm: level, not "drops 0.0 cm".
    const slight = solveStance({
      ...DEFAULT_STANCE,
      strength: { ...DEFAULT_STANCE.strength, gmed: 0.8, gmin: 0, tfl: 0 },
    });
    expect(slight.pelvicDropRad).toBeGreaterThan(0);
    expect(slight.crestDropM).toBeLessThan(0.0005);
    expect(signWords(slight)).toBe('Negative: the pelvis stays level');
  });

  it('says how far the pelvis has fallen at an instant of a nerve block', () => {
    const at = (timeS: number, drop: number, lean: number) => ({
      timeS,
      pelvicDropRad: drop * rad,
      trunkLeanRad: lean * rad,
      hipContactForceN: 2000,
      abductorMomentNm: 0,
      abductorActivation: 0,
      iliotibialTractForceN: 0,
    });
    expect(describeBlockInstant(at(0, 0, 0), 'right')).toBe(
      '0.00 s after a superior gluteal nerve block, standing on the right leg: the pelvis is level, the trunk is upright.',
    );
    expect(describeBlockInstant(at(0.42, 8.66, 3.04), 'left')).toBe(
      '0.42 s after a superior gluteal nerve block, standing on the left leg: the pelvis has dropped 8.7° on the right side, the trunk leans 3.0° over the left hip.',
    );
    expect(describeBlockInstant(at(0.3, 5, -3.4), 'right')).toMatch(
      /the trunk tips 3\.4° away from the right hip\.$/,
    );
  });
});
