/**
 * Moments about the stance hip along the pelvic drop: demand (the external moment) and capacity
 * (full activation at the current strengths, passive muscle, ligament) at evenly spaced drops, the
 * trunk held at one lean. Where the curves cross is the uncompensated equilibrium (sim/stance.ts).
 */
import type { StanceInput } from '../input.ts';
import { postureMomentsOf, type PostureMoments } from '../stance.ts';

/**
 * Demand and capacity as the pelvis drops from `fromRad` to `toRad` (n points, both ends
 * included; n = 1 gives `fromRad` only) with the trunk at `leanRad`.
 */
export function momentsAlongDrop(
  input: StanceInput,
  leanRad: number,
  fromRad: number,
  toRad: number,
  n: number,
): PostureMoments[] {
  const at = postureMomentsOf(input);
  return Array.from({ length: n }, (_, i) =>
    at(n === 1 ? fromRad : fromRad + ((toRad - fromRad) * i) / (n - 1), leanRad),
  );
}
