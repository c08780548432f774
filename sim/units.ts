/** Degrees for people, radians for the model: the one conversion, used by the formatting layers. */
import { RAD_PER_DEG } from './constants.ts';

/** Degrees from radians (formatting only). */
export function deg(rad: number): number {
  return rad / RAD_PER_DEG;
}
