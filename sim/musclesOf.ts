/** The muscles of a stance input's body. */
import { scaleMuscles, type ScaledMuscle } from './muscles.ts';
import type { StanceInput } from './input.ts';

/**
 * The muscle parts of `input`'s body: {@link scaleMuscles} with its height, mass, neck-shaft
 * angle, piriformis and sex.
 */
export function musclesOf(
  input: Pick<StanceInput, 'heightM' | 'bodyMassKg' | 'neckShaftRad' | 'includePiriformis' | 'sex'>,
): ScaledMuscle[] {
  return scaleMuscles(
    input.heightM,
    input.bodyMassKg,
    input.neckShaftRad,
    input.includePiriformis,
    input.sex,
  );
}
