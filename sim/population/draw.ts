/**
 * Bodies drawn around the body of a scenario, each different as people are (data/population.json):
 * height, body mass (lognormal), maximal strength of every muscle, neck-shaft angle, the effort
 * they sustain for 30 s and the slack of their iliotibial tract. Deterministic for a seed: a
 * linear congruential generator (d3-random's randomLcg), never Math.random.
 */
import { randomLcg, randomLogNormal, randomNormal } from 'd3-random';
import data from '../../data/population.json' with { type: 'json' };
import { RAD_PER_DEG } from '../constants.ts';
import type { StanceInput } from '../input.ts';
import { SUSTAINED_ACTIVATION } from '../strength.ts';
import { ILIOTIBIAL_SLACK_RAD } from '../tissues/hipTissues.ts';

/** A drawn body: the stance input of one person, and how strong they are (× normal). */
export interface Person {
  readonly input: StanceInput;
  readonly strengthFactor: number;
}

/** Ranges every drawn body stays within (the model's limits of validity). */
export interface DrawLimits {
  readonly heightM: { readonly min: number; readonly max: number };
  readonly bodyMassKg: { readonly min: number; readonly max: number };
  readonly bmi: { readonly min: number; readonly max: number };
  readonly neckShaftRad: { readonly min: number; readonly max: number };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * `n` people around `base`, the same for the same seed. Strength multiplies every muscle group's
 * strength of `base` (a person may be stronger than the normal one); strengths are drawn once per
 * person, so a weakness applied to all of them keeps each person's rank.
 */
export function drawPeople(
  base: StanceInput,
  n: number,
  seed: number,
  limits: DrawLimits,
): Person[] {
  const source = randomLcg(seed);
  const normal = randomNormal.source(source);
  const logNormal = randomLogNormal.source(source);
  const sex = base.sex;
  const height = normal(base.heightM, data.heightSdM[sex]);
  const mass = logNormal(Math.log(base.bodyMassKg), data.massLogSd[sex]);
  const strength = normal(1, data.strengthCv);
  const neck = normal(base.neckShaftRad, data.neckShaftSdDeg * RAD_PER_DEG);
  const sustained = normal(
    base.sustainedActivation ?? SUSTAINED_ACTIVATION,
    data.sustainedActivationSd,
  );
  const slack = normal(
    base.iliotibialSlackRad ?? ILIOTIBIAL_SLACK_RAD,
    data.iliotibialSlackSdDeg * RAD_PER_DEG,
  );
  return Array.from({ length: n }, () => {
    const heightM = clamp(height(), limits.heightM.min, limits.heightM.max);
    const bmiBounds = {
      min: Math.max(limits.bodyMassKg.min, limits.bmi.min * heightM * heightM),
      max: Math.min(limits.bodyMassKg.max, limits.bmi.max * heightM * heightM),
    };
    const bodyMassKg = clamp(mass(), bmiBounds.min, bmiBounds.max);
    const k = clamp(strength(), 0.3, 2);
    const s = base.strength;
    return {
      strengthFactor: k,
      input: {
        ...base,
        heightM,
        bodyMassKg,
        loadKg: Math.min(base.loadKg, bodyMassKg / 2),
        strength: {
          gmed: s.gmed * k,
          gmin: s.gmin * k,
          tfl: s.tfl * k,
          gmax: s.gmax * k,
          piriformis: s.piriformis * k,
          adductors: s.adductors * k,
        },
        neckShaftRad: clamp(neck(), limits.neckShaftRad.min, limits.neckShaftRad.max),
        sustainedActivation: clamp(sustained(), 0.4, 1),
        iliotibialSlackRad: slack(),
      },
    };
  });
}
