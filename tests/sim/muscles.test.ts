import { describe, expect, it } from 'vitest';
import {
  emptyMuscleState,
  evaluateMuscle,
  fatFreeMassKg,
  maxAbductionMomentNm,
  REFERENCE_NECK_SHAFT_RAD,
  scaleMuscles,
} from '../../sim/index.ts';

const DEG = Math.PI / 180;
const muscles = scaleMuscles(1.76, 73, REFERENCE_NECK_SHAFT_RAD, true);
const at = (i: number, addDeg: number, strength = 1) =>
  evaluateMuscle(muscles[i]!, addDeg * DEG, strength, emptyMuscleState());

describe('muscle geometry', () => {
  it('has the seven abductor parts, piriformis, gluteus maximus in three parts and the adductors', () => {
    expect(muscles.map((m) => m.id)).toEqual([
      'gmed-anterior',
      'gmed-middle',
      'gmed-posterior',
      'gmin-anterior',
      'gmin-middle',
      'gmin-posterior',
      'tfl',
      'piriformis',
      'gmax-upper',
      'gmax-middle',
      'gmax-lower',
      'adductor-longus',
      'adductor-brevis',
      'adductor-magnus-proximal',
      'adductor-magnus-middle',
      'adductor-magnus-distal',
    ]);
  });

  it('makes the upper gluteus maximus and piriformis abductors and the lower gluteus maximus and the adductors adductors (Rajagopal 2016)', () => {
    const arm = (id: string) =>
      at(
        muscles.findIndex((m) => m.id === id),
        0,
      ).momentArmM;
    // ../shared/data/gluteus-maximus-moment-arms.csv: glmax1 1.75 cm, glmax2 0.79 cm, glmax3 −4.78 cm at neutral
    expect(arm('gmax-upper')).toBeGreaterThan(0.01);
    expect(arm('gmax-middle')).toBeGreaterThan(0.003);
    expect(arm('gmax-lower')).toBeLessThan(-0.03);
    expect(arm('piriformis')).toBeGreaterThan(0.01);
    for (const id of muscles.filter((m) => m.group === 'adductors').map((m) => m.id))
      expect(arm(id)).toBeLessThan(-0.03);
  });

  it('gives every part a moment arm equal to the rate its length grows with adduction (virtual work)', () => {
    const h = 1e-6;
    for (let i = 0; i < muscles.length; i++) {
      for (const a of [-20, 0, 10, 25]) {
        const numeric = (at(i, a + h / DEG).lengthM - at(i, a - h / DEG).lengthM) / (2 * h);
        expect(at(i, a).momentArmM).toBeCloseTo(numeric, 6);
      }
    }
  });

  it('gives gluteus medius and minimus abductor moment arms of 3-6.5 cm at neutral (OpenSim, Dostal)', () => {
    for (let i = 0; i < 6; i++) {
      expect(at(i, 0).momentArmM).toBeGreaterThan(0.03);
      expect(at(i, 0).momentArmM).toBeLessThan(0.065);
    }
  });

  it('shortens every abductor moment arm as the hip adducts (the drop feeds itself)', () => {
    for (let i = 0; i < 7; i++) expect(at(i, 20).momentArmM).toBeLessThan(at(i, 0).momentArmM);
  });

  it('lengthens every abductor as the hip adducts', () => {
    for (let i = 0; i < 7; i++) expect(at(i, 20).lengthM).toBeGreaterThan(at(i, 0).lengthM);
  });

  it('scales active force with strength and leaves passive force alone', () => {
    for (let i = 0; i < 7; i++) {
      const full = at(i, 20, 1);
      const none = at(i, 20, 0);
      const half = at(i, 20, 0.5);
      expect(none.maxActiveForceN).toBe(0);
      expect(half.maxActiveForceN).toBeCloseTo(full.maxActiveForceN / 2, 9);
      expect(none.passiveForceN).toBe(full.passiveForceN);
    }
  });
});

describe('the neck-shaft angle', () => {
  const arms = (deg: number) =>
    scaleMuscles(1.76, 73, deg * DEG, false).map(
      (m) => evaluateMuscle(m, 0, 1, emptyMuscleState()).momentArmM,
    );

  it('shortens the gluteal lever arms in coxa valga and lengthens them in coxa vara', () => {
    const normal = arms(130);
    const valga = arms(145);
    const vara = arms(115);
    for (let i = 0; i < 6; i++) {
      expect(valga[i]).toBeLessThan(normal[i]!);
      expect(vara[i]).toBeGreaterThan(normal[i]!);
    }
  });

  it('leaves the reference femur unchanged at the reference angle', () => {
    const a = scaleMuscles(1.76, 73, REFERENCE_NECK_SHAFT_RAD, false);
    const b = scaleMuscles(1.76, 73, 130 * DEG, false);
    expect(a[0]!.insertion.x).toBeCloseTo(b[0]!.insertion.x, 12);
  });
});

describe('scaling', () => {
  it('scales maximum force with fat-free mass and lengths with height', () => {
    const small = scaleMuscles(1.5, 50, REFERENCE_NECK_SHAFT_RAD, false);
    const big = scaleMuscles(1.8, 100, REFERENCE_NECK_SHAFT_RAD, false);
    const ffm = fatFreeMassKg(100, 1.8, 'male') / fatFreeMassKg(50, 1.5, 'male');
    expect(big[0]!.maxIsometricForceN / small[0]!.maxIsometricForceN).toBeCloseTo(ffm, 9);
    expect(big[0]!.optimalFibreLengthM / small[0]!.optimalFibreLengthM).toBeCloseTo(1.2, 9);
  });

  it('gives the default body the calibrated maximal abduction moment of 1.5 N·m/kg at neutral', () => {
    expect(maxAbductionMomentNm(muscles) / 73).toBeCloseTo(1.5, 1);
  });
});
