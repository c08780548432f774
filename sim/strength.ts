/**
 * How strong a body's muscles are: fat-free mass (Janmahasatian et al. 2005), the calibration of
 * the models' maximum isometric forces to dynamometry, and the effort a 30-second hold allows
 * (data/strength.json, with sources).
 */
import data from '../data/strength.json' with { type: 'json' };
import type { Sex } from './anthropometry.ts';

/**
 * Fat-free mass, kg: FFM = 9270·m / (a + b·BMI) with sex-specific a and b (Janmahasatian S et al.
 * (2005) Clin Pharmacokinet 44:1051-1065).
 * @param bodyMassKg body mass, kg
 * @param heightM standing height, m
 */
export function fatFreeMassKg(bodyMassKg: number, heightM: number, sex: Sex): number {
  const c = data.fatFreeMass[sex];
  const bmi = bodyMassKg / (heightM * heightM);
  return (c.numerator * bodyMassKg) / (c.a + c.b * bmi);
}

/**
 * Maximal isometric hip abduction moment a healthy adult of this fat-free mass produces with the
 * hip in neutral, N·m (the calibration target: 1.91 N·m per kg of fat-free mass, i.e. about
 * 1.5 N·m/kg of body mass for a 73 kg man; data/strength.json).
 */
export function targetMaxAbductionMomentNm(fatFreeMassKg: number): number {
  return data.maxAbductionMomentNmPerKgFatFreeMass * fatFreeMassKg;
}

/**
 * Largest activation a person holds for the 30 seconds of the Trendelenburg test, fraction of
 * maximal voluntary activation (Frey Law LA, Avin KG (2010) Ergonomics 53:109-129).
 */
export const SUSTAINED_ACTIVATION = data.sustainedActivation30s;
