/**
 * The figure of one instant of gait: both legs, a foot in stance on its footprint from its
 * contact to its foot off, a swinging foot lifted by its knee flexion.
 */
import type { Gait, GaitEvents, GaitSample } from '../../../../sim/index.ts';
import { buildFigure } from './pose.ts';
import type { FigurePose, SideMuscles } from './types.ts';

/** Half the step width: where each foot stands in gait, as a fraction of height (step width ≈ 10 cm; drawing choice). */
const STEP_HALF_WIDTH_FRACTION = 0.028;
/**
 * Peak knee flexion in swing, rad: about 60° early in swing (Perry J, Burnfield JM (2010) Gait
 * Analysis, 2nd ed., ch. 6). Seen from behind, a flexed knee lifts the ankle by shank·(1 − cos).
 */
const PEAK_SWING_KNEE_FLEXION_RAD = (60 * Math.PI) / 180;
/** Where in swing the knee is most flexed, share of swing (≈ 73 % of the cycle: 0.25 of swing). */
const PEAK_FLEXION_SHARE = 0.25;

const wrap = (f: number) => f - Math.floor(f);

/**
 * One foot's state at cycle fraction `t` of its own leg (contact at 0): on the floor up to foot
 * off; in swing, lifted by the knee's flexion and free of its footprint, both smoothly from and
 * back to the footprint.
 */
export function footState(
  e: GaitEvents,
  t: number,
  shankM: number,
): { liftM: number; contact: number } {
  const f = wrap(t);
  if (f < e.footOff) return { liftM: 0, contact: 1 };
  const s = (f - e.footOff) / (1 - e.footOff);
  // A skewed bump, 0 at foot off and at contact, peak at PEAK_FLEXION_SHARE of swing.
  const p = PEAK_FLEXION_SHARE;
  const x = s < p ? (s / p) * 0.5 : 0.5 + ((s - p) / (1 - p)) * 0.5;
  const bump = Math.sin(Math.PI * x) ** 2;
  return {
    liftM: shankM * (1 - Math.cos(PEAK_SWING_KNEE_FLEXION_RAD * bump)),
    contact: 1 - bump,
  };
}

/** Figure of one instant of gait (feet on footprints either side of the midline). */
export function gaitFigure(g: Gait, s: GaitSample): FigurePose {
  const side = (
    t: Gait['right'],
    ms: readonly { activation: number; forceN: number }[],
  ): SideMuscles => ({
    muscles: t.result.scaledMuscles,
    neckShaftRad: t.result.input.neckShaftRad,
    activation: ms.map((m) => m.activation),
    forceN: ms.map((m) => m.forceN),
    strength: t.result.muscles.map((m) => m.strength),
  });
  const body = g.healthy.body;
  const b = STEP_HALF_WIDTH_FRACTION * body.heightM;
  const shank = body.legLengthM - body.thighLengthM;
  const e = g.input.events;
  const right = footState(e, s.cycleFraction, shank);
  const left = footState(e, s.cycleFraction - 0.5, shank);
  return buildFigure({
    body,
    geometry: g.healthy.geometry,
    pelvis: g.healthy.pelvis,
    obliquityRad: s.pelvicObliquityRad,
    trunkAngleRad: -s.trunkLeanRad,
    rightHipAdductionRad: s.right.adductionRad,
    leftHipAdductionRad: s.left.adductionRad,
    rightStance: s.right.stanceWeight,
    leftStance: s.left.stanceWeight,
    footprintX: { right: b, left: -b },
    footLiftM: { right: right.liftM, left: left.liftM },
    contact: { right: right.contact, left: left.contact },
    right: side(g.right, s.right.muscles),
    left: side(g.left, s.left.muscles),
  });
}
