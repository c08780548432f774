/**
 * The weak hip's pelvis during one single-support phase of gait, by the frontal-plane dynamics
 * (sim/dynamics/standing.ts): at opposite foot off the pelvis starts where a healthy pelvis would
 * be (the normal pattern carries its own dynamic obliquity) and still; the hip's muscles, already
 * at work, can only do what its strengths allow, so the pelvis falls toward the static drop in the
 * time the body takes. The trunk holds the lean its compensation chooses (walkers lean in
 * anticipation, not in reaction). The result is the extra drop over time since opposite foot off.
 */
import type { StanceInput } from '../input.ts';
import { choosePosture } from '../stance/compensation.ts';
import { workspace } from '../stance/posture.ts';
import { SUSTAINED_ACTIVATION } from '../strength.ts';
import { standingRun } from './run.ts';
import { S, stepStanding } from './standing.ts';

/** Sampling step of the stored course, s (5 ms: smooth at any playback speed). */
export const COURSE_STEP_S = 0.005;
/**
 * Internal step of the integrator for the course, s: 2.5 ms instead of the nerve block's 1 ms
 * (sim/dynamics/standing.ts). The stiffest mode, the bony end stop, still has ω·dt ≈ 0.2, and the
 * course agrees with 1-ms steps within 0.005° for weak hips of 0-40 % strength under every
 * compensation and cane (tests/sim/dynamics.test.ts); buildGait runs for every scenario change.
 */
export const COURSE_INTEGRATION_STEP_S = 0.0025;

/**
 * Extra pelvic drop (rad) every COURSE_STEP_S from opposite foot off, over `durationS`.
 * @param leanRad the lean the input's compensation chooses, when the caller has it (its stance
 *   solution's `trunkLeanRad`), rad
 */
export function singleSupportDrop(
  input: StanceInput,
  durationS: number,
  leanRad?: number,
): Float64Array {
  const lean =
    leanRad ??
    choosePosture(workspace(input), input.sustainedActivation ?? SUSTAINED_ACTIVATION).leanRad;
  const { setup, state } = standingRun(input, input, {
    start: { dropRad: 0, leanRad: lean },
    endLeanRad: lean,
    stepS: COURSE_INTEGRATION_STEP_S,
  });
  const n = Math.max(2, Math.ceil(durationS / COURSE_STEP_S) + 1);
  const out = new Float64Array(n);
  let s = state;
  for (let i = 0; i < n; i++) {
    if (i > 0) s = stepStanding(setup, s, COURSE_STEP_S);
    out[i] = Math.max(0, s.y[S.Drop]!);
  }
  return out;
}

/**
 * The course at time `t` since opposite foot off, rad: 0 before it (t < 0), held at its last value
 * after its end.
 */
export function courseAt(course: Float64Array, timeS: number): number {
  if (timeS < 0) return 0;
  const x = timeS / COURSE_STEP_S;
  const i = Math.min(course.length - 1, Math.floor(x));
  const j = Math.min(course.length - 1, i + 1);
  return course[i]! + (course[j]! - course[i]!) * (x - i);
}
